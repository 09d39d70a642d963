import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyBundleFrom, previewBundle } from '../../electron/engine/exchange/bundle-service';
import { getCollection } from '../../electron/engine/collections/collections-service';
import type { CollectionDetail } from '../../shared/model/collection';
import type { DocumentSummary } from '../../shared/model/document';
import { withTempLibrary } from '../helpers/temp-library';
import { pdfPages, renderPdfPage } from '../unit/export/pdf-tools';
import { api, ARTIFACTS, button, screenshot, startApp, type RunningApp } from './browser-mode';

// 导出 from the UI: the library selection → Word and PDF, the reader → Markdown, a draft → web page,
// a collection's page → Word and 交换包. The PDF's body page and the Word file as LibreOffice prints it
// are saved as pictures beside the screenshots.

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((file) => fs.existsSync(file));

/** LibreOffice has none of the official Chinese fonts; map them to Noto CJK as a Chinese PC maps them to its own. */
function fontAliases(folder: string): string {
  const aliases = [
    ['仿宋_GB2312', 'Noto Serif CJK SC'],
    ['楷体_GB2312', 'Noto Serif CJK SC'],
    ['宋体', 'Noto Serif CJK SC'],
    ['方正小标宋简体', 'Noto Serif CJK SC'],
    ['黑体', 'Noto Sans CJK SC'],
  ]
    .map(([from, to]) => `<alias binding="same"><family>${from}</family><prefer><family>${to}</family></prefer></alias>`)
    .join('\n');
  const file = path.join(folder, 'fonts.conf');
  fs.writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${aliases}\n</fontconfig>\n`);
  return file;
}

const COLLECTION = '支部书记培训·第三讲 党建联建';
const COMMENTARY = '编者按：联盟把建设、施工、监理单位的党组织连成一体，值得各区借鉴。';

/** A 专辑 of three sample documents in two sections, with 编者按 on the first, made through the API. */
async function makeCollection(app: RunningApp): Promise<CollectionDetail> {
  const { items } = await api<{ items: DocumentSummary[] }>(app, 'documents.list', { limit: 3, sort: 'title', order: 'asc' });
  expect(items).toHaveLength(3);
  const created = await api<CollectionDetail>(app, 'collections.create', { name: COLLECTION, coverTitle: '党建联建专题材料' });
  const first = await api<{ sectionId: string }>(app, 'collections.addSection', { collectionId: created.id, title: '组织建设' });
  const second = await api<{ sectionId: string }>(app, 'collections.addSection', { collectionId: created.id, title: '典型做法' });
  await api(app, 'collections.addItems', { collectionId: created.id, items: [{ kind: 'document', documentId: items[0]!.id }], sectionId: first.sectionId });
  const { collection } = await api<{ collection: CollectionDetail }>(app, 'collections.addItems', {
    collectionId: created.id,
    items: items.slice(1).map((item) => ({ kind: 'document', documentId: item.id })),
    sectionId: second.sectionId,
  });
  const commentary = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: COMMENTARY }] }] };
  return api<CollectionDetail>(app, 'collections.setCommentary', { collectionId: created.id, itemId: collection.items[0]!.id, commentary });
}

describe('export from the UI', () => {
  let app: RunningApp;
  let docxFile = '';

  beforeAll(async () => {
    app = await startApp();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-export.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('exports three selected documents as an official-format PDF booklet and as Word', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /载入示例资料库/ }).click();
    await page.getByRole('heading', { name: '全部资料' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(20);

    const rows = page.locator('.ant-table-tbody').getByRole('row');
    for (const index of [0, 1, 2]) await rows.nth(index).getByRole('checkbox').check();
    await page.getByText('已选 3 份').waitFor();
    await button(page, '导出').click();

    const dialog = page.getByRole('dialog', { name: '导出：3 份资料' });
    await dialog.waitFor();
    await dialog.getByLabel('标题', { exact: true }).fill('2025年度红色工地典型案例选编');
    await dialog.getByLabel('副标题', { exact: true }).fill('（候选）');
    await dialog.getByLabel('编印单位', { exact: true }).fill('某市住房和城乡建设局党建办');
    await dialog.getByLabel('日期', { exact: true }).fill('2025年3月');
    await dialog.getByText('PDF', { exact: true }).click();
    await dialog.getByText('PDF 由内置浏览器排版打印').waitFor();
    await screenshot(page, 'export-dialog.png');

    const pdfDownload = page.waitForEvent('download', { timeout: 90_000 });
    await button(dialog, '导出').click();
    // Printing takes seconds: the dialog shows the step it is at.
    await dialog.getByRole('status', { name: '导出进度' }).getByText(/排版并打印 PDF|再次打印/).waitFor({ timeout: 30_000 });
    await screenshot(page, 'export-progress.png');
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe('2025年度红色工地典型案例选编.pdf');
    const pdfFile = path.join(ARTIFACTS, 'export-booklet.pdf');
    await pdf.saveAs(pdfFile);
    await page.getByText('已导出“2025年度红色工地典型案例选编.pdf”（3 篇）').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    const bytes = fs.readFileSync(pdfFile);
    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages[0]!.replace(/\s+/g, '')).toContain('2025年度红色工地典型案例选编');
    expect(pages[2]).toMatch(/—\s*1\s*—/);
    fs.writeFileSync(path.join(ARTIFACTS, 'export-pdf-cover.png'), await renderPdfPage(bytes, 1, 1));
    fs.writeFileSync(path.join(ARTIFACTS, 'export-pdf-page.png'), await renderPdfPage(bytes, 3, 1.3));

    // The same selection as Word, in the 公文汇编 template.
    await button(page, '导出').click();
    const again = page.getByRole('dialog', { name: '导出：3 份资料' });
    await again.waitFor();
    await again.getByLabel('标题', { exact: true }).fill('2025年度红色工地典型案例选编');
    await again.getByText('Word', { exact: true }).click();
    const wordDownload = page.waitForEvent('download', { timeout: 60_000 });
    await button(again, '导出').click();
    const word = await wordDownload;
    expect(word.suggestedFilename()).toBe('2025年度红色工地典型案例选编.docx');
    docxFile = path.join(ARTIFACTS, 'export-booklet.docx');
    await word.saveAs(docxFile);
    expect(fs.readFileSync(docxFile).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it.skipIf(!SOFFICE)('renders the Word file with LibreOffice (skipped when LibreOffice is not installed)', async () => {
    expect(docxFile).not.toBe('');
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-soffice-'));
    try {
      const converted = spawnSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, docxFile], {
        env: { ...process.env, FONTCONFIG_FILE: fontAliases(work) },
        timeout: 120_000,
        encoding: 'utf8',
      });
      const output = path.join(work, 'export-booklet.pdf');
      expect(fs.existsSync(output), `${converted.stdout}\n${converted.stderr}`).toBe(true);
      const bytes = fs.readFileSync(output);
      const pages = await pdfPages(bytes);
      expect(pages.length).toBeGreaterThanOrEqual(4);
      const cover = pages[0]!.replace(/\s+/g, '');
      expect(cover).toContain('2025年度红色工地典型案例选编');
      expect(pages[1]!.replace(/\s+/g, '')).toContain('目录');
      expect(pages[2]).toMatch(/—\s*1\s*—/);
      fs.writeFileSync(path.join(ARTIFACTS, 'export-docx-toc.png'), await renderPdfPage(bytes, 2, 1));
      fs.writeFileSync(path.join(ARTIFACTS, 'export-docx-page.png'), await renderPdfPage(bytes, 3, 1.3));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('exports the open document as Markdown from the reader', async () => {
    const { page } = app;
    const first = page.locator('.casebook-row-title').first();
    const title = ((await first.textContent()) ?? '').trim();
    await first.click();
    const reader = page.getByRole('dialog', { name: title });
    await reader.waitFor();
    await button(reader, '导出').click();
    const dialog = page.getByRole('dialog', { name: `导出：《${title}》` });
    await dialog.waitFor();
    await dialog.getByText('Markdown', { exact: true }).click();
    await expect.poll(() => dialog.getByLabel('版式').count()).toBe(0);
    await screenshot(page, 'export-dialog-reader.png');
    const download = page.waitForEvent('download');
    await button(dialog, '导出').click();
    const file = path.join(ARTIFACTS, 'export-document.md');
    await (await download).saveAs(file);
    const markdown = fs.readFileSync(file, 'utf8');
    expect(markdown.startsWith('---\ntitle: ')).toBe(true);
    expect(markdown).toContain(`# ${title}`);
    // Esc closes the reader once the export dialog has gone (while a dialog is open, Esc is the dialog's).
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'hidden' });
  });

  it('exports a draft as a web page, with its citation as a note', async () => {
    const { page, server } = app;
    const response = await fetch(`http://127.0.0.1:${server.port}/api/drafts.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ title: '“红色工地”点亮城市建设一线', content: DRAFT }),
    });
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
    // Written outside this window: load the page again to see it.
    await page.reload();
    await page.getByRole('menu', { name: '草稿' }).getByText('草稿').click();
    await page.getByRole('complementary', { name: '草稿列表' }).getByText('“红色工地”点亮城市建设一线').click();
    await page.getByLabel('草稿标题').and(page.locator('[value="“红色工地”点亮城市建设一线"]')).waitFor();
    await button(page.getByRole('region', { name: '草稿编辑' }), '导出').click();
    const dialog = page.getByRole('dialog', { name: '导出：草稿《“红色工地”点亮城市建设一线》' });
    await dialog.waitFor();
    await dialog.getByText('网页', { exact: true }).click();
    await screenshot(page, 'export-dialog-draft.png');
    const download = page.waitForEvent('download');
    await button(dialog, '导出').click();
    const file = path.join(ARTIFACTS, 'export-draft.html');
    await (await download).saveAs(file);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toContain('<h2>一、把支部建在项目上</h2>');
    expect(html).toContain('覆盖职工3万余人。<sup><a href="#note-1" id="ref-1">[1]</a></sup>');
    expect(html).toContain('《筑牢项目“红色堡垒”》，温州市住房和城乡建设局，2023年6月2日。');
    expect(app.errors).toEqual([]);
  });

  it('exports a collection from its page as Word and as a 交换包 another library imports', async () => {
    const { page } = app;
    const made = await makeCollection(app);
    const titles = made.items.map((item) => item.title);
    await page.reload();
    await page.getByRole('region', { name: '专辑' }).getByText(COLLECTION).click();
    const collectionPage = page.getByRole('region', { name: `专辑：${COLLECTION}` });
    await collectionPage.getByRole('heading', { name: COLLECTION }).waitFor();

    // Word: the cover title, both sections, every item and the 编者按.
    await button(collectionPage, '导出').click();
    const dialog = page.getByRole('dialog', { name: `导出：专辑《${COLLECTION}》` });
    await dialog.waitFor();
    await dialog.getByText('Word', { exact: true }).click();
    const wordDownload = page.waitForEvent('download', { timeout: 60_000 });
    await button(dialog, '导出').click();
    const word = await wordDownload;
    expect(word.suggestedFilename()).toBe('党建联建专题材料.docx');
    const docxPath = path.join(ARTIFACTS, 'export-collection.docx');
    await word.saveAs(docxPath);
    await page.getByText('已导出“党建联建专题材料.docx”（3 篇）').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const { value: text } = await mammoth.extractRawText({ buffer: fs.readFileSync(docxPath) });
    const flat = text.replace(/\s+/g, '');
    for (const expected of ['党建联建专题材料', '组织建设', '典型做法', COMMENTARY, ...titles]) expect(flat).toContain(expected.replace(/\s+/g, ''));

    // 交换包: no template or cover for data; the same download and message as 导出交换包 in the list.
    await button(collectionPage, '导出').click();
    const again = page.getByRole('dialog', { name: `导出：专辑《${COLLECTION}》` });
    await again.waitFor();
    await again.getByText('交换包（.casebook）', { exact: true }).click();
    await again.getByText(/把专辑（分节、顺序和点评）连同其中的资料、草稿及原文件、标签和备注打包成一个 \.casebook 文件/).waitFor();
    await expect.poll(() => again.getByLabel('版式').count()).toBe(0);
    expect(await again.getByLabel('标题', { exact: true }).count()).toBe(0);
    expect(await again.getByText('封面', { exact: true }).count()).toBe(0);
    await screenshot(page, 'export-dialog-bundle.png');
    const bundleDownload = page.waitForEvent('download', { timeout: 60_000 });
    await button(again, '导出').click();
    const bundle = await bundleDownload;
    expect(bundle.suggestedFilename()).toMatch(/\.casebook$/);
    const bundlePath = path.join(ARTIFACTS, 'export-collection.casebook');
    await bundle.saveAs(bundlePath);
    await page.getByText(/已导出交换包“.*\.casebook”：1 个专辑和 3 份资料及其原文件、标签和备注/).waitFor();
    await again.waitFor({ state: 'hidden' });

    // The file is a whole bundle: a second library imports the collection with its sections, order and 编者按.
    const other = withTempLibrary();
    try {
      const plan = await previewBundle(other.library, { path: bundlePath });
      expect(plan.items.filter((item) => item.type === 'collection').map((item) => [item.title, item.status])).toEqual([[COLLECTION, 'new']]);
      expect(plan.counts).toEqual({ new: 4, duplicate: 0, conflict: 0 });
      const applied = await applyBundleFrom(other.library, { path: bundlePath }, 'mine', {});
      expect(applied.collections).toEqual({ imported: 1, duplicate: 0, updated: 0 });
      const imported = getCollection(other.library, made.id);
      expect(imported.sections.map((section) => section.title)).toEqual(made.sections.map((section) => section.title));
      expect(imported.items.map((item) => [item.title, item.sectionId, item.status])).toEqual(made.items.map((item) => [item.title, item.sectionId, 'ok']));
      expect(imported.items[0]?.commentaryText).toBe(COMMENTARY);
    } finally {
      other.cleanup();
    }
    expect(app.errors).toEqual([]);
  });
});

const DRAFT = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一、把支部建在项目上' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '各项目临时党支部吸纳了51家企业党组织，覆盖职工3万余人。' },
        { type: 'citation', attrs: { citationId: 'c1', documentId: 'gone', start: 0, end: 5, quote: '吸纳了51家企业党组织', title: '筑牢项目“红色堡垒”', source: '温州市住房和城乡建设局', date: '2023-06-02' } },
      ],
    },
  ],
};
