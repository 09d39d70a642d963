import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryCheckReport } from '../../shared/model/library';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { BridgeSandbox, okResult } from './http-helpers';

// 资料库检查 in browser mode: the library has been open for a while when a stray original appears
// (an import in the command line killed beside the app); the check finds it and 修复 removes it.
let sandbox: BridgeSandbox;
let server: BrowserModeServer;
let folder: string;

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  folder = path.join(sandbox.root, 'library');
  server = await sandbox.start(folder);
  await okResult(server.port, server.token, 'library.loadSample', {});
});
afterAll(async () => {
  await sandbox.close();
});

const check = (repair: boolean) => okResult<LibraryCheckReport>(server.port, server.token, 'library.check', { repair });

describe('library.check over HTTP', () => {
  it('reports a stray original older than ten minutes, leaves a newer one (an import may be writing it), and 修复 removes the old one', async () => {
    expect(await check(false)).toMatchObject({ integrityOk: true, missingOriginalCount: 0, orphanOriginalCount: 0, index: 'ready', ok: true, repaired: null });
    const stray = path.join(folder, 'originals', 'ab', `${'ab'.repeat(32)}.docx`);
    const fresh = path.join(folder, 'originals', 'cd', `${'cd'.repeat(32)}.docx`);
    for (const file of [stray, fresh]) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '被打断的导入');
    }
    const earlier = new Date(Date.now() - 11 * 60_000);
    fs.utimesSync(stray, earlier, earlier);

    const found = await check(false);
    expect(found).toMatchObject({ orphanOriginalCount: 1, orphanOriginals: [`originals/ab/${'ab'.repeat(32)}.docx`], ok: false });
    expect(fs.existsSync(stray)).toBe(true);

    const repaired = await check(true);
    expect(repaired).toMatchObject({ orphanOriginalCount: 0, ok: true, repaired: { orphanOriginals: 1, leftovers: 0, indexRebuiltDocuments: null } });
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });
});
