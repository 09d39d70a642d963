import type Database from 'better-sqlite3';
import { quoteIdentifier } from '../exchange-repo';

/**
 * SQL of 交换包: the rows of 专辑 and 草稿 by table (bundle-records.ts, bundle-record-merge.ts) and
 * what merging a bundle's documents writes beyond the documents' own repositories.
 */

/** The root row of a record family, every column. */
export function findRowById(db: Database.Database, table: string, id: unknown): Record<string, unknown> | undefined {
  return db.prepare(`SELECT * FROM ${quoteIdentifier(table)} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
}

export function hasRowWithId(db: Database.Database, table: string, id: unknown): boolean {
  return db.prepare(`SELECT 1 FROM ${quoteIdentifier(table)} WHERE id = ?`).get(id) !== undefined;
}

/** The child rows that belong to a root row, every column. */
export function childRows(db: Database.Database, table: string, parentColumn: string, parentId: string): Record<string, unknown>[] {
  return db.prepare(`SELECT * FROM ${quoteIdentifier(table)} WHERE ${quoteIdentifier(parentColumn)} = ?`).all(parentId) as Record<string, unknown>[];
}

export function deleteChildRows(db: Database.Database, table: string, parentColumn: string, parentId: string): void {
  db.prepare(`DELETE FROM ${quoteIdentifier(table)} WHERE ${quoteIdentifier(parentColumn)} = ?`).run(parentId);
}

/** Inserts one row; `values` holds exactly the columns to write. */
export function insertRow(db: Database.Database, table: string, values: Record<string, unknown>): void {
  const names = Object.keys(values);
  db.prepare(`INSERT INTO ${quoteIdentifier(table)} (${names.map(quoteIdentifier).join(', ')}) VALUES (${names.map((name) => `@${name}`).join(', ')})`).run(
    Object.fromEntries(names.map((name) => [name, values[name]])) as Record<string, unknown>,
  );
}

/** Sets the given columns of the row with this id. */
export function updateRowById(db: Database.Database, table: string, id: string, values: Record<string, unknown>): void {
  const names = Object.keys(values);
  db.prepare(`UPDATE ${quoteIdentifier(table)} SET ${names.map((name) => `${quoteIdentifier(name)} = @${name}`).join(', ')} WHERE id = @id`).run({ ...values, id });
}

/** The save counter of a root row (drafts), when the row is there. */
export function revisionOf(db: Database.Database, table: string, id: string): number | undefined {
  return (db.prepare(`SELECT revision FROM ${quoteIdentifier(table)} WHERE id = ?`).get(id) as { revision: number } | undefined)?.revision;
}

export function documentIdOfSeq(db: Database.Database, seq: number): string | undefined {
  return (db.prepare('SELECT id FROM documents WHERE seq = ?').get(seq) as { id: string } | undefined)?.id;
}

/** The document (trashed ones last, then the oldest) with these original bytes. */
export function documentIdWithOriginal(db: Database.Database, originalSha256: string): string | undefined {
  return (
    db.prepare('SELECT id FROM documents WHERE original_sha256 = ? ORDER BY deleted_at IS NOT NULL, seq LIMIT 1').get(originalSha256) as { id: string } | undefined
  )?.id;
}

/** The document (trashed ones last, then the oldest) with this cleaned text. */
export function documentIdWithText(db: Database.Database, textSha256: string): string | undefined {
  return (db.prepare('SELECT id FROM documents WHERE text_sha256 = ? ORDER BY deleted_at IS NOT NULL, seq LIMIT 1').get(textSha256) as { id: string } | undefined)
    ?.id;
}

/** The same document keeps the times it had in the library it came from. */
export function setDocumentTimes(db: Database.Database, seq: number, createdAt: string, updatedAt: string): void {
  db.prepare('UPDATE documents SET created_at = ?, updated_at = ? WHERE seq = ?').run(createdAt, updatedAt, seq);
}

/** Adds a note with its own id and times; a note already there with that id is left alone. */
export function insertNoteIfAbsent(db: Database.Database, note: { id: string; documentSeq: number; body: string; createdAt: string; updatedAt: string }): void {
  db.prepare('INSERT OR IGNORE INTO notes (id, document_seq, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    note.id,
    note.documentSeq,
    note.body,
    note.createdAt,
    note.updatedAt,
  );
}

/** Sets a note's body when it belongs to that document (a bundle cannot reach another document's note). */
export function updateNoteOfDocument(db: Database.Database, id: string, documentSeq: number, body: string, updatedAt: string): void {
  db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ? AND document_seq = ?').run(body, updatedAt, id, documentSeq);
}
