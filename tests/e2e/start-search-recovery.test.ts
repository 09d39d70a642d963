import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, api, screenshot, startApp, type RunningApp } from './browser-mode';

// Issue 13, "Search box, toasts, wording" and "Start-up and recovery from the UI", as a new user meets
// them at 1440×900: the welcome screen's count, 载入示例资料 after an empty start (帮助 and the command
// palette), the search box following the view, Chinese field names, toasts clear of every control,
// 备份与恢复 in sight, 恢复到新资料库, and screen-reader names without English icon names.

/** What the welcome screen must promise: the sample library's own documents, counted here. */
const SAMPLE_DOCUMENTS = fs.readdirSync(path.join(REPO_ROOT, 'resources/sample')).filter((name) => name.endsWith('.md')).length;

const searchBox = (page: Page) => page.getByRole('combobox', { name: '检索资料' });

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of the toasts on screen. */
async function toastBoxes(page: Page): Promise<Box[]> {
  return page.locator('.ant-message-notice').evaluateAll((notices) =>
    notices.map((notice) => {
      const rect = notice.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }),
  );
}

/** Fails when a toast lies over any of these controls. */
async function expectClearOf(page: Page, controls: Record<string, Locator>) {
  const toasts = await toastBoxes(page);
  expect(toasts.length).toBeGreaterThan(0);
  // On screen, in its lower part (over scrolling content, below every fixed control).
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  for (const toast of toasts) {
    expect(toast.y).toBeGreaterThan(viewport.height / 2);
    expect(toast.y + toast.height).toBeLessThanOrEqual(viewport.height);
  }
  for (const [name, control] of Object.entries(controls)) {
    const box = await control.boundingBox();
    expect(box, name).not.toBeNull();
    for (const toast of toasts) expect(overlaps(toast, box as Box), `a toast covers ${name}`).toBe(false);
  }
}

/** Accessible names that start with an Ant Design icon's English name ("file-add 从空资料库开始"). */
async function englishIconNames(page: Page): Promise<string[]> {
  return page.locator('[role="img"][aria-label]').evaluateAll((icons) =>
    icons
      .filter((icon) => icon.getAttribute('aria-hidden') !== 'true' && icon.closest('[aria-hidden="true"]') === null)
      .map((icon) => icon.getAttribute('aria-label') ?? '')
      .filter((label) => /^[a-z-]+$/.test(label)),
  );
}

describe('start-up, search box, toasts and recovery from the UI', () => {
  let app: RunningApp;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-restore-'));

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1440, height: 900 } });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-start-search-recovery.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('counts the sample on the welcome screen and loads it later from 帮助 or the command palette', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '欢迎使用案例库' }).waitFor();
    // The count is the sample's own (50 files today), not a figure written into the text.
    await page.getByRole('button', { name: `载入示例资料库（${SAMPLE_DOCUMENTS} 份示例资料）`, exact: true }).waitFor();
    // Buttons are named by their Chinese label alone: no "file-add" before it.
    await page.getByRole('button', { name: '从空资料库开始', exact: true }).waitFor();
    expect(await englishIconNames(page)).toEqual([]);
    await screenshot(page, 'ui-welcome.png');

    await page.getByRole('button', { name: '从空资料库开始', exact: true }).click();
    await page.getByText(/资料库还是空的/).waitFor();
    await page.getByRole('menuitem', { name: /^全部/ }).waitFor();
    expect(await page.getByRole('menuitem', { name: /appstore|delete|cloud-download/ }).count()).toBe(0);
    expect(await englishIconNames(page)).toEqual([]);

    // 帮助 → 载入示例资料…: says what it adds and that nothing changes; 取消 leaves the library empty.
    await page.getByRole('button', { name: '帮助', exact: true }).click();
    await page.getByRole('menuitem', { name: '载入示例资料…' }).waitFor();
    await screenshot(page, 'ui-help-menu.png');
    await page.getByRole('menuitem', { name: '载入示例资料…' }).click();
    const offer = page.getByRole('dialog', { name: '载入示例资料？' });
    await offer.getByText(`将添加 ${SAMPLE_DOCUMENTS} 份示例资料`, { exact: false }).waitFor();
    await offer.getByText(/现有的资料、标签、专辑和草稿都不会被改动/).waitFor();
    await screenshot(page, 'ui-load-sample-offer.png');
    await offer.getByRole('button', { name: '取消' }).click();
    await offer.waitFor({ state: 'hidden' });

    // The command palette has it too; this time it loads.
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: '命令面板' });
    await palette.getByRole('combobox').pressSequentially('示例', { delay: 20 });
    await palette.getByRole('option', { name: /载入示例资料/ }).click();
    await page.getByRole('dialog', { name: '载入示例资料？' }).getByRole('button', { name: `载入 ${SAMPLE_DOCUMENTS} 份示例资料` }).click();
    await page.getByText(`已载入示例资料 ${SAMPLE_DOCUMENTS} 份`).waitFor({ timeout: 60_000 });
    await page.getByText(`共 ${SAMPLE_DOCUMENTS} 份`).first().waitFor();

    // Asked again, it says the sample is here already.
    await page.getByRole('button', { name: '帮助', exact: true }).click();
    await page.getByRole('menuitem', { name: '载入示例资料…' }).click();
    const done = page.getByRole('dialog', { name: '示例资料已经载入' });
    await done.getByText(`${SAMPLE_DOCUMENTS} 份已在资料库中`, { exact: false }).waitFor();
    await done.getByRole('button', { name: '知道了' }).click();

    // 帮助 → 关于案例库: the version, this library's folder, and the OCR engines credited with their licences.
    await page.getByRole('button', { name: '帮助', exact: true }).click();
    await page.getByRole('menuitem', { name: '关于案例库' }).click();
    const about = page.getByRole('dialog', { name: '关于案例库' });
    await about.getByText(app.libraryFolder, { exact: true }).waitFor();
    await about.getByText('test', { exact: true }).waitFor();
    const credits = about.getByRole('table');
    await credits.getByRole('row').filter({ hasText: 'PaddleOCR（PP-OCRv4 识别模型）' }).getByText('Apache-2.0').waitFor();
    await credits.getByRole('row').filter({ hasText: 'tesseract.js' }).getByText('Apache-2.0').waitFor();
    await screenshot(page, 'ui-about.png');
    await about.getByRole('button', { name: '关闭' }).first().click();
    await about.waitFor({ state: 'hidden' });
    expect(app.errors).toEqual([]);
  });

  it('shows the current view in the search box and writes facets with Chinese field names', async () => {
    const { page } = app;
    const search = searchBox(page);
    await search.click();
    await search.fill('党建');
    await search.press('Enter');
    await page.getByRole('heading', { name: '检索“党建”' }).waitFor();

    // A facet click writes 类型:…, and the box shows the query the view now has.
    const facets = page.getByRole('complementary', { name: '分类筛选' });
    const policy = facets.getByRole('button', { name: /^类型：政策文件（\d+）$/ });
    await policy.click();
    await page.getByRole('heading', { name: '检索“党建 类型:政策文件”' }).waitFor();
    await expect.poll(() => search.inputValue()).toBe('党建 类型:政策文件');
    const filtered = await page.getByRole('status').filter({ hasText: /找到 \d+ 份资料/ }).textContent();
    await screenshot(page, 'ui-search-chinese-facet.png');

    // Typed by hand, the Chinese names and the English ones find the same documents.
    await search.fill('党建 kind:policy');
    await search.press('Enter');
    await page.getByRole('heading', { name: '检索“党建 kind:policy”' }).waitFor();
    await expect.poll(async () => (await page.getByRole('status').filter({ hasText: /找到 \d+ 份资料/ }).textContent())?.replace(/，用时.*/, '')).toBe(filtered?.replace(/，用时.*/, ''));
    expect(await policy.getAttribute('aria-pressed')).toBe('true');
    await search.fill('党建 地区:温州 年度:2020..2030');
    await search.press('Enter');
    await page.getByRole('heading', { name: '检索“党建 地区:温州 年度:2020..2030”' }).waitFor();
    expect(await page.getByText('不认识的筛选条件', { exact: false }).count()).toBe(0);

    // 全部资料, 查重 and 回收站 are no search: the box is cleared.
    await page.getByRole('menuitem', { name: /^全部/ }).click();
    await page.getByRole('heading', { name: '全部资料' }).waitFor();
    expect(await search.inputValue()).toBe('');
    await search.fill('工地');
    await search.press('Enter');
    await page.getByRole('heading', { name: '检索“工地”' }).waitFor();
    await page.getByRole('menuitem', { name: /^回收站/ }).click();
    await expect.poll(() => search.inputValue()).toBe('');
    await search.fill('夜校');
    await search.press('Enter');
    await page.getByRole('heading', { name: '检索“夜校”' }).waitFor();
    await page.getByRole('menuitem', { name: /^查重/ }).first().click();
    await expect.poll(() => search.inputValue()).toBe('');
    expect(app.errors).toEqual([]);
  });

  it('puts toasts where they cover no control, also with the reader open', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: /^全部/ }).click();
    await page.getByRole('heading', { name: '全部资料' }).waitFor();
    const { items } = await api<{ items: { id: string; title: string }[] }>(app, 'documents.list', { limit: 3, sort: 'title', order: 'asc' });
    expect(items.length).toBe(3);

    // Two documents to the 回收站 from the reader: two messages with 撤销, stacked.
    for (const item of items.slice(0, 2)) {
      await page.getByRole('cell').getByText(item.title, { exact: true }).click();
      const reader = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: item.title }) });
      await reader.getByRole('heading', { name: item.title }).waitFor();
      await reader.getByRole('button', { name: '移入回收站' }).click();
      await reader.waitFor({ state: 'hidden' });
    }
    await expect.poll(() => page.locator('.ant-message-notice').count()).toBe(2);
    await expectClearOf(page, {
      检索框: searchBox(page),
      导入: page.getByRole('button', { name: '导入', exact: true }),
      帮助: page.getByRole('button', { name: '帮助', exact: true }),
      备份与恢复: page.getByRole('menuitem', { name: '备份与恢复' }),
      回收站: page.getByRole('menuitem', { name: /^回收站/ }),
    });

    // The reader open over them: its title and every button of its header stay clear.
    const third = items[2] as { title: string };
    await page.getByRole('cell').getByText(third.title, { exact: true }).click();
    const reader = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: third.title }) });
    await reader.getByRole('heading', { name: third.title }).waitFor();
    await page.waitForTimeout(400);
    expect(await page.locator('.ant-message-notice').count()).toBe(2);
    const readerControls: Record<string, Locator> = { 标题: reader.getByRole('heading', { name: third.title }) };
    for (const label of ['编辑信息', '加入专辑', '导出', '移入回收站']) {
      const control = reader.locator('.ant-drawer-header').getByRole('button', { name: new RegExp(label) }).first();
      if ((await control.count()) > 0) readerControls[label] = control;
    }
    await expectClearOf(page, readerControls);
    await screenshot(page, 'ui-toasts-reader.png');
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'hidden' });
    expect(app.errors).toEqual([]);
  });

  it('keeps 备份与恢复 in sight at 900 px and restores a backup into a new library', async () => {
    const { page } = app;
    const before = (await api<{ path: string; documentCount: number }>(app, 'library.info')).documentCount;
    // Every tag folder open: the sidebar's list is long, 回收站 and 备份与恢复 stay at its foot.
    const entry = page.getByRole('menuitem', { name: '备份与恢复' });
    const box = await entry.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(900);
    await screenshot(page, 'ui-sidebar-900.png');

    await entry.click();
    const dialog = page.getByRole('dialog', { name: '备份与恢复' });
    await dialog.getByRole('button', { name: '立即备份' }).click();
    await dialog.getByText(/^已备份 \d+ 份资料/).or(page.getByText(/^已备份 \d+ 份资料/)).first().waitFor();
    // The kept backup is chosen; the suggested folder sits beside the library.
    const folderInput = dialog.getByRole('textbox', { name: '新资料库的文件夹' });
    expect(await folderInput.inputValue()).toMatch(/-恢复-\d{8}$/);
    await expect.poll(() => dialog.getByRole('combobox', { name: '要恢复的备份' }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').textContent()).toMatch(/casebook-backup/);
    const target = path.join(scratch, '新资料库');
    await folderInput.fill(target);
    await screenshot(page, 'ui-restore-to-new.png');
    await dialog.getByRole('button', { name: '恢复到新资料库', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '恢复到新资料库？' });
    await confirm.getByText(target, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: '恢复并切换' }).click();

    // The window now shows the new library: its path in the top bar, the restored documents.
    await page.getByText(`已恢复到新资料库并切换过去：${target}`, { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByLabel(`资料库位置：${target}`).waitFor();
    await page.getByRole('heading', { name: '全部资料' }).waitFor();
    const after = await api<{ path: string; documentCount: number }>(app, 'library.info');
    expect(after.path).toBe(target);
    expect(after.documentCount).toBe(before);
    expect(fs.existsSync(path.join(target, 'casebook.db'))).toBe(true);
    await screenshot(page, 'ui-restored-new-library.png');
    expect(app.errors).toEqual([]);
  });
});
