import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { TaskReply } from '../../electron/engine/workers/task-protocol';

// The desktop app parses files in out/main/file-reading-worker.js, the built worker the engine starts
// beside itself (electron.vite.config.ts). It must load on its own, with no Electron and no TypeScript loader.

const root = path.resolve(import.meta.dirname, '../..');

describe('the built parse worker', () => {
  it('reads a web page sent to it, as the desktop app sends files', async () => {
    const worker = new Worker(path.join(root, 'out/main/file-reading-worker.js'));
    try {
      const page = '<html><head><title>工地夜校开课_某某住建局</title></head><body><h1>工地夜校开课</h1><p>瓯海区某项目临时党支部开办农民工夜校，首期学员四十人。</p></body></html>';
      const reply = await new Promise<TaskReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 1, payload: { fileName: '夜校.html', bytes: Buffer.from(page), resourcesFolder: path.join(root, 'resources') } });
      });
      expect(reply).toMatchObject({ id: 1, ok: true, value: { meta: { title: '工地夜校开课' } } });
      expect(fs.existsSync(path.join(root, 'out/main/index.js'))).toBe(true);
    } finally {
      await worker.terminate();
    }
  });
});
