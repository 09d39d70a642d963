import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeResultFile } from '../../electron/engine/selection/review-package/review-package-format';
import type { ImportResult } from '../../shared/model/import';
import type { ReviewPackageResult, RoundDetail, SelectionCriterion } from '../../shared/model/selection';
import { ALL_NAMES, NAMED_CASES, namedCaseMarkdown, type NamedCaseKey } from '../unit/selection/review-package-fixtures';
import { api, button, chooseFiles, type RunningApp, screenshot, startApp } from './browser-mode';
import { openOfflineReviewPage, saveOfflineResult, scoreOpenCase } from './offline-review-driver';

// A 评选 with three reviewers, as issue 16 describes the year: the bureau sends blind packages; 王评审
// scores in his own Casebook (a second library), 李评审 in the offline HTML page without Casebook,
// 赵评审 in Casebook and sends his scores twice, the second time with a change the bureau is asked
// about. The bureau merges the returns through 导入, sees the ranking and exports the 评审汇总表;
// a tampered and a foreign result file change nothing.

const ROUND_NAME = '2025年度红色工地十大典型案例评选';
const KEYS = Object.keys(NAMED_CASES) as NamedCaseKey[];
/** Every criterion gets the same score per case, so a reviewer's total is that score. */
const SCORES: Record<'王评审' | '李评审' | '赵评审', Record<NamedCaseKey, number>> = {
  王评审: { hongjian: 90, oujiang: 80, haichen: 70 },
  李评审: { hongjian: 85, oujiang: 95, haichen: 75 },
  赵评审: { hongjian: 80, oujiang: 70, haichen: 60 },
};
const ZHAO_SECOND_HAICHEN = 90;

let bureau: RunningApp;
let reviewerApp: RunningApp;
let folder: string;
let roundId: string;
let criteria: SelectionCriterion[];
const ids = {} as Record<NamedCaseKey, string>;
const titleOf = (key: NamedCaseKey) => NAMED_CASES[key].title;
/** A blind package renames units in titles too, so cases are told apart by a word of their own. */
const MARKERS: Record<NamedCaseKey, string> = { hongjian: '红领筑建', oujiang: '三联三比', haichen: '候鸟党员' };
const keyOfTitle = (title: string) => {
  const key = KEYS.find((candidate) => title.includes(MARKERS[candidate]));
  if (!key) throw new Error(`no case titled like “${title}”`);
  return key;
};

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-review-'));
  bureau = await startApp();
  reviewerApp = await startApp();
  const uploaded = await api<ImportResult[]>(bureau, 'import.upload', {
    files: KEYS.map((key) => ({ name: NAMED_CASES[key].file, contentBase64: Buffer.from(namedCaseMarkdown(key)).toString('base64') })),
  });
  KEYS.forEach((key, index) => (ids[key] = uploaded[index]!.id!));
  const round = await api<RoundDetail>(bureau, 'rounds.create', { name: ROUND_NAME, year: 2025, targetCount: 2, reviewers: ['王评审', '李评审', '赵评审'] });
  roundId = round.id;
  criteria = round.criteria;
  await api(bureau, 'rounds.addSubmissions', { roundId, documentIds: Object.values(ids) });
}, 60_000);

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  if (reviewerApp) await screenshot(reviewerApp.page, 'failure-review-reviewer.png').catch(() => undefined);
  if (bureau) await screenshot(bureau.page, 'failure-review-bureau.png').catch(() => undefined);
});

afterAll(async () => {
  await bureau?.close();
  await reviewerApp?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function makePackage(reviewer: string, format: 'package' | 'html'): Promise<string> {
  const out = path.join(folder, `评审包-${reviewer}.${format === 'html' ? 'html' : 'cbreview'}`);
  const made = await api<ReviewPackageResult>(bureau, 'rounds.package', { roundId, reviewer, blind: true, format, out });
  expect(made).toMatchObject({ path: out, count: 3, blind: true });
  const bytes = fs.readFileSync(out);
  for (const name of ALL_NAMES) expect(bytes.includes(Buffer.from(name)), `${name} in ${path.basename(out)}`).toBe(false);
  return out;
}

/** In the reviewer's Casebook: from the first-start welcome, or 评选 → 打开评审包…; the workspace shows. */
async function openInWorkspace(page: Page, file: string, from: 'welcome' | 'selection'): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  if (from === 'welcome') {
    await button(page, '我是评审人：打开收到的评审包').click();
  } else {
    await page.getByRole('menu', { name: '评选' }).getByText('评选').click();
    await button(page, '打开评审包…').first().click();
  }
  await (await chooser).setFiles(file);
  await page.getByRole('region', { name: `评审：${ROUND_NAME}` }).waitFor();
}

/** Scores every case of the open workspace from the list, each criterion the same value. */
async function scoreAllInWorkspace(page: Page, values: (key: NamedCaseKey) => number): Promise<void> {
  const list = page.getByRole('navigation', { name: '案例列表' });
  const count = await list.getByRole('button').count();
  for (let index = 0; index < count; index += 1) {
    await list.getByRole('button').nth(index).click();
    const article = page.getByRole('article', { name: /^案例：/ });
    const title = ((await article.getAttribute('aria-label')) ?? '').replace(/^案例：/, '');
    const value = String(values(keyOfTitle(title)));
    for (const criterion of criteria) await article.getByRole('spinbutton', { name: `${criterion.name}得分` }).fill(value);
    await article.getByRole('textbox', { name: '评语' }).fill(`${title.slice(0, 6)}：做法可复制。`);
    await article.getByText(/已保存/).waitFor();
    await article.getByLabel('加权得分').getByText(`${value}.00`).waitFor();
  }
}

async function exportFromWorkspace(page: Page, into: string): Promise<string> {
  const download = page.waitForEvent('download');
  await button(page, '导出评分结果').click();
  const file = path.join(into, (await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

/** 导入 in the bureau's window with these files; answers the import dialog once its report shows. */
async function importInBureau(files: string[], answer?: (page: Page) => Promise<void>) {
  const { page } = bureau;
  await button(page, '导入').first().click();
  const dialog = page.getByRole('dialog', { name: '导入资料' });
  await dialog.waitFor();
  // The dialog keeps the last batch's report until 继续导入 starts a new one.
  if ((await button(dialog, '继续导入').count()) > 0) await button(dialog, '继续导入').click();
  await chooseFiles(page, button(dialog, '选择文件'), files);
  await dialog.getByRole('button', { name: /开始导入/ }).click();
  if (answer) await answer(page);
  return dialog;
}

async function closeImport(page: Page) {
  await button(page.getByRole('dialog', { name: '导入资料' }), '完成').click();
}

const roundNow = () => api<RoundDetail>(bureau, 'rounds.get', { id: roundId });
const scoreOf = (round: RoundDetail, key: NamedCaseKey) => round.submissions.find((row) => row.document.id === ids[key])!;

describe('评选 with three reviewers on their own computers', () => {
  it('packages, scores in a second Casebook and in the offline page, merges, asks about a second return, ranks and exports the sheet', async () => {
    const wang = await makePackage('王评审', 'package');
    const li = await makePackage('李评审', 'html');
    const zhao = await makePackage('赵评审', 'package');
    const returned = path.join(folder, '交回');
    fs.mkdirSync(returned);

    // 王评审 in his own Casebook: the package opens under 评选, apart from his library.
    const { page } = reviewerApp;
    await openInWorkspace(page, wang, 'welcome');
    await page.getByText('已评 0/3').waitFor();
    await scoreAllInWorkspace(page, (key) => SCORES.王评审[key]);
    await page.getByText('已评 3/3').waitFor();
    await screenshot(page, 'review-workspace.png');
    const wangResult = await exportFromWorkspace(page, returned);
    expect(path.basename(wangResult)).toBe(`评分结果-王评审-${ROUND_NAME}.json`);
    expect((await api<{ total: number }>(reviewerApp, 'documents.list', {})).total).toBe(0);

    // 李评审 without Casebook: the offline page from the USB stick.
    const offline = await openOfflineReviewPage(reviewerApp.browser, li);
    await offline.page.getByRole('button', { name: '开始评分' }).click();
    for (let index = 0; index < KEYS.length; index += 1) {
      const title = (await offline.page.getByRole('heading', { level: 2 }).textContent()) ?? '';
      const value = String(SCORES.李评审[keyOfTitle(title)]);
      await scoreOpenCase(offline.page, criteria, criteria.map(() => value));
      if (index < KEYS.length - 1) await offline.page.getByRole('button', { name: '下一件' }).click();
    }
    const liResult = await saveOfflineResult(offline.page, returned);
    for (const url of offline.requests) expect(url).toMatch(/^(?:file|data|blob):/);
    await offline.context.close();

    // 赵评审 in Casebook too (a second package on the same computer).
    await openInWorkspace(page, zhao, 'selection');
    await scoreAllInWorkspace(page, (key) => SCORES.赵评审[key]);
    const zhaoFirst = path.join(returned, '赵评审-第一次.json');
    fs.renameSync(await exportFromWorkspace(page, returned), zhaoFirst);

    // The bureau imports the three returns in one batch.
    let dialog = await importInBureau([wangResult, liResult, zhaoFirst]);
    await dialog.getByText('已导入 3 份', { exact: false }).waitFor();
    await closeImport(bureau.page);
    let round = await roundNow();
    expect(round).toMatchObject({ returnedReviewers: ['王评审', '李评审', '赵评审'], outstandingReviewers: [] });
    expect(scoreOf(round, 'haichen').score).toBeCloseTo((70 + 75 + 60) / 3, 2);

    // 赵评审 changes his mind on one case and sends the file again: the bureau sees what changes and agrees.
    await page.getByRole('navigation', { name: '案例列表' }).getByRole('button', { name: new RegExp(MARKERS.haichen) }).click();
    const article = page.getByRole('article', { name: new RegExp(`^案例：.*${MARKERS.haichen}`) });
    await article.getByRole('spinbutton', { name: `${criteria[0]!.name}得分` }).fill(String(ZHAO_SECOND_HAICHEN));
    for (const criterion of criteria.slice(1)) await article.getByRole('spinbutton', { name: `${criterion.name}得分` }).fill(String(ZHAO_SECOND_HAICHEN));
    await article.getByText(/已保存/).waitFor();
    const zhaoSecond = await exportFromWorkspace(page, returned);
    const before = await roundNow();
    dialog = await importInBureau([zhaoSecond], async (bureauPage) => {
      const ask = bureauPage.getByRole('dialog', { name: '赵评审再次交回了评分结果' });
      await ask.getByRole('list', { name: '评分改动' }).getByText(`《${titleOf('haichen')}》${criteria[0]!.name} 60 → 90`, { exact: false }).waitFor();
      await screenshot(bureauPage, 'review-second-return.png');
      await button(ask, '用新结果替换').click();
    });
    await dialog.getByText('已导入 1 份', { exact: false }).waitFor();
    await closeImport(bureau.page);
    round = await roundNow();
    expect(round).not.toEqual(before);
    const expected = (key: NamedCaseKey) => (SCORES.王评审[key] + SCORES.李评审[key] + (key === 'haichen' ? ZHAO_SECOND_HAICHEN : SCORES.赵评审[key])) / 3;
    for (const key of KEYS) expect(scoreOf(round, key).score).toBeCloseTo(expected(key), 2);
    expect(round.submissions.map((row) => keyOfTitle(row.document.title))).toEqual(['hongjian', 'oujiang', 'haichen']);
    expect(round.submissions.map((row) => row.rank)).toEqual([1, 2, 3]);

    // The round page shows everyone returned; the 评审汇总表 has a column per reviewer and criterion.
    await bureau.page.getByRole('menu', { name: '评选' }).getByText('评选').click();
    await bureau.page.getByRole('region', { name: '评选' }).getByText(ROUND_NAME, { exact: true }).click();
    await screenshot(bureau.page, 'review-round-ranked.png');
    const sheetFile = path.join(folder, '评审汇总表.xlsx');
    await api(bureau, 'rounds.sheetToFile', { id: roundId, outFile: sheetFile });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sheetFile);
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map((value) => (value && typeof value === 'object' && 'result' in value ? String(value.result) : String(value ?? '')));
    for (const reviewer of ['王评审', '李评审', '赵评审']) expect(cells.some((cell) => cell.includes(reviewer)), reviewer).toBe(true);
    expect(cells).toContain(String(Math.round(expected('hongjian') * 100) / 100));

    // A tampered copy of 王评审's file and a file for a round this library does not have: refused, nothing changed.
    const tampered = path.join(returned, '王评审-改过.json');
    fs.writeFileSync(tampered, fs.readFileSync(wangResult, 'utf8').replace(/": 70(,?)\n/, '": 99$1\n'));
    expect(fs.readFileSync(tampered, 'utf8')).not.toBe(fs.readFileSync(wangResult, 'utf8'));
    const foreign = path.join(returned, '别的评选.json');
    fs.writeFileSync(foreign, makeResultFile({ roundId: 'otherround01', packageId: 'otherpackage1', reviewer: '王评审', secret: 'ab'.repeat(32) }, [], '2025-06-01T08:00:00Z'));
    const settled = await roundNow();
    dialog = await importInBureau([tampered, foreign]);
    await dialog.getByText('失败 2 份', { exact: false }).waitFor();
    await dialog.getByText(/校验失败/).waitFor();
    await dialog.getByText(/属于另一个评选活动/).waitFor();
    await closeImport(bureau.page);
    expect(await roundNow()).toEqual(settled);
    for (const app of [bureau, reviewerApp]) expect(app.errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
  });
});
