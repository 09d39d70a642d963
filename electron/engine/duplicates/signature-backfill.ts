import type Database from 'better-sqlite3';
import { seqsWithoutSignature, signatureSources } from './signatures-repo';
import type { Library } from '../core/library';
import { nowIso } from '../core/ids';
import { SIGNATURE_SCHEME } from './minhash';
import { indexAndLink, signatureOfText } from './near-duplicate-index';

/** Documents hashed per round at most; a crash keeps what is done. */
export const BACKFILL_BATCH = 200;
/** A round's transaction commits once it has written this long: the rest is hashed again next round. */
const WRITE_BUDGET_MS = 30;
/** The fewest documents a round hashes after one that could not write all of its batch. */
const MIN_ROUND = 10;

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
  let size = BACKFILL_BATCH;
  for (;;) {
    const seqs = seqsWithoutSignature(db, SIGNATURE_SCHEME, size);
    if (seqs.length === 0) break;
    const rows = signatureSources(db, seqs);
    // The hashing runs outside the transaction, so the lock is free meanwhile; only the writes hold it,
    // and for at most WRITE_BUDGET_MS (another process's write then waits a fraction of a second).
    const prepared = rows.map((row) => ({ row, stored: signatureOfText(row.text) }));
    let written = 0;
    library.write(() => {
      const started = performance.now();
      const now = nowIso();
      for (const { row, stored } of prepared) {
        indexAndLink(db, { seq: row.seq, text: row.text, docNumber: row.doc_number, live: row.deleted_at === null }, now, stored);
        written += 1;
        if (performance.now() - started >= WRITE_BUDGET_MS) break;
      }
    });
    signed += written;
    // Hash no more next round than a transaction had time to write: little hashing is thrown away.
    if (written < prepared.length) size = Math.max(MIN_ROUND, written);
    else if (seqs.length < size) break;
  }
  complete.add(db);
  return signed;
}
