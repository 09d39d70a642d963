import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../electron/engine/core/library';
import { importStaged, stageSource } from '../../electron/engine/import/import-service';
import { makeResultFile, resultFileSchema } from '../../electron/engine/selection/review-package/review-package-format';
import { makeReviewPackage } from '../../electron/engine/selection/review-package/review-package-write';
import { createRound, getRound } from '../../electron/engine/selection/selection-service';
import { addSubmissions } from '../../electron/engine/selection/selection-submissions-service';
import type { ImportResult } from '../../shared/model/import';
import type { RoundDetail, SelectionCriterion } from '../../shared/model/selection';
import { offlinePageDataOf } from '../helpers/offline-review-page';
import { withTempLibrary } from '../helpers/temp-library';
import { ALL_NAMES, NAMED_CASES, importNamedCases, namedCaseMarkdown, type NamedCaseKey } from '../unit/selection/review-package-fixtures';
import { api, ARTIFACTS, CHROMIUM_ARGS, CHROMIUM_PATH, screenshot, startApp, type RunningApp } from './browser-mode';
import { openOfflineReviewPage, saveOfflineResult, scoreOpenCase, watch, type OfflineReviewPage } from './offline-review-driver';

// The 评审包 as one offline HTML file, opened from disk (file://) in Chromium the way a reviewer
// without Casebook opens it from a USB stick: scores typed, kept over a reload, saved as a 评分结果
// file, and that file imported into the library through the real import path.

const ROUND_NAME = '2025年度红色工地十大典型案例评选';

let library: Library;
let folder: string;
let cleanup: () => void;
let roundId: string;
let criteria: SelectionCriterion[];
let browser: Browser;

beforeAll(async () => {
  ({ library, folder, cleanup } = withTempLibrary());
  const ids = await importNamedCases(library);
  const round = createRound(library, { name: ROUND_NAME, year: 2025, targetCount: 2, quotas: [], reviewers: ['王评审', '李评审'] });
  roundId = addSubmissions(library, round.id, Object.values(ids)).id;
  criteria = getRound(library, roundId).criteria;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  cleanup();
});

async function importResult(file: string) {
  const lines = await importStaged(library, stageSource(library, { file: path.basename(file), fsPath: file }));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

function expectOnlyLocalRequests(opened: OfflineReviewPage) {
  expect(opened.requests.length).toBeGreaterThan(0);
  for (const url of opened.requests) expect(url, url).toMatch(/^(?:file|data|blob):/);
  expect(opened.problems).toEqual([]);
}

describe('评审包 as an offline HTML file in Chromium', () => {
  it('a reviewer scores from file://, progress survives a reload, the saved 评分结果 merges; a tampered copy is refused', async () => {
    const html = path.join(folder, 'U盘', '评审包-王评审.html');
    fs.mkdirSync(path.dirname(html));
    makeReviewPackage(library, { roundId, reviewer: '王评审', blind: true, format: 'html', out: html });
    const data = offlinePageDataOf(fs.readFileSync(html, 'utf8'));
    const titles = data.info.submissions.map((id) => data.submissions.find((item) => item.id === id)!.title);

    const opened = await openOfflineReviewPage(browser, html);
    const { page } = opened;
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(ROUND_NAME);
    await expect.poll(() => page.locator('.package-meta').textContent()).toMatch(/评审人：王评审.*2025年度.*收到阶段.*共 3 件案例.*盲评/);
    await expect.poll(() => page.locator('.progress-label').textContent()).toBe('已评 0 / 3');
    // Chromium counts a page opened from disk as a secure context: the signature below uses crypto.subtle.
    expect(await page.evaluate('window.isSecureContext && typeof window.crypto.subtle.sign')).toBe('function');
    // The guide: the rubric with weights and guidance, and how to return the scores.
    const rubric = page.getByRole('table');
    for (const criterion of criteria) {
      await expect.poll(() => rubric.getByRole('row', { name: new RegExp(criterion.name) }).textContent()).toContain(`${criterion.weight}%`);
    }
    await expect.poll(() => page.getByText('以“某单位”“某某”代替').count()).toBe(1);
    await screenshot(page, 'offline-review-guide.png');

    // Case 1: a score out of range is refused in Chinese, then corrected; full-width digits are read.
    await page.getByRole('button', { name: '开始评分' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe(titles[0]);
    expect(await page.locator('.case:not([hidden]) .case-text p').count()).toBeGreaterThan(2);
    await screenshot(page, 'offline-review-case.png');
    await scoreOpenCase(page, criteria, ['120']);
    await expect.poll(() => page.getByText('分数应在 0–100 之间').isVisible()).toBe(true);
    await scoreOpenCase(page, criteria, ['85', '９０', '80', '70', '95'], { note: '支部建在项目上，党员认领风险点', comment: '做法扎实，成效数据具体。' });
    await expect.poll(() => page.getByText('分数应在 0–100 之间').count()).toBe(0);
    await expect.poll(() => page.locator('.case:not([hidden]) .total').textContent()).toBe('加权得分：83.75');
    await page.getByRole('textbox', { name: '评语' }).blur();
    await screenshot(page, 'offline-review-scored.png');

    // Case 2 in full, case 3 half: the list shows which are done.
    await page.getByRole('button', { name: '下一件' }).click();
    await scoreOpenCase(page, criteria, ['90', '88', '92', '80', '85.5']);
    await page.getByRole('button', { name: '下一件' }).click();
    await scoreOpenCase(page, criteria, ['75', '78', null, null, null]);
    await expect.poll(() => page.locator('.case:not([hidden]) .total').textContent()).toBe('加权得分：未评完（已打分 2 / 5 项）');
    await expect.poll(() => page.locator('.progress-label').textContent()).toBe('已评 2 / 3');

    // Closed and opened again: everything typed is still there, on the case last open.
    await page.reload();
    await expect.poll(() => page.locator('.progress-label').textContent()).toBe('已评 2 / 3');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe(titles[2]);
    expect(await page.getByRole('textbox', { name: `${criteria[1]!.name}得分` }).inputValue()).toBe('78');
    await page.getByRole('navigation', { name: '案例列表' }).getByRole('button', { name: new RegExp(titles[0]!.slice(0, 8)) }).click();
    expect(await page.getByRole('textbox', { name: '评语' }).inputValue()).toBe('做法扎实，成效数据具体。');
    // Full-width digits typed by an input method are shown as plain digits once the field is left.
    expect(await page.getByRole('textbox', { name: `${criteria[1]!.name}得分` }).inputValue()).toBe('90');

    // 保存评分结果 warns that one case is not finished, and saves what there is when asked to.
    const returned = path.join(folder, '交回');
    fs.mkdirSync(returned);
    const resultFile = await saveOfflineResult(page, returned, '仍然保存');
    expect(path.basename(resultFile)).toBe(`评分结果-王评审-${ROUND_NAME}.json`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已保存评分结果' }).count()).toBe(1);
    await screenshot(page, 'offline-review-saved.png');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'offline-review-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    expectOnlyLocalRequests(opened);
    await opened.context.close();

    // The file is exactly what Casebook writes for these scores (same canonical JSON and HMAC).
    const text = fs.readFileSync(resultFile, 'utf8');
    const parsed = resultFileSchema.parse(JSON.parse(text));
    expect(text).toBe(makeResultFile(data.info, parsed.scores, parsed.createdAt));
    expect(parsed.scores.map((entry) => entry.documentId)).toEqual(data.info.submissions);

    const line = await importResult(resultFile);
    expect(line).toMatchObject({ status: 'imported', error: null });
    const round = getRound(library, roundId);
    expect(round).toMatchObject({ returnedReviewers: ['王评审'], outstandingReviewers: ['李评审'] });
    const reviewOf = (documentId: string) => round.submissions.find((row) => row.document.id === documentId)!.reviews.find((review) => review.reviewer === '王评审');
    expect(reviewOf(data.info.submissions[0]!)).toMatchObject({ total: 83.75, comment: '做法扎实，成效数据具体。', notes: { [criteria[0]!.key]: '支部建在项目上，党员认领风险点' } });
    expect(reviewOf(data.info.submissions[1]!)).toMatchObject({ total: 88.05 });
    expect(reviewOf(data.info.submissions[2]!)).toMatchObject({ total: null, scores: { [criteria[0]!.key]: 75, [criteria[1]!.key]: 78 } });

    // A copy with one score changed by hand is refused, and the round stays as it was.
    const tampered = path.join(returned, '评分结果-改过.json');
    fs.writeFileSync(tampered, text.replace(/"([a-z0-9_-]+)": 85,/i, '"$1": 95,'));
    expect(fs.readFileSync(tampered, 'utf8')).not.toBe(text);
    const refused = await importResult(tampered);
    expect(refused).toMatchObject({ status: 'failed' });
    expect(refused.error).toMatch(/校验失败/);
    expect(getRound(library, roundId)).toEqual(round);
  });

  it('signs the same way in a browser without crypto.subtle on file:// (the page\'s own SHA-256)', async () => {
    const html = path.join(folder, '评审包-李评审.html');
    makeReviewPackage(library, { roundId, reviewer: '李评审', blind: false, format: 'html', out: html });
    const data = offlinePageDataOf(fs.readFileSync(html, 'utf8'));
    const opened = await openOfflineReviewPage(browser, html, { withoutSubtleCrypto: true });
    const { page } = opened;
    expect(await page.evaluate('typeof window.crypto.subtle')).toBe('undefined');
    await page.getByRole('button', { name: '开始评分' }).click();
    for (let index = 0; index < data.info.submissions.length; index += 1) {
      // Quotes, a backslash, a line break and a character outside the BMP: the canonical JSON must match byte for byte.
      await scoreOpenCase(page, criteria, ['80', '82', '84', '86', '88'], { comment: index === 0 ? '材料完整，“红领筑建”品牌清晰。\n"引号" \\ 反斜杠 𠀋' : '' });
      if (index < data.info.submissions.length - 1) await page.getByRole('button', { name: '下一件' }).click();
    }
    await expect.poll(() => page.locator('.progress-label').textContent()).toBe('已评 3 / 3');
    const resultFile = await saveOfflineResult(page, folder);
    expectOnlyLocalRequests(opened);
    await opened.context.close();

    const text = fs.readFileSync(resultFile, 'utf8');
    const parsed = resultFileSchema.parse(JSON.parse(text));
    expect(text).toBe(makeResultFile(data.info, parsed.scores, parsed.createdAt));
    expect(await importResult(resultFile)).toMatchObject({ status: 'imported' });
    const round = getRound(library, roundId);
    expect(round.returnedReviewers).toContain('李评审');
    for (const row of round.submissions) expect(row.reviews.find((review) => review.reviewer === '李评审')).toMatchObject({ total: 83.2 });
    const first = round.submissions.find((row) => row.document.id === data.info.submissions[0]);
    expect(first?.reviews.find((review) => review.reviewer === '李评审')?.comment).toBe('材料完整，“红领筑建”品牌清晰。\n"引号" \\ 反斜杠 𠀋');
  });
});

describe('the same offline page open in two windows', () => {
  it('each window takes what the other typed, so neither writes an older copy over it', async () => {
    const html = path.join(folder, '两个窗口.html');
    makeReviewPackage(library, { roundId, reviewer: '李评审', blind: false, format: 'html', out: html });
    const first = await openOfflineReviewPage(browser, html);
    const second = watch(first.context, await first.context.newPage());
    await second.page.goto(first.page.url());

    await first.page.getByRole('button', { name: '开始评分' }).click();
    await scoreOpenCase(first.page, criteria, ['80', '80', '80', '80', '80']);
    await expect.poll(() => second.page.locator('.progress-label').textContent()).toBe('已评 1 / 3');
    await second.page.getByRole('navigation', { name: '案例列表' }).getByRole('button').nth(2).click();
    await scoreOpenCase(second.page, criteria, ['90', '90', '90', '90', '90']);
    await expect.poll(() => first.page.locator('.progress-label').textContent()).toBe('已评 2 / 3');
    await scoreOpenCase(first.page, criteria, [null, null, null, null, null], { comment: '两个窗口都填过。' });

    await first.page.reload();
    await expect.poll(() => first.page.locator('.progress-label').textContent()).toBe('已评 2 / 3');
    expect(await first.page.getByRole('textbox', { name: '评语' }).inputValue()).toBe('两个窗口都填过。');
    expect(first.problems).toEqual([]);
    expect(second.problems).toEqual([]);
    await first.context.close();
  });
});

describe('生成评审包 as 离线网页 from the round page', () => {
  let app: RunningApp;
  afterAll(async () => {
    await app?.close();
  });

  it('the dialog offers the offline page, and the downloaded file opens from disk with no unit named in it', async () => {
    app = await startApp();
    const { page } = app;
    const uploaded = await api<ImportResult[]>(app, 'import.upload', {
      files: (Object.keys(NAMED_CASES) as NamedCaseKey[]).map((key) => ({ name: NAMED_CASES[key].file, contentBase64: Buffer.from(namedCaseMarkdown(key)).toString('base64') })),
    });
    const round = await api<RoundDetail>(app, 'rounds.create', { name: ROUND_NAME, year: 2025, reviewers: ['王评审', '李评审'] });
    await api(app, 'rounds.addSubmissions', { roundId: round.id, documentIds: uploaded.map((line) => line.id) });
    await page.reload();

    await page.getByRole('menu', { name: '评选' }).getByText('评选').click();
    await page.getByRole('region', { name: '评选' }).getByRole('row').filter({ hasText: ROUND_NAME }).click();
    const view = page.getByRole('region', { name: `评选：${ROUND_NAME}` });
    await view.getByRole('button', { name: /评审包（已交回 0\/2）/ }).click();
    const dialog = page.getByRole('dialog', { name: '评审包与评分结果' });
    await dialog.getByRole('radio', { name: '离线网页 .html（评审人无需安装案例库）' }).check();
    await dialog.getByRole('checkbox', { name: /盲评/ }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('listitem').filter({ hasText: '王评审' }).getByRole('button', { name: '生成评审包' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`评审包-${ROUND_NAME}-王评审.html`);
    await dialog.getByText('已生成“王评审”的离线评审网页：3 个案例（盲评）。').waitFor();
    await screenshot(page, 'offline-review-dialog.png');

    const file = path.join(folder, saved.suggestedFilename());
    await saved.saveAs(file);
    const bytes = fs.readFileSync(file);
    for (const name of ALL_NAMES) expect(bytes.includes(Buffer.from(name, 'utf8')), name).toBe(false);
    const opened = await openOfflineReviewPage(browser, file);
    await expect.poll(() => opened.page.getByRole('heading', { level: 1 }).textContent()).toBe(ROUND_NAME);
    await expect.poll(() => opened.page.locator('.progress-label').textContent()).toBe('已评 0 / 3');
    expectOnlyLocalRequests(opened);
    await opened.context.close();
  });
});
