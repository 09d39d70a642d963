import fs from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/model/import';
import { api, button, REPO_ROOT, screenshot, startApp, type RunningApp } from './browser-mode';

// 原件 in the reader (issue 17): a Chinese PDF drawn by pdf.js (thumbnails, page x / N, zoom, find
// moving to its hit), a Word file read-only with its headings, and a saved web page whose scripts do
// not run and which makes no request anywhere.

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/import');

const PDF_TITLE = '关于开展“红色工地”联建共建的通知';
const PDF_PAGES = [
  [PDF_TITLE, '各项目临时党支部：', '为推动党建工作与项目建设深度融合，', '现就开展联建共建工作通知如下。'],
  ['一、组建党建联盟。', '建设、施工、监理单位党组织共同参与，', '每季度开展一次主题党日活动。', '二、落实工友服务。'],
];

/**
 * A two-page PDF whose Chinese font is not embedded (STSong-Light, UniGB-UCS2-H), as some office
 * software writes them: pdf.js can read its text only with the character maps the app ships.
 */
function chinesePdf(pages: string[][], paddingBytes = 0): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pages.map((_, index) => `${6 + index * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>');
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  for (const lines of pages) {
    const content = lines
      .map((line, index) => `BT /F1 ${index === 0 ? 22 : 16} Tf ${index === 0 ? 90 : 72} ${760 - index * 40} Td <${Buffer.from(line, 'utf16le').swap16().toString('hex')}> Tj ET`)
      .join('\n');
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length + 2} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  // An unreferenced stream in the middle of the file, as a scan's images make a PDF large.
  if (paddingBytes > 0) add(`<< /Length ${paddingBytes} >>\nstream\n${'0'.repeat(paddingBytes)}\nendstream`);
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const BIG_PDF_PAGES = [['关于印发党建联建工作手册的通知', '手册全文见附件。'], ['附件：党建联建工作手册', '第一章 总则']];
/** Twelve megabytes in the middle of the file: three times the most one originals.read answers. */
const BIG_PDF_PADDING = 12 * 1024 * 1024;

/** A short text file with a line cleaning takes out (浏览次数), so 原件 and 原文 differ. */
const TEXT_ORIGINAL = '瓯海区工地夜校开课\n\n浏览次数：1024\n\n瓯海区某项目临时党支部开办农民工夜校，首期学员四十人，课程包括安全规程和法律知识。\n';

function readerDialog(page: Page) {
  return page.locator('.ant-drawer-open').getByRole('dialog');
}

async function openOriginalOf(page: Page, title: string): Promise<void> {
  await page.getByRole('menu', { name: '资料库' }).getByText('全部').click();
  await page.getByRole('row').filter({ hasText: title }).first().click();
  await readerDialog(page).getByRole('heading', { name: title }).waitFor();
  await readerDialog(page).getByRole('tab', { name: '原件' }).click();
}

async function closeReader(page: Page): Promise<void> {
  await page.locator('.ant-drawer-open .ant-drawer-close').click();
  await readerDialog(page).waitFor({ state: 'hidden' });
}

interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, width: number, height: number): { data: ArrayLike<number> } } | null;
}

/** Share of a canvas's pixels that are not white: a drawn page has text on it. */
async function inkOn(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const canvas = element as unknown as CanvasLike;
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let index = 0; index < data.length; index += 4) if (data[index]! < 200) inked += 1;
      return inked / (data.length / 4);
    });
}

/** Whether the window's policy lets WebAssembly compile (a refused compile throws). */
function wasmCompiles(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<unknown> } }).WebAssembly;
    await wasm.compile(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    return true;
  });
}

async function originalFrame(page: Page): Promise<Frame> {
  const handle = await readerDialog(page).locator('iframe.casebook-page-frame-view').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no frame for the original');
  return frame;
}

describe('原件 in the reader', () => {
  let app: RunningApp;
  const titles: Record<string, string> = {};
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1440, height: 900 } });
    // Anything the page or a frame asks of a host other than the app's own server is a leak.
    app.context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`http://127.0.0.1:${app.server.port}/`) && !url.startsWith('data:') && !url.startsWith('blob:') && url !== 'about:srcdoc') foreignRequests.push(url);
    });
    await button(app.page, '从空资料库开始').click();
    await app.page.getByText(/资料库还是空的/).waitFor();
    const results = await api<ImportResult[]>(app, 'import.upload', {
      files: [
        { name: '联建共建通知.pdf', contentBase64: chinesePdf(PDF_PAGES).toString('base64') },
        { name: 'case-structure.docx', contentBase64: fs.readFileSync(path.join(FIXTURES, 'case-structure.docx')).toString('base64') },
        { name: 'script-handlers.html', contentBase64: fs.readFileSync(path.join(FIXTURES, 'script-handlers.html')).toString('base64') },
        { name: '大文件.pdf', contentBase64: chinesePdf(BIG_PDF_PAGES, BIG_PDF_PADDING).toString('base64') },
        { name: '夜校简报.txt', contentBase64: Buffer.from(TEXT_ORIGINAL, 'utf8').toString('base64') },
      ],
    });
    for (const [key, result] of ['pdf', 'word', 'page', 'big', 'text'].map((key, index) => [key, results[index]] as const)) {
      expect(result?.id, JSON.stringify(result)).toBeTruthy();
      titles[key] = result!.title!;
    }
    await app.page.reload();
    await app.page.getByRole('row').filter({ hasText: titles.pdf! }).first().waitFor();
  }, 60_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-original-viewer.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('draws the PDF with thumbnails and page x / N, and find goes to its hit on page 2', async () => {
    const { page } = app;
    await openOriginalOf(page, titles.pdf!);
    const dialog = readerDialog(page);
    await dialog.getByTestId('pdf-page-position').filter({ hasText: '/ 2 页' }).waitFor();
    await expect.poll(() => inkOn(page, '.casebook-pdf-page[data-page-number="1"] canvas'), { timeout: 15_000 }).toBeGreaterThan(0.002);
    await expect.poll(() => dialog.getByRole('navigation', { name: '页面缩略图' }).getByRole('button').count()).toBe(2);
    // The text layer holds the page's words, read through the character maps the app ships.
    await expect.poll(() => dialog.locator('.casebook-pdf-page[data-page-number="1"] .textLayer').textContent()).toContain('红色工地');

    const find = dialog.getByRole('searchbox', { name: '在 PDF 中查找' }).or(dialog.getByPlaceholder('在 PDF 中查找（Ctrl+F）')).first();
    await find.fill('党建联盟');
    await find.press('Enter');
    await expect.poll(() => dialog.getByTestId('pdf-find-position').textContent()).toBe('第 1 / 1 处');
    const hit = dialog.locator('.casebook-pdf-page[data-page-number="2"] .casebook-pdf-hit-current');
    await hit.first().waitFor();
    await expect.poll(() => hit.first().isVisible()).toBe(true);
    await expect.poll(() => dialog.getByRole('spinbutton', { name: '跳到第几页' }).inputValue()).toBe('2');

    // Scans' JBIG2 and JPEG 2000 images are decoded by WebAssembly the app ships: the policy lets it compile, from the app only.
    expect(await wasmCompiles(page)).toBe(true);
    expect((await page.request.get(new URL('pdfjs/wasm/jbig2.wasm', page.url()).href)).headers()['content-type']).toBe('application/wasm');

    // Zoom: 放大 makes the page wider than 适合宽度.
    const fitWidth = await dialog.locator('.casebook-pdf-page[data-page-number="1"]').evaluate((element) => element.getBoundingClientRect().width);
    await button(dialog, '放大').click();
    await expect.poll(() => dialog.locator('.casebook-pdf-page[data-page-number="1"]').evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(fitWidth);
    await button(dialog, '适合宽度').click();
    await screenshot(page, 'original-pdf.png');
    await closeReader(page);
  });

  it('reads a large PDF by ranges: its pages show while most of the file never reaches the window', async () => {
    const { page } = app;
    const asked: { offset: number; length: number }[] = [];
    const onRequest = (request: { url(): string; postData(): string | null }) => {
      if (request.url().endsWith('/api/originals.read')) asked.push(JSON.parse(request.postData() ?? '{}') as { offset: number; length: number });
    };
    page.on('request', onRequest);
    try {
      await openOriginalOf(page, titles.big!);
      const dialog = readerDialog(page);
      await dialog.getByTestId('pdf-page-position').filter({ hasText: '/ 2 页' }).waitFor();
      await expect.poll(() => dialog.locator('.casebook-pdf-page[data-page-number="2"] .textLayer').textContent(), { timeout: 15_000 }).toContain('党建联建工作手册');
      const read = asked.reduce((total, piece) => total + piece.length, 0);
      expect(asked.length).toBeGreaterThan(1);
      expect(read).toBeLessThan(BIG_PDF_PADDING / 2);
    } finally {
      page.off('request', onRequest);
    }
    await closeReader(page);
  });

  it('shows a text original as it was received, and says that 原文 is its cleaned text', async () => {
    const { page } = app;
    await openOriginalOf(page, titles.text!);
    const dialog = readerDialog(page);
    await dialog.getByText(/原件为纯文本文件（UTF-8 编码），下面是它收到时的全部内容/).waitFor();
    expect(await dialog.getByLabel('原件内容').textContent()).toContain('浏览次数：1024');
    await screenshot(page, 'original-text.png');
    await closeReader(page);
  });

  it('shows the Word file read-only, its headings as headings', async () => {
    const { page } = app;
    await openOriginalOf(page, titles.word!);
    const frame = await originalFrame(page);
    for (const heading of ['“工地夜校”点亮建筑工人成长路', '一、基本情况', '二、主要做法', '三、工作成效']) {
      await frame.getByRole('heading', { name: heading }).waitFor();
    }
    await readerDialog(page).getByText('按 Word 文件的内容显示（只读）', { exact: false }).waitFor();
    await screenshot(page, 'original-word.png');
    await closeReader(page);
  });

  it('shows the saved page without running its scripts and without any request leaving the app', async () => {
    const { page } = app;
    await openOriginalOf(page, titles.page!);
    const frame = await originalFrame(page);
    await frame.getByRole('heading', { name: '莲都区水利工地推行“防汛先锋岗”' }).waitFor();
    const body = (await frame.locator('body').textContent()) ?? '';
    expect(body).toContain('由12名党员分三班值守');
    expect(body).not.toContain('追加的脚本段落');
    expect(body).not.toContain('脚本里的文字不应出现');
    // The frame is sandboxed without scripts and can reach nothing: not the window, not the network.
    expect(await readerDialog(page).locator('iframe.casebook-page-frame-view').getAttribute('sandbox')).toBe('');
    expect(await frame.locator('a[href], form[action], script, iframe').count()).toBe(0);
    await readerDialog(page).getByText('网页中有 1 张图片没有随文件保存').waitFor();
    await page.waitForTimeout(500);
    expect(foreignRequests).toEqual([]);
    await screenshot(page, 'original-web-page.png');
    await closeReader(page);
    expect(app.errors).toEqual([]);
  });
});
