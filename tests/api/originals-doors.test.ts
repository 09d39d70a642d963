import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/model/import';
import type { OriginalView } from '../../shared/model/original-view';
import { ORIGINAL_READ_MAX_BYTES } from '../../shared/model/original-view';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { closeViewWorkers } from '../../electron/engine/originals/original-view-pool';
import { runCasebook } from '../helpers/casebook-cli';
import { BridgeSandbox, callApi, errorOf, okResult } from './http-helpers';

// 原件 through the HTTP bridge and the real engine: how each kind of original is shown, and its bytes
// read in pieces; and `casebook original`, which reads them through the same method.

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
let sandbox: BridgeSandbox;
let server: BrowserModeServer;
const ids: Record<string, string> = {};

/** A page as Chrome saves it to one file: the HTML, its style sheet and the one photo it shows. */
function savedWithPicture(): Buffer {
  const boundary = '----MultipartBoundary--casebook-original----';
  const location = 'https://www.example.gov.cn/news/open-day.html';
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  const html = '<!doctype html><html><head><meta charset="utf-8"><title>工地开放日</title><link rel="stylesheet" href="site.css"></head>'
    + '<body><h1>项目党支部举办“工地开放日”活动</h1><p>邀请周边居民走进工地，了解文明施工措施。</p><img src="photos/open-day.png" alt="活动现场"><img src="https://cdn.example.com/not-saved.jpg"></body></html>';
  return Buffer.from(
    [
      `From: <Saved by Blink>\r\nSnapshot-Content-Location: ${location}\r\nSubject: =?utf-8?B?${Buffer.from('工地开放日').toString('base64')}?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="${boundary}"\r\n\r\n`,
      `--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${location}\r\n\r\n${Buffer.from(html).toString('base64')}\r\n`,
      `--${boundary}\r\nContent-Type: text/css\r\nContent-Location: https://www.example.gov.cn/news/site.css\r\n\r\nh1 { color: #b22222; background: url(https://tracker.example.com/bg.png) }\r\n`,
      `--${boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://www.example.gov.cn/news/photos/open-day.png\r\n\r\n${png}\r\n`,
      `--${boundary}--\r\n`,
    ].join(''),
    'latin1',
  );
}

const call = <T>(method: string, payload: unknown) => okResult<T>(server.port, server.token, method, payload);

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  server = await sandbox.start(path.join(sandbox.root, 'library'));
  const inputs = path.join(sandbox.root, 'inputs');
  fs.mkdirSync(inputs);
  fs.writeFileSync(path.join(inputs, '工地夜校.txt'), '“工地夜校”点亮建筑工人成长路\n\n某项目临时党支部开办工地夜校，已培训工人三百余人次。\n');
  const files = ['policy-three-pages.pdf', 'case-structure.docx', 'script-handlers.html', 'gbk-notice-page.html'].map((name) => path.join(FIXTURES, name));
  fs.writeFileSync(path.join(inputs, '工地开放日.mhtml'), savedWithPicture());
  const results = await call<ImportResult[]>('import.files', { paths: [...files, path.join(inputs, '工地开放日.mhtml'), path.join(inputs, '工地夜校.txt')] });
  for (const [key, result] of ['pdf', 'word', 'page', 'gbk', 'mhtml', 'text'].map((key, index) => [key, results[index]] as const)) {
    expect(result?.id, `${key}: ${JSON.stringify(results)}`).toBeTruthy();
    ids[key] = result!.id!;
  }
}, 120_000);

afterAll(async () => {
  await closeViewWorkers();
  await sandbox.close();
});

interface FrameElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}
interface FrameDocument {
  body: FrameElement;
  querySelector(selector: string): FrameElement | null;
  querySelectorAll(selector: string): ArrayLike<FrameElement>;
}

/** What a person would see in the frame: the body text, with the markup parsed. */
function frameDocument(html: string): FrameDocument {
  return parseHTML(html).document as unknown as FrameDocument;
}

describe('originals.view', () => {
  it('shows a PDF with pdf.js and reads its bytes in pieces that join to the file as imported', async () => {
    const view = await call<OriginalView>('originals.view', { id: ids.pdf });
    expect(view.shownAs).toBe('pdf');
    const original = fs.readFileSync(path.join(FIXTURES, 'policy-three-pages.pdf'));
    expect(view.file?.size).toBe(original.length);
    const pieces: Buffer[] = [];
    for (let offset = 0; offset < original.length; offset += 100_000) {
      const piece = await call<{ offset: number; size: number; contentBase64: string }>('originals.read', { id: ids.pdf, offset, length: 100_000 });
      expect(piece.size).toBe(original.length);
      pieces.push(Buffer.from(piece.contentBase64, 'base64'));
    }
    expect(Buffer.concat(pieces).equals(original)).toBe(true);
    const past = await call<{ contentBase64: string }>('originals.read', { id: ids.pdf, offset: original.length + 10, length: 10 });
    expect(past.contentBase64).toBe('');
  });

  it('refuses a piece larger than the cap with a Chinese message', async () => {
    const refused = await callApi(server.port, server.token, 'originals.read', { id: ids.pdf, offset: 0, length: ORIGINAL_READ_MAX_BYTES + 1 });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).message).toContain('一次最多读取 4 MB');
  });

  it('shows a Word file read-only, its title and headings as headings, with nothing that runs or loads', async () => {
    const view = await call<OriginalView>('originals.view', { id: ids.word });
    if (view.shownAs !== 'page') throw new Error(`shown as ${view.shownAs}`);
    expect(view.from).toBe('word');
    const document = frameDocument(view.html);
    const headings = Array.from(document.querySelectorAll('h1, h2')).map((heading) => heading.textContent?.trim());
    expect(headings).toEqual(['“工地夜校”点亮建筑工人成长路', '一、基本情况', '二、主要做法', '三、工作成效']);
    expect(document.querySelector('table')).not.toBeNull();
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(document.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
    expect(view.notes.join('')).toContain('只读');
  });

  it('shows a saved page with its text but without scripts, handlers, frames, form posts or live links', async () => {
    const view = await call<OriginalView>('originals.view', { id: ids.page });
    if (view.shownAs !== 'page') throw new Error(`shown as ${view.shownAs}`);
    expect(view.from).toBe('web');
    const document = frameDocument(view.html);
    expect(document.body.textContent).toContain('防汛先锋岗');
    expect(view.html).not.toContain('evil.example.com/"');
    expect(view.html).not.toMatch(/<script|onload=|onerror=|onclick=|<iframe|javascript:/i);
    expect(document.querySelector('form')?.getAttribute('action')).toBeNull();
    expect(document.querySelector('textarea')?.hasAttribute('disabled')).toBe(true);
    expect(Array.from(document.querySelectorAll('a')).every((link) => !link.hasAttribute('href'))).toBe(true);
    // Its one image is not in the saved file: counted, not fetched.
    expect(view.notes.join('')).toContain('1 张图片没有随文件保存');
  });

  it('shows a page saved in GBK as the Chinese it holds, with its own styles', async () => {
    const view = await call<OriginalView>('originals.view', { id: ids.gbk });
    if (view.shownAs !== 'page') throw new Error(`shown as ${view.shownAs}`);
    expect(frameDocument(view.html).body.textContent).toContain('星级评定');
    expect(view.html).toContain('text-indent:2em');
    expect(view.html).not.toContain('统计脚本文字');
  });

  it('shows an MHTML page with the photo and style sheet it carries, nothing fetched, and where it was saved from', async () => {
    const view = await call<OriginalView>('originals.view', { id: ids.mhtml });
    if (view.shownAs !== 'page') throw new Error(`shown as ${view.shownAs}`);
    const document = frameDocument(view.html);
    const sources = Array.from(document.querySelectorAll('img')).map((image) => image.getAttribute('src') ?? '');
    expect(sources).toEqual([expect.stringMatching(/^data:image\/png;base64,/)]);
    expect(view.html).toContain('color: #b22222');
    expect(view.html).not.toContain('tracker.example.com');
    expect(view.notes.join('')).toContain('保存自：工地开放日（https://www.example.gov.cn/news/open-day.html）');
    expect(view.notes.join('')).toContain('1 张图片没有随文件保存');
  });

  it('shows a text original as the file was, before cleaning', async () => {
    const view = await call<OriginalView>('originals.view', { id: ids.text });
    if (view.shownAs !== 'text') throw new Error(`shown as ${view.shownAs}`);
    expect(view.text).toContain('已培训工人三百余人次');
    expect(view.truncated).toBe(false);
  });

  it('says so when the original is gone from the library folder', async () => {
    const view = await call<OriginalView>('originals.view', { id: ids.text });
    const sha = view.file!.sha256;
    const stored = path.join(sandbox.root, 'library', 'originals', sha.slice(0, 2), `${sha}.txt`);
    fs.renameSync(stored, `${stored}.moved`);
    try {
      const refused = await callApi(server.port, server.token, 'originals.view', { id: ids.text });
      expect(refused.status).toBe(404);
      expect(errorOf(refused).message).toContain('原件文件不在资料库文件夹中');
    } finally {
      fs.renameSync(`${stored}.moved`, stored);
    }
  });
});

describe('casebook original', () => {
  it('writes the original byte for byte, never over a file already there unless --out names it', async () => {
    const library = path.join(sandbox.root, 'library');
    const cwd = path.join(sandbox.root, 'cli-out');
    fs.mkdirSync(cwd);
    const first = await runCasebook(['original', ids.word!, '--library', library], { cwd });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('SHA-256 与导入时一致');
    const written = path.join(cwd, 'case-structure.docx');
    expect(fs.readFileSync(written).equals(fs.readFileSync(path.join(FIXTURES, 'case-structure.docx')))).toBe(true);

    const again = await runCasebook(['original', ids.word!, '--library', library], { cwd });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('没有覆盖');

    const named = await runCasebook(['original', ids.pdf!, '--library', library, '--out', 'case-structure.docx', '--json'], { cwd });
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout.trim()) as { size: number }).toMatchObject({ size: fs.statSync(path.join(FIXTURES, 'policy-three-pages.pdf')).size });
    expect(fs.readFileSync(written).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});
