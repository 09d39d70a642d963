import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/engine/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/engine/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { quoteIntoDraft } from '../../../electron/engine/drafts/draft-quote-service';
import { getDraft, listDrafts } from '../../../electron/engine/drafts/drafts-service';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A library written by the Casebook before drafts: every migration below 7, one document. */
function libraryBeforeDrafts(): string {
  const folder = makeTempFolder();
  folders.push(folder);
  const db = new Database(path.join(folder, DATABASE_FILE_NAME));
  const before = MIGRATIONS.filter((migration) => migration.version < 7);
  migrate(db, before);
  db.prepare(
    `INSERT INTO documents (id, kind, title, text, text_sha256, issuer, date, field_origins, created_at, updated_at)
     VALUES ('olddoc000001', 'policy', '关于开展红色工地创建的通知', '各单位要把支部建在项目上。', 'x', '某区住建局', '2022-05-24', '{}', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
  ).run();
  db.prepare("INSERT INTO settings (key, value) VALUES ('taxonomy.installedVersion', '1')").run();
  expect(schemaVersion(db)).toBe(before.at(-1)!.version);
  db.close();
  return folder;
}

describe('migration 007: drafts, versions, citations', () => {
  it('upgrades a library from the previous version: tables added, documents kept, quoting works', () => {
    const library = openLibrary(libraryOptions(libraryBeforeDrafts()));
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
      const tables = (library.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
      expect(tables).toEqual(expect.arrayContaining(['drafts', 'draft_versions', 'draft_citations']));
      expect(library.db.prepare('SELECT title FROM documents WHERE id = ?').get('olddoc000001')).toEqual({ title: '关于开展红色工地创建的通知' });
      expect(listDrafts(library, { trashed: false, offset: 0, limit: 10 })).toEqual({ total: 0, items: [] });

      const quoted = quoteIntoDraft(library, { documentId: 'olddoc000001', start: 4, end: 12, newTitle: '升级后的第一篇草稿' });
      expect(getDraft(library, quoted.draft.id).citations[0]).toMatchObject({ quote: '把支部建在项目上', source: '某区住建局', date: '2022-05-24', status: 'ok' });
    } finally {
      library.close();
    }
  });

  it('removes versions and citations with a purged draft (cascade)', () => {
    const library = openLibrary(libraryOptions(libraryBeforeDrafts()));
    try {
      const { draft } = quoteIntoDraft(library, { documentId: 'olddoc000001', start: 3, end: 12 });
      library.db.prepare("INSERT INTO draft_versions (draft_id, title, content, reason, created_at) VALUES (?, 't', '{}', 'manual', 'now')").run(draft.id);
      library.db.prepare('DELETE FROM drafts WHERE id = ?').run(draft.id);
      expect(library.db.prepare('SELECT COUNT(*) AS n FROM draft_versions').get()).toEqual({ n: 0 });
      expect(library.db.prepare('SELECT COUNT(*) AS n FROM draft_citations').get()).toEqual({ n: 0 });
    } finally {
      library.close();
    }
  });
});
