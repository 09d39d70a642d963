import type Database from 'better-sqlite3';
import type { DuplicateStatus } from '../../../shared/model/duplicates';

export interface NearDuplicateRow {
  id: number;
  /** The document imported later. */
  document_seq: number;
  /** The document it resembles, already in the library. */
  similar_seq: number;
  similarity: number;
  status: DuplicateStatus;
  kept_seq: number | null;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

/** Records a pair (once: a second call for the same two documents returns the first row's id). */
export function insertPair(db: Database.Database, documentSeq: number, similarSeq: number, similarity: number, now: string): number {
  db.prepare(
    `INSERT OR IGNORE INTO near_duplicates (document_seq, similar_seq, similarity, status, created_at)
     VALUES (?, ?, ?, 'pending', ?)`,
  ).run(documentSeq, similarSeq, similarity, now);
  const row = db.prepare('SELECT id FROM near_duplicates WHERE document_seq = ? AND similar_seq = ?').get(documentSeq, similarSeq) as { id: number };
  return row.id;
}

export function findPair(db: Database.Database, id: number): NearDuplicateRow | undefined {
  return db.prepare('SELECT * FROM near_duplicates WHERE id = ?').get(id) as NearDuplicateRow | undefined;
}

/** Pending pairs whose two documents are both in the library (a trashed one hides its pairs). */
const PENDING_LIVE = `p.status = 'pending'
  AND EXISTS (SELECT 1 FROM documents a WHERE a.seq = p.document_seq AND a.deleted_at IS NULL)
  AND EXISTS (SELECT 1 FROM documents b WHERE b.seq = p.similar_seq AND b.deleted_at IS NULL)`;

export function countPendingPairs(db: Database.Database): number {
  return (db.prepare(`SELECT count(*) AS n FROM near_duplicates p WHERE ${PENDING_LIVE}`).get() as { n: number }).n;
}

/** Pending pairs (most similar first), or every pair (newest first). */
export function listPairs(
  db: Database.Database,
  query: { status: 'pending' | 'all'; offset: number; limit: number },
): { total: number; rows: NearDuplicateRow[] } {
  const where = query.status === 'pending' ? PENDING_LIVE : '1 = 1';
  const order = query.status === 'pending' ? 'p.similarity DESC, p.id DESC' : 'p.id DESC';
  const total = (db.prepare(`SELECT count(*) AS n FROM near_duplicates p WHERE ${where}`).get() as { n: number }).n;
  const rows = db
    .prepare(`SELECT p.* FROM near_duplicates p WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(query.limit, query.offset) as NearDuplicateRow[];
  return { total, rows };
}

/** Every pair one document is part of, whichever side. */
export function pairsOfDocument(db: Database.Database, documentSeq: number): NearDuplicateRow[] {
  return db
    .prepare('SELECT * FROM near_duplicates WHERE document_seq = ? OR similar_seq = ? ORDER BY id')
    .all(documentSeq, documentSeq) as NearDuplicateRow[];
}

export function resolvePair(
  db: Database.Database,
  id: number,
  resolution: { status: Exclude<DuplicateStatus, 'pending'>; keptSeq: number | null; actor: string; now: string },
): void {
  db.prepare('UPDATE near_duplicates SET status = ?, kept_seq = ?, resolved_at = ?, resolved_by = ? WHERE id = ?').run(
    resolution.status,
    resolution.keptSeq,
    resolution.now,
    resolution.actor,
    id,
  );
}
