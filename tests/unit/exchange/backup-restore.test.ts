import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/library';
import { openLibrary } from '../../../electron/engine/library';
import { backupKeepAndList, backupOnQuit, createBackup, listBackups, restoreFrom } from '../../../electron/engine/services/backup-service';
import { trashDocuments, updateDocument } from '../../../electron/engine/services/documents-service';
import { editNote, notesOfDocument } from '../../../electron/engine/services/notes-service';
import { CasebookError } from '../../../shared/api/errors';
import { libraryOptions, makeTempFolder, withTempLibrary } from '../../helpers/temp-library';
import { addExchangeDocuments, folderFingerprint, parseEntry, rewriteZip } from './exchange-fixtures';

let original: ReturnType<typeof withTempLibrary>;
let scratch: string;
const opened: Library[] = [];

beforeEach(() => {
  original = withTempLibrary();
  scratch = makeTempFolder('casebook-backups-');
});
afterEach(() => {
  for (const library of opened.splice(0)) library.close();
  original.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function newLibrary(name: string): Library {
  const library = openLibrary(libraryOptions(path.join(scratch, name)));
  opened.push(library);
  return library;
}

/** Every user-visible table, row by row (search tables are rebuilt, so they are compared by a query). */
function tableDump(library: Library): Record<string, unknown[]> {
  const tables = (library.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'").all() as { name: string }[])
    .map((row) => row.name)
    .filter((name) => !['search_docs', 'search_index_state'].includes(name))
    .sort();
  return Object.fromEntries(tables.map((table) => [table, library.db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]));
}

function originalsOf(library: Library): Record<string, string> {
  const fingerprint = folderFingerprint(library.folder);
  return Object.fromEntries(Object.entries(fingerprint).filter(([file]) => file.startsWith('originals')));
}

describe('backup and restore', () => {
  it('restores a library equal to the original, after edits and trash', async () => {
    const ids = await addExchangeDocuments(original.library);
    updateDocument(original.library, ids[0] ?? '', { title: '鹿城区红色工地党建联盟实施方案（2024年修订）', region: '浙江省温州市鹿城区' });
    trashDocuments(original.library, [ids[2] ?? '']);
    const [note] = notesOfDocument(original.library, ids[0] ?? '');
    editNote(original.library, note?.id ?? '', '培训第三讲开篇，配合现场照片使用。');
    if (original.library.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'drafts'").get()) {
      original.library.db
        .prepare("INSERT INTO drafts (id, title, content, plain_text, char_count, revision, created_at, updated_at) VALUES ('draftbackup1', '党建联建宣传稿', '{\"type\":\"doc\"}', '', 0, 1, '2024-05-01T00:00:00.000Z', '2024-05-01T00:00:00.000Z')")
        .run();
    }

    const file = path.join(scratch, '周五备份.bak');
    const backup = createBackup(original.library, { out: file });
    expect(backup).toMatchObject({ path: file, documents: 3, originals: 3, contentBase64: null });

    const restored = newLibrary('restored');
    const result = restoreFrom(restored, { path: file });
    expect(result).toMatchObject({ documents: 2, trashed: 1, originals: 3, notes: 2 });

    expect(tableDump(restored)).toEqual(tableDump(original.library));
    expect(originalsOf(restored)).toEqual(originalsOf(original.library));
    const query = { query: '党建联盟', sort: 'relevance', offset: 0, limit: 10 } as const;
    expect(restored.search.query(query).hits.map((hit) => hit.id)).toEqual(original.library.search.query(query).hits.map((hit) => hit.id));
    expect(fs.readdirSync(restored.folder).filter((name) => name.startsWith('.restore-'))).toEqual([]);
  });

  it('refuses to restore over a library that already has documents', async () => {
    await addExchangeDocuments(original.library);
    const file = path.join(scratch, 'b.casebook-backup');
    createBackup(original.library, { out: file });
    const busy = newLibrary('busy');
    await addExchangeDocuments(busy);
    busy.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = folderFingerprint(busy.folder);
    expect(() => restoreFrom(busy, { path: file })).toThrow(/只能恢复到新的或空的资料库/);
    expect(folderFingerprint(busy.folder)).toEqual(before);
  });

  it('refuses a damaged backup and leaves the empty library as it was', async () => {
    await addExchangeDocuments(original.library);
    const file = path.join(scratch, 'c.casebook-backup');
    createBackup(original.library, { out: file });
    const damaged = rewriteZip(file, path.join(scratch, 'damaged.casebook-backup'), (entries) => {
      const name = Object.keys(entries).find((entry) => entry.startsWith('originals/'));
      if (name) entries[name] = new Uint8Array((entries[name] ?? new Uint8Array()).length).fill(65);
    });
    const newer = rewriteZip(file, path.join(scratch, 'newer.casebook-backup'), (entries) => {
      entries['manifest.json'] = Buffer.from(JSON.stringify({ ...parseEntry<Record<string, unknown>>(entries['manifest.json']), schemaVersion: 999 }));
    });
    const empty = newLibrary('empty');
    empty.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = folderFingerprint(empty.folder);
    expect(() => restoreFrom(empty, { path: damaged })).toThrow(/校验和不符/);
    expect(() => restoreFrom(empty, { path: newer })).toThrow(/来自更新版本的案例库/);
    const error = (() => {
      try {
        restoreFrom(empty, { path: path.join(scratch, 'missing.casebook-backup') });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CasebookError);
    expect(folderFingerprint(empty.folder)).toEqual(before);
  });

  it('keeps the last N backups in the backups folder and leaves other files there alone', async () => {
    await addExchangeDocuments(original.library);
    backupKeepAndList(original.library, 3);
    const made = [];
    for (let i = 0; i < 5; i += 1) made.push(createBackup(original.library).fileName);
    const list = listBackups(original.library);
    expect(list.keep).toBe(3);
    expect(list.backups.map((backup) => backup.fileName)).toEqual(made.slice(2).reverse());
    fs.writeFileSync(path.join(list.folder, '手工备份.zip'), 'keep me');
    backupKeepAndList(original.library, 1);
    expect(listBackups(original.library).backups.map((backup) => backup.fileName)).toEqual([made[4]]);
    expect(fs.existsSync(path.join(list.folder, '手工备份.zip'))).toBe(true);
  });

  it('makes a backup on quit only when something changed since the last one', async () => {
    expect(backupOnQuit(original.library)).toBeNull(); // nothing in the library yet
    const ids = await addExchangeDocuments(original.library);
    const first = backupOnQuit(original.library);
    expect(first?.documents).toBe(3);
    expect(backupOnQuit(original.library)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    updateDocument(original.library, ids[1] ?? '', { region: '浙江省温州市龙湾区' });
    expect(backupOnQuit(original.library)?.fileName).not.toBe(first?.fileName);
    expect(listBackups(original.library).backups).toHaveLength(2);
  });
});
