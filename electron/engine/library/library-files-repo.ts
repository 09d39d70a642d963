import type Database from 'better-sqlite3';

/**
 * The SQL of the library's own upkeep: restore's file swap, start-up repair and 资料库检查
 * (restore-library.ts, library-repair.ts, library-check.ts).
 */

/** Folds the WAL into the database file and leaves it a single self-contained file (rollback journal). */
export function closeAsSingleFile(db: Database.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
}

/**
 * Switches to rollback-journal mode without waiting, which SQLite grants only when no other
 * connection has the database open; answers the journal mode now in force.
 */
export function claimAsSingleFile(db: Database.Database): string {
  db.pragma('busy_timeout = 0');
  return String(db.pragma('journal_mode = DELETE', { simple: true }));
}

/** PRAGMA integrity_check: ['ok'] for a sound database, else its findings (at most `limit`). */
export function integrityCheck(db: Database.Database, limit = 20): string[] {
  return (db.pragma(`integrity_check(${Math.max(1, Math.floor(limit))})`) as { integrity_check: string }[]).map((row) => row.integrity_check);
}

/** Every original file the database lists, relative to the library folder. */
export function listedOriginalPaths(db: Database.Database): Set<string> {
  return new Set((db.prepare('SELECT stored_path FROM originals').all() as { stored_path: string }[]).map((row) => row.stored_path));
}

export interface DocumentOriginal {
  id: string;
  title: string;
  storedPath: string;
}

/** The documents that have an original, with where it should be. */
export function documentOriginals(db: Database.Database): DocumentOriginal[] {
  return db
    .prepare(
      `SELECT d.id AS id, d.title AS title, o.stored_path AS storedPath
         FROM documents d JOIN originals o ON o.sha256 = d.original_sha256
        ORDER BY d.seq`,
    )
    .all() as DocumentOriginal[];
}
