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

/**
 * WAL pages after which a commit copies the WAL into the database file by itself (SQLite's default is
 * 1,000, about 4 MB). That checkpoint ran inside whichever write crossed the mark: 15-30 ms of copying
 * and fsync, up to 460 ms at 50,000 documents, in about one single-document update of 30. The app
 * checkpoints at idle time instead (checkpointWal, run by the search index's background tidying after
 * writes); this larger mark is the safety net for a process that never idles (a long import).
 * (At 10,000 this process died of SIGBUS beside `casebook reindex` in tests/api/cli-reindex.test.ts:
 * walBacklog then read the -shm file, and closing that descriptor dropped this process's locks.)
 */
export const WAL_AUTOCHECKPOINT_PAGES = 3_000;

/**
 * WAL pages worth an idle checkpoint, as SQLite's own default mark. Not fewer: the first write after a
 * complete checkpoint starts the WAL over and fsyncs its header (3-4 ms here), so checkpointing after
 * every write would move that cost into every write.
 */
export const IDLE_CHECKPOINT_PAGES = 1_000;

/** Bytes of a WAL file's header, and of each frame's header before its page. */
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

/**
 * The WAL is cut back to this size when it starts over after a complete checkpoint, so that its size
 * tells how much was written since (walBacklog).
 */
const WAL_SIZE_LIMIT_BYTES = 1024 * 1024;

/**
 * About how many pages were written to the WAL since it last started over: read from the -wal file's
 * size (cut back to WAL_SIZE_LIMIT_BYTES at each restart), so at most that much too high. Null when
 * there is no WAL. Never opens the -wal or -shm file: closing a descriptor of a file SQLite has locked
 * drops every lock this process holds on it (POSIX), after which another process may truncate the
 * wal-index under this one's mapping (it died of SIGBUS that way beside `casebook reindex`).
 */
export function walBacklog(db: Database.Database): number | null {
  try {
    const size = fs.statSync(`${db.name}-wal`).size;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    return Math.max(0, Math.floor((size - WAL_HEADER_BYTES) / (pageSize + WAL_FRAME_HEADER_BYTES)));
  } catch {
    return null;
  }
}

/**
 * Copies what the WAL holds into the database file without waiting for anyone (PASSIVE: pages a
 * reader still needs stay in the WAL for the next time), when at least `minPages` wait (or their
 * number is unknown). Outside transactions only; returns whether it checkpointed.
 */
export function checkpointWal(db: Database.Database, minPages = 0): boolean {
  if (db.inTransaction || !db.open) return false;
  const backlog = minPages > 0 ? walBacklog(db) : null;
  if (backlog !== null && backlog < minPages) return false;
  db.pragma('wal_checkpoint(PASSIVE)');
  return true;
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
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw toLibraryError(error);
  }
}
