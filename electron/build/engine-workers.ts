import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not import.meta.dirname: electron-vite bundles its config into one file beside electron.vite.config.ts and
// rewrites only import.meta.url per module, so dirname there is the config's folder, not this one's.
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The worker threads the engine starts, each its own bundle entry: a built engine looks for them beside
 * itself as <name>.js (file-reading-pool.ts, original-view-pool.ts, ocr-pool.ts).
 */
export const ENGINE_WORKER_ENTRIES: Record<string, string> = {
  'file-reading-worker': resolve(root, 'electron/engine/import/file-reading-worker.ts'),
  'original-view-worker': resolve(root, 'electron/engine/originals/original-view-worker.ts'),
  'ocr-worker': resolve(root, 'electron/engine/ocr/ocr-worker.ts'),
};

/** Entries and chunks side by side, so a URL relative to any of them finds a worker. */
export const ENGINE_OUTPUT = { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } as const;

/**
 * Dependencies compiled into the engine's bundle instead of loaded from node_modules at run time.
 * zod is imported by a hundred small ES modules: resolving and linking them took about 70 ms of
 * CPU at every start, a third of a cold start (`npm run bench -- search`, cold_start_ms).
 */
export const ENGINE_BUNDLED_DEPENDENCIES = ['zod'];
