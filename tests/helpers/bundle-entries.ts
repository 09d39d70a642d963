import path from 'node:path';
import { build } from 'vite';
import { ENGINE_BUNDLED_DEPENDENCIES, ENGINE_OUTPUT, ENGINE_WORKER_ENTRIES } from '../../electron/build/engine-workers';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Bundles Node entries (the command line, a bench's child) with the engine's worker threads into
 * `outDir`, the way electron-vite builds the app's main process: what runs is compiled code, as
 * shipped, not sources through a TypeScript loader. `outDir` should sit two levels below the
 * repository (like out/main/), so the bundle finds resources/ and package.json as the app does.
 */
export async function bundleEntries(outDir: string, entries: Record<string, string>): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: REPO_ROOT,
    ssr: { noExternal: ENGINE_BUNDLED_DEPENDENCIES },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rolldownOptions: { input: { ...entries, ...ENGINE_WORKER_ENTRIES }, output: ENGINE_OUTPUT },
    },
  });
}
