// A library that cannot be opened must not stop the app: the window still opens and every request
// answers with the error, which the renderer shows (library.info is its first call).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiEnvelope } from '../../../shared/api/errors';
import { startCasebook } from '../../../electron/main/main-process';
import { FakeBrowserWindow, recorded } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

const outDir = path.join(os.tmpdir(), 'casebook-out-does-not-matter', 'out');
let tempDir: string;
vi.spyOn(console, 'error').mockImplementation(() => {});

async function start(library: string): Promise<FakeBrowserWindow> {
  // Each start is a fresh app: what the previous one registered goes.
  for (const channel of recorded.ipcHandlers.keys()) recorded.ipcHandlers.delete(channel);
  recorded.protocolHandlers.clear();
  FakeBrowserWindow.created.length = 0;
  const started = startCasebook({ argv: ['casebook', `--library=${library}`], env: {}, layout: { outDir }, nativeBinding: () => undefined });
  if (started === null) throw new Error('startCasebook did not start');
  const window = await started.ready;
  if (!window) throw new Error('no window was created');
  return window as unknown as FakeBrowserWindow;
}

async function libraryInfo(window: FakeBrowserWindow): Promise<ApiEnvelope<unknown>> {
  const handler = recorded.ipcHandlers.get('casebook:library.info');
  const event = { sender: { id: window.webContents.id }, senderFrame: { url: 'app://casebook/index.html' } };
  return (await handler?.(event, {})) as ApiEnvelope<unknown>;
}

beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-main-fail-'));
});

afterAll(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

describe('start-up with a library that cannot be opened', () => {
  it('reports a library on a drive that is not there', async () => {
    const missing = path.join(tempDir, 'unplugged-usb-drive', 'library');
    const window = await start(missing);
    expect(await libraryInfo(window)).toMatchObject({ ok: false, error: { code: 'LIBRARY_UNAVAILABLE' } });
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('reports a database file that is not SQLite, leaving it untouched', async () => {
    const folder = path.join(tempDir, 'not-sqlite');
    fs.mkdirSync(folder);
    const content = 'this is not a database, it is a letter\n'.repeat(10);
    fs.writeFileSync(path.join(folder, 'casebook.db'), content);
    const window = await start(folder);
    const envelope = await libraryInfo(window);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'LIBRARY_NOT_SQLITE' } });
    if (!envelope.ok) expect(envelope.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(fs.readFileSync(path.join(folder, 'casebook.db'), 'utf8')).toBe(content);
  });
});
