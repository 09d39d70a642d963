import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/engine/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/engine/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { addCollectionItems } from '../../../electron/engine/collections/collection-items-service';
import { createCollection, getCollection, listCollections } from '../../../electron/engine/collections/collections-service';
import { purgeDocuments, trashDocuments } from '../../../electron/engine/documents/documents-service';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A library written by Casebook at schema 5 (before 专辑), with one document. */
function version5Library(): string {
  const folder = makeTempFolder();
  folders.push(folder);
  const db = new Database(path.join(folder, DATABASE_FILE_NAME));
  migrate(db, MIGRATIONS.filter((migration) => migration.version <= 5));
  db.prepare(
    `INSERT INTO documents (id, kind, title, text, text_sha256, field_origins, created_at, updated_at)
     VALUES ('olddoc000001', 'case', '旧资料：结对共建', '两个项目党支部结对共建，共享党员活动室。', 'x', '{}', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
  ).run();
  expect(schemaVersion(db)).toBe(5);
  db.close();
  return folder;
}

describe('migration 006: collections', () => {
  it('upgrades a version-5 library: tables added, documents kept, collections work on old documents', async () => {
    const library = openLibrary(libraryOptions(version5Library()));
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
      const tables = (library.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
      expect(tables).toEqual(expect.arrayContaining(['collection_folders', 'collections', 'collection_sections', 'collection_items']));
      expect(listCollections(library)).toEqual({ folders: [], collections: [] });

      const created = createCollection(library, { name: '结对共建专辑' });
      addCollectionItems(library, created.id, [{ kind: 'excerpt', documentId: 'olddoc000001', start: 0, end: 11 }]);
      expect(getCollection(library, created.id).items[0]).toMatchObject({ title: '旧资料：结对共建', status: 'ok', excerpt: { text: '两个项目党支部结对共建' } });

      // The document reference does not cascade: purging the document leaves the item as 缺失.
      trashDocuments(library, ['olddoc000001']);
      await purgeDocuments(library, ['olddoc000001']);
      const after = getCollection(library, created.id);
      expect(after.items[0]).toMatchObject({ status: 'missing', documentId: null, title: '旧资料：结对共建' });
    } finally {
      library.close();
    }
  });
});
