import type Database from 'better-sqlite3';
import { seqsWithoutSignature, signatureSources } from './signatures-repo';
import type { Library } from '../core/library';
import { nowIso } from '../core/ids';
import { SIGNATURE_SCHEME } from './minhash';
import { indexAndLink, signatureOfText } from './near-duplicate-index';

/** Documents signed per transaction: short write locks, and a crash keeps what is done. */
export const BACKFILL_BATCH = 200;

/** Databases whose every document is known to have a current signature (checked once per process). */
const complete = new WeakSet<Database.Database>();

/**
 * Gives every document that has no signature of the current scheme one — documents imported before
 * the 查重 migration, or signed by an older scheme — in batches of BACKFILL_BATCH, oldest first, linking
 * each (when in the library) to a near duplicate among those already signed, as an import would.
 * Cheap once done: later calls in the same process return at once, because every write path keeps
 * signatures in step. Returns how many documents were signed.
 */
export function ensureSignatures(library: Library): number {
  const { db } = library;
  if (complete.has(db)) return 0;
  let signed = 0;
  for (;;) {
    const seqs = seqsWithoutSignature(db, SIGNATURE_SCHEME, BACKFILL_BATCH);
    if (seqs.length === 0) break;
    const rows = signatureSources(db, seqs);
    // The hashing runs outside the transaction; only the writes hold the lock.
    const prepared = rows.map((row) => ({ row, stored: signatureOfText(row.text) }));
    library.write(() => {
      const now = nowIso();
      for (const { row, stored } of prepared) {
        indexAndLink(db, { seq: row.seq, text: row.text, docNumber: row.doc_number, live: row.deleted_at === null }, now, stored);
      }
    });
    signed += rows.length;
    if (seqs.length < BACKFILL_BATCH) break;
  }
  complete.add(db);
  return signed;
}

