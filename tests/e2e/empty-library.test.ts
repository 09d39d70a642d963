import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { button, screenshot, startApp, type RunningApp } from './browser-mode';

// Starting empty: the empty states tell the user what to do; a wrong token gets a clear page.
describe('empty library', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-empty-library.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('starts empty and says how to add material', async () => {
    const { page } = app;
    await button(page, '从空资料库开始').click();
    await page.getByText('资料库还是空的：点击“导入”添加 Word、PDF、网页或文本文件', { exact: false }).waitFor();
    await screenshot(page, 'empty.png');

    // The choice is remembered: a reload goes straight to the (empty) library, not the welcome screen.
    await page.reload();
    await page.getByText(/资料库还是空的/).waitFor();
    expect(await page.getByRole('heading', { name: '欢迎使用案例库' }).count()).toBe(0);

    // A kind with nothing in it suggests removing the filter.
    await page.getByRole('menuitem', { name: /典型案例/ }).click();
    await page.getByText(/没有符合条件的资料/).waitFor();
    await button(page, '查看全部资料').click();
    await page.getByText(/资料库还是空的/).waitFor();

    // A search with no hits says so and suggests what to try.
    const search = page.getByRole('combobox', { name: '检索资料' });
    await search.fill('清廉工地');
    await search.press('Enter');
    await page.getByText('找到 0 份资料', { exact: false }).waitFor();
    await page.getByText(/没有找到包含“清廉工地”的资料/).waitFor();

    // Keyboard: Ctrl+O opens 导入 (Ctrl+I is 倾斜 in the editors), Esc closes it; "/" focuses the search box.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+I');
    await page.waitForTimeout(300);
    expect(await page.getByRole('dialog', { name: '导入资料' }).count()).toBe(0);
    await page.keyboard.press('Control+O');
    const dialog = page.getByRole('dialog', { name: '导入资料' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await search.fill('');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await page.keyboard.type('党建');
    expect(await search.inputValue()).toBe('党建');

    expect(app.errors).toEqual([]);
  });

  it('shows a clear page when the token is wrong', async () => {
    const page = await app.context.newPage();
    try {
      await page.goto(app.server.url.replace(/token=.*/, 'token=0000000000000000000000000000000000'));
      await page.getByText('访问令牌无效或已过期，请使用启动时打印的完整地址重新打开').waitFor();
    } finally {
      await page.close();
    }
  });
});
