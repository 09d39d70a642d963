import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiEnvelope } from '../../../shared/api/errors';
import type { ImportResult } from '../../../shared/model/import';
import { openOriginal } from '../../../electron/main/original-in-shell';
import { startDesktopForTest, pageUrl, type DesktopForTest } from './desktop-harness';
import { recorded, shell } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

// 用默认程序打开 / 在文件夹中显示 (原件 tab, desktop only): the window names a document, main finds the
// library's copy of its original and hands that to the system, never a file of the window's choosing.

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/import/policy-three-pages.pdf');
let desktop: DesktopForTest;
let documentId: string;

async function fileAction<T>(method: string, request: unknown): Promise<ApiEnvelope<T>> {
  const handler = recorded.ipcHandlers.get(`casebook-files:${method}`);
  if (!handler) throw new Error(`no handler for ${method}`);
  return (await handler({ sender: { id: desktop.window.webContents.id }, senderFrame: { url: `${pageUrl}#/` } }, request)) as ApiEnvelope<T>;
}

beforeAll(async () => {
  desktop = await startDesktopForTest('casebook-original-shell-');
  const [handle] = await desktop.chooseToOpen(FIXTURE);
  const [result] = await desktop.call<ImportResult[]>('import.files', { paths: [handle] });
  documentId = result!.id!;
}, 60_000);

afterAll(() => desktop?.close());

describe('the original in the system’s programs', () => {
  it('opens the library’s own copy of the original, byte for byte the imported file', async () => {
    shell.openPath.mockClear();
    const answer = await fileAction('openOriginal', { documentId });
    expect(answer).toEqual({ ok: true, result: { opened: true } });
    const opened = (shell.openPath.mock.calls[0] as unknown as [string])[0];
    expect(opened.startsWith(path.join(desktop.libraryFolder, 'originals') + path.sep)).toBe(true);
    expect(opened.endsWith('.pdf')).toBe(true);
    expect(fs.readFileSync(opened).equals(fs.readFileSync(FIXTURE))).toBe(true);
  });

  it('shows that copy in its folder', async () => {
    const answer = await fileAction('showOriginalInFolder', { documentId });
    expect(answer.ok).toBe(true);
    const shown = (shell.showItemInFolder.mock.calls.at(-1) as unknown as [string])[0];
    expect(fs.readFileSync(shown).equals(fs.readFileSync(FIXTURE))).toBe(true);
  });

  it('refuses a document that does not exist, and a path in place of a document', async () => {
    const missing = await fileAction('openOriginal', { documentId: 'no-such-document' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toContain('找不到编号为');
    const withPath = await fileAction('openOriginal', { documentId, path: '/etc/passwd' });
    expect(withPath.ok).toBe(false);
  });

  it('never starts a program file, whatever a 交换包 named its original', async () => {
    const openPath = vi.fn(() => Promise.resolve(''));
    await expect(openOriginal({ openPath }, '/library/originals/ab/abc.bat')).rejects.toThrow('出于安全考虑');
    expect(openPath).not.toHaveBeenCalled();
  });
});
