import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { decorativeIcons } from './electron/build/decorative-icons';
import { ENGINE_BUNDLED_DEPENDENCIES, ENGINE_OUTPUT, ENGINE_WORKER_ENTRIES } from './electron/build/engine-workers';
import { pdfjsAssets } from './electron/build/pdfjs-assets';
import { contentSecurityPolicy } from './electron/main/csp';

const root = import.meta.dirname;

/**
 * Writes the renderer's Content-Security-Policy <meta> from the same source main uses for its header
 * (electron/main/csp.ts), so the built page carries it under file:// and in browser mode as well.
 * In the dev server the policy also allows the inline React Fast Refresh preamble.
 */
function cspMeta(): Plugin {
  let dev = false;
  const pattern = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i;
  return {
    name: 'casebook-csp-meta',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ dev })}" />`;
        return pattern.test(html) ? html.replace(pattern, meta) : html.replace(/<head>/i, `<head>\n    ${meta}`);
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Dependencies (better-sqlite3 above all: a native module) stay external and load from node_modules,
      // except the few that start faster compiled in.
      externalizeDeps: { exclude: ENGINE_BUNDLED_DEPENDENCIES },
      rolldownOptions: {
        // The worker threads are entries of their own: the engine starts each as <name>.js beside itself.
        input: { index: resolve(root, 'electron/main/index.ts'), ...ENGINE_WORKER_ENTRIES },
        output: ENGINE_OUTPUT,
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require only `electron` and a few built-ins: bundle everything else.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // Relative asset URLs: the built page loads from file:// and from the browser-mode HTTP bridge.
    base: './',
    plugins: [react(), cspMeta(), decorativeIcons(), pdfjsAssets()],
    // The dev server pre-bundles antd and its icons without the plugins above.
    optimizeDeps: { rolldownOptions: { plugins: [decorativeIcons()] } },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // The page loads from disk on every start of the app: a minified bundle parses faster.
      minify: true,
      // One bundle read from the local disk (never over a network), so its size is not a loading problem.
      chunkSizeWarningLimit: 3000,
      rolldownOptions: {
        input: resolve(root, 'renderer/index.html'),
      },
    },
  },
});
