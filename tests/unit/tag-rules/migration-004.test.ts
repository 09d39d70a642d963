import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/engine/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/engine/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { importBytes } from '../../../electron/engine/import/import-service';
import { documentSuggestions } from '../../../electron/engine/tags/rules/suggestions-service';
import { listRules } from '../../../electron/engine/tags/rules/tag-rules-service';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A library written by an older Casebook: schema `version`, one document, taxonomy installed. */
function oldLibrary(version: number): string {
  const folder = makeTempFolder();
  folders.push(folder);
  const db = new Database(path.join(folder, DATABASE_FILE_NAME));
  migrate(db, MIGRATIONS.slice(0, version));
  db.prepare(
    `INSERT INTO documents (id, kind, title, text, text_sha256, field_origins, created_at, updated_at)
     VALUES ('olddoc000001', 'case', '旧资料：清廉工地建设', '项目开展廉政教育。', 'x', '{"title":"user"}', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
  ).run();
  db.prepare("INSERT INTO tags (path, created_at) VALUES ('主题', '2024-01-01T00:00:00Z')").run();
  db.prepare("INSERT INTO tags (path, parent_id, created_at) VALUES ('主题/清廉工地', 1, '2024-01-01T00:00:00Z')").run();
  db.prepare("INSERT INTO settings (key, value) VALUES ('taxonomy.installedVersion', '1')").run();
  expect(schemaVersion(db)).toBe(version);
  db.close();
  return folder;
}

describe('migration 004: tag rules and suggestions', () => {
  for (const version of [2, 3]) {
    it(`upgrades a version-${version} library: tables added, document kept, rules installed for its tags only`, async () => {
      const library = openLibrary(libraryOptions(oldLibrary(version)));
      try {
        expect(schemaVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
        const tables = (library.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
        expect(tables).toEqual(expect.arrayContaining(['tag_rules', 'document_suggestions']));
        const row = library.db.prepare('SELECT title, field_origins FROM documents WHERE id = ?').get('olddoc000001');
        expect(row).toEqual({ title: '旧资料：清廉工地建设', field_origins: '{"title":"user"}' });
        // The old library's taxonomy has only 主题/清廉工地: only its rule is installed.
        expect(listRules(library).map((rule) => rule.tagPath)).toEqual(['主题/清廉工地']);
        expect(documentSuggestions(library, 'olddoc000001')).toEqual({ tags: [], terms: [] });

        const result = await importBytes(library, 'new.txt', Buffer.from('某项目推进清廉工地建设\n\n开展廉政教育。'));
        expect(documentSuggestions(library, result.id ?? '').tags.map((tag) => tag.tagPath)).toEqual(['主题/清廉工地']);
      } finally {
        library.close();
      }
    });
  }

  it('removes a document’s suggestions with it and keeps them when a rule is deleted', () => {
    const folder = oldLibrary(3);
    const library = openLibrary(libraryOptions(folder));
    try {
      const db = library.db;
      const rule = listRules(library)[0];
      db.prepare(`INSERT INTO document_suggestions (document_seq, type, value, rule_id, created_at, status) VALUES (1, 'tag', '主题/清廉工地', ?, 'now', 'dismissed')`).run(rule?.id);
      db.prepare('DELETE FROM tag_rules').run();
      expect(db.prepare('SELECT rule_id, status FROM document_suggestions').get()).toEqual({ rule_id: null, status: 'dismissed' });
      library.write(() => db.prepare('DELETE FROM documents').run());
      expect(db.prepare('SELECT count(*) AS n FROM document_suggestions').get()).toEqual({ n: 0 });
    } finally {
      library.close();
    }
  });
});
