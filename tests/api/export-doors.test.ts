import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../shared/model/document';
import type { ExportFileResult, ExportResult } from '../../shared/model/export';
import type { WorkProgress } from '../../shared/model/progress';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { pdfPages } from '../unit/export/pdf-tools';
import { runCasebook } from '../helpers/casebook-cli';
import { captureCliIo } from '../helpers/cli-io';
import { runCli } from '../../electron/cli/main';
import { BridgeSandbox, callApi, errorOf, okResult } from './http-helpers';

// 导出 through the HTTP bridge (browser mode) and the `casebook export` command line.

let sandbox: BridgeSandbox;
let server: BrowserModeServer;
let libraryFolder: string;
let caseIds: string[];

/** In the sandbox, where relative --out paths land. */
function casebook(args: string[]) {
  return runCasebook(args, { cwd: sandbox.root });
}

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  libraryFolder = path.join(sandbox.root, 'library');
  server = await sandbox.start(libraryFolder);
  await okResult(server.port, server.token, 'library.loadSample');
  const list = await okResult<{ items: DocumentSummary[] }>(server.port, server.token, 'documents.list', { kind: 'case', sort: 'title', order: 'asc', limit: 3 });
  caseIds = list.items.map((item) => item.id);
}, 60_000);
afterAll(async () => {
  await sandbox.close();
});

describe('export over HTTP', () => {
  it('answers export.run with the file bytes and a suggested name', async () => {
    const result = await okResult<ExportResult>(server.port, server.token, 'export.run', {
      target: { documents: caseIds },
      format: 'docx',
      template: 'official',
      options: { title: '典型案例选编', issuer: '某市住建局党建办' },
    });
    expect(result.fileName).toBe('典型案例选编.docx');
    expect(result.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(result.items).toBe(3);
    const bytes = Buffer.from(result.contentBase64, 'base64');
    expect(bytes.length).toBe(result.size);
    const document = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
    expect(document).toContain('某市住建局党建办');

    const md = await okResult<ExportResult>(server.port, server.token, 'export.run', { target: { documents: caseIds.slice(0, 1) }, format: 'md' });
    expect(Buffer.from(md.contentBase64, 'base64').toString('utf8')).toMatch(/^---\ntitle: /);
  });

  it('refuses a bad request with a Chinese message', async () => {
    const empty = await callApi(server.port, server.token, 'export.run', { target: { documents: [] }, format: 'docx' });
    expect(errorOf(empty).code).toBe('BAD_REQUEST');
    expect(errorOf(empty).message).toContain('请至少选择一份资料');
    const format = await callApi(server.port, server.token, 'export.run', { target: { documents: caseIds }, format: 'rtf' });
    expect(errorOf(format).code).toBe('BAD_REQUEST');
    const missing = await callApi(server.port, server.token, 'export.run', { target: { draft: 'no-such-draft' }, format: 'md' });
    expect(errorOf(missing).code).toBe('NOT_FOUND');
  });

  it('export.toFile writes nothing into a folder that does not exist', async () => {
    const outFile = path.join(sandbox.root, 'no-such-folder', 'x.docx');
    const result = await callApi(server.port, server.token, 'export.toFile', { target: { documents: caseIds }, format: 'docx', outFile });
    expect(errorOf(result).code).toBe('EXPORT_FAILED');
    expect(errorOf(result).message).toContain('所在的文件夹不存在');
    expect(fs.existsSync(path.dirname(outFile))).toBe(false);
  });
});

describe('export progress over HTTP', () => {
  it('tells the waiting window which step a PDF export is at, and nothing once it is done', { timeout: 90_000 }, async () => {
    const key = 'pdf-progress-test-1';
    const steps: string[] = [];
    const percents: number[] = [];
    let finished = false;
    const exporting = okResult<ExportResult>(server.port, server.token, 'export.run', {
      target: { documents: caseIds },
      format: 'pdf',
      progressKey: key,
    }).finally(() => (finished = true));
    while (!finished) {
      const progress = await okResult<WorkProgress | null>(server.port, server.token, 'progress.get', { key });
      if (progress && steps.at(-1) !== progress.step) {
        steps.push(progress.step);
        percents.push(progress.percent);
      }
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const result = await exporting;
    expect((await pdfPages(Buffer.from(result.contentBase64, 'base64'))).length).toBeGreaterThan(3);
    // Printed once, then again with the TOC's page numbers filled in; the bar only moves forward.
    expect(steps[0]).toBe('排版并打印 PDF');
    expect(steps).toContain('填入目录页码，再次打印（第 2 遍）');
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(await okResult(server.port, server.token, 'progress.get', { key })).toBeNull();
    expect(errorOf(await callApi(server.port, server.token, 'progress.get', { key: '../x' })).code).toBe('BAD_REQUEST');
  });
});

describe('casebook export', () => {
  it('writes exactly the --out file, whatever its name, and reports it with --json', async () => {
    const out = path.join(sandbox.root, '交给省厅 汇编.final');
    const run = await casebook(['export', ...caseIds, '--library', libraryFolder, '--format', 'docx', '--template', '公文汇编', '--title', '2025年度典型案例', '--out', out, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout.trim()) as ExportFileResult;
    expect(result).toEqual({ file: out, fileName: '2025年度典型案例.docx', format: 'docx', size: fs.statSync(out).size, items: 3 });
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(fs.readdirSync(sandbox.root).filter((name) => name.includes('.part'))).toEqual([]);
  }, 60_000);

  it('prints a PDF from the command line with headless Chromium', async () => {
    const out = path.join(sandbox.root, 'handout.pdf');
    const run = await casebook(['export', caseIds[0]!, '--library', libraryFolder, '-f', 'pdf', '--template', 'handout', '-o', 'handout.pdf']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已导出：${out}`);
    const pages = await pdfPages(fs.readFileSync(out));
    expect(pages.join('').replace(/\s+/g, '')).toContain('党支部');
  }, 90_000);

  it('shows the step a PDF export is at when run from a terminal', { timeout: 90_000 }, async () => {
    const terminal = captureCliIo({ terminal: true, columns: 100 });
    const out = path.join(sandbox.root, 'terminal.pdf');
    expect(await runCli(['export', caseIds[0]!, '--library', libraryFolder, '-f', 'pdf', '-o', out], terminal.io)).toBe(0);
    expect(terminal.err()).toContain('正在导出：排版并打印 PDF（15%）');
    expect(terminal.err().endsWith('\r\x1b[K')).toBe(true);
    expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('says what is missing, in Chinese, with exit code 2', async () => {
    const noFormat = await casebook(['export', caseIds[0]!, '--library', libraryFolder, '--out', 'a.docx']);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('--format');
    const noOut = await casebook(['export', caseIds[0]!, '--library', libraryFolder, '--format', 'md']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const both = await casebook(['export', caseIds[0]!, '--draft', 'x', '--library', libraryFolder, '--format', 'md', '--out', 'a.md']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('一次只能导出一种内容');
    expect(fs.existsSync(path.join(sandbox.root, 'a.md'))).toBe(false);
  }, 60_000);
});
