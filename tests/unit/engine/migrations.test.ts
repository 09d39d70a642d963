import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/engine/db/open-database';
import { migrate, schemaVersion } from '../../../electron/engine/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/engine/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';
import { captureError } from '../../helpers/capture-error';

const folders: string[] = [];
function tempFolder(): string {
  const folder = makeTempFolder();
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe('schema migrations', () => {
  it('numbers migrations 1, 2, 3… with no gap, so every library walks the same path', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('creates a new library at the latest version with WAL and foreign keys on', () => {
    const file = path.join(tempFolder(), DATABASE_FILE_NAME);
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('upgrades a library written at schema version 1 and keeps its documents searchable', () => {
    const folder = tempFolder();
    const old = new Database(path.join(folder, DATABASE_FILE_NAME));
    migrate(old, MIGRATIONS.slice(0, 1));
    old.prepare(
      `INSERT INTO documents (id, kind, title, text, text_sha256, field_origins, created_at, updated_at)
       VALUES ('olddoc000001', 'case', '旧版资料库中的案例', '临时党支部组织农民工开展安全教育', 'x', '{}', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
    ).run();
    expect(schemaVersion(old)).toBe(1);
    old.close();

    const library = openLibrary(libraryOptions(folder));
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
      const row = library.db.prepare('SELECT title FROM documents WHERE id = ?').get('olddoc000001') as { title: string };
      expect(row.title).toBe('旧版资料库中的案例');
      const hits = library.search.query({ query: '农民工', sort: 'relevance', offset: 0, limit: 10 }).hits;
      expect(hits.map((hit) => hit.id)).toEqual(['olddoc000001']);
    } finally {
      library.close();
    }
  });

  it('refuses a library from a newer Casebook and leaves the file untouched', () => {
    const folder = tempFolder();
    const file = path.join(folder, DATABASE_FILE_NAME);
    const future = new Database(file);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = fs.readFileSync(file);
    const error = captureError(() => openLibrary(libraryOptions(folder)));
    expect(error.code).toBe('LIBRARY_TOO_NEW');
    expect(error.message).toContain('更新版本');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database file that is not SQLite and leaves it untouched', () => {
    const folder = tempFolder();
    const file = path.join(folder, DATABASE_FILE_NAME);
    fs.writeFileSync(file, '这不是数据库，只是一个被改了名字的文本文件。\n'.repeat(20));
    const before = fs.readFileSync(file);
    const error = captureError(() => openLibrary(libraryOptions(folder)));
    expect(error.code).toBe('LIBRARY_NOT_SQLITE');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a missing library folder when not asked to create one', () => {
    const missing = path.join(tempFolder(), '不存在的资料库');
    const error = captureError(() => openLibrary(libraryOptions(missing, { createIfMissing: false })));
    expect(error.code).toBe('LIBRARY_UNAVAILABLE');
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('reports a library locked by another program', () => {
    const folder = tempFolder();
    openLibrary(libraryOptions(folder)).close();
    const other = new Database(path.join(folder, DATABASE_FILE_NAME));
    other.exec('BEGIN EXCLUSIVE');
    try {
      const error = captureError(() => {
        const library = openLibrary(libraryOptions(folder));
        try {
          library.write(() => library.db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run());
        } finally {
          library.close();
        }
      });
      expect(error.code).toBe('LIBRARY_LOCKED');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  }, 20_000);
});
