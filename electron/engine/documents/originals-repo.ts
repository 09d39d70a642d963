import type Database from 'better-sqlite3';

/** Rows of `originals`: one per stored original file, by the SHA-256 of its bytes; documents refer to it. */

export function hasOriginal(db: Database.Database, sha256: string): boolean {
  return db.prepare('SELECT 1 FROM originals WHERE sha256 = ?').get(sha256) !== undefined;
}

/** Where the original's file lies under the library folder, when the library has a row for it. */
export function originalStoredPath(db: Database.Database, sha256: string): string | undefined {
  return (db.prepare('SELECT stored_path FROM originals WHERE sha256 = ?').get(sha256) as { stored_path: string } | undefined)?.stored_path;
}

/** Adds the row of an original; one that is already there is kept as it is. */
export function insertOriginal(db: Database.Database, sha256: string, size: number, storedPath: string, now: string): void {
  db.prepare('INSERT OR IGNORE INTO originals (sha256, size, stored_path, created_at) VALUES (?, ?, ?, ?)').run(sha256, size, storedPath, now);
}

/** True while some document (in the trash or not) still refers to the original. */
export function isOriginalInUse(db: Database.Database, sha256: string): boolean {
  return db.prepare('SELECT 1 FROM documents WHERE original_sha256 = ?').get(sha256) !== undefined;
}

/** Whether any original's row names this stored file (one imported again may take the path of one just deleted). */
export function isStoredPathListed(db: Database.Database, storedPath: string): boolean {
  return db.prepare('SELECT 1 FROM originals WHERE stored_path = ?').get(storedPath) !== undefined;
}

export function deleteOriginal(db: Database.Database, sha256: string): void {
  db.prepare('DELETE FROM originals WHERE sha256 = ?').run(sha256);
}
