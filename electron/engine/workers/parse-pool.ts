import { defaultPoolSize, WorkerPool } from './worker-pool';

/** A real document parses in seconds; one that takes longer than this is built to exhaust the machine. */
export const PARSE_TIMEOUT_MS = 90_000;
/**
 * Heap per parse worker. Real documents parse in a small fraction of it; a crafted one (a Word file
 * holding hundreds of MB of XML) hits it and fails alone, and the engine's process stays under 1 GB.
 */
export const PARSE_HEAP_MB = 384;

let pool: WorkerPool | null = null;

/**
 * The one pool of parse workers: files an import reads (import/file-reading-pool.ts) and the entries
 * of a 交换包 (exchange/bundle/bundle-read.ts) are unpacked and parsed there, each task under its limits.
 */
export function parsePool(): WorkerPool {
  // The built app has the worker bundled beside the engine as file-reading-worker.js; sources run the .ts.
  const entry = new URL(import.meta.url.endsWith('.ts') ? '../import/file-reading-worker.ts' : './file-reading-worker.js', import.meta.url);
  pool ??= new WorkerPool({
    entry,
    size: defaultPoolSize(),
    resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB, stackSizeMb: 8 },
    timeoutMs: PARSE_TIMEOUT_MS,
    idleMs: 30_000,
  });
  return pool;
}

/** Ends the parse workers (tests, and a process that must exit now). */
export async function closeParseWorkers(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.close();
}
