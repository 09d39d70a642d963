import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { button, chooseFiles, REPO_ROOT, type RunningApp, screenshot, startApp } from './browser-mode';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/near-duplicates');
const FIRST = path.join(FIXTURES, 'story-site-a.txt'); // the district bureau's page
const SECOND = path.join(FIXTURES, 'story-site-b.html'); // the same story on a news portal, with an editor's note
const TITLE = '温州瓯海：学校工地上的“红色引擎”党建联建让项目提速又暖心';

// Import the same story from two sites, find the pair in 查重, merge it, and find the other copy in the 回收站.
describe('查重: import two versions of a story, merge them', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-duplicates.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('reports the near duplicate at import, lists it in 查重, merges it into the 回收站', async () => {
    const { page } = app;
    await button(page, '从空资料库开始').click();
    await page.getByText(/资料库还是空的/).waitFor();
    const duplicatesMenu = page.getByRole('menu', { name: '查重' });
    await duplicatesMenu.getByLabel('待处理 0 对').waitFor();

    // 导入 both files in one batch: the second is imported, and reported as a near duplicate.
    await button(page, '导入').first().click();
    const dialog = page.getByRole('dialog', { name: '导入资料' });
    await dialog.waitFor();
    await chooseFiles(page, button(dialog, '选择文件'), [FIRST, SECOND]);
    await dialog.getByText('已选择 2 个文件', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: /开始导入/ }).click();
    await dialog.getByText('已导入 2 份，重复 0 份，失败 0 份').waitFor();
    const secondRow = dialog.getByRole('row').filter({ hasText: 'story-site-b.html' });
    await secondRow.getByText(/疑似重复（相似度 \d+%）/).waitFor();
    const reported = Number(/相似度 (\d+)%/.exec((await secondRow.textContent()) ?? '')?.[1]);
    expect(reported).toBeGreaterThanOrEqual(75);
    expect(await dialog.getByRole('row').filter({ hasText: 'story-site-a.txt' }).getByText(/疑似重复/).count()).toBe(0);
    await screenshot(page, 'duplicates-import-report.png');

    // “去查重” leads from the report to the 查重 view; the sidebar counts the pending pair.
    await secondRow.getByText('去查重').click();
    await dialog.waitFor({ state: 'hidden' });
    await duplicatesMenu.getByLabel('待处理 1 对').waitFor();
    const view = page.getByRole('region', { name: '查重' });
    const pair = view.getByRole('article');
    await pair.waitFor();
    await pair.getByText(`相似度 ${reported}%`).waitFor();
    const left = pair.getByRole('region', { name: /^先有的资料（左侧）/ });
    const right = pair.getByRole('region', { name: /^后导入的资料（右侧）/ });
    await left.getByText('来源：区建管中心', { exact: false }).waitFor();
    await right.getByText('来源：温州日报', { exact: false }).waitFor();
    // Site B's own lead (its series 编者按 is the column's and left its text at import).
    await right.getByText(/本报讯（记者 林晓/).waitFor();
    await screenshot(page, 'duplicates.png');

    // The reader lists the other version under 相似资料.
    await left.getByText(TITLE).click();
    const reader = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: TITLE }) });
    const similar = reader.getByRole('region', { name: '相似资料' });
    await similar.getByText(`相似度 ${reported}%`, { exact: false }).waitFor();
    await screenshot(page, 'duplicates-reader.png');
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'hidden' });

    // 合并（保留左侧）: the confirmation says the other goes to the 回收站 and can be restored.
    await button(pair, '合并（保留左侧）').click();
    const confirm = page.getByRole('dialog').filter({ hasText: '合并，保留左侧' });
    await confirm.getByText(/移入回收站.*可以随时在回收站中恢复/).waitFor();
    await button(confirm, '合并').click();
    await page.getByText('已合并，另一份已移入回收站').waitFor();
    await view.getByText('没有待处理的疑似重复资料').waitFor();
    await duplicatesMenu.getByLabel('待处理 0 对').waitFor();

    // The merged copy is in the 回收站 (restorable); one copy is left in the library.
    await page.getByRole('menuitem', { name: /回收站/ }).click();
    const trashed = page.getByRole('row').filter({ hasText: TITLE });
    await trashed.waitFor();
    expect(await trashed.count()).toBe(1);
    await button(trashed, '恢复').waitFor();
    await page.getByRole('menuitem', { name: /全部/ }).click();
    // The 回收站's row (the one with 恢复) is gone before the library's list is counted.
    await button(trashed, '恢复').waitFor({ state: 'detached' });
    await page.getByRole('row').filter({ hasText: TITLE }).first().waitFor();
    expect(await page.getByRole('row').filter({ hasText: TITLE }).count()).toBe(1);

    // 全部 in 查重 keeps the decision.
    await page.getByRole('menuitem', { name: /查重/ }).click();
    await view.getByText('全部', { exact: true }).click();
    await view.getByRole('article').getByText('已合并', { exact: true }).waitFor();
    await view.getByRole('article').getByText('已保留', { exact: true }).waitFor();

    expect(app.errors).toEqual([]);
  });
});
