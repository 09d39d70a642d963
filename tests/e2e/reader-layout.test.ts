import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/model/import';
import { api, button, screenshot, startApp, type RunningApp } from './browser-mode';

// The reader beside the list on a wide window (list | reader), the drawer on a narrow one, the
// choice kept across reloads; 相似资料 and 相关资料 list a document once; the selection buttons wait
// for the selection to be finished.

const TITLE = '萧山区亚运场馆项目公司党支部把党旗插在工地上';
const BODY = [
  '杭州市萧山区住建局指导亚运场馆项目公司党支部开展“红色工地”创建，项目公司党支部书记带头认领攻坚任务，党员突击队二十四小时轮班值守。',
  '项目公司党支部联合总承包单位和监理单位成立联合党支部，把党旗插在工地上，把党员身份亮在岗位上，设立党员先锋岗十二个。',
  '工地生活区建起“赤色能量站”，配备药箱、饮水机和图书角，每周开办一次农民工夜校，讲授安全规程和法律知识，累计培训工友八百余人次。',
  '杭州市萧山区住建局每月到项目检查创建情况，项目公司党支部的做法在全区在建项目中推广，成为红色工地建设的一个样本。',
];
const TEXT = `${TITLE}\n\n${BODY.join('\n\n')}\n`;
const COPY_TITLE = '转载：萧山区亚运场馆项目把党旗插在工地上';
const COPY = `${COPY_TITLE}\n\n当前位置：首页 > 党建动态\n\n${BODY.slice(0, 3).join('\n\n')}\n\n编者按：这一做法值得各地学习借鉴。\n\n（来源：萧山建设网）\n`;

/** The reader's drawer (a dialog named by its title). */
function readerDialog(page: Page) {
  return page.locator('.ant-drawer-open').getByRole('dialog');
}
/** Where a phrase of the reader's text begins on screen (run in the page). */
const WHERE_TEXT = `(needle) => {
  const element = document.querySelector('.casebook-document-text');
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const box = range.getBoundingClientRect();
    return { x: box.left + 1, y: box.top + box.height / 2, lineHeight: box.height };
  }
  return null;
}`;

function readerPane(page: Page) {
  return page.getByRole('region', { name: /^阅读：/ });
}

async function openFromLibrary(page: Page, title: string): Promise<void> {
  await page.getByRole('menu', { name: '资料库' }).getByText('全部').click();
  await page.getByRole('row').filter({ hasText: title }).first().click();
}

describe('the reader beside the list, and its selection buttons', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1440, height: 900 } });
    await button(app.page, '从空资料库开始').click();
    await app.page.getByText(/资料库还是空的/).waitFor();
    const results = await api<ImportResult[]>(app, 'import.upload', {
      files: [
        { name: 'xiaoshan.txt', contentBase64: Buffer.from(TEXT).toString('base64') },
        { name: 'xiaoshan-copy.txt', contentBase64: Buffer.from(COPY).toString('base64') },
      ],
    });
    expect(results.every((result) => result.id)).toBe(true);
    await app.page.reload();
    await app.page.getByRole('row').filter({ hasText: TITLE }).first().waitFor();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-reader-layout.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens as a drawer, switches to list | reader, and keeps that choice across a reload', async () => {
    const { page } = app;
    await openFromLibrary(page, TITLE);
    await readerDialog(page).getByRole('heading', { name: TITLE }).waitFor();

    await button(readerDialog(page), '并排显示').click();
    const pane = readerPane(page);
    await pane.getByRole('heading', { name: TITLE }).waitFor();
    await expect.poll(() => readerDialog(page).count()).toBe(0);

    // The list stays visible and usable on the left.
    const row = page.getByRole('row').filter({ hasText: COPY_TITLE }).first();
    const rowBox = await row.boundingBox();
    const paneBox = await pane.boundingBox();
    expect(rowBox && paneBox && rowBox.x + rowBox.width <= paneBox.x + 1).toBe(true);
    expect(paneBox && paneBox.x + paneBox.width).toBeGreaterThan(1430);

    // 相似资料 lists the republished copy; 相关资料 does not list it again.
    const similar = pane.getByRole('region', { name: '相似资料' });
    await similar.getByText(COPY_TITLE).waitFor();
    const related = pane.getByRole('region', { name: '相关资料' });
    await related.getByRole('heading', { name: /相关资料/ }).waitFor();
    await expect.poll(() => related.locator('.ant-skeleton').count()).toBe(0);
    expect(await related.getByText(COPY_TITLE).count()).toBe(0);
    await page.mouse.move(560, 600); // no tooltip left over from the switch
    await screenshot(page, 'reader-three-pane.png');
    await similar.scrollIntoViewIfNeeded();
    await screenshot(page, 'reader-three-pane-aside.png');

    // Another document of the list replaces the one in the pane.
    await row.click();
    await pane.getByRole('heading', { name: COPY_TITLE }).waitFor();

    // The choice survives a reload.
    await page.reload();
    await openFromLibrary(page, TITLE);
    await readerPane(page).getByRole('heading', { name: TITLE }).waitFor();
    expect(await readerDialog(page).count()).toBe(0);

    // Search results keep their place beside the pane too.
    const search = page.getByRole('combobox', { name: '检索资料' });
    await search.click();
    await search.fill('赤色能量站');
    await search.press('Enter');
    await page.getByRole('status').filter({ hasText: /找到 \d+ 份资料/ }).waitFor();
    await page.getByRole('link').filter({ hasText: COPY_TITLE }).first().click();
    await readerPane(page).getByRole('heading', { name: COPY_TITLE }).waitFor();
    await page.mouse.move(560, 600);
    await screenshot(page, 'reader-three-pane-search.png');

    // A collection's item opens beside the collection.
    const collection = await api<{ id: string }>(app, 'collections.create', { name: '萧山红色工地' });
    const docs = await api<{ items: { id: string }[] }>(app, 'documents.list', {});
    await api(app, 'collections.addItems', { collectionId: collection.id, sectionId: null, items: docs.items.map((d) => ({ kind: 'document', documentId: d.id })) });
    await page.getByText('萧山红色工地', { exact: true }).first().click();
    await page.locator('.casebook-item-title').filter({ hasText: TITLE }).first().click();
    await readerPane(page).getByRole('heading', { name: TITLE }).waitFor();
    await page.mouse.move(560, 700);
    await screenshot(page, 'reader-three-pane-collection.png');

    await button(readerPane(page), '关闭阅读').click();
    await expect.poll(() => readerPane(page).count()).toBe(0);
  });

  it('falls back to the drawer on a narrow window, whatever was chosen', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1000, height: 800 });
    await openFromLibrary(page, TITLE);
    const drawer = readerDialog(page);
    await drawer.getByRole('heading', { name: TITLE }).waitFor();
    expect(await readerPane(page).count()).toBe(0);
    expect(await button(drawer, '浮层显示').count()).toBe(0);
    expect(await button(drawer, '并排显示').count()).toBe(0);
    await screenshot(page, 'reader-drawer-1000.png');
    await page.keyboard.press('Escape');
    await expect.poll(() => readerDialog(page).count()).toBe(0);

    await page.setViewportSize({ width: 1440, height: 900 });
    await openFromLibrary(page, TITLE);
    await readerPane(page).getByRole('heading', { name: TITLE }).waitFor();
  });

  it('shows 引用到草稿 and 摘录到专辑 only once a drag or a Shift selection is finished', async () => {
    const { page } = app;
    const pane = readerPane(page);
    const text = pane.getByLabel('正文');
    await text.waitFor();
    const quoteButton = button(page, '引用到草稿');
    const excerptButton = button(page, '摘录到专辑');
    const selected = () => page.evaluate<string>(`window.getSelection()?.toString() ?? ''`);

    // Drag from the start of the second paragraph forwards across two lines.
    const start = await page.evaluate<{ x: number; y: number; lineHeight: number } | null>(`(${WHERE_TEXT})('杭州市萧山区住建局指导')`);
    expect(start).not.toBeNull();
    if (!start) return;
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) {
      await page.mouse.move(start.x + step * 40, start.y + (step > 4 ? start.lineHeight * 1.6 : 0), { steps: 2 });
      await page.waitForTimeout(60);
      // Nothing over the growing selection, at its start or anywhere else.
      expect(await quoteButton.count()).toBe(0);
      expect(await excerptButton.count()).toBe(0);
    }
    const during = await selected();
    expect(during.length).toBeGreaterThan(10);
    await page.mouse.up();
    await quoteButton.waitFor();
    await excerptButton.waitFor();
    // The selection is what the drag made: nothing under the pointer shrank it.
    expect(await selected()).toBe(during);

    // Extending with Shift+→: hidden while Shift is held, back when it is released.
    await page.keyboard.down('Shift');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    expect(await quoteButton.count()).toBe(0);
    await page.keyboard.up('Shift');
    await quoteButton.waitFor();
    expect((await selected()).length).toBeGreaterThanOrEqual(during.length);

    // The button works on the finished selection.
    await quoteButton.click();
    const dialog = page.getByRole('dialog', { name: '引用到草稿' });
    await dialog.waitFor();
    expect((await dialog.textContent()) ?? '').toContain(during.trim().slice(0, 12));
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    expect(app.errors).toEqual([]);
  });
});
