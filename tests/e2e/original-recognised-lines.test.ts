import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/model/import';
import type { OcrState } from '../../shared/model/ocr';
import { mixedPdf, NOTICE_SIGNATURE, noticePage } from '../helpers/ocr-pages';
import { api, button, REPO_ROOT, screenshot, startApp, type RunningApp } from './browser-mode';

// 原件 after 文字识别 (issue 17): on a photographed notice the recognised lines' boxes lie over the
// photo and the lines are listed beside it, a line picked in the list shows its box and a box picked
// on the photo shows its line; in a PDF with a scanned page among text pages, 查找 finds a phrase that
// only the scan holds and shows its line's box.

function readerDialog(page: Page) {
  return page.locator('.ant-drawer-open').getByRole('dialog');
}

describe('原件 with recognised lines', () => {
  let app: RunningApp;
  let title = '';
  let mixedTitle = '';

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1440, height: 900 } });
    await button(app.page, '从空资料库开始').click();
    await app.page.getByText(/资料库还是空的/).waitFor();
    const textPdf = fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/import/policy-three-pages.pdf'));
    const results = await api<ImportResult[]>(app, 'import.upload', {
      files: [
        { name: '示范项目评选通知.png', contentBase64: noticePage().png.toString('base64') },
        { name: '实施意见（含扫描页）.pdf', contentBase64: (await mixedPdf(textPdf, noticePage().png)).toString('base64') },
      ],
    });
    const ids = results.map((result) => result.id ?? '');
    expect(ids.every(Boolean), JSON.stringify(results)).toBe(true);
    // Recognition runs in the background; the test waits for it (and must not end while it runs).
    const states = await api<OcrState[]>(app, 'documents.ocrWait', { ids });
    expect(states.map((state) => state.status), JSON.stringify(states)).toEqual(['done', 'done']);
    title = (await api<{ title: string }>(app, 'documents.get', { id: ids[0] })).title;
    mixedTitle = (await api<{ title: string }>(app, 'documents.get', { id: ids[1] })).title;
    await app.page.reload();
    await app.page.getByRole('row').filter({ hasText: title }).first().waitFor();
  }, 180_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-original-recognised-lines.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('finds with the search box a name that only the recognised text holds', async () => {
    const { page } = app;
    const search = page.getByRole('combobox', { name: '检索资料' });
    await search.click();
    await search.pressSequentially('王晓明', { delay: 20 });
    await search.press('Enter');
    await expect.poll(async () => (await page.getByRole('status').filter({ hasText: /找到 \d+ 份资料/ }).textContent()) ?? '').toMatch(/找到 2 份资料/);
    await page.getByRole('link', { name: title }).first().waitFor();
    await page.getByRole('link', { name: mixedTitle }).first().waitFor();
    await screenshot(page, 'ocr-search-hits.png');
  });

  it('marks each recognised line on the photo, and a line and its box lead to each other', async () => {
    const { page } = app;
    await page.getByRole('menu', { name: '资料库' }).getByText('全部').click();
    await page.getByRole('row').filter({ hasText: title }).first().click();
    const dialog = readerDialog(page);
    await dialog.getByRole('tab', { name: '原件' }).click();
    await dialog.getByRole('img', { name: /^原件图片：/ }).waitFor();

    const lines = dialog.getByRole('complementary', { name: '识别的文字' });
    const signature = lines.getByRole('button', { name: new RegExp(NOTICE_SIGNATURE) }).first();
    await signature.waitFor();
    const boxes = dialog.locator('.casebook-line-box');
    expect(await boxes.count()).toBeGreaterThan(8);

    // The list → the photo: the 落款's box is picked, and it lies in the lower part of the page.
    await signature.click();
    const picked = dialog.locator('.casebook-line-box-picked');
    await picked.waitFor();
    expect(await picked.getAttribute('aria-label')).toContain(NOTICE_SIGNATURE);
    const stage = await dialog.locator('.casebook-image-stage').boundingBox();
    const box = await picked.boundingBox();
    expect(box!.y - stage!.y).toBeGreaterThan(stage!.height * 0.4);
    await screenshot(page, 'original-recognised-lines.png');

    // The photo → the list: another box picked, its line pressed in the list.
    const firstBox = boxes.first();
    const firstText = ((await firstBox.getAttribute('aria-label')) ?? '').replace(/^识别行：/, '');
    await firstBox.click();
    await expect.poll(() => lines.getByRole('button', { pressed: true }).first().textContent()).toContain(firstText.slice(0, 6));
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await readerDialog(page).waitFor({ state: 'hidden' });
  });

  it('finds in a PDF a phrase only its scanned page holds, and shows that line on the page', async () => {
    const { page } = app;
    await page.getByRole('menu', { name: '资料库' }).getByText('全部').click();
    await page.getByRole('row').filter({ hasText: mixedTitle }).first().click();
    const dialog = readerDialog(page);
    await dialog.getByRole('tab', { name: '原件' }).click();
    await dialog.getByTestId('pdf-page-position').filter({ hasText: '/ 3 页' }).waitFor();
    const find = dialog.getByPlaceholder('在 PDF 中查找（Ctrl+F）');
    await find.fill('王晓明');
    await find.press('Enter');
    await expect.poll(() => dialog.getByTestId('pdf-find-position').textContent()).toBe('第 1 / 1 处');
    const picked = dialog.locator('.casebook-pdf-page[data-page-number="2"] .casebook-line-box-picked');
    await picked.waitFor();
    expect(await picked.getAttribute('aria-label')).toContain('王晓明');
    await expect.poll(() => picked.isVisible()).toBe(true);
    await dialog.getByRole('complementary', { name: '识别的文字' }).getByText('识别的文字（第 2 页）').waitFor();
    await screenshot(page, 'original-scanned-pdf-find.png');
    expect(app.errors).toEqual([]);
  });
});
