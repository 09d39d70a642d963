// 导出 through the desktop door: the real main-process wiring and engine, `electron` stubbed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiEnvelope } from '../../../shared/api/errors';
import type { ExportResult } from '../../../shared/model/export';
import type { ImportResult } from '../../../shared/model/import';
import { startCasebook, type CasebookApp } from '../../../electron/main/main-process';
import { FakeBrowserWindow, recorded } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

const outDir = path.join(os.tmpdir(), 'casebook-out-does-not-matter', 'out');
const pageUrl = pathToFileURL(path.join(outDir, 'renderer', 'index.html')).href;
let tempDir: string;
let started: CasebookApp;
let window: FakeBrowserWindow;

async function call<T>(method: string, payload: unknown): Promise<T> {
  const handler = recorded.ipcHandlers.get(`casebook:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  const envelope = (await handler({ sender: { id: window.webContents.id }, senderFrame: { url: `${pageUrl}#/` } }, payload)) as ApiEnvelope<T>;
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.result;
}

beforeAll(async () => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-main-export-'));
  const result = startCasebook({ argv: ['/usr/bin/electron', '.', '--library', path.join(tempDir, 'library')], env: {}, layout: { outDir }, nativeBinding: () => undefined });
  if (result === null) throw new Error('startCasebook did not start');
  started = result;
  await started.ready;
  window = FakeBrowserWindow.created[0]!;
});

afterAll(() => {
  started?.host.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

describe('export over IPC', () => {
  it('prints PDFs with Electron’s own printing, not a separate browser', () => {
    expect(started.host.options.pdfRenderer?.name).toBe('Electron');
  });

  it('answers export.run with a Word file for the renderer to save', async () => {
    const file = path.join(tempDir, '清廉工地建设通知.txt');
    fs.writeFileSync(file, '关于推进清廉工地建设的通知\n\n一、工作目标\n\n各项目部要开展廉政教育，推行“阳光施工”，落实“一岗双责”。\n');
    const [imported] = await call<ImportResult[]>('import.files', { paths: [file] });
    const result = await call<ExportResult>('export.run', { target: { documents: [imported!.id] }, format: 'docx' });
    expect(result.fileName).toBe('关于推进清廉工地建设的通知.docx');
    const document = strFromU8(unzipSync(new Uint8Array(Buffer.from(result.contentBase64, 'base64')))['word/document.xml']!);
    expect(document).toContain('推行“阳光施工”');
  });
});
