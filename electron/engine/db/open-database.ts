import fs from 'node:fs';
import Database from 'better-sqlite3';
import { CasebookError } from '../../../shared/api/errors';
import { assertNotNewer, migrate } from './migrate';

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron passes its own). */
  nativeBinding?: string;
  /** How long a write waits for another process (the CLI, a second window) before giving up. */
  busyTimeoutMs?: number;
}

function assertSqliteFile(file: string): void {
  let handle: number | null = null;
  try {
    handle = fs.openSync(file, 'r');
    const header = Buffer.alloc(16);
    const bytesRead = fs.readSync(handle, header, 0, 16, 0);
    if (bytesRead === 0) return; // an empty file becomes a new database
    if (bytesRead < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new CasebookError(
        'LIBRARY_NOT_SQLITE',
        '资料库文件不是案例库数据库（可能被其他程序覆盖或已损坏），已停止打开，文件未做任何修改。',
        `${file}: missing SQLite header`,
      );
    }
  } catch (error) {
    if (error instanceof CasebookError) throw error;
    throw new CasebookError('LIBRARY_UNAVAILABLE', '无法读取资料库文件，请检查文件权限。', String(error));
  } finally {
    if (handle !== null) fs.closeSync(handle);
  }
}

/** Maps SQLite's error codes to what a user can act on. */
export function toLibraryError(error: unknown): CasebookError {
  if (error instanceof CasebookError) return error;
  const code = (error as { code?: string }).code ?? '';
  const detail = error instanceof Error ? `${code} ${error.message}` : String(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new CasebookError('LIBRARY_LOCKED', '资料库正被其他程序占用，请稍后再试或关闭其他打开该资料库的窗口。', detail);
  }
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return new CasebookError('LIBRARY_NOT_SQLITE', '资料库文件已损坏或不是案例库数据库，已停止打开。', detail);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) {
    return new CasebookError('LIBRARY_UNAVAILABLE', '无法打开资料库文件，请检查文件夹是否存在、是否有读写权限。', detail);
  }
  return new CasebookError('INTERNAL', '资料库操作失败。', detail);
}

/** Opens (creating if new) a library database in WAL mode with foreign keys on, migrated to the newest schema. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  if (fs.existsSync(file)) assertSqliteFile(file);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, {
      timeout: options.busyTimeoutMs ?? 5000,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    // Refuse a newer library before anything (even switching to WAL) writes to the file.
    assertNotNewer(db);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw toLibraryError(error);
  }
}
