import type { Library } from './library';

/** Items written per transaction at most, and the time after which a batch commits early. */
export const WRITE_BATCH_ITEMS = 25;
export const WRITE_BATCH_BUDGET_MS = 30;

/**
 * Runs a long write (a tag rule applied to the whole library, any bulk change) as a series of short
 * transactions, so the app's other writes and another process's (the command line beside the app)
 * wait a fraction of a second instead of failing with LIBRARY_LOCKED. Each transaction calls
 * `startBatch` (inside it: read what the batch needs, current as of that transaction) and then the
 * writer it returns for up to WRITE_BATCH_ITEMS items, committing early once WRITE_BATCH_BUDGET_MS
 * have passed (the search index refresh at commit adds about as much again). Between transactions
 * the lock stays free at least as long as it was held.
 *
 * Not one transaction: a crash keeps the batches already written. Use it for writes that may be run
 * again to finish (they skip what is already done), never for one the user must see all-or-nothing.
 */
export async function writeInBatches<T>(
  library: Library,
  items: readonly T[],
  startBatch: () => (item: T) => void,
  options: {
    maxItems?: number;
    budgetMs?: number;
    /** Right after each transaction commits, before the lock is left to others (files that go with the rows written). */
    afterCommit?: () => void;
  } = {},
): Promise<void> {
  const maxItems = options.maxItems ?? WRITE_BATCH_ITEMS;
  const budgetMs = options.budgetMs ?? WRITE_BATCH_BUDGET_MS;
  let next = 0;
  while (next < items.length) {
    const started = performance.now();
    library.write(() => {
      const writeOne = startBatch();
      const end = Math.min(items.length, next + maxItems);
      let at = next;
      while (at < end) {
        writeOne(items[at] as T);
        at += 1;
        if (performance.now() - started >= budgetMs) break;
      }
      next = at;
    });
    options.afterCommit?.();
    const held = performance.now() - started;
    if (next < items.length) await new Promise((resolve) => setTimeout(resolve, Math.max(1, held)));
  }
}
