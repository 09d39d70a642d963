import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { button, screenshot, startApp, type RunningApp } from './browser-mode';

const CASE_TITLE = /双屿单元安置房项目临时党支部/;

// 标签规则 from the tag tree's header: create, try, apply to the library; then adopt a suggestion
// in the reader and see where each field's value came from.
describe('tag rules → apply to the library → adopt a suggestion', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-tag-rules.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates and tests a rule, applies it, and adopts a suggestion in the reader', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /载入示例资料库/ }).click();
    await page.getByRole('heading', { name: '全部资料' }).waitFor({ timeout: 60_000 });

    // The rules dialog from the tag tree's header lists the shipped rules.
    await page.getByRole('region', { name: '标签' }).getByRole('button', { name: '标签规则' }).click();
    const rules = page.getByRole('dialog', { name: '标签规则' });
    await rules.waitFor();
    await rules.getByRole('row').filter({ hasText: '主题/清廉工地' }).first().waitFor();
    const countOf = async () => Number(/\d+/.exec((await rules.getByLabel('“主题/志愿服务”的资料数').first().textContent()) ?? '')?.[0]);
    const before = await countOf();

    // 新建规则: a draft is tried on the library before it is saved.
    await button(rules, '新建规则').click();
    const editor = page.getByRole('dialog', { name: '新建标签规则' });
    await editor.waitFor();
    await editor.getByRole('combobox', { name: '标签' }).fill('主题/志愿服务');
    await editor.getByText('包含全部词', { exact: true }).click();
    await editor.getByLabel('匹配内容').fill('志愿服务 党员');
    await editor.getByText('仅正文', { exact: true }).click();
    await button(editor, '试运行').click();
    const result = editor.getByRole('region', { name: '试运行结果' });
    await result.getByText(/命中 \d+ 份，其中 \d+ 份已有这个标签，\d+ 份将新加标签/).waitFor();
    const [, matched, tagged, fresh] = /命中 (\d+) 份，其中 (\d+) 份已有这个标签，(\d+) 份将新加标签/.exec((await result.textContent()) ?? '') ?? [];
    expect(Number(fresh)).toBeGreaterThan(0);
    expect(Number(matched)).toBe(Number(tagged) + Number(fresh));
    await result.getByText('将加标签').first().waitFor();
    await result.getByText('命中：志愿服务、党员').first().waitFor();
    await screenshot(page, 'tag-rules.png');

    // An unsafe expression is refused in the editor itself.
    await editor.getByText('正则表达式', { exact: true }).click();
    await editor.getByLabel('匹配内容').fill('(志愿+)+');
    await editor.getByText(/不允许嵌套的重复/).waitFor();
    await editor.getByText('包含全部词', { exact: true }).click();
    await editor.getByLabel('匹配内容').fill('志愿服务 党员');
    await button(editor, '保存').click();
    await editor.waitFor({ state: 'hidden' });

    // 应用 the new rule (the last row) to the library; the tag's count goes up by what 试运行 said.
    const row = rules.getByRole('row').filter({ hasText: '包含全部词：志愿服务 党员' });
    await row.waitFor();
    await row.getByRole('button', { name: '把“主题/志愿服务”规则应用到资料库' }).click();
    const confirm = page.getByRole('dialog', { name: /把“主题\/志愿服务”加到所有命中的资料上/ });
    await button(confirm, '应用到资料库').click();
    await page.getByText(`命中 ${matched} 份，新加标签 ${fresh} 份`).waitFor();
    await expect.poll(countOf).toBe(before + Number(fresh));
    await screenshot(page, 'tag-rules-list.png');
    await page.keyboard.press('Escape');
    await rules.waitFor({ state: 'hidden' });

    // The tag tree shows the new count too.
    const tree = page.getByRole('tree');
    const theme = tree.getByRole('treeitem').filter({ hasText: /^主题/ }).first();
    await theme.locator('.ant-tree-switcher').click();
    await expect.poll(async () => (await tree.getByRole('treeitem').filter({ hasText: /^志愿服务/ }).textContent())?.replace('志愿服务', '')).toBe(String(before + Number(fresh)));

    // A document: its suggestions, one adopted with a click; field origins in 信息 and 编辑信息.
    await page.getByRole('menuitem', { name: /全部/ }).click();
    await page.getByRole('row').filter({ hasText: CASE_TITLE }).getByText(CASE_TITLE).click();
    const reader = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: CASE_TITLE }) });
    await reader.waitFor();
    const suggestions = reader.getByRole('region', { name: '建议' });
    const suggested = suggestions.getByRole('list', { name: '建议标签' }).getByRole('listitem').first();
    const tagPath = ((await suggested.getAttribute('aria-label')) ?? '').replace('建议：', '');
    expect(tagPath).toMatch(/^主题\//);
    await suggested.getByRole('button', { name: `采用“${tagPath}”` }).click();
    await page.getByText(`已加标签“${tagPath}”`).waitFor();
    await reader.getByRole('region', { name: '标签' }).getByText(tagPath, { exact: true }).waitFor();
    const term = suggestions.getByRole('list', { name: '文中提法' }).getByRole('listitem').first();
    const termName = ((await term.getAttribute('aria-label')) ?? '').replace('建议：', '');
    await term.getByRole('button', { name: `忽略“${termName}”` }).click();
    await expect.poll(() => suggestions.getByRole('listitem', { name: `建议：${termName}` }).count()).toBe(0);

    const meta = reader.getByLabel('资料信息');
    await meta.getByText('来自文件').first().waitFor();
    await button(reader, '编辑信息').click();
    const edit = page.getByRole('dialog', { name: '编辑信息' });
    await edit.getByText('来自文件').first().waitFor();
    await edit.getByLabel('作者').fill('李帅');
    await button(edit, '保存').click();
    await edit.waitFor({ state: 'hidden' });
    await meta.getByRole('row').filter({ hasText: '作者' }).getByText('手动修改').waitFor();
    await screenshot(page, 'reader-suggestions.png');

    expect(app.errors).toEqual([]);
  });
});
