import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, DocumentSummary } from '../../shared/model/document';
import type { ImportResult } from '../../shared/model/import';
import type { SearchResponse } from '../../shared/model/search';
import { api, button, chooseFiles, type RunningApp, screenshot, startApp } from './browser-mode';
import { batchText, writeBatch } from './import-batch-files';

/** The file whose upload is in progress when 取消 is pressed. */
const HOLD_AT = 17;
const DROP_HINT = '松开鼠标，导入这些文件';
const SUMMARY = /^已导入 (\d+) 份，重复 (\d+) 份，失败 (\d+) 份(?:；已取消，剩余 (\d+) 个文件未导入)?$/;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** A real drag from the desktop: Chromium's own drag machinery with files and folders given by path. */
async function dragFromDesktop(app: RunningApp, paths: string[], steps: ('dragEnter' | 'dragOver' | 'drop')[]): Promise<void> {
  const cdp = await app.context.newCDPSession(app.page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of steps) await cdp.send('Input.dispatchDragEvent', { type, x: 700, y: 450, data });
  await cdp.detach();
}

function sidebarTotal(page: Page) {
  return page.getByRole('menuitem', { name: /全部/ }).innerText();
}

describe('取消 during a batch import', () => {
  let app: RunningApp;
  let root: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-cancel-'));
    app = await startApp();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-import-cancel.png').catch(() => undefined);
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('keeps what was imported, reports it, and leaves nothing half-imported', async () => {
    const { page } = app;
    const folder = path.join(root, '2024年红色工地报送材料');
    const batch = writeBatch(folder, 96);
    // What a real folder also holds: a copy of a file, an empty file, a spreadsheet and a hidden file.
    fs.copyFileSync(batch[1]!.path, path.join(folder, '002-副本.txt'));
    fs.writeFileSync(path.join(folder, '003-空白.txt'), '');
    fs.writeFileSync(path.join(folder, '汇总表.xlsx'), 'PK');
    fs.writeFileSync(path.join(folder, '.~lock.汇总表.xlsx#'), '');
    const total = batch.length + 2;
    const sourceShas = new Set(filesUnder(folder).map((file) => sha256(fs.readFileSync(file))));
    const late = writeBatch(path.join(root, '补充材料'), 2);

    const results: ImportResult[] = [];
    let uploadsSent = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/import.addFiles')) uploadsSent += 1;
    });
    page.on('response', async (response) => {
      if (response.url().endsWith('/api/import.addFiles')) results.push(...((await response.json()) as { result: ImportResult[] }).result);
    });

    await button(page, '从空资料库开始').click();
    await page.getByText(/资料库还是空的/).waitFor();
    await button(page, '导入').first().click();
    const dialog = page.getByRole('dialog', { name: '导入资料' });
    await chooseFiles(page, button(dialog, '选择文件夹'), folder);
    await dialog.getByText(`已选择 ${total} 个文件`, { exact: false }).waitFor();
    await dialog.getByText('文件夹中另有 2 个文件不是可导入的格式（或是隐藏文件），已跳过。').waitFor();

    // On a fast machine the batch could finish before a click lands, so the test holds the upload of
    // file HOLD_AT in the network (as a slow file would be) until 取消 has been pressed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let routed = 0;
    await page.route('**/api/import.addFiles', async (route) => {
      routed += 1;
      if (routed === HOLD_AT) await held;
      await route.continue();
    });

    await dialog.getByRole('button', { name: /开始导入/ }).click();
    const status = dialog.getByRole('status');
    await status.getByText(`正在导入 ${HOLD_AT} / ${total}`).waitFor({ timeout: 60_000 });

    // Files dropped on the window meanwhile do not replace the running import (its progress and 取消 stay).
    await dragFromDesktop(app, late.map((file) => file.path), ['dragEnter', 'dragOver', 'drop']);
    await dialog.getByText('导入进行中，刚拖入的文件没有加入这一批', { exact: false }).waitFor();
    await status.getByText(new RegExp(`正在导入 \\d+ / ${total}`)).waitFor();
    await screenshot(page, 'import-cancel-progress.png');

    await button(dialog, '取消').click();
    release();
    const summary = dialog.getByText(SUMMARY);
    await summary.waitFor({ timeout: 60_000 });
    await dialog.getByText('导入进行中，刚拖入的文件没有加入这一批', { exact: false }).waitFor();
    await screenshot(page, 'import-cancel-report.png');

    const [, imported, duplicates, failed, remaining] = SUMMARY.exec(await summary.innerText())!.map(Number);
    // 取消 stops after the file in progress: it is kept, the rest are left out.
    expect(remaining, 'the report says it was cancelled').toBe(total - HOLD_AT);
    expect(imported! + duplicates! + failed!).toBe(HOLD_AT);
    expect(duplicates, 'the copy of 002').toBe(1);
    expect(failed, 'the empty file').toBe(1);
    // Nothing was sent after 取消 beyond the file in progress, and every file sent is in the report.
    expect(uploadsSent).toBe(total - remaining!);
    await expect.poll(() => results.length).toBe(total - remaining!);
    expect(results.filter((result) => result.status === 'imported')).toHaveLength(imported!);
    const reportRows = dialog.getByRole('table', { name: '导入结果' }).getByRole('row').filter({ has: page.getByRole('cell') });
    expect(await reportRows.count()).toBe(Math.min(50, results.length));
    for (const result of results.slice(0, 50).filter((item) => item.warnings.length > 0)) {
      await reportRows.filter({ hasText: path.basename(result.file) }).getByText(result.warnings[0]!).waitFor();
    }

    await button(dialog, '完成').click();
    await dialog.waitFor({ state: 'hidden' });

    // The UI list and the sidebar count what the report says was imported.
    await page.getByText(`共 ${imported} 份`, { exact: true }).waitFor();
    await expect.poll(() => sidebarTotal(page)).toMatch(new RegExp(`全部\\s*${imported}$`));

    // So does the engine, document for document.
    const listed = await api<{ total: number; items: DocumentSummary[] }>(app, 'documents.list', { limit: 1000 });
    expect(listed.total).toBe(imported);
    const importedIds = results.filter((result) => result.status === 'imported').map((result) => result.id);
    expect(listed.items.map((item) => item.id).sort()).toEqual([...importedIds].sort());

    // No half-imported document: each has its text, its original kept byte for byte, and is in the index.
    const titles = new Set(batch.map((file) => file.title));
    for (const item of listed.items) {
      const record = await api<DocumentRecord>(app, 'documents.get', { id: item.id });
      expect(titles.has(record.title), record.title).toBe(true);
      // The 发布日期/信息来源 line is read into the fields and kept out of the text; the body is whole.
      expect(record.date).toMatch(/^202\d-\d\d-\d\d$/);
      expect(record.text).not.toContain('发布日期');
      expect(record.text).toContain('据统计，');
      expect(record.text).toContain('（4）据统计，');
      expect(record.original).not.toBeNull();
      expect(sourceShas.has(record.original!.sha256)).toBe(true);
      const stored = filesUnder(path.join(app.libraryFolder, 'originals')).find((file) => path.basename(file).startsWith(record.original!.sha256));
      expect(stored, `original of ${record.title}`).toBeDefined();
      expect(sha256(fs.readFileSync(stored!))).toBe(record.original!.sha256);
    }
    const originals = filesUnder(path.join(app.libraryFolder, 'originals'));
    expect(originals, 'no original without its document, no temporary file').toHaveLength(imported!);
    const lastImported = listed.items.find((item) => item.id === importedIds.at(-1))!;
    const found = await api<SearchResponse>(app, 'search.query', { query: lastImported.title.replace(/[“”（）：]/g, ' '), limit: 500 });
    expect(found.hits.map((hit) => hit.id)).toContain(lastImported.id);

    // The files after the cancel point and the ones dropped meanwhile are not in the library.
    const lastTitle = batchText(batch.length - 1).title;
    expect(listed.items.some((item) => item.title === lastTitle)).toBe(false);
    expect(app.errors).toEqual([]);
  });
});

const DROPPED = [
  {
    name: '永嘉县城市书房工程“工友议事会”做法.txt',
    title: '永嘉县城市书房工程“工友议事会”做法',
    body: '永嘉县城市书房工程“工友议事会”做法\n\n发布日期：2023-06-02  信息来源：永嘉县住建局\n\n项目每月召开工友议事会，由党员班组长主持，收集意见建议23条，已办结21条。',
    encoding: 'gb18030',
  },
  {
    name: '关于开展2025年度红色工地典型案例征集的通知.md',
    title: '关于开展2025年度红色工地典型案例征集的通知',
    body: '# 关于开展2025年度红色工地典型案例征集的通知\n\n各在建项目临时党支部：\n\n请于2025年3月31日前报送典型案例，每篇不超过3000字。\n\n市住建局\n2025年2月14日',
    encoding: 'utf8',
  },
  {
    name: '瑞安市人民医院扩建工程党员示范岗.html',
    title: '瑞安市人民医院扩建工程设立党员示范岗',
    body:
      '<!doctype html><html><head><meta charset="utf-8"><title>瑞安市人民医院扩建工程设立党员示范岗</title></head><body>' +
      '<div class="crumb">当前位置：首页 &gt; 党群工作 &gt; 党建动态</div><div>字号：[大 中 小] 【打印】【关闭】</div>' +
      '<article><h1>瑞安市人民医院扩建工程设立党员示范岗</h1><p>发布日期：2024-09-18 信息来源：瑞安市建设集团</p>' +
      '<p>项目在钢筋、模板、机电三个班组设立党员示范岗，党员带头攻坚，主体结构提前12天封顶。</p>' +
      '<p>示范岗实行“亮身份、亮承诺、亮实绩”，接受工友监督。</p></article><footer>版权所有 瑞安市建设集团</footer></body></html>',
    encoding: 'utf8',
  },
];

describe('dropping files and folders on the window', () => {
  let app: RunningApp;
  let root: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-drop-'));
    app = await startApp();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-import-drop.png').catch(() => undefined);
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('shows the hint while dragging, then imports the dropped files', async () => {
    const { page } = app;
    await button(page, '从空资料库开始').click();
    await page.getByText(/资料库还是空的/).waitFor();
    const overlay = page.getByText(DROP_HINT);

    // Files built in the page and dispatched as dragenter/dragover/drop (what a drop from the desktop sends).
    const files = DROPPED.map((file) => ({ name: file.name, base64: (file.encoding === 'utf8' ? Buffer.from(file.body) : iconv.encode(file.body, file.encoding)).toString('base64') }));
    const transfer = await page.evaluateHandle(`(() => {
      const data = new DataTransfer();
      for (const file of ${JSON.stringify(files)}) data.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name));
      return data;
    })()`);
    const body = page.locator('body');
    await body.dispatchEvent('dragenter', { dataTransfer: transfer });
    await overlay.waitFor();
    await body.dispatchEvent('dragleave', { dataTransfer: transfer });
    await overlay.waitFor({ state: 'hidden' });
    await body.dispatchEvent('dragenter', { dataTransfer: transfer });
    await body.dispatchEvent('dragover', { dataTransfer: transfer });
    await overlay.waitFor();
    await screenshot(page, 'drop-overlay.png');
    await body.dispatchEvent('drop', { dataTransfer: transfer });
    await overlay.waitFor({ state: 'hidden' });

    const dialog = page.getByRole('dialog', { name: '导入资料' });
    await dialog.getByText('已选择 3 个文件', { exact: false }).waitFor();
    for (const file of DROPPED) await dialog.getByRole('list', { name: '已选择的文件' }).getByText(file.name).waitFor();
    await dialog.getByRole('button', { name: /开始导入/ }).click();
    await dialog.getByText('已导入 3 份，重复 0 份，失败 0 份').waitFor({ timeout: 60_000 });
    await button(dialog, '完成').click();
    await dialog.waitFor({ state: 'hidden' });
    for (const file of DROPPED) await page.getByRole('row').filter({ hasText: file.title }).waitFor();
    await page.getByText('共 3 份', { exact: true }).waitFor();

    // A folder dragged from the desktop: walked with its sub-folder; hidden and unreadable files left out.
    const folder = path.join(root, '乐清市红色工地');
    writeBatch(path.join(folder, '2024年报送'), 3);
    const loose = writeBatch(path.join(root, '零散'), 6).slice(3);
    for (const file of loose) fs.renameSync(file.path, path.join(folder, file.name));
    fs.writeFileSync(path.join(folder, '.DS_Store'), 'x');
    // A format Casebook does not read (photos are read now: 文字识别).
    fs.writeFileSync(path.join(folder, '预算表.xls'), 'x');
    await dragFromDesktop(app, [folder], ['dragEnter', 'dragOver']);
    await overlay.waitFor();
    await dragFromDesktop(app, [folder], ['drop']);
    await overlay.waitFor({ state: 'hidden' });
    await dialog.getByText('已选择 6 个文件', { exact: false }).waitFor();
    await dialog.getByRole('list', { name: '已选择的文件' }).getByText(/^乐清市红色工地\/2024年报送\/001-/).waitFor();
    await dialog.getByRole('button', { name: /开始导入/ }).click();
    await dialog.getByText('已导入 6 份，重复 0 份，失败 0 份').waitFor({ timeout: 60_000 });
    await button(dialog, '完成').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('共 9 份', { exact: true }).waitFor();
    for (const n of [0, 1, 2, 3, 4, 5]) await page.getByRole('row').filter({ hasText: batchText(n).title }).waitFor();
    expect((await api<{ total: number }>(app, 'documents.list', {})).total).toBe(9);
    expect(app.errors).toEqual([]);
  });
});
