import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/engine/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/engine/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { createRound, getRound } from '../../../electron/engine/selection/selection-service';
import { addSubmissions, moveStage } from '../../../electron/engine/selection/selection-submissions-service';
import { purgeDocuments, trashDocuments } from '../../../electron/engine/documents/documents-service';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** The schema just before selection rounds: every migration numbered below 8 that exists. */
const BEFORE = MIGRATIONS.filter((migration) => migration.version < 8);

/** A library written by the previous Casebook, with one case document in it. */
function previousLibrary(): string {
  const folder = makeTempFolder();
  folders.push(folder);
  const db = new Database(path.join(folder, DATABASE_FILE_NAME));
  migrate(db, BEFORE);
  db.prepare(
    `INSERT INTO documents (id, kind, title, text, text_sha256, region, field_origins, created_at, updated_at)
     VALUES ('oldcase00001', 'case', '旧案例：党建联盟助推安置房建设', '项目临时党支部联合参建单位开展党建联建。', 'x', '浙江省温州市鹿城区', '{}', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
  ).run();
  expect(schemaVersion(db)).toBe(Math.max(...BEFORE.map((migration) => migration.version)));
  db.close();
  return folder;
}

describe('migration 008: selection rounds', () => {
  it('upgrades the previous version: tables added, the old case can enter a round', () => {
    const library = openLibrary(libraryOptions(previousLibrary()));
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
      const tables = (library.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
      expect(tables).toEqual(expect.arrayContaining(['selection_rounds', 'selection_submissions', 'selection_stage_history', 'selection_reviews']));
      expect(library.db.prepare('SELECT title FROM documents WHERE id = ?').get('oldcase00001')).toEqual({ title: '旧案例：党建联盟助推安置房建设' });

      const round = createRound(library, { name: '2024年度评选', year: 2024, targetCount: 10, quotas: [], reviewers: [] });
      const detail = addSubmissions(library, round.id, ['oldcase00001']);
      expect(detail.submissions.map((row) => [row.document.id, row.stage, row.quotaRegion])).toEqual([['oldcase00001', 'received', '温州市']]);
    } finally {
      library.close();
    }
  });

  it('keeps a trashed case in its rounds and drops a purged one with its history', async () => {
    const library = openLibrary(libraryOptions(previousLibrary()));
    try {
      const round = createRound(library, { name: '评选', year: 2024, targetCount: 10, quotas: [], reviewers: [] });
      addSubmissions(library, round.id, ['oldcase00001']);
      moveStage(library, { roundId: round.id, documentId: 'oldcase00001', stage: 'screening' });
      trashDocuments(library, ['oldcase00001']);
      expect(getRound(library, round.id).submissions[0]?.document.deletedAt).not.toBeNull();
      await purgeDocuments(library, ['oldcase00001']);
      expect(getRound(library, round.id).submissions).toEqual([]);
      expect(library.db.prepare('SELECT count(*) AS n FROM selection_stage_history').get()).toEqual({ n: 0 });
    } finally {
      library.close();
    }
  });
});
