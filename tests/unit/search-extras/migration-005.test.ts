import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/engine/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/engine/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { listSavedSearches, recordSearch, saveSearch, searchHistory } from '../../../electron/engine/search/saved-searches-service';
import { searchIndexSettled, searchIndexStatus } from '../../../electron/engine/search/search-index-service';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe('migration 005: saved searches and search history', () => {
  it('upgrades a version-4 library: tables added, documents kept and searchable', async () => {
    const folder = makeTempFolder();
    folders.push(folder);
    const db = new Database(path.join(folder, DATABASE_FILE_NAME));
    migrate(db, MIGRATIONS.filter((m) => m.version <= 4));
    // A document written without the search index (as a damaged or older library may have).
    db.prepare(
      `INSERT INTO documents (id, kind, title, text, text_sha256, created_at, updated_at)
       VALUES ('olddoc000001', 'case', '旧资料：党建联建', '临时党支部开展党建联建。', 'x', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
    ).run();
    expect(schemaVersion(db)).toBe(4);
    db.close();

    const library = openLibrary(libraryOptions(folder));
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
      const tables = library.db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['saved_searches', 'search_history']));
      expect(listSavedSearches(library)).toEqual([]);
      expect(searchIndexStatus(library).status).toBe('rebuilding');
      await searchIndexSettled(library);
      expect(searchIndexStatus(library)).toEqual({ status: 'ready', done: 1, total: 1, error: null });
      expect(saveSearch(library, { name: '联建', query: '党建联建', sort: 'relevance' }).count).toBe(1);
      recordSearch(library, '党建联建');
      expect(searchHistory(library, 10).map((h) => h.query)).toEqual(['党建联建']);
    } finally {
      library.close();
    }
  });
});
