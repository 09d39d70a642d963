import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CollectionDetail } from '../../shared/model/collection';
import type { ImportResult } from '../../shared/model/import';
import { api, button, screenshot, startApp, type RunningApp } from './browser-mode';

// Issue 13: a bureau editor sorts eleven candidates into the two sections of a 专辑 in a few clicks —
// click, Shift-click and Ctrl-click select, 移到分节 and 移出专辑 act on the selection (each with one
// 撤销) — adds new ones straight into a section, and writes 编者按 where the cursor lands.

const SOURCES: Record<string, string> = {
  联建: '“党建联盟”凝聚红色工地合力\n\n城东安置房项目成立临时党支部，联合建设、施工、监理单位开展结对共建，吸纳了12家企业党组织。',
  红领: '“红领筑建”打造过硬项目支部\n\n项目党支部推行“一党员一项目”，党员带头攻坚关键工序，设立党员先锋岗8个。',
  结对: '“结对共建”连起街道与工地\n\n街道社区党委与项目临时党支部结对，共办志愿服务和安全宣传，全年开展活动20余次。',
  先锋: '“党员先锋岗”亮在工地一线\n\n项目临时党支部在钢筋、模板等关键班组设立党员先锋岗，党员挂牌上岗、亮明身份。',
  能量站: '“赤色能量站”守护工友权益\n\n项目党支部在生活区设立赤色能量站，提供法律咨询和薪资监督，全年帮助工友追回工资86万元。',
  夜校: '“工地夜校”点亮工友成长路\n\n项目党支部联合职业院校开办农民工夜校，每月授课两次，累计培训工友600余人次。',
  课堂: '“塔吊下的党课”讲到工友心里\n\n项目临时党支部每月在施工现场开一次党课，请老党员讲安全生产和工匠精神。',
  驿站: '“暖心驿站”让工友住得安心\n\n项目在生活区建成暖心驿站，配备洗衣房、阅览室和医疗箱，覆盖工友1200余人。',
  食堂: '“连心食堂”让工友吃上热乎饭\n\n项目党支部牵头改造工地食堂，推出十元套餐，每天供餐1500余份。',
  法援: '“法律援助站”进驻项目部\n\n区司法局与项目党支部共建法律援助站，全年为工友办理援助案件23件。',
  安全: '“安全体验馆”守护工友平安\n\n项目党支部建起安全体验馆，工友进场先体验后上岗，全年实现零事故。',
  清廉: '“清廉工地”筑牢廉洁防线\n\n项目临时党支部推行“阳光施工”，关键岗位签订廉洁承诺书，招投标全程公开。',
  数字: '“数字党建”平台上线运行\n\n区住建局党建办上线红色工地数字平台，在建项目党组织全部接入，党员学习实现线上打卡。',
};
/** The eleven candidates as they were added, not yet sorted: five on 组织建设, six on 权益保障, mixed. */
const CANDIDATES = ['联建', '红领', '结对', '先锋', '能量站', '夜校', '课堂', '驿站', '食堂', '法援', '安全'];
const TITLE: Record<string, string> = Object.fromEntries(Object.entries(SOURCES).map(([key, text]) => [key, text.split('\n')[0]!]));
const NAME = '2025年度红色工地十大典型案例（候选）';

const card = (page: Page, key: string) => page.getByRole('article', { name: new RegExp(`第 \\d+ 条：${TITLE[key]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
/** The 加入分节 field of the 加入专辑 dialog (its shown value is the section offered). */
const sectionField = (dialog: Locator) => dialog.locator('.ant-form-item').filter({ hasText: '加入分节' });
/** 撤销 in the message that reported this change (earlier ones may still show). */
const undo = (page: Page, done: string) => page.locator('.ant-message-notice').filter({ hasText: done }).getByRole('button', { name: /撤\s*销/ }).click();
const bar = (page: Page) => page.getByRole('toolbar', { name: '选择条目' });

describe('专辑: sort a selection into sections', () => {
  let app: RunningApp;
  let collectionId: string;
  const doc: Record<string, string> = {};
  /** Every click the user makes while sorting, counted to hold the 22 clicks down. */
  let clicks = 0;
  /** Clicks a card where a click selects (its number), not on its title link or buttons. */
  const pick = async (page: Page, key: string, modifiers: ('Shift' | 'ControlOrMeta')[] = []) => {
    clicks += 1;
    await card(page, key).locator('.casebook-item-number').click({ modifiers });
  };
  /** 移到分节 in the selection bar, then the section. */
  const moveSelectionTo = async (page: Page, heading: string) => {
    clicks += 2;
    await bar(page).getByRole('button', { name: /移到分节/ }).click();
    await page.getByRole('menuitem', { name: heading }).click();
  };

  /** The outline from the library: `未分节: …`, then `heading: …`, items as short names. */
  async function outline(): Promise<string[]> {
    const detail = await api<CollectionDetail>(app, 'collections.get', { id: collectionId });
    const key = new Map(Object.entries(doc).map(([name, id]) => [id, name]));
    const of = (sectionId: string | null) => detail.items.filter((item) => item.sectionId === sectionId).map((item) => key.get(item.documentId ?? '') ?? '?').join(' ');
    return [`未分节: ${of(null)}`, ...detail.sections.map((section) => `${section.heading}: ${of(section.id)}`)];
  }

  beforeAll(async () => {
    app = await startApp();
    await button(app.page, '从空资料库开始').click();
    await app.page.getByText(/资料库还是空的/).waitFor();
    const results = await api<ImportResult[]>(app, 'import.upload', {
      files: Object.entries(SOURCES).map(([name, text]) => ({ name: `${name}.txt`, contentBase64: Buffer.from(text).toString('base64') })),
    });
    for (const result of results) doc[result.file.replace(/\.txt$/, '')] = result.id ?? '';
    const created = await api<CollectionDetail>(app, 'collections.create', { name: NAME });
    collectionId = created.id;
    for (const title of ['组织建设', '权益保障']) await api(app, 'collections.addSection', { collectionId, title });
    await api(app, 'collections.addItems', { collectionId, sectionId: null, items: CANDIDATES.map((key) => ({ kind: 'document', documentId: doc[key] })) });
    await app.page.reload();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-collections-selection.png').catch(() => undefined);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('sorts eleven items into two sections in nine clicks, and takes a move or a removal back with one 撤销', async () => {
    const { page } = app;
    await page.getByRole('region', { name: '专辑' }).getByText(NAME).click();
    await page.getByRole('heading', { name: NAME }).waitFor();
    expect(await outline()).toEqual([`未分节: ${CANDIDATES.join(' ')}`, '一、组织建设: ', '二、权益保障: ']);

    // 组织建设: the first four as a run (click, Shift-click), 课堂 further down added with Ctrl-click.
    clicks = 0;
    await pick(page, '联建');
    await pick(page, '先锋', ['Shift']);
    await pick(page, '课堂', ['ControlOrMeta']);
    await bar(page).getByText('已选 5 项').waitFor();
    await expect.poll(() => page.locator('.casebook-collection-item.is-selected').count()).toBe(5);
    await screenshot(page, 'collections-selection.png');
    await moveSelectionTo(page, '一、组织建设');
    await page.getByText('已把 5 条移到“一、组织建设”').waitFor();
    await expect.poll(outline).toEqual(['未分节: 能量站 夜校 驿站 食堂 法援 安全', '一、组织建设: 联建 红领 结对 先锋 课堂', '二、权益保障: ']);
    // 权益保障: the six left, one run.
    await pick(page, '能量站');
    await pick(page, '安全', ['Shift']);
    await bar(page).getByText('已选 6 项').waitFor();
    await moveSelectionTo(page, '二、权益保障');
    await page.getByText('已把 6 条移到“二、权益保障”').waitFor();
    const SORTED = ['未分节: ', '一、组织建设: 联建 红领 结对 先锋 课堂', '二、权益保障: 能量站 夜校 驿站 食堂 法援 安全'];
    await expect.poll(outline).toEqual(SORTED);
    expect(clicks).toBe(9);
    await page.getByRole('heading', { name: '分节 一、组织建设' }).getByText('5 条').waitFor();
    await page.getByRole('heading', { name: '分节 二、权益保障' }).getByText('6 条').waitFor();
    await screenshot(page, 'collections-selection-moved.png');

    // 撤销 puts the six back where they were, still selected; moving them again is two clicks.
    await undo(page, '已把 6 条移到“二、权益保障”');
    await page.getByText('已撤销移动，各条回到原处').waitFor();
    await expect.poll(outline).toEqual(['未分节: 能量站 夜校 驿站 食堂 法援 安全', '一、组织建设: 联建 红领 结对 先锋 课堂', '二、权益保障: ']);
    await bar(page).getByText('已选 6 项').waitFor();
    await moveSelectionTo(page, '二、权益保障');
    await expect.poll(outline).toEqual(SORTED);

    // Ctrl+A in the list selects all, Ctrl-click takes one out, Esc clears; the 全选 box does the same.
    await card(page, '红领').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await bar(page).getByText('已选 11 项').waitFor();
    await pick(page, '联建', ['ControlOrMeta']);
    await bar(page).getByText('已选 10 项').waitFor();
    await expect.poll(() => card(page, '联建').getAttribute('data-selected')).toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.casebook-collection-item.is-selected').count()).toBe(0);
    await bar(page).getByRole('checkbox').check();
    await bar(page).getByText('已选 11 项').waitFor();
    await bar(page).getByRole('checkbox').uncheck();
    await expect.poll(() => page.locator('.casebook-collection-item.is-selected').count()).toBe(0);

    // 移出专辑 for a run across a section heading; 撤销 brings each back in its place, still selected.
    const before = await api<CollectionDetail>(app, 'collections.get', { id: collectionId });
    await pick(page, '课堂');
    await pick(page, '夜校', ['Shift']);
    await bar(page).getByText('已选 3 项').waitFor();
    await button(bar(page), '移出专辑').click();
    await page.getByText('已把 3 条移出专辑').waitFor();
    await expect.poll(outline).toEqual(['未分节: ', '一、组织建设: 联建 红领 结对 先锋', '二、权益保障: 驿站 食堂 法援 安全']);
    await undo(page, '已把 3 条移出专辑');
    await expect.poll(outline).toEqual(SORTED);
    const after = await api<CollectionDetail>(app, 'collections.get', { id: collectionId });
    expect(after.items.map((item) => item.id)).toEqual(before.items.map((item) => item.id));
    await bar(page).getByText('已选 3 项').waitFor();

    // With a selection showing, the per-item buttons and drag and drop still act on their own item.
    await card(page, '安全').getByRole('button', { name: /移到分节：/ }).click();
    await page.getByRole('menuitem', { name: '一、组织建设' }).click();
    await expect.poll(outline).toEqual(['未分节: ', '一、组织建设: 联建 红领 结对 先锋 课堂 安全', '二、权益保障: 能量站 夜校 驿站 食堂 法援']);
    const handle = page.getByRole('button', { name: `拖动排序：${TITLE['安全']}` });
    await handle.scrollIntoViewIfNeeded();
    await card(page, '联建').scrollIntoViewIfNeeded();
    const from = (await handle.boundingBox())!;
    const to = (await card(page, '联建').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 12 });
    await page.mouse.up();
    await expect.poll(outline).toEqual(['未分节: ', '一、组织建设: 安全 联建 红领 结对 先锋 课堂', '二、权益保障: 能量站 夜校 驿站 食堂 法援']);
    await bar(page).getByText('已选 3 项').waitFor();
    expect(app.errors).toEqual([]);
  });

  it('adds into the section chosen in 加入专辑, and offers it again next time', async () => {
    const { page } = app;
    // From the library list.
    await page.getByRole('menu', { name: '资料库' }).getByText('全部').click();
    await page.getByRole('row').filter({ hasText: TITLE['清廉']! }).getByRole('checkbox').check();
    await button(page, '加入专辑').click();
    const listDialog = page.getByRole('dialog', { name: '加入专辑' });
    await listDialog.getByLabel('选择分节').waitFor();
    await sectionField(listDialog).getByText('未分节（专辑开头）', { exact: true }).waitFor();
    await listDialog.getByLabel('选择分节').click();
    await page.locator('.ant-select-dropdown:visible').getByText('一、组织建设', { exact: true }).click();
    await screenshot(page, 'collections-add-to-section.png');
    await button(listDialog, '加入专辑').click();
    await page.getByText(`已加入专辑“${NAME}”（1 条）`).waitFor();
    await expect.poll(outline).toEqual(['未分节: ', '一、组织建设: 安全 联建 红领 结对 先锋 课堂 清廉', '二、权益保障: 能量站 夜校 驿站 食堂 法援']);

    // From the reader: the same collection offers 一、组织建设 again.
    await page.getByRole('row').filter({ hasText: TITLE['数字']! }).getByText(TITLE['数字']!).click();
    const reader = page.getByRole('dialog', { name: new RegExp(TITLE['数字']!) });
    await reader.waitFor();
    await button(reader, '加入专辑').click();
    const readerDialog = page.getByRole('dialog', { name: '加入专辑' });
    await sectionField(readerDialog).getByText('一、组织建设', { exact: true }).waitFor();
    await button(readerDialog, '加入专辑').click();
    await page.getByText(`已加入专辑“${NAME}”（1 条）`).first().waitFor();
    await expect.poll(outline).toEqual(['未分节: ', '一、组织建设: 安全 联建 红领 结对 先锋 课堂 清廉 数字', '二、权益保障: 能量站 夜校 驿站 食堂 法援']);
    await page.keyboard.press('Escape');
    expect(app.errors).toEqual([]);
  });

  it('puts the cursor in the item’s commentary on 写编者按, not in the 说明', async () => {
    const { page } = app;
    await page.getByRole('region', { name: '专辑' }).getByText(NAME).click();
    await page.getByRole('heading', { name: NAME }).waitFor();
    // The user was writing the 说明 just before.
    await page.getByLabel('专辑说明').click();
    await page.keyboard.type('供区住建局评审组初选使用。');
    await button(card(page, '能量站'), '写编者按 / 点评').click();
    const NOTE = '编者按：追回工资的数字有说服力，可写进宣传稿。';
    await page.keyboard.type(NOTE);
    const editor = card(page, '能量站').getByRole('textbox', { name: /编者按\/点评/ });
    await editor.getByText(NOTE).waitFor();
    await card(page, '能量站').getByText('已保存').waitFor();
    const detail = await api<CollectionDetail>(app, 'collections.get', { id: collectionId });
    expect(detail.items.find((item) => item.documentId === doc['能量站'])?.commentaryText).toBe(NOTE);
    expect(detail.description).toBe('供区住建局评审组初选使用。');
    await screenshot(page, 'collections-commentary-focus.png');

    // Scrolled to the end of a long collection, the bar with the count and the actions stays in view.
    await bar(page).getByRole('checkbox').check();
    await page.locator('.ant-layout-content').evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect.poll(() => bar(page).evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(80);
    await bar(page).getByText('已选 13 项').waitFor();
    await screenshot(page, 'collections-selection-scrolled.png');
    expect(app.errors).toEqual([]);
  });
});
