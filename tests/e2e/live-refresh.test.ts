import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCasebook } from '../helpers/casebook-cli';
import { button, screenshot, startApp, type RunningApp } from './browser-mode';

// Two windows on one library, and the command line beside them: what one changes, the others show
// within a few seconds, without reloading.

const TITLE = '瓯海区某保障房项目党支部推行“工友议事会”的做法';
const FILE_TEXT = `${TITLE}

发布日期：2025-04-18  信息来源：瓯海区住建局

瓯海区某保障房项目党支部每月召开“工友议事会”，由党员工长牵头收集工友意见，
当年解决食堂、宿舍、工资发放等问题27项。
`;
const COLLECTION = '2025 春季班·第二讲';
const SUBTITLE = '某区住建局党建办 2025年4月';

describe('changes made elsewhere', () => {
  let app: RunningApp;
  let other: Page;
  let folder: string;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-live-'));
    app = await startApp();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) {
      await screenshot(app.page, 'failure-live-refresh-1.png').catch(() => undefined);
      if (other) await screenshot(other, 'failure-live-refresh-2.png').catch(() => undefined);
    }
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('show up in every open window: a command-line import, a new collection, its cover, a trashed document', async () => {
    const { page } = app;
    await button(page, '从空资料库开始').click();
    await page.getByText(/资料库还是空的/).waitFor();
    other = await app.context.newPage();
    other.setDefaultTimeout(15_000);
    await other.goto(app.server.url);
    await other.getByText(/资料库还是空的/).waitFor();

    // The command line imports while both windows are open: a second connection to the database.
    const file = path.join(folder, '工友议事会.txt');
    fs.writeFileSync(file, FILE_TEXT, 'utf8');
    const run = await runCasebook(['--library', app.libraryFolder, 'import', file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    for (const window of [page, other]) await window.getByRole('row').filter({ hasText: TITLE }).waitFor();

    // Window 1 makes a collection; window 2's sidebar lists it, and window 2 opens it.
    const sidebar = page.getByRole('region', { name: '专辑' });
    await sidebar.getByRole('button', { name: '新建专辑或文件夹' }).click();
    await page.getByRole('menuitem', { name: '新建专辑…' }).click();
    const create = page.getByRole('dialog', { name: '新建专辑' });
    await create.getByLabel('专辑名称').fill(COLLECTION);
    await create.getByLabel('专辑名称').press('Enter');
    await page.getByRole('heading', { name: COLLECTION }).waitFor();
    await other.getByRole('region', { name: '专辑' }).getByText(COLLECTION).click();
    await other.getByRole('heading', { name: COLLECTION }).waitFor();

    // Window 1 types the cover subtitle; window 2's field is idle and takes it.
    await page.getByLabel('封面副标题').fill(SUBTITLE);
    await page.getByLabel('封面副标题').press('Enter');
    await expect.poll(() => other.getByLabel('封面副标题').inputValue(), { timeout: 15_000 }).toBe(SUBTITLE);
    await screenshot(other, 'live-refresh-second-window.png');

    // Window 2 moves the document to the 回收站; window 1's list no longer shows it.
    await other.getByRole('menu', { name: '资料库' }).getByText('全部').click();
    const row = other.getByRole('row').filter({ hasText: TITLE });
    await row.getByRole('checkbox').check();
    await button(other, '移入回收站').click();
    await other.getByRole('row').filter({ hasText: TITLE }).waitFor({ state: 'detached' });
    await page.getByRole('menu', { name: '资料库' }).getByText('全部').click();
    await page.getByText(/资料库还是空的/).waitFor();
    expect(await page.getByRole('row').filter({ hasText: TITLE }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
