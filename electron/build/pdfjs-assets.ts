import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Where the renderer finds pdf.js's character maps and standard fonts, beside index.html. */
export const PDFJS_ASSETS_PATH = 'pdfjs';

/**
 * The 原件 viewer's pdf.js needs its character maps (a Chinese PDF whose fonts are not embedded names
 * them: UniGB-UCS2-H and friends), the standard fonts and its WebAssembly image decoders (JBIG2 and
 * JPEG 2000, common in scans), loaded from the app itself: the window may not reach the network.
 * This copies the three folders of pdfjs-dist into the build (out/renderer/pdfjs/)
 * and serves them from node_modules in the dev server.
 */
export function pdfjsAssets(): Plugin {
  const packageFolder = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folders = ['cmaps', 'standard_fonts', 'wasm'];
  return {
    name: 'casebook-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = new RegExp(`/${PDFJS_ASSETS_PATH}/(cmaps|standard_fonts|wasm)/([\\w.+-]+)$`).exec(request.url?.split('?')[0] ?? '');
        const file = match ? path.join(packageFolder, match[1]!, match[2]!) : null;
        if (!file || !fs.existsSync(file)) return next();
        response.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream');
        fs.createReadStream(file).pipe(response);
      });
    },
    generateBundle() {
      for (const folder of folders) {
        for (const name of fs.readdirSync(path.join(packageFolder, folder))) {
          this.emitFile({ type: 'asset', fileName: `${PDFJS_ASSETS_PATH}/${folder}/${name}`, source: fs.readFileSync(path.join(packageFolder, folder, name)) });
        }
      }
    },
  };
}
