// 导出 through the desktop door: the real main-process wiring and engine, `electron` stubbed.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportResult } from '../../../shared/model/export';
import type { ImportResult } from '../../../shared/model/import';
import { startDesktopForTest, type DesktopForTest } from './desktop-harness';

vi.mock('electron', () => import('./electron-stub'));

let desktop: DesktopForTest;

beforeAll(async () => {
  desktop = await startDesktopForTest('casebook-main-export-');
});

afterAll(() => desktop?.close());

describe('export over IPC', () => {
  it('prints PDFs with Electron’s own printing, not a separate browser', () => {
    expect(desktop.started.host.get().options.pdfRenderer?.name).toBe('Electron');
  });

  it('answers export.run with a Word file for the renderer to save', async () => {
    const file = path.join(desktop.tempDir, '清廉工地建设通知.txt');
    fs.writeFileSync(file, '关于推进清廉工地建设的通知\n\n一、工作目标\n\n各项目部要开展廉政教育，推行“阳光施工”，落实“一岗双责”。\n');
    const [imported] = await desktop.call<ImportResult[]>('import.files', { paths: await desktop.chooseToOpen(file) });
    const result = await desktop.call<ExportResult>('export.run', { target: { documents: [imported!.id] }, format: 'docx' });
    expect(result.fileName).toBe('关于推进清廉工地建设的通知.docx');
    const document = strFromU8(unzipSync(new Uint8Array(Buffer.from(result.contentBase64, 'base64')))['word/document.xml']!);
    expect(document).toContain('推行“阳光施工”');
  });
});
