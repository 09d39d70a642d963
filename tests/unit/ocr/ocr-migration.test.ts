import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/engine/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/engine/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe('migration 013: the recognition queue', () => {
  it('upgrades a version-12 library; a queued scan and its pages go with the document', () => {
    const folder = makeTempFolder();
    folders.push(folder);
    const old = new Database(path.join(folder, DATABASE_FILE_NAME));
    migrate(old, MIGRATIONS.filter((migration) => migration.version <= 12));
    old.prepare(
      `INSERT INTO documents (id, kind, title, text, text_sha256, field_origins, created_at, updated_at)
       VALUES ('scan00000001', 'policy', '扫描件', '', 'x', '{}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    ).run();
    old.close();

    const library = openLibrary(libraryOptions(folder));
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
      const { seq } = library.db.prepare("SELECT seq FROM documents WHERE id = 'scan00000001'").get() as { seq: number };
      library.db.prepare("INSERT INTO ocr_jobs (document_seq, pages, status, queued_at) VALUES (?, '[1]', 'queued', '2026-01-01T00:00:00Z')").run(seq);
      library.db.prepare("INSERT INTO ocr_pages (document_seq, page, width, height, lines, paragraphs) VALUES (?, 1, 1240, 1754, '[]', '[]')").run(seq);
      library.write(() => library.db.prepare('DELETE FROM documents WHERE seq = ?').run(seq));
      expect(library.db.prepare('SELECT count(*) AS n FROM ocr_jobs').get()).toEqual({ n: 0 });
      expect(library.db.prepare('SELECT count(*) AS n FROM ocr_pages').get()).toEqual({ n: 0 });
    } finally {
      library.close();
    }
  });
});
