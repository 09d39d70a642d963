import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RemovedBlockView } from '../../shared/model/cleaning';
import type { DocumentRecord } from '../../shared/model/document';
import { api, button, chooseFiles, type RunningApp, screenshot, startApp } from './browser-mode';

const BREADCRUMB = '当前位置：首页 > 工作动态 > 基层党建';
// (A bureau's page telling of a branch's mechanism in the third person: news or a practice, a close call the reader asks about.
// A headline naming a 工作法 would settle it as a practice.)
const PAGE_TITLE = '钱塘区某安置房项目临时党支部推行“党建联建”机制';

/** A news page copied from a bureau site: breadcrumb, buttons, the info line, the article with ruby pinyin, 上一篇/下一篇. */
const COPIED_PAGE = `${BREADCRUMB}
【打印本页】【关闭窗口】
字号：[大 中 小]
${PAGE_TITLE}
来源：钱塘区住房和城乡建设局\u3000\u3000发布时间：2024-11-15\u3000\u3000浏览次数：326
分享到：微信 朋友圈 新浪微博
今年以来，钱塘区某安置房项目临时党支部联合建设、施工、监理单位党组织，推行“党建联建”工作法，把支部(zhī bù)建在项目上，把党旗插在工地上。
支部每月召开一次联席会议，由建设单位党员项目负责人牵头，三方党员共同研究解决工程进度、安全生产和工人工资发放等问题。今年以来共协调解决问题18项，项目未发生一起欠薪投诉。
支部还与属地街道社区结对共建，开设“工友课堂”，邀请社区医生、律师走进工地，累计服务工人600余人次。项目党员先锋岗在主体结构施工中攻坚(gōng jiān)克难，提前20天完成封顶节点。
下一步，支部将深化“一强一优五提升”要求，争创市级“优秀红色工地”。
上一篇：区住建局召开清廉工地建设推进会
下一篇：关于开展2024年度“红色工地”十大典型案例征集工作的通知
`;

/** A paragraph copied without its headline: import makes a title from the first sentence, to be confirmed. */
const NO_HEADLINE = `支部还在工棚里设立“问需墙”，工人把意见和困难写在便签上，党员每周认领办理，办结后在墙上销号。今年以来，支部共办理工人诉求34件，解决欠薪、住宿、子女入学等实际问题21个。
项目还建起“工友之家”，配齐书架、药箱和充电桩，工人下班后有了歇脚的地方。
`;

// Import a copied page and a headline-less paragraph, work through the 待确认 list, and put back a line cleaning removed.
describe('cleaning review and 待确认', () => {
  let app: RunningApp;
  let folder: string;
  let pageFile: string;
  let paragraphFile: string;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-cleaning-'));
    pageFile = path.join(folder, '钱塘区某项目党建联建（网页复制）.txt');
    paragraphFile = path.join(folder, '问需墙.txt');
    fs.writeFileSync(pageFile, COPIED_PAGE, 'utf8');
    fs.writeFileSync(paragraphFile, NO_HEADLINE, 'utf8');
    app = await startApp();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-cleaning-review.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('counts the documents to confirm, checks one, and restores a removed breadcrumb', async () => {
    const { page } = app;
    await button(page, '从空资料库开始').click();
    await page.getByText(/资料库还是空的/).waitFor();

    // 导入 both files; the report counts the documents with fields to confirm.
    await button(page, '导入').first().click();
    const dialog = page.getByRole('dialog', { name: '导入资料' });
    await chooseFiles(page, button(dialog, '选择文件'), [pageFile, paragraphFile]);
    await dialog.getByRole('button', { name: /开始导入/ }).click();
    await dialog.getByText('已导入 2 份，重复 0 份，失败 0 份').waitFor();
    const toConfirmCount = dialog.getByRole('button', { name: '2 份有字段待确认' });
    await toConfirmCount.waitFor();
    const listed = (await api<{ items: { id: string; title: string }[] }>(app, 'documents.list', {})).items;
    const pageId = listed.find((item) => item.title === PAGE_TITLE)?.id;
    const paragraphId = listed.find((item) => item.title !== PAGE_TITLE)?.id;
    expect(pageId && paragraphId).toBeTruthy();

    // The summary's count opens the list to check (只看待确认), each row saying which fields.
    await toConfirmCount.click();
    const onlyToConfirm = dialog.getByRole('radio', { name: '只看待确认（2）' });
    await onlyToConfirm.waitFor({ state: 'attached' });
    expect(await onlyToConfirm.isChecked()).toBe(true);
    const toCheck = dialog.getByRole('table', { name: '待确认的资料' });
    const paragraphRow = toCheck.getByRole('row').filter({ hasText: '问需墙.txt' });
    const pageRow = toCheck.getByRole('row').filter({ hasText: '钱塘区某项目党建联建' });
    await paragraphRow.getByText('标题待确认').waitFor();
    await pageRow.getByText('类型待确认').waitFor();
    await screenshot(page, 'cleaning-import-to-confirm.png');

    // Open the headline-less one: its title is 待确认, and nothing was cleaned out of it.
    await paragraphRow.getByRole('button', { name: /^打开核对/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The reader is the dialog that shows a 正文 (its name is its title, which the edit below changes).
    const reader = page.getByRole('dialog').filter({ has: page.getByLabel('正文') });
    await reader.waitFor();
    await reader.getByRole('heading', { name: /^支部还在工棚里设立“问需墙”/ }).waitFor();
    await reader.getByLabel('标题待确认').first().waitFor();
    const notice = reader.getByRole('region', { name: '待确认的信息' });
    await notice.getByText(/标题是程序用正文第一句生成的/).waitFor();
    await reader.getByText('导入时没有清理掉内容').waitFor();
    await screenshot(page, 'cleaning-reader-title-to-confirm.png');

    // 更正 opens 编辑信息; saving the corrected title takes it off 待确认.
    await button(notice, '更正').click();
    const edit = page.getByRole('dialog', { name: '编辑信息' });
    await edit.getByText(/标为“待确认”的标题是程序推测的/).waitFor();
    await edit.getByRole('textbox', { name: /^标题/ }).fill('工棚里的“问需墙”');
    await screenshot(page, 'cleaning-edit-to-confirm.png');
    await button(edit, '保存').click();
    await edit.waitFor({ state: 'hidden' });
    await page.locator('.ant-message-notice').filter({ hasText: '已保存 1 项修改，已确认标题' }).waitFor();
    await notice.waitFor({ state: 'detached' });
    await reader.getByRole('heading', { name: '工棚里的“问需墙”' }).waitFor();
    const corrected = await api<DocumentRecord>(app, 'documents.get', { id: paragraphId });
    expect(corrected.title).toBe('工棚里的“问需墙”');
    expect(corrected.toConfirm).toEqual([]);

    // Back to the report: the checked one says so; open the other.
    await reader.getByRole('button', { name: /^(Close|关闭)$/ }).click();
    await reader.waitFor({ state: 'hidden' });
    await button(page, '导入').first().click();
    await dialog.waitFor();
    await paragraphRow.getByText('已核对').waitFor();
    await paragraphRow.getByText('工棚里的“问需墙”').waitFor();
    await screenshot(page, 'cleaning-import-checked.png');
    await pageRow.getByRole('button', { name: /^打开核对/ }).click();
    const pageReader = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: PAGE_TITLE }) });
    await pageReader.waitFor();
    await pageReader.getByLabel('资料信息').getByLabel('类型待确认').waitFor();
    const text = pageReader.getByLabel('正文');
    await text.getByText(/工友课堂/).waitFor();
    expect(await text.textContent()).not.toContain(BREADCRUMB);

    // 查看清理掉的内容: every removed line under its rule; pinyin cut from a sentence cannot go back alone.
    const removed = await api<RemovedBlockView[]>(app, 'documents.removed', { id: pageId });
    await button(pageReader, `查看清理掉的内容（${removed.length}）`).click();
    const panel = page.getByRole('dialog', { name: /^清理掉的内容/ });
    await panel.waitFor();
    const breadcrumbs = panel.getByRole('region', { name: '位置导航（当前位置、首页 >）' });
    const breadcrumbLine = breadcrumbs.getByRole('listitem').filter({ hasText: BREADCRUMB });
    await breadcrumbLine.waitFor();
    await panel.getByRole('region', { name: /^信息栏/ }).getByText(/发布时间：2024-11-15/).waitFor();
    await panel.getByRole('region', { name: '上一篇、下一篇' }).getByText(/^下一篇：/).waitFor();
    const pinyin = panel.getByRole('region', { name: '拼音注音' });
    await pinyin.getByText(/zhī bù/).waitFor();
    await pinyin.getByText('从句子中间去掉的，无法单独恢复').first().waitFor();
    expect(await pinyin.getByRole('button', { name: /^恢复/ }).count()).toBe(0);
    await screenshot(page, 'cleaning-removed-panel.png');

    // 恢复 the breadcrumb from the keyboard: the message says it went back, the line shows 已恢复, the text has it.
    const restoreButton = breadcrumbLine.getByRole('button', { name: /^恢复到正文/ });
    await restoreButton.focus();
    await page.keyboard.press('Enter');
    const restoredMessage = page.locator('.ant-message-notice').filter({ hasText: `已把“${BREADCRUMB}”恢复到正文` });
    await restoredMessage.waitFor();
    await breadcrumbLine.getByText('已恢复').waitFor();
    await panel.getByText(/其中 1 处已恢复/).waitFor();
    expect((await api<DocumentRecord>(app, 'documents.get', { id: pageId })).text.startsWith(`${BREADCRUMB}\n`)).toBe(true);

    // 撤销 in the message takes it out of the text again; the line can be put back once more.
    await button(restoredMessage, '撤销').click();
    await restoredMessage.waitFor({ state: 'detached' });
    await page.locator('.ant-message-notice').filter({ hasText: '已撤销恢复' }).waitFor();
    await restoreButton.waitFor();
    expect((await api<DocumentRecord>(app, 'documents.get', { id: pageId })).text).not.toContain(BREADCRUMB);
    await restoreButton.click();
    await restoredMessage.waitFor();
    await breadcrumbLine.getByText('已恢复').waitFor();
    await screenshot(page, 'cleaning-restored.png');
    await button(restoredMessage, '在正文中查看').click();
    await panel.waitFor({ state: 'hidden' });
    await text.getByText(BREADCRUMB).waitFor();
    const saved = await api<DocumentRecord>(app, 'documents.get', { id: pageId });
    expect(saved.text.startsWith(`${BREADCRUMB}\n`)).toBe(true);
    const history = await api<{ field: string; newValue: string | null; note: string | null }[]>(app, 'documents.history', { id: pageId });
    expect(history).toContainEqual(expect.objectContaining({ field: 'text', newValue: BREADCRUMB, note: '恢复清理掉的内容' }));
    await screenshot(page, 'cleaning-reader-restored.png');

    // 确认无误 keeps the guessed kind and takes it off 待确认.
    await button(pageReader.getByRole('region', { name: '待确认的信息' }), '确认无误').click();
    await page.locator('.ant-message-notice').filter({ hasText: '已确认类型' }).waitFor();
    await pageReader.getByRole('region', { name: '待确认的信息' }).waitFor({ state: 'detached' });
    const confirmed = await api<DocumentRecord>(app, 'documents.get', { id: pageId });
    expect(confirmed.toConfirm).toEqual([]);
    expect(confirmed.kind).toBe(saved.kind);

    expect(app.errors).toEqual([]);
  });
});
