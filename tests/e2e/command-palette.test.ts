import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { okResult } from '../api/http-helpers';
import { screenshot, startApp, type RunningApp } from './browser-mode';

// The command palette (Ctrl+Shift+P): commands by name, documents and collections through the same
// suggestions as the search box, keys only, and the focus given back.

const DOCUMENTS = [
  { name: '联盟.txt', title: '“党建联盟”凝聚红色工地合力', text: '某建设集团在城东安置房项目成立临时党支部，联合建设、施工、监理单位开展结对共建。' },
  { name: '清廉.txt', title: '关于推进清廉工地建设的通知', text: '各有关单位：为深化红色工地建设，现就清廉工地建设通知如下。一、加强廉政教育。' },
  { name: '能量站.txt', title: '“赤色能量站”守护工友权益', text: '项目党支部在生活区设立赤色能量站，提供法律咨询、薪资监督和夜校课程。' },
];
const EXISTING = '支部书记培训·第三讲 党建联建';
const CREATED = '清廉工地典型案例汇编';

const palette = (page: Page) => page.getByRole('dialog', { name: '命令面板' });
const paletteInput = (page: Page) => palette(page).getByRole('combobox', { name: /命令面板/ });
const activeOption = (page: Page) => palette(page).locator('[role="option"][aria-selected="true"]');

async function openPalette(page: Page) {
  await page.keyboard.press('Control+Shift+P');
  await paletteInput(page).waitFor();
  await expect.poll(() => paletteInput(page).evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
}

/** Types into the palette and waits until the active option is the one wanted. */
async function typeAndWaitFor(page: Page, typed: string, active: RegExp) {
  await paletteInput(page).pressSequentially(typed, { delay: 20 });
  await expect.poll(async () => (await activeOption(page).textContent()) ?? '').toMatch(active);
}

describe('command palette', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
    const { port, token } = app.server;
    for (const doc of DOCUMENTS) {
      const [result] = await okResult<{ id: string | null }[]>(port, token, 'import.upload', {
        files: [{ name: doc.name, contentBase64: Buffer.from(`${doc.title}\n\n${doc.text}`).toString('base64') }],
      });
      await okResult(port, token, 'documents.update', { id: result?.id, patch: { title: doc.title } });
    }
    await okResult(port, token, 'collections.create', { name: EXISTING });
    await app.page.reload();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-command-palette.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens with Ctrl+Shift+P, lists commands, closes with Esc and gives the focus back', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '全部资料' }).waitFor();

    // Ctrl+K still focuses the search box; the palette opens over it and Esc returns there.
    await page.keyboard.press('Control+k');
    const search = page.getByRole('combobox', { name: '检索资料' });
    await expect.poll(() => search.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await openPalette(page);
    const options = palette(page).getByRole('option');
    expect(await options.allTextContents()).toEqual(expect.arrayContaining(['导入文件…Ctrl+O', '新建专辑…', '新建草稿', '打开回收站', '备份资料库…', '标签规则…']));
    // Arrow keys move the active option (the first is active to begin with).
    expect(await activeOption(page).textContent()).toMatch(/^导入文件/);
    await page.keyboard.press('ArrowDown');
    expect(await activeOption(page).textContent()).toBe('新建专辑…');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await activeOption(page).textContent()).toBe('打开回收站'); // wraps to the last
    await screenshot(page, 'command-palette-commands.png');

    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'hidden' });
    await expect.poll(() => search.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);

    // Nothing matches: the empty state, with the full-text search still offered.
    await openPalette(page);
    await paletteInput(page).pressSequentially('量子计算机', { delay: 20 });
    await palette(page).getByText('没有匹配的命令或资料').waitFor();
    expect(await activeOption(page).textContent()).toMatch(/在全文中检索“量子计算机”/);
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'hidden' });
  });

  it('runs commands typed by name: 打开回收站 and 新建专辑', async () => {
    const { page } = app;
    await openPalette(page);
    await typeAndWaitFor(page, '回收站', /^打开回收站/);
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'hidden' });
    await page.getByRole('region', { name: '回收站' }).getByRole('heading', { name: '回收站' }).waitFor();

    // A mistyped character still finds the command.
    await openPalette(page);
    await typeAndWaitFor(page, '新建专集', /^新建专辑/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '新建专辑' });
    await dialog.waitFor();
    const name = dialog.getByRole('textbox', { name: '专辑名称' });
    await expect.poll(() => name.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await name.fill(CREATED);
    await name.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: new RegExp(CREATED) }).waitFor();

    // 键盘快捷键: from the palette, and with ? outside a text field.
    await openPalette(page);
    await typeAndWaitFor(page, '快捷键', /^键盘快捷键/);
    await page.keyboard.press('Enter');
    const shortcuts = page.getByRole('dialog', { name: '键盘快捷键' });
    await shortcuts.getByRole('region', { name: '任何地方' }).getByText('命令面板：按名称执行操作，打开资料、专辑或标签').waitFor();
    await screenshot(page, 'shortcuts.png');
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'hidden' });
    await page.locator('body').click({ position: { x: 700, y: 600 } });
    await page.keyboard.press('?');
    await shortcuts.getByRole('region', { name: '草稿编辑' }).getByText('保存为一个版本').waitFor();
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'hidden' });
  });

  it('opens a collection and a document from their suggestions (palette and search box)', async () => {
    const { page } = app;
    await openPalette(page);
    await typeAndWaitFor(page, '全部资料', /^打开资料库（全部资料）/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '全部资料' }).waitFor();

    // The collection made a moment ago is suggested (the suggestions follow collection writes).
    await openPalette(page);
    await typeAndWaitFor(page, '清廉工地', new RegExp(CREATED));
    expect(await palette(page).getByRole('group', { name: '专辑' }).getByRole('option').allTextContents()).toEqual([`${CREATED}专辑 · 0 条`]);
    const documents = await palette(page).getByRole('group', { name: '资料' }).getByRole('option').allTextContents();
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatch(/^关于推进清廉工地建设的通知/);
    await screenshot(page, 'command-palette-suggestions.png');
    await page.screenshot({ path: '/tmp/command-palette.png' });
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'hidden' });

    // The other collection, by a part of its name, with a prefix being typed.
    await openPalette(page);
    await typeAndWaitFor(page, '书记培', new RegExp(EXISTING));
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: new RegExp(EXISTING) }).waitFor();

    // The search box offers the same collection suggestions; picking one opens that collection.
    const search = page.getByRole('combobox', { name: '检索资料' });
    await search.click();
    await search.pressSequentially('清廉工地典型', { delay: 20 });
    await page.locator('.ant-select-item-option', { hasText: CREATED }).click();
    await page.getByRole('heading', { name: new RegExp(CREATED) }).waitFor();

    // A document, chosen with the arrow keys among the suggestions, opens in the reader.
    await openPalette(page);
    await paletteInput(page).pressSequentially('能量站', { delay: 20 });
    const option = palette(page).getByRole('group', { name: '资料' }).getByRole('option', { name: /赤色能量站/ });
    await option.waitFor();
    // The practice name 赤色能量站 (a value) may come first; step down to the document.
    const activeDocument = palette(page).getByRole('group', { name: '资料' }).locator('[aria-selected="true"]');
    for (let step = 0; step < 10 && (await activeDocument.count()) === 0; step++) await page.keyboard.press('ArrowDown');
    expect(await activeDocument.textContent()).toMatch(/赤色能量站/);
    await page.keyboard.press('Enter');
    await palette(page).waitFor({ state: 'hidden' });
    await page.getByRole('dialog').getByRole('heading', { name: DOCUMENTS[2]!.title }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    expect(app.errors).toEqual([]);
  });
});
