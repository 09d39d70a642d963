import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startApp, type RunningApp } from './browser-mode';

// The foundation issue's must-have: a fresh library, the sample library, a search, a document.
describe('first start → sample library → search → reader', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-sample-search-reader.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('offers the sample library, searches it and opens a document', async () => {
    const { page } = app;

    // The token travelled in the hash and is gone from the address bar.
    await page.getByRole('heading', { name: '欢迎使用案例库' }).waitFor();
    expect(page.url()).not.toContain('token=');

    await page.getByRole('button', { name: /载入示例资料库/ }).click();
    await page.getByRole('heading', { name: '全部资料' }).waitFor({ timeout: 60_000 });
    const total = page.getByText(/^共 \d+ 份$/).first();
    await total.waitFor();
    expect(Number(/\d+/.exec((await total.textContent()) ?? '')?.[0])).toBeGreaterThanOrEqual(40);
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(20);
    await screenshot(page, 'library.png');

    // Search as a user would: type, then Enter.
    const search = page.getByRole('combobox', { name: '检索资料' });
    await search.click();
    await search.pressSequentially('党建联建', { delay: 30 });
    await search.press('Enter');
    const summary = page.getByRole('status').filter({ hasText: /找到 \d+ 份资料，用时 \d+ 毫秒/ });
    await summary.waitFor();
    expect(Number(/找到 (\d+) 份/.exec((await summary.textContent()) ?? '')?.[1])).toBeGreaterThan(0);

    // A hit whose snippet highlights the words searched for.
    const hit = page.getByRole('link').filter({ has: page.locator('p mark', { hasText: '党建联建' }) }).first();
    await hit.waitFor();
    const title = (await hit.getAttribute('aria-label')) ?? '';
    expect(title.length).toBeGreaterThan(0);
    await screenshot(page, 'search.png');
    await hit.click();

    // The reader: title, metadata, the text with the search words marked.
    const reader = page.getByRole('dialog');
    await reader.getByRole('heading', { name: title }).waitFor();
    await expect.poll(() => reader.getByText('发布日期', { exact: true }).count()).toBeGreaterThan(0);
    await reader.getByText('地区', { exact: true }).first().waitFor();
    await reader.getByText('原始文件', { exact: true }).waitFor();
    const text = reader.getByLabel('正文');
    await text.waitFor();
    expect(((await text.textContent()) ?? '').length).toBeGreaterThan(200);
    expect(await text.locator('mark', { hasText: '党建联建' }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(400); // let the drawer finish sliding in
    await screenshot(page, 'reader.png');

    // Esc closes the reader.
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'hidden' });

    expect(app.errors).toEqual([]);
  });
});
