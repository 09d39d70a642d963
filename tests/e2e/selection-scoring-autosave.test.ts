import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { DocumentSummary } from '../../shared/model/document';
import type { RoundDetail } from '../../shared/model/selection';
import { api, button, screenshot, startApp, type RunningApp } from './browser-mode';

// 评分 keeps what is typed, the way a draft does: switching reviewer, closing the dialog or reloading
// the window never drops a reviewer's scores (a new user lost a whole reviewer's input on a tab switch).
const ROUND = '评分自动保存测试';

describe('评分: scores are saved as typed', () => {
  let app: RunningApp;
  let round: RoundDetail;
  let caseTitle: string;

  beforeAll(async () => {
    app = await startApp();
    await api(app, 'library.loadSample');
    const { items } = await api<{ items: DocumentSummary[] }>(app, 'documents.list', { kind: 'case', limit: 1, sort: 'title', order: 'asc' });
    const first = items[0];
    if (!first) throw new Error('the sample library has no case');
    caseTitle = first.title;
    round = await api<RoundDetail>(app, 'rounds.create', { name: ROUND, year: 2025, reviewers: ['王评审', '李评审'] });
    round = await api<RoundDetail>(app, 'rounds.addSubmissions', { roundId: round.id, documentIds: [first.id] });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-scoring-autosave.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  /** A reviewer's saved review, with scores and notes by criterion name (the keys are generated). */
  async function reviewOf(reviewer: string) {
    const fresh = await api<RoundDetail>(app, 'rounds.get', { id: round.id });
    const review = fresh.submissions[0]?.reviews.find((item) => item.reviewer === reviewer);
    if (!review) return undefined;
    const byName = <T,>(values: Record<string, T>) =>
      Object.fromEntries(Object.entries(values).map(([key, value]) => [fresh.criteria.find((criterion) => criterion.key === key)?.name ?? key, value]));
    return { ...review, scores: byName(review.scores), notes: byName(review.notes) };
  }

  async function openScoring(page: Page): Promise<Locator> {
    const view = page.getByRole('region', { name: `评选：${ROUND}` });
    if (!(await view.isVisible())) {
      await page.getByRole('menu', { name: '评选' }).getByText('评选').click();
      await page.getByRole('region', { name: '评选' }).getByRole('row').filter({ hasText: ROUND }).click();
    }
    await button(view.getByRole('row').filter({ hasText: caseTitle }), '评分').click();
    const dialog = page.getByRole('dialog', { name: /^评分：/ });
    const first = dialog.getByRole('spinbutton', { name: '党建引领得分' });
    await expect.poll(() => first.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    return dialog;
  }

  async function typeScore(dialog: Locator, criterion: string, value: number): Promise<void> {
    const field = dialog.getByRole('spinbutton', { name: `${criterion}得分` });
    await field.click();
    await field.press('ControlOrMeta+A');
    await field.pressSequentially(String(value));
  }

  it('keeps the first reviewer’s scores when another reviewer’s tab is clicked', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '全部资料' }).waitFor({ timeout: 60_000 });
    const dialog = await openScoring(page);
    await typeScore(dialog, '党建引领', 91);
    await typeScore(dialog, '做法创新', 87);
    await dialog.getByRole('textbox', { name: '做法创新说明' }).fill('做法有新意');
    // Straight to the other reviewer, with no save button pressed.
    await dialog.getByText('李评审', { exact: true }).click();
    await expect.poll(() => dialog.getByRole('spinbutton', { name: '党建引领得分' }).inputValue()).toBe('');
    await typeScore(dialog, '党建引领', 70);

    const wang = await reviewOf('王评审');
    expect(wang?.scores).toMatchObject({ 党建引领: 91, 做法创新: 87 });
    expect(wang?.notes).toMatchObject({ 做法创新: '做法有新意' });
    expect(wang?.total).toBeNull(); // three criteria still unscored

    // Back to the first reviewer: what was typed is there.
    await dialog.getByText('王评审', { exact: true }).click();
    await expect.poll(() => dialog.getByRole('spinbutton', { name: '党建引领得分' }).inputValue()).toBe('91.0');
    expect(await dialog.getByRole('spinbutton', { name: '做法创新得分' }).inputValue()).toBe('87.0');
    await expect.poll(async () => (await reviewOf('李评审'))?.scores).toMatchObject({ 党建引领: 70 });
    await screenshot(page, 'selection-scoring-autosave.png');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('saves a score typed just before the dialog is closed with Esc, or before the window reloads', async () => {
    const { page } = app;
    let dialog = await openScoring(page);
    await typeScore(dialog, '成效实绩', 66);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await reviewOf('王评审'))?.scores).toMatchObject({ 党建引领: 91, 做法创新: 87, 成效实绩: 66 });

    dialog = await openScoring(page);
    await typeScore(dialog, '示范推广', 55);
    await page.reload();
    await page.getByRole('heading', { name: '全部资料' }).waitFor({ timeout: 60_000 });
    dialog = await openScoring(page);
    // Sent before the page went, or kept locally and sent when the dialog opened again.
    await expect.poll(() => dialog.getByRole('spinbutton', { name: '示范推广得分' }).inputValue()).toBe('55.0');
    await expect.poll(async () => (await reviewOf('王评审'))?.scores).toMatchObject({ 示范推广: 55 });
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    expect(app.errors).toEqual([]);
  });
});
