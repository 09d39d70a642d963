import type Database from 'better-sqlite3';
import type { DocumentReader } from './document-rows';
import type { IndexableDocument } from './search-engine';

/**
 * The full rebuild of the search index as the app and the command line run it: in short IMMEDIATE
 * transactions, so another process's writes (the app while `casebook reindex` runs, or the other way
 * round) wait a fraction of a second instead of failing with LIBRARY_LOCKED after the busy timeout.
 *
 * - Progress is persisted: `search_index_state` holds `rebuild_cursor`, the highest documents.seq
 *   written so far. While it is there the index is incomplete (`check` says 'stale'); a rebuild killed
 *   half-way is resumed from it at the next start (the app's background rebuild, the command line's
 *   first call) instead of being left partial.
 * - Exact under concurrent writes: every write of a document refreshes it in the index itself (TEMP
 *   triggers, index-upkeep.ts), so documents at or below the cursor stay current; each batch re-reads
 *   its documents inside its own transaction and re-tokenises any that changed since they were
 *   tokenised, so nothing written between batches is overwritten by an older copy.
 * - Cooperative: the cursor is read and advanced inside each transaction, so two processes that
 *   rebuild at once (the app's background rebuild and the command line) share the work; one that
 *   starts over moves the cursor back and the other follows.
 * - Bounded: a batch writes until HOLD_BUDGET_MS have passed, then commits (about 40 ms held in
 *   all); tokenising happens between transactions, without the lock, and the lock stays free at
 *   least as long as it was held, so another process's busy wait (retries every ≤100 ms) finds it
 *   free within a fraction of a second. The price: the rebuild takes about twice as long as one
 *   transaction would (the bench prints both, and the longest hold).
 */

/** Time a batch may keep inserting before it commits; writing its FTS segment at commit adds ~10 ms (about 40 ms held in all, measured). */
export const HOLD_BUDGET_MS = 30;
/** Documents tokenised ahead of the next transaction at most. */
const READ_AHEAD = 200;
/** Documents read from the table at a time while tokenising ahead. */
const READ_BATCH = 50;
/** Documents re-read at a time inside a transaction (the time budget is checked after each one). */
const LOAD_BATCH = 20;

export interface PreparedDoc {
  doc: IndexableDocument;
  tokens: unknown;
}

/** What the rebuild needs from the index (fts-index.ts). */
export interface RebuildTarget {
  prepare(doc: IndexableDocument): PreparedDoc;
  writePrepared(prepared: PreparedDoc): void;
  remove(seq: number): void;
  /** Drops and creates the index tables and sets the cursor to 0 (inside the caller's transaction). */
  startOver(): void;
  /** The persisted cursor, or null when no rebuild is pending (inside or outside a transaction). */
  cursor(): number | null;
  setCursor(seq: number): void;
  /** Removes the cursor and records the tokenizer version: the index is complete. */
  finish(): void;
}

export interface RebuildBatch {
  /** Documents written in this transaction. */
  written: number;
  /** How long the transaction held the write lock, in ms (measured around it). */
  holdMs: number;
  done: number;
  total: number;
}

export interface BatchedRebuildOptions {
  /** Start over (drop the index) even when a rebuild was interrupted and could be resumed. */
  fresh: boolean;
  onProgress?: (done: number, total: number) => void;
  /** After each committed transaction (the bench reads holdMs; crash tests stop here). */
  onCommit?: (batch: RebuildBatch) => void;
  /** HOLD_BUDGET_MS unless given; 0 writes one document per transaction (tests). */
  holdBudgetMs?: number;
}

function sameDocument(a: IndexableDocument, b: IndexableDocument): boolean {
  return (
    a.seq === b.seq &&
    a.kind === b.kind &&
    a.title === b.title &&
    a.text === b.text &&
    a.date === b.date &&
    a.year === b.year &&
    a.region === b.region &&
    a.issuer === b.issuer &&
    a.docNumber === b.docNumber &&
    a.source === b.source &&
    a.organization === b.organization &&
    a.project === b.project &&
    a.practiceName === b.practiceName &&
    a.deleted === b.deleted &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the rebuild to its end (or until another process finished it). Returns the documents indexed. */
export async function runBatchedRebuild(
  db: Database.Database,
  reader: DocumentReader,
  target: RebuildTarget,
  options: BatchedRebuildOptions,
): Promise<number> {
  const seqsBetween = db.prepare<[number, number], number>('SELECT seq FROM documents WHERE seq > ? AND seq <= ? ORDER BY seq').pluck();
  const anyAfter = db.prepare<[number], number>('SELECT seq FROM documents WHERE seq > ? LIMIT 1').pluck();
  const doneUpTo = db.prepare<[number], number>('SELECT count(*) FROM documents WHERE seq <= ?').pluck();

  if (options.fresh || target.cursor() === null) db.transaction(() => target.startOver()).immediate();
  let total = reader.count();
  options.onProgress?.(0, total);

  /** Tokenised documents with seq > cursor, in seq order, not yet written. */
  let queue: PreparedDoc[] = [];
  let cursor = target.cursor();
  let readAfter = cursor ?? 0;
  let exhausted = false;
  const budget = options.holdBudgetMs ?? HOLD_BUDGET_MS;

  /** Tokenises ahead until `until` (a performance.now() time) or the queue is full. */
  const readAhead = (until: number) => {
    while (!exhausted && queue.length < READ_AHEAD) {
      const docs = reader.batch(readAfter, READ_BATCH);
      if (docs.length === 0) exhausted = true;
      for (const doc of docs) {
        queue.push(target.prepare(doc));
        readAfter = doc.seq;
      }
      if (performance.now() >= until) return;
    }
  };

  for (;;) {
    if (cursor === null) break;
    readAhead(performance.now() + Math.max(budget, 1));
    const started = performance.now();
    const outcome = db
      .transaction((): 'finished' | 'moved' | number => {
        const current = target.cursor();
        if (current === null) return 'finished';
        if (current !== cursor) {
          cursor = current;
          return 'moved';
        }
        if (queue.length === 0) {
          if (anyAfter.get(current) !== undefined) return 'moved';
          target.finish();
          return 'finished';
        }
        const last = queue[queue.length - 1]?.doc.seq ?? current;
        const present = seqsBetween.all(current, last);
        const prepared = new Map(queue.map((p) => [p.doc.seq, p]));
        let written = 0;
        let upTo = current;
        let stopped = false;
        for (let i = 0; i < present.length && !stopped; i += LOAD_BATCH) {
          for (const doc of reader.load(present.slice(i, i + LOAD_BATCH))) {
            const early = prepared.get(doc.seq);
            target.writePrepared(early && sameDocument(early.doc, doc) ? early : target.prepare(doc));
            written += 1;
            upTo = doc.seq;
            if (performance.now() - started >= budget) {
              stopped = true;
              break;
            }
          }
        }
        // Every document up to the queue's last was written: the cursor passes the gaps too.
        if (!stopped) upTo = last;
        // Documents deleted since they were read: their index rows went with them (upkeep); drop any left.
        const kept = new Set(present);
        for (const p of queue) if (p.doc.seq <= upTo && !kept.has(p.doc.seq)) target.remove(p.doc.seq);
        target.setCursor(upTo);
        cursor = upTo;
        return written;
      })
      .immediate();
    const holdMs = performance.now() - started;
    if (outcome === 'finished') break;
    if (outcome === 'moved') {
      // Another process moved the cursor (it rebuilds too, or started over), or documents were added
      // after the queue was read: read again from the cursor.
      queue = [];
      readAfter = cursor ?? 0;
      exhausted = false;
      continue;
    }
    queue = queue.filter((p) => p.doc.seq > (cursor ?? 0));
    total = reader.count();
    const done = doneUpTo.get(cursor ?? 0) ?? 0;
    options.onProgress?.(done, total);
    options.onCommit?.({ written: outcome, holdMs, done, total });
    // The lock stays free at least as long as it was held: tokenise ahead meanwhile, and wait the rest.
    const freeUntil = performance.now() + Math.max(holdMs, 1);
    await turn();
    readAhead(freeUntil);
    const rest = freeUntil - performance.now();
    if (rest > 0) await sleep(rest);
  }
  return reader.count();
}
