import type Database from 'better-sqlite3';
import { decodeSignature, encodeSignature, type Signature } from './minhash';
import { preparedOnce } from '../db/statement-cache';

/** A document's MinHash signature (null: its text is too short to compare) and its LSH band keys. */
export interface StoredSignature {
  scheme: number;
  shingleCount: number;
  signature: Signature | null;
  bandKeys: number[];
}

/** Replaces the document's signature and band keys; call inside the write's transaction. */
export function saveSignature(db: Database.Database, documentSeq: number, stored: StoredSignature): void {
  preparedOnce(db, 'DELETE FROM minhash_bands WHERE document_seq = ?').run(documentSeq);
  preparedOnce(
    db,
    `INSERT INTO minhash_signatures (document_seq, scheme, shingle_count, signature) VALUES (?, ?, ?, ?)
     ON CONFLICT (document_seq) DO UPDATE SET scheme = excluded.scheme, shingle_count = excluded.shingle_count,
       signature = excluded.signature`,
  ).run(documentSeq, stored.scheme, stored.shingleCount, stored.signature ? encodeSignature(stored.signature) : null);
  const insertBand = preparedOnce(db, 'INSERT OR IGNORE INTO minhash_bands (band_key, document_seq) VALUES (?, ?)');
  for (const key of stored.bandKeys) insertBand.run(key, documentSeq);
}

/** Signatures of the given documents (those too short to compare are left out). */
export function loadSignatures(db: Database.Database, seqs: readonly number[]): Map<number, Signature> {
  const result = new Map<number, Signature>();
  if (seqs.length === 0) return result;
  const rows = db
    .prepare(
      `SELECT document_seq AS seq, signature FROM minhash_signatures
       WHERE signature IS NOT NULL AND document_seq IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(seqs)) as { seq: number; signature: Buffer }[];
  for (const row of rows) result.set(row.seq, decodeSignature(row.signature));
  return result;
}

/** How many distinct shingles each document's text has (0 for a document without a signature row). */
export function shingleCountsOf(db: Database.Database, seqs: readonly number[]): Map<number, number> {
  const rows = db
    .prepare('SELECT document_seq AS seq, shingle_count AS count FROM minhash_signatures WHERE document_seq IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(seqs)) as { seq: number; count: number }[];
  return new Map(rows.map((row) => [row.seq, row.count]));
}

/** The LSH lookup: band keys → documents sharing them (exported so a test can check its query plan). */
export const CANDIDATES_SQL = `SELECT b.document_seq AS seq, count(*) AS shared
  FROM minhash_bands b JOIN documents d ON d.seq = b.document_seq
  WHERE b.band_key IN (SELECT value FROM json_each(@keys)) AND b.document_seq <> @exclude AND d.deleted_at IS NULL
  GROUP BY b.document_seq ORDER BY shared DESC, b.document_seq LIMIT @limit`;

/**
 * Documents in the library (not in the trash) that share at least one band with the given keys, most
 * shared bands first: the LSH candidates, found through the band index alone.
 */
export function candidateSeqs(db: Database.Database, bandKeys: readonly number[], excludeSeq: number, limit: number): number[] {
  if (bandKeys.length === 0) return [];
  const rows = preparedOnce(db, CANDIDATES_SQL).all({ keys: JSON.stringify(bandKeys), exclude: excludeSeq, limit }) as { seq: number; shared: number }[];
  return rows.map((row) => row.seq);
}

/** Documents (trashed ones too) without a signature of the current scheme, oldest first. */
export function seqsWithoutSignature(db: Database.Database, scheme: number, limit: number): number[] {
  return (
    db
      .prepare(
        `SELECT d.seq FROM documents d LEFT JOIN minhash_signatures s ON s.document_seq = d.seq
         WHERE s.document_seq IS NULL OR s.scheme <> ? ORDER BY d.seq LIMIT ?`,
      )
      .all(scheme, limit) as { seq: number }[]
  ).map((row) => row.seq);
}

export function signatureCounts(db: Database.Database): { signatures: number; bands: number } {
  return db
    .prepare('SELECT (SELECT count(*) FROM minhash_signatures) AS signatures, (SELECT count(*) FROM minhash_bands) AS bands')
    .get() as { signatures: number; bands: number };
}

/** What signing a document needs: its text, its 文号 and whether it is in the trash. */
export interface SignatureSourceRow {
  seq: number;
  text: string;
  doc_number: string | null;
  deleted_at: string | null;
}

export function signatureSources(db: Database.Database, seqs: readonly number[]): SignatureSourceRow[] {
  return db
    .prepare('SELECT seq, text, doc_number, deleted_at FROM documents WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq')
    .all(JSON.stringify(seqs)) as SignatureSourceRow[];
}

/** The 文号 of the given documents (null when they have none). */
export function docNumbersOf(db: Database.Database, seqs: readonly number[]): Map<number, string | null> {
  const rows = db
    .prepare('SELECT seq, doc_number FROM documents WHERE seq IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(seqs)) as { seq: number; doc_number: string | null }[];
  return new Map(rows.map((row) => [row.seq, row.doc_number]));
}
