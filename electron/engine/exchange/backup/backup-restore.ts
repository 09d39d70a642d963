import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { CasebookError } from '../../../../shared/api/errors';
import type { RestoreResult } from '../../../../shared/model/backup';
import { refused, ZipReader } from '../../archive/zip-reader';
import { tableExists, tableHasRows } from '../exchange-repo';
import { openDatabase } from '../../db/open-database';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import type { Library } from '../../core/library';
import { newId } from '../../core/ids';
import { crashPoint } from '../../core/crash-points';
import {
  BACKUP_DATABASE_ENTRY,
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
  backupManifestSchema,
  CONTENT_TABLES,
  REBUILT_TABLES,
  type BackupManifest,
} from './backup-format';
import {
  attachRestored,
  clearMainTable,
  copyRestoredTable,
  deferForeignKeys,
  detachRestored,
  quickCheckAndUnjournal,
  restoredCounts,
  schemaTables,
} from './backup-repo';

function readManifest(reader: ZipReader): BackupManifest {
  if (!reader.has('manifest.json')) throw new CasebookError('IMPORT_FAILED', '这个文件不是案例库备份（缺少清单 manifest.json），已停止恢复。', 'no manifest');
  let raw: unknown;
  try {
    raw = JSON.parse(reader.read('manifest.json').bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof CasebookError) throw error;
    throw refused('备份文件', '的清单无法读取', String(error));
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format === 'casebook-bundle') throw new CasebookError('IMPORT_FAILED', '这是案例库交换包，不是备份文件。请用“导入”把它合并到资料库中。', 'bundle given to restore');
  if (format !== BACKUP_FORMAT) throw new CasebookError('IMPORT_FAILED', '这个文件不是案例库备份，已停止恢复。', `format ${String(format)}`);
  if ((raw as { version?: unknown }).version !== BACKUP_VERSION) {
    throw refused('备份文件', `的格式版本（${String((raw as { version?: unknown }).version).slice(0, 20)}）不受这个版本的案例库支持，请升级案例库后再恢复`, 'version');
  }
  const parsed = backupManifestSchema.safeParse(raw);
  if (!parsed.success) throw refused('备份文件', '的清单内容有误', JSON.stringify(parsed.error.issues).slice(0, 1000));
  if (parsed.data.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw refused('备份文件', `来自更新版本的案例库（结构版本 ${parsed.data.schemaVersion}，本程序支持到 ${LATEST_SCHEMA_VERSION}），请先升级案例库`, 'schema too new');
  }
  return parsed.data;
}

/** Rows of the user's own work; seeded tags, tag rules and settings do not count. */
export function libraryIsEmpty(library: Library): boolean {
  return CONTENT_TABLES.every((table) => !tableExists(library.db, table) || !tableHasRows(library.db, table));
}

/** Ordinary tables to copy: not SQLite's own, not the full-text index or its shadow tables, not what the search engine rebuilds. */
function copiedTables(db: Database.Database, schema: 'main' | 'restored'): string[] {
  const rows = schemaTables(db, schema);
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql ?? '')).map((row) => row.name);
  return rows
    .map((row) => row.name)
    .filter((name) => !name.startsWith('sqlite_') || name === 'sqlite_sequence')
    .filter((name) => !virtual.some((table) => name === table || name.startsWith(`${table}_`)))
    .filter((name) => !REBUILT_TABLES.includes(name));
}

/** Checks the entries of the backup and unpacks it into `staging`, verifying every SHA-256. */
function unpackChecked(reader: ZipReader, manifest: BackupManifest, staging: string): { database: string; originals: string[] } {
  const listed = new Map(manifest.entries.map((entry) => [entry.path, entry]));
  for (const entry of reader.entries) {
    if (entry.name === 'manifest.json') continue;
    const expected = listed.get(entry.name);
    if (!expected) throw refused('备份文件', `中有清单之外的文件“${entry.name.slice(0, 80)}”`, `unlisted ${entry.name}`);
    if (expected.size !== entry.size) throw refused('备份文件', `中的“${entry.name.slice(0, 80)}”大小与清单不符`, 'size');
    if (entry.name !== BACKUP_DATABASE_ENTRY && !/^originals\/[0-9a-f]{2}\/[0-9a-f]{64}(\.[a-z0-9]{1,10})?$/.test(entry.name)) {
      throw refused('备份文件', `中有不认识的文件“${entry.name.slice(0, 80)}”`, `unknown ${entry.name}`);
    }
  }
  for (const expected of manifest.entries) {
    if (!reader.has(expected.path)) throw refused('备份文件', `不完整：缺少“${expected.path.slice(0, 80)}”`, `missing ${expected.path}`);
  }
  if (!listed.has(BACKUP_DATABASE_ENTRY)) throw refused('备份文件', '中缺少数据库', 'no database');
  const originals: string[] = [];
  for (const expected of manifest.entries) {
    const target = path.join(staging, ...expected.path.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const actual = reader.extractTo(expected.path, target);
    if (actual !== expected.sha256) throw refused('备份文件', `中的“${expected.path.slice(0, 80)}”校验和不符（文件已损坏或被改动）`, `sha256 ${actual}`);
    if (expected.path.startsWith('originals/') && !path.posix.basename(expected.path).startsWith(actual)) {
      throw refused('备份文件', `中的原始文件“${expected.path.slice(0, 80)}”与其内容不符`, 'original name mismatch');
    }
    if (expected.path !== BACKUP_DATABASE_ENTRY) originals.push(expected.path);
  }
  return { database: path.join(staging, BACKUP_DATABASE_ENTRY), originals };
}

/** Brings the snapshot to this program's schema (a backup from an older version) and checks that it is a database. */
function prepareSnapshot(library: Library, file: string): void {
  try {
    const db = openDatabase(file, library.options.nativeBinding ? { nativeBinding: library.options.nativeBinding } : {});
    const check = quickCheckAndUnjournal(db);
    db.close();
    if (check !== 'ok') throw new Error(`quick_check: ${String(check)}`);
  } catch (error) {
    throw refused('备份文件', '中的数据库已损坏', String(error instanceof Error ? error.message : error));
  }
}

/**
 * Restores a backup into this library, which must be empty (a new library, or one where nothing was
 * added yet). Everything is checked and unpacked into a staging folder first; then the database rows
 * are copied in one transaction, the originals moved into place and the search index rebuilt.
 * These steps are not atomic together: the doors call it only on a staged library that is made live
 * with renames once complete (library/restore-library.ts).
 */
export function restoreBackup(library: Library, file: string): RestoreResult {
  if (!libraryIsEmpty(library)) {
    throw new CasebookError(
      'CONFLICT',
      '只能恢复到新的或空的资料库：这个资料库中已经有资料、备注、专辑或草稿。请新建一个资料库文件夹后再恢复（命令行：casebook restore 备份文件 --library 新文件夹）。',
      'target library not empty',
    );
  }
  const staging = path.join(library.folder, `.restore-${newId()}`);
  const reader = ZipReader.open(file, '备份文件', BACKUP_LIMITS);
  try {
    const manifest = readManifest(reader);
    fs.mkdirSync(staging);
    const unpacked = unpackChecked(reader, manifest, staging);
    prepareSnapshot(library, unpacked.database);

    const db = library.db;
    attachRestored(db, unpacked.database);
    const tables: Record<string, number> = {};
    try {
      const theirs = new Set(copiedTables(db, 'restored'));
      library.write(() => {
        deferForeignKeys(db);
        const ours = copiedTables(db, 'main');
        // Everything out first: a cascade from a later DELETE must not remove rows already copied.
        for (const table of ours) clearMainTable(db, table);
        for (const table of ours) {
          if (!theirs.has(table)) continue;
          tables[table] = copyRestoredTable(db, table);
        }
      });
    } finally {
      detachRestored(db);
    }
    crashPoint('restore:rows-staged');

    for (const relative of unpacked.originals) {
      const from = path.join(staging, ...relative.split('/'));
      const to = library.originals.absolute(relative);
      if (fs.existsSync(to)) continue;
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.renameSync(from, to);
    }
    crashPoint('restore:originals-staged');
    library.search.rebuild();
    const counts = restoredCounts(db);
    return {
      documents: counts.documents,
      trashed: counts.trashed,
      originals: unpacked.originals.length,
      tags: counts.tags,
      notes: counts.notes,
      tables: Object.fromEntries(Object.entries(tables).filter(([table, rows]) => rows > 0 && !['documents', 'notes', 'tags', 'originals', 'settings', 'sqlite_sequence'].includes(table))),
    };
  } finally {
    reader.close();
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
