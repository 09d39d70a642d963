import type Database from 'better-sqlite3';
import type { DocumentRow } from '../documents/documents-repo';

/**
 * What the search services (相关资料, the index upkeep's checks) read themselves: documents by seq and
 * plain look-ups in the full-text tables. The index's own storage stays in search/engine.
 */

/** The full-text tables a service may look up directly. */
export type FtsTable = 'document_fts' | 'document_fields_fts';

/** Row ids (documents.seq) the FTS5 expression matches, in the table's order; throws when the table cannot be read. */
export function ftsMatchSeqs(db: Database.Database, table: FtsTable, match: string, limit: number): number[] {
  return db.prepare<[string, number], number>(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT ?`).pluck().all(match, limit);
}

/** How many rows of the table the FTS5 expression matches with this row id (a BigInt: FTS5 ignores "rowid = ?" given a float). */
export function ftsMatchCountAt(db: Database.Database, table: FtsTable, match: string, seq: number): number | undefined {
  return db.prepare<[string, bigint], number>(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ? AND rowid = ?`).pluck().get(match, BigInt(seq));
}

/** The documents (trashed ones too) with the given seqs, by seq. */
export function documentRowsBySeq(db: Database.Database, seqs: readonly number[]): Map<number, DocumentRow> {
  if (seqs.length === 0) return new Map();
  const rows = db
    .prepare<[string], DocumentRow>('SELECT * FROM documents WHERE seq IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...new Set(seqs)]));
  return new Map(rows.map((row) => [row.seq, row]));
}

/** The first, a middle and the last document (by seq) with their titles: samples to probe the index with. */
export function probeDocuments(db: Database.Database): { seq: number; title: string }[] {
  return db
    .prepare<[], { seq: number; title: string }>(
      `SELECT seq, title FROM documents WHERE seq IN ((SELECT min(seq) FROM documents), (SELECT max(seq) FROM documents),
         (SELECT seq FROM documents ORDER BY seq LIMIT 1 OFFSET (SELECT count(*) / 2 FROM documents)))`,
    )
    .all();
}

export function countLiveDocuments(db: Database.Database): number {
  return db.prepare<[], number>('SELECT count(*) FROM documents WHERE deleted_at IS NULL').pluck().get() ?? 0;
}

/** Every document, the trashed ones too. */
export function countAllDocuments(db: Database.Database): number {
  return db.prepare<[], number>('SELECT count(*) FROM documents').pluck().get() ?? 0;
}
