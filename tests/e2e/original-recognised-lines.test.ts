import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/model/import';
import type { OcrState } from '../../shared/model/ocr';
import { NOTICE_SIGNATURE, noticePage } from '../helpers/ocr-pages';
import { api, button, screenshot, startApp, type RunningApp } from './browser-mode';

// 原件 of a photographed notice after 文字识别 (issue 17): the recognised lines' boxes lie over the
// photo and the lines are listed beside it; a line picked in the list shows its box, a box picked on
// the photo shows its line.

function readerDialog(page: Page) {
  return page.locator('.ant-drawer-open').getByRole('dialog');
}

describe('原件 with recognised lines', () => {
  let app: RunningApp;
  let title = '';

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1440, height: 900 } });
    await button(app.page, '从空资料库开始').click();
    await app.page.getByText(/资料库还是空的/).waitFor();
    const [result] = await api<ImportResult[]>(app, 'import.upload', { files: [{ name: '示范项目评选通知.png', contentBase64: noticePage().png.toString('base64') }] });
    expect(result?.id, JSON.stringify(result)).toBeTruthy();
    // Recognition runs in the background; the test waits for it (and must not end while it runs).
    const [state] = await api<OcrState[]>(app, 'documents.ocrWait', { ids: [result!.id!] });
    expect(state?.status, JSON.stringify(state)).toBe('done');
    title = (await api<{ title: string }>(app, 'documents.get', { id: result!.id! })).title;
    await app.page.reload();
    await app.page.getByRole('row').filter({ hasText: title }).first().waitFor();
  }, 180_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-original-recognised-lines.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
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
    expect(app.errors).toEqual([]);
  });
});
