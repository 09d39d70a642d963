import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/engine/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/engine/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { getRound } from '../../../electron/engine/selection/selection-service';
import { saveScores } from '../../../electron/engine/selection/selection-submissions-service';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const CRITERIA = JSON.stringify([
  { key: 'lead', name: '党建引领', weight: 60, description: '' },
  { key: 'docs', name: '材料规范', weight: 40, description: '' },
]);

/** A library written before notes per criterion: one case in a round, scored with a comment. */
function libraryBeforeNotes(): string {
  const folder = makeTempFolder();
  folders.push(folder);
  const db = new Database(path.join(folder, DATABASE_FILE_NAME));
  migrate(db, MIGRATIONS.filter((migration) => migration.version < 9));
  db.prepare(
    `INSERT INTO documents (seq, id, kind, title, text, text_sha256, field_origins, created_at, updated_at)
     VALUES (1, 'oldcase00001', 'case', '某项目临时党支部“六有一好”做法', '项目党支部推行“六有一好”。', 'x', '{}', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
  ).run();
  db.prepare(
    `INSERT INTO selection_rounds (id, name, year, target_count, criteria, reviewers, created_at, updated_at)
     VALUES ('oldround0001', '2024年度评选', 2024, 10, ?, '["王评审"]', '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z')`,
  ).run(CRITERIA);
  db.prepare("INSERT INTO selection_submissions (id, round_id, document_seq, added_at, updated_at) VALUES (1, 'oldround0001', 1, 'now', 'now')").run();
  db.prepare(`INSERT INTO selection_reviews (submission_id, reviewer, scores, comment, updated_at) VALUES (1, '王评审', '{"lead":90,"docs":70}', '做法扎实', 'now')`).run();
  db.prepare("INSERT INTO settings (key, value) VALUES ('taxonomy.installedVersion', '1')").run();
  db.close();
  return folder;
}

describe('migration 009: a note per criterion', () => {
  it('upgrades a scored round: scores and comment kept, no notes yet, notes can be added', () => {
    const library = openLibrary(libraryOptions(libraryBeforeNotes()));
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
      const review = getRound(library, 'oldround0001').submissions[0]?.reviews[0];
      expect(review).toMatchObject({ reviewer: '王评审', scores: { lead: 90, docs: 70 }, comment: '做法扎实', notes: {}, total: 82 });
      const saved = saveScores(library, { roundId: 'oldround0001', documentId: 'oldcase00001', reviewer: '王评审', scores: { lead: 90, docs: 70 }, comment: '做法扎实', notes: { docs: '缺少现场照片' } });
      expect(saved.submissions[0]?.reviews[0]?.notes).toEqual({ docs: '缺少现场照片' });
    } finally {
      library.close();
    }
  });
});
