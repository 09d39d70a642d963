import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from './browser-mode';

/**
 * Drives the offline 评审包 page (`rounds.package` with format 'html') as a reviewer does: opened
 * from disk, scores typed by the criteria's names, 保存评分结果 clicked and the download kept.
 */

export interface OfflineReviewPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and warnings, page errors and Content-Security-Policy violations. */
  problems: string[];
}

export async function openOfflineReviewPage(browser: Browser, file: string, options: { withoutSubtleCrypto?: boolean } = {}): Promise<OfflineReviewPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN', deviceScaleFactor: 1, acceptDownloads: true });
  await context.addInitScript({
    content: "document.addEventListener('securitypolicyviolation', (event) => console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI));",
  });
  if (options.withoutSubtleCrypto) {
    // As a browser that offers no crypto.subtle to a page opened from disk.
    await context.addInitScript({ content: "Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined });" });
  }
  const page = await context.newPage();
  const opened = watch(context, page);
  await page.goto(pathToFileURL(file).href);
  return opened;
}

/** Records a page's requests and problems; for a second window on the same file. */
export function watch(context: BrowserContext, page: Page): OfflineReviewPage {
  page.setDefaultTimeout(15_000);
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  return { context, page, requests, problems };
}

/** Fills the open case's form: one value per criterion in order (null leaves it empty). */
export async function scoreOpenCase(page: Page, criteria: readonly { name: string }[], values: readonly (string | null)[], extra: { note?: string; comment?: string } = {}): Promise<void> {
  for (const [index, criterion] of criteria.entries()) {
    const value = values[index];
    if (value !== null && value !== undefined) await page.getByRole('textbox', { name: `${criterion.name}得分` }).fill(value);
  }
  if (extra.note) await page.getByRole('textbox', { name: `${criteria[0]!.name}说明` }).fill(extra.note);
  if (extra.comment) await page.getByRole('textbox', { name: '评语' }).fill(extra.comment);
}

/**
 * 保存评分结果 and the downloaded file saved into `folder`. With `confirmLabel` the warning about
 * unfinished cases is answered with that button (仍然保存), after a screenshot of it.
 */
export async function saveOfflineResult(page: Page, folder: string, confirmLabel?: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存评分结果' }).click();
  if (confirmLabel) {
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'offline-review-save-warning.png');
    await page.getByRole('dialog').getByRole('button', { name: confirmLabel }).click();
  }
  const file = path.join(folder, (await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}
