import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { button, screenshot, startApp, type RunningApp } from './browser-mode';

// 十大典型案例评选 in the real UI: a round over the sample library's cases, two reviewers, an exclusion
// with a reason, two cases selected, and the booklet collection made from them.
const LUCHENG = '筑牢项目“红色堡垒”';
const YIWU = '让“候鸟党员”在工地安家';
const LINPING = '“红领筑建 清廉筑基”';
const OUHAI = '“136党建链”链出市域铁路建设新动能';

describe('评选: a selection round from setup to booklet', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-selection.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  /**
   * Scores every criterion with the keyboard: type the score, Tab to its note (typed when given),
   * Tab to the next; then the comment; Ctrl+Enter saves.
   */
  async function scoreWithKeyboard(page: Page, dialog: Locator, scores: number[], comment: string, notes: Record<number, string> = {}): Promise<void> {
    // The dialog puts the focus in the first score field once it has opened.
    const first = dialog.getByRole('spinbutton', { name: '党建引领得分' });
    await expect.poll(() => first.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    for (const [index, value] of scores.entries()) {
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(String(value));
      await page.keyboard.press('Tab');
      if (notes[index]) await page.keyboard.type(notes[index]);
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => dialog.getByRole('textbox', { name: '评语' }).evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type(comment);
  }

  function rowOf(view: Locator, title: string): Locator {
    return view.getByRole('row').filter({ hasText: title });
  }

  it('sets up a round, adds cases, scores with two reviewers, excludes one, selects two and makes the booklet', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /载入示例资料库/ }).click();
    await page.getByRole('heading', { name: '全部资料' }).waitFor({ timeout: 60_000 });

    // 评选 in the sidebar: the empty list says what to do.
    await page.getByRole('menu', { name: '评选' }).getByText('评选').click();
    const list = page.getByRole('region', { name: '评选' });
    await list.getByText('还没有评选活动。').waitFor();
    await screenshot(page, 'selection-empty.png');

    // 新建评选: default rubric (weights summing to 100), target 2, two reviewers, a quota.
    await button(list, '新建评选').first().click();
    const setup = page.getByRole('dialog', { name: '新建评选' });
    await setup.getByRole('textbox', { name: '评选名称' }).fill('2025年度红色工地十大典型案例评选');
    await setup.getByRole('spinbutton', { name: '年度' }).fill('2025');
    await setup.getByRole('spinbutton', { name: '入选数量' }).fill('2');
    const reviewers = setup.getByRole('combobox', { name: '评审人' });
    await reviewers.fill('王评审');
    await reviewers.press('Enter');
    await reviewers.fill('李评审');
    await reviewers.press('Enter');
    await setup.getByText('权重合计 100%').waitFor();
    // A weight edit that breaks the sum is shown at once and refused.
    await setup.getByRole('spinbutton', { name: '示范推广的权重' }).fill('20');
    await setup.getByText('权重合计 105%（应为 100%）').waitFor();
    await setup.getByRole('spinbutton', { name: '示范推广的权重' }).fill('15');
    await setup.getByText('权重合计 100%').waitFor();
    await button(setup, '添加地区名额').click();
    await setup.getByRole('combobox', { name: '名额 1 地区' }).fill('温州市');
    await setup.getByRole('spinbutton', { name: '温州市至多入选' }).fill('1');
    await screenshot(page, 'selection-setup.png');
    await button(setup, '新建').click();
    await setup.waitFor({ state: 'hidden' });

    const view = page.getByRole('region', { name: '评选：2025年度红色工地十大典型案例评选' });
    await view.getByText('还没有申报案例。').waitFor();
    await screenshot(page, 'selection-round-empty.png');

    // 添加申报 with the picker: search, tick three cases.
    await button(view, '添加申报').first().click();
    const picker = page.getByRole('dialog', { name: /^添加申报/ });
    await picker.getByRole('textbox', { name: '查找案例' }).fill('安置房');
    for (const title of [LUCHENG, YIWU, LINPING]) await picker.getByRole('row').filter({ hasText: title }).click();
    await screenshot(page, 'selection-add.png');
    await picker.getByRole('button', { name: '添加 3 件' }).click();
    await picker.waitFor({ state: 'hidden' });
    await page.getByText('已添加 3 件申报').waitFor();

    // …and one from the library list's selection (加入评选).
    await page.getByRole('menu', { name: '资料库' }).getByText('典型案例').click();
    await page.getByRole('row').filter({ hasText: OUHAI }).getByRole('checkbox').check();
    await button(page, '加入评选').click();
    const join = page.getByRole('dialog', { name: '把 1 份资料加入评选' });
    await join.getByRole('button', { name: /加入评选/ }).click();
    await page.getByText(/已加入评选“2025年度红色工地十大典型案例评选”：新增 1 件/).waitFor();
    await page.getByRole('menu', { name: '评选' }).getByText('评选').click();
    await list.getByRole('row').filter({ hasText: '2025年度红色工地十大典型案例评选' }).click();
    await view.getByText('全部 4').waitFor();

    // Two reviewers score every case from the keyboard; “保存并评下一件” moves on.
    const scores: Record<string, [number[], number[]]> = {
      [LUCHENG]: [[90, 88, 92, 85, 90], [86, 84, 90, 80, 88]],
      [YIWU]: [[80, 85, 78, 70, 80], [60, 62, 58, 55, 70]],
      [LINPING]: [[85, 90, 84, 80, 85], [88, 86, 85, 82, 90]],
      [OUHAI]: [[75, 80, 70, 72, 80], [78, 76, 74, 70, 75]],
    };
    for (const [index, reviewer] of ['王评审', '李评审'].entries()) {
      await button(rowOf(view, LUCHENG), '评分').click();
      for (let step = 0; step < 4; step += 1) {
        const dialog = page.getByRole('dialog', { name: /^评分：/ });
        await dialog.waitFor();
        if (reviewer !== '王评审') {
          // Another reviewer: once the dialog has opened (its first score takes the focus), pick them,
          // then start again in the first score.
          const first = dialog.getByRole('spinbutton', { name: '党建引领得分' });
          await expect.poll(() => first.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
          await dialog.getByText(reviewer, { exact: true }).click();
          await dialog.getByRole('spinbutton', { name: '党建引领得分' }).focus();
        }
        const title = ((await dialog.locator('.ant-modal-title').textContent()) ?? '').replace(/^评分：/, '');
        const entry = Object.entries(scores).find(([key]) => title.includes(key));
        if (!entry) throw new Error(`unexpected case ${title}`);
        // 材料规范 (the fifth criterion) gets a note for 义乌.
        const notes: Record<number, string> = entry[0] === YIWU ? { 4: `${reviewer}：缺少获奖证明` } : {};
        await scoreWithKeyboard(page, dialog, entry[1][index] ?? [], `${reviewer}意见：做法有特色`, notes);
        if (index === 1 && step === 0) await screenshot(page, 'selection-scoring.png');
        if (step < 3) await button(dialog, '保存并评下一件').click();
        else await page.keyboard.press('Control+Enter');
        await expect.poll(async () => (await page.locator('.ant-modal-title').filter({ hasText: /^评分：/ }).textContent({ timeout: 500 }).catch(() => '')) !== `评分：${title}`).toBe(true);
      }
      await page.getByRole('dialog', { name: /^评分：/ }).waitFor({ state: 'hidden' });
    }

    // The ranked table: weighted means, the spread between reviewers (义乌 is far apart), ranks.
    const ranked = view.getByRole('table');
    await expect.poll(async () => (await ranked.getByRole('row').nth(1).textContent()) ?? '').toContain('筑牢项目');
    const yiwu = rowOf(view, YIWU);
    await yiwu.getByLabel(/分差 \d+\.\d\d，偏大/).waitFor();
    await view.getByText(/1 件的评审人打分相差超过 15 分/).waitFor();
    // Hovering a reviewer's total shows their comment and notes per criterion.
    await yiwu.getByText(/^李评审：/).hover();
    await page.getByRole('tooltip').getByText('材料规范：李评审：缺少获奖证明', { exact: false }).waitFor();
    await screenshot(page, 'selection-ranked.png');
    await page.mouse.move(0, 0);

    // 未入选 needs a reason: 义乌 goes out for 材料不全.
    await button(yiwu, '未入选…').click();
    const exclude = page.getByRole('dialog', { name: '未入选' });
    await exclude.getByRole('button', { name: '确定未入选' }).click();
    await exclude.getByRole('alert').filter({ hasText: '请选择未入选的理由' }).waitFor();
    await exclude.getByText('材料不全').click();
    await exclude.getByRole('textbox', { name: '补充说明' }).fill('缺少项目获奖证明');
    await exclude.getByRole('button', { name: '确定未入选' }).click();
    await rowOf(view, YIWU).getByText('理由：材料不全：缺少项目获奖证明').waitFor();

    // The top two go 收到 → 初审 → 入围 → 入选.
    for (const title of [LUCHENG, LINPING]) {
      for (const step of ['进入初审', '入围', '入选']) {
        await button(rowOf(view, title), step).click();
        await page.getByText(new RegExp(`已改为“${step === '进入初审' ? '初审' : step}”`)).last().waitFor();
      }
    }
    await view.getByLabel('入选数量').filter({ hasText: '入选 2 个，已达到目标 2 个' }).waitFor();
    await view.getByLabel('温州市名额').filter({ hasText: '温州市 入选 1（至多 1）' }).waitFor();
    await view.getByLabel('按阶段查看').getByText('入选 2', { exact: true }).click();
    await expect.poll(() => ranked.getByRole('row').count()).toBe(3);
    await screenshot(page, 'selection-selected.png');
    await view.getByLabel('按阶段查看').getByText('全部 4', { exact: true }).click();

    // 生成汇编: the confirmation lists the two cases in rank order; the booklet is made.
    await button(view, '生成汇编').click();
    const booklet = page.getByRole('dialog', { name: '生成汇编' });
    await expect.poll(() => booklet.getByRole('textbox', { name: '专辑名称' }).inputValue()).toBe('2025年度红色工地十大典型案例');
    const order = booklet.getByRole('listitem');
    expect(await order.count()).toBe(2);
    expect(await order.nth(0).textContent()).toContain('筑牢项目');
    expect(await order.nth(1).textContent()).toContain('红领筑建');
    await screenshot(page, 'selection-booklet.png');
    await booklet.getByRole('button', { name: /生成专辑/ }).click();
    await view.getByText('已生成专辑《2025年度红色工地十大典型案例》，收入 2 个入选案例', { exact: false }).waitFor();

    // The collection is really there (through the same API the app uses), the two cases in rank order…
    const response = await fetch(`http://127.0.0.1:${app.server.port}/api/collections.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.server.token}` },
      body: '{}',
    });
    const listed = (await response.json()) as { ok: boolean; result: { collections: { name: string; itemCount: number }[] } };
    expect(listed.result.collections.map((item) => [item.name, item.itemCount])).toEqual([['2025年度红色工地十大典型案例', 2]]);

    // …and 查看专辑 opens it in the app.
    await button(view, '查看专辑').click();
    const collection = page.getByRole('main').getByText('2025年度红色工地十大典型案例').first();
    await collection.waitFor();
    await page.getByText(LUCHENG, { exact: false }).first().waitFor();
    await page.getByText(LINPING, { exact: false }).first().waitFor();
    await screenshot(page, 'selection-collection.png');

    expect(app.errors).toEqual([]);
  });
});
