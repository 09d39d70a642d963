import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { button, chooseFiles, type RunningApp, screenshot, startApp } from './browser-mode';

const TITLE = '鹿城区某安置房项目临时党支部开展党建联建的做法';
const FILE_TEXT = `${TITLE}

发布日期：2024-11-15  信息来源：鹿城区住建局  作者：李帅

鹿城区某安置房项目由建设、施工、监理三方党组织联合组建临时党支部，推行“一党员一项目”，
每月召开联席会议，协调解决工人工资、安全生产等问题18项。

项目党支部与属地社区结对共建，开设“工友课堂”，累计培训工人600余人次。
`;

// Import through the dialog, then edit, tag, trash and restore the document, as a user would.
describe('import → edit → tag → trash → restore', () => {
  let app: RunningApp;
  let folder: string;
  let file: string;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-files-'));
    file = path.join(folder, '安置房临时党支部做法.txt');
    fs.writeFileSync(file, FILE_TEXT, 'utf8');
    app = await startApp();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-import-edit-trash.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('imports a text file and follows it through edits and the 回收站', async () => {
    const { page } = app;
    await button(page, '从空资料库开始').click();
    await page.getByText(/资料库还是空的/).waitFor();

    // 导入 → 选择文件 → 开始导入 → report.
    await button(page, '导入').first().click();
    const dialog = page.getByRole('dialog', { name: '导入资料' });
    await dialog.waitFor();
    await chooseFiles(page, button(dialog, '选择文件'), file);
    await dialog.getByText('已选择 1 个文件', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: /开始导入/ }).click();
    await dialog.getByText('已导入 1 份，重复 0 份，失败 0 份').waitFor();
    const reportRow = dialog.getByRole('row').filter({ hasText: '安置房临时党支部做法.txt' });
    await reportRow.getByText('已导入').waitFor();
    await reportRow.getByText(TITLE).waitFor();
    await screenshot(page, 'import-report.png');
    await button(dialog, '完成').click();
    await dialog.waitFor({ state: 'hidden' });

    // It is in the list; open it.
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    await row.getByText(TITLE).click();
    const reader = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: TITLE }) });
    await reader.waitFor();
    await reader.getByLabel('正文').getByText(/工友课堂/).waitFor();

    // 编辑信息: set 项目 and see it in 修改记录.
    await button(reader, '编辑信息').click();
    const edit = page.getByRole('dialog', { name: '编辑信息' });
    await edit.waitFor();
    await edit.getByLabel('项目').fill('鹿城区某安置房项目（一期）');
    await edit.getByLabel('发文字号').fill('not a date is fine here');
    await edit.getByLabel('实施日期').fill('2024-02-30');
    await button(edit, '保存').click();
    await edit.getByText('请填写有效的日期，格式为 YYYY-MM-DD').waitFor();
    await edit.getByLabel('实施日期').fill('');
    await edit.getByLabel('发文字号').fill('');
    await button(edit, '保存').click();
    await edit.waitFor({ state: 'hidden' });
    await reader.getByRole('tab', { name: '修改记录' }).click();
    const history = reader.getByRole('region', { name: '修改记录' });
    await history.getByText('鹿城区某安置房项目（一期）').waitFor();
    await history.getByText('项目', { exact: true }).waitFor();

    // A wrong edit is taken back with 撤销 in the message.
    await reader.getByRole('tab', { name: '信息' }).click();
    const details = reader.getByLabel('资料信息');
    await details.getByText(/^李帅/).waitFor();
    await button(reader, '编辑信息').click();
    await edit.getByLabel('作者').fill('王五');
    await button(edit, '保存').click();
    await edit.waitFor({ state: 'hidden' });
    await details.getByText(/^王五/).waitFor();
    // The newest message (the first edit's may still be showing).
    const savedMessage = page.locator('.ant-message-notice').filter({ hasText: '已保存 1 项修改' }).last();
    await savedMessage.waitFor();
    await button(savedMessage, '撤销').click();
    await page.getByText('已撤销修改').waitFor();
    await details.getByText(/^李帅/).waitFor();

    // Add a tag from the tree with autocomplete.
    await button(reader, '添加标签').click();
    const tagInput = reader.getByRole('combobox', { name: '添加标签' });
    await tagInput.pressSequentially('清廉工地', { delay: 30 });
    await page.getByText('主题/清廉工地', { exact: true }).filter({ visible: true }).first().waitFor();
    await tagInput.press('Enter');
    await reader.getByText('主题/清廉工地', { exact: true }).waitFor();
    // Taking a tag off offers 撤销 too.
    await reader.getByLabel('去掉标签“主题/清廉工地”').click();
    const removedMessage = page.locator('.ant-message-notice').filter({ hasText: '已去掉标签“主题/清廉工地”' });
    await removedMessage.waitFor();
    await expect.poll(() => reader.getByText('主题/清廉工地', { exact: true }).count()).toBe(0);
    await button(removedMessage, '撤销').click();
    await reader.getByText('主题/清廉工地', { exact: true }).waitFor();

    // A note.
    await reader.getByRole('tab', { name: /备注/ }).click();
    await reader.getByLabel('新备注').fill('可用于第三讲“党建联建”案例。');
    await button(reader, '添加备注').click();
    await reader.getByText('可用于第三讲“党建联建”案例。').waitFor();
    await screenshot(page, 'reader-edited.png');

    // 移入回收站 from the reader, then 撤销 from the message.
    await button(reader, '移入回收站').click();
    await reader.waitFor({ state: 'hidden' });
    const trashedMessage = page.locator('.ant-message-notice').filter({ hasText: '已移入回收站' });
    await trashedMessage.waitFor();
    await button(trashedMessage, '撤销').click();
    await page.getByText('已恢复', { exact: true }).waitFor();
    await row.waitFor();

    // Select the row and press Delete; then restore it from the 回收站 view.
    await row.getByRole('checkbox').check();
    await page.keyboard.press('Delete');
    await page.getByText(/资料库还是空的/).waitFor();
    await page.getByRole('menuitem', { name: /回收站/ }).click();
    const trashed = page.getByRole('row').filter({ hasText: TITLE });
    await trashed.waitFor();
    await screenshot(page, 'trash.png');
    await button(trashed, '恢复').click();
    await page.getByText('回收站是空的', { exact: false }).waitFor();
    await page.getByRole('menuitem', { name: /全部/ }).click();
    await row.waitFor();
    await expect.poll(() => row.getByText('清廉工地').count()).toBeGreaterThan(0);

    expect(app.errors).toEqual([]);
  });
});
