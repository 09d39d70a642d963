import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { TaskReply } from '../../electron/engine/workers/task-protocol';

// The desktop app turns Word files and saved pages into 原件 HTML in out/main/original-view-worker.js,
// the built worker the engine starts beside itself (electron.vite.config.ts). It must load on its own,
// with no Electron and no TypeScript loader; and the built window must carry pdf.js's own files.

const root = path.resolve(import.meta.dirname, '../..');

describe('the built 原件 pieces', () => {
  it('the viewing worker shows a Word file sent to it, as the desktop app sends originals', async () => {
    const worker = new Worker(path.join(root, 'out/main/original-view-worker.js'));
    try {
      const bytes = fs.readFileSync(path.join(root, 'tests/fixtures/import/case-structure.docx'));
      const reply = await new Promise<TaskReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 1, payload: { format: 'word', bytes: new Uint8Array(bytes), encoding: null } });
      });
      expect(reply).toMatchObject({ id: 1, ok: true, value: { kind: 'page', from: 'word' } });
      expect((reply as { value: { html: string } }).value.html).toContain('<h1>一、基本情况</h1>');
    } finally {
      await worker.terminate();
    }
  });

  it('the window carries pdf.js’s worker, Chinese character maps, fonts and image decoders', () => {
    const renderer = path.join(root, 'out/renderer');
    expect(fs.readdirSync(path.join(renderer, 'assets')).some((name) => /^pdf\.worker.*\.mjs$/.test(name))).toBe(true);
    for (const file of ['pdfjs/cmaps/UniGB-UCS2-H.bcmap', 'pdfjs/cmaps/Adobe-GB1-UCS2.bcmap', 'pdfjs/standard_fonts/FoxitSerif.pfb', 'pdfjs/wasm/jbig2.wasm', 'pdfjs/wasm/openjpeg.wasm']) {
      expect(fs.existsSync(path.join(renderer, file)), file).toBe(true);
    }
  });
});
