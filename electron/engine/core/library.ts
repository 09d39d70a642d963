import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { CasebookError } from '../../../shared/api/errors';
import { checkpointWal, openDatabase, toLibraryError } from '../db/open-database';
import type { PdfRenderer } from './pdf-renderer';
import { OriginalsStore } from './originals-store';
import { ProgressBoard } from './progress-board';
import { UndoLog } from './undo-log';
import { createSearchEngine } from '../search/engine';
import type { SearchEngine } from '../search/engine/search-engine';

export const DATABASE_FILE_NAME = 'casebook.db';

export interface OpenLibraryOptions {
  /** The library folder: the database plus originals/. */
  folder: string;
  /** Create the folder when it does not exist yet (a new library). Off: a missing folder is an error. */
  createIfMissing: boolean;
  /** Folder with taxonomy.json, places.json and sample/ (differs between source tree and package). */
  resourcesFolder: string;
  /** better_sqlite3.node built for the running runtime; Electron passes its own copy. */
  nativeBinding?: string;
  /** Prints export HTML to PDF: Electron's printToPDF in the desktop app; headless Chromium when left out. */
  pdfRenderer?: PdfRenderer;
  /** Written into the edit history: the OS user name, or e.g. "命令行". */
  actor: string;
  appVersion: string;
  /**
   * How old an original without its row must be before the start-up repair removes it (default ten
   * minutes: another process may be importing it right now). Tests pass 0.
   */
  orphanMinAgeMs?: number;
  /**
   * Recognise scans (OCR) in the background, and resume what a restart interrupted (default on: the
   * desktop app, browser mode). The command line turns it off and recognises only what it waits for.
   */
  recognizeInBackground?: boolean;
}

/** One open library. Every service function receives it; nothing else holds the database. */
export class Library {
  readonly originals: OriginalsStore;
  /** Progress of long work (exports) for the windows that wait for it. */
  readonly progress = new ProgressBoard();
  /** What undoable writes record, so 撤销 can take them back (core/handler.ts undoable). */
  readonly undo: UndoLog;
  private committedWrites = 0;
  private readonly afterWrites: (() => void)[] = [];

  constructor(
    readonly folder: string,
    readonly db: Database.Database,
    readonly search: SearchEngine,
    readonly options: OpenLibraryOptions,
  ) {
    this.originals = new OriginalsStore(folder);
    this.undo = new UndoLog(db);
  }

  get actor(): string {
    return this.options.actor;
  }

  /**
   * Runs fn in one IMMEDIATE transaction: all of it is written, or none of it. Every document it
   * changes is refreshed in the search index before the transaction commits.
   */
  write<T>(fn: () => T): T {
    let result: T;
    try {
      result = this.db.transaction(() => this.search.duringWrite(fn)).immediate();
    } catch (error) {
      throw toLibraryError(error);
    }
    this.committedWrites += 1;
    // The write is committed: upkeep that goes wrong must not report it as failed (it would be made again).
    for (const listener of this.afterWrites) {
      try {
        listener();
      } catch {
        // Upkeep left for the next write.
      }
    }
    return result;
  }

  /**
   * Calls `listener` after every write this Library commits: for upkeep that belongs at idle time,
   * not inside the write (the search index's merges and the WAL checkpoint, search-index-service.ts).
   * It must only schedule work, never throw.
   */
  onWritten(listener: () => void): void {
    this.afterWrites.push(listener);
  }

  /**
   * Changes whenever something was written: through this Library, or by another connection (the
   * command line while the app is open), which SQLite's data_version reports. Windows poll it.
   */
  changeStamp(): string {
    return `${String(this.db.pragma('data_version', { simple: true }))}.${this.committedWrites}`;
  }

  /**
   * Copies this process's writes from the WAL into the database file first (without waiting for anyone):
   * while another process keeps the library open, SQLite's own checkpoint at the last close does not
   * run, and a short-lived process (the command line) never idles long enough for the app's.
   */
  close(): void {
    if (!this.db.open) return;
    try {
      checkpointWal(this.db);
    } catch {
      // Busy: the next checkpoint, here or in another process, copies them.
    }
    this.db.close();
  }
}

function prepareFolder(folder: string, createIfMissing: boolean): string {
  const resolved = path.resolve(folder);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(resolved);
  } catch {
    stat = undefined;
  }
  if (stat && !stat.isDirectory()) {
    throw new CasebookError('LIBRARY_UNAVAILABLE', `资料库位置“${resolved}”是一个文件，不是文件夹。`, 'not a directory');
  }
  if (!stat) {
    if (!createIfMissing) {
      throw new CasebookError('LIBRARY_UNAVAILABLE', `找不到资料库文件夹“${resolved}”。如果资料库在移动硬盘或U盘上，请先连接。`, 'ENOENT');
    }
    try {
      fs.mkdirSync(resolved, { recursive: true });
    } catch (error) {
      throw new CasebookError('LIBRARY_UNAVAILABLE', `无法创建资料库文件夹“${resolved}”，请检查权限。`, String(error));
    }
  }
  try {
    fs.accessSync(resolved, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw new CasebookError('LIBRARY_UNAVAILABLE', `没有资料库文件夹“${resolved}”的读写权限。`, String(error));
  }
  return resolved;
}

/**
 * Opens (or creates) the library's folder and database, then runs `prepare` on it (the defaults a new
 * library gets); a failure in either closes the database again. `openLibrary` in library/ is what
 * the doors call.
 */
export function openLibraryIn(options: OpenLibraryOptions, prepare: (library: Library) => void): Library {
  const folder = prepareFolder(options.folder, options.createIfMissing);
  const db = openDatabase(path.join(folder, DATABASE_FILE_NAME), {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    const library = new Library(folder, db, createSearchEngine(db), options);
    prepare(library);
    return library;
  } catch (error) {
    db.close();
    throw toLibraryError(error);
  }
}
