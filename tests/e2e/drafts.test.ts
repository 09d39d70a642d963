import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CASE_TEXT, POLICY_TEXT } from '../unit/drafts/draft-fixtures';
import { api, button, screenshot, startApp, type RunningApp } from './browser-mode';

const CASE_TITLE = '某建设集团“红领筑建”党建品牌工作案例';
const POLICY_TITLE = '关于深化红色工地建设的实施方案';
const FIGURE = '吸纳了51家企业党组织，覆盖职工3万余人';
const PRACTICE = '“六有一好”';
const TARGET = '红色工地创建率达到70%以上';

// Run inside the page (the test files are compiled without the DOM library, so these are plain source).
// Where a mouse drag over the passage starts and ends, once the reader has finished sliding in (the
// passage stays put for several frames): a user reads the text before selecting in it.
const PASSAGE_ENDS = `(wanted) => new Promise((resolve, reject) => {
  const element = document.querySelector('.casebook-document-text');
  if (!element) return reject(new Error('no document text'));
  const full = element.textContent ?? '';
  const start = full.indexOf(wanted);
  if (start < 0) return reject(new Error('passage not found: ' + wanted));
  const end = start + wanted.length;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (start >= offset && start <= offset + length) range.setStart(node, start - offset);
    if (end >= offset && end <= offset + length) {
      range.setEnd(node, end - offset);
      break;
    }
    offset += length;
  }
  let last = '';
  let still = 0;
  let frames = 0;
  const check = () => {
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const first = rects[0];
    const final = rects[rects.length - 1];
    const ends = first && final ? { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: final.right - 1, y: final.top + final.height / 2 } } : null;
    const key = JSON.stringify(ends);
    still = ends && key === last ? still + 1 : 0;
    last = key;
    if (still >= 5) return resolve(ends);
    if (++frames > 300) return reject(new Error('the passage never stopped moving: ' + wanted));
    requestAnimationFrame(check);
  };
  check();
})`;

const PASSAGE_START = `document.querySelector('.casebook-document-text')?.getAttribute('data-passage-start') ?? null`;

const MARKED_PASSAGE = `(() => {
  const range = CSS.highlights?.get('casebook-passage')?.values().next().value;
  if (!range) return null;
  const box = range.getBoundingClientRect();
  return { text: range.toString(), visible: box.top >= 0 && box.bottom <= window.innerHeight };
})()`;

const PASTE_HTML = `(() => {
  const data = new DataTransfer();
  data.setData('text/html', '<p style="color:red" onclick="window.__pasteRan=1">网页上复制的一段话<a href="javascript:window.__pasteRan=2">链接</a></p><script>window.__pasteRan=3</script><img src="x" onerror="window.__pasteRan=4">');
  data.setData('text/plain', '网页上复制的一段话');
  const target = document.querySelector('[aria-label="草稿正文"]');
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
})()`;

/**
 * Selects a passage of the reader's text as a user does: a mouse drag over it, once the reader is
 * still. The buttons over a selection (引用到草稿, 摘录到专辑) appear when the mouse button is released.
 */
async function selectInReader(page: Page, passage: string): Promise<void> {
  const { from, to } = (await page.evaluate(`(${PASSAGE_ENDS})(${JSON.stringify(passage)})`)) as Record<'from' | 'to', { x: number; y: number }>;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate('window.getSelection()?.toString() ?? ""')).toBe(passage);
}

function readerOf(page: Page, title: string) {
  return page.getByRole('dialog', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
}

async function openFromLibrary(page: Page, title: string): Promise<void> {
  await page.getByRole('menu', { name: '资料库' }).getByText('全部').click();
  await page.getByRole('row').filter({ hasText: title }).first().click();
  await readerOf(page, title).waitFor();
}

async function quote(page: Page, passage: string, into: 'existing' | string, number: number): Promise<void> {
  await selectInReader(page, passage);
  await button(page, '引用到草稿').click();
  const dialog = page.getByRole('dialog', { name: '引用到草稿' });
  await dialog.waitFor();
  if (into !== 'existing') {
    await dialog.getByText('新建草稿').click();
    await dialog.getByLabel('新草稿标题').fill(into);
  }
  await dialog.getByRole('button', { name: /引\s*用/ }).click();
  await page.getByText(`（第 ${number} 条引用）`).first().waitFor();
}

// Write a draft quoting two sources, follow a citation back, survive a reload, restore a version.
describe('草稿: write, quote two sources, follow a citation, autosave, versions', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-drafts.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('does the whole job in the UI', async () => {
    let page = app.page;
    await button(page, '从空资料库开始').click();
    await page.getByText(/资料库还是空的/).waitFor();
    const upload = (name: string, text: string) => ({ name, contentBase64: Buffer.from(text).toString('base64') });
    await api(app, 'import.upload', { files: [upload('红领筑建案例.txt', CASE_TEXT), upload('实施方案.txt', POLICY_TEXT)] });
    await page.reload();

    // 草稿 → empty state → 新建草稿, a title and a first paragraph.
    await page.getByRole('menu', { name: '草稿' }).getByText('草稿').click();
    await page.getByText('还没有草稿。新建一篇开始写', { exact: false }).waitFor();
    await screenshot(page, 'drafts-empty.png');
    await button(page.getByRole('region', { name: '草稿编辑' }), '新建草稿').click();
    const title = page.getByLabel('草稿标题');
    await title.fill('红色工地宣传稿');
    const body = page.getByRole('textbox', { name: '草稿正文' });
    await body.click();
    await page.keyboard.type('各地坚持党建引领，');
    // Ctrl+I in the editor is 倾斜 (italic), not the window's 导入.
    await page.keyboard.press('Control+i');
    await page.keyboard.type('红色工地');
    await page.keyboard.press('Control+i');
    await page.keyboard.type('建设成效明显。');
    expect(await body.locator('em').textContent()).toBe('红色工地');
    expect(await page.getByRole('dialog', { name: '导入资料' }).count()).toBe(0);
    await page.locator('[data-save-status="saved"]').waitFor();
    // HTML pasted from a web page arrives as text without scripts, handlers or styles.
    await page.evaluate(PASTE_HTML);
    await body.getByText('网页上复制的一段话').waitFor();
    const pasted = await body.innerHTML();
    expect(pasted).not.toMatch(/onclick|onerror|<script|style=|javascript:/i);
    expect(await page.evaluate('window.__pasteRan ?? null')).toBeNull();
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.getByText('网页上复制的一段话').count()).toBe(0);
    await page.locator('[data-save-status="saved"]').waitFor();

    // Quote a figure from the case and a target from the policy into this draft.
    await openFromLibrary(page, CASE_TITLE);
    await quote(page, FIGURE, 'existing', 1);
    await screenshot(page, 'drafts-quote-in-reader.png');
    await page.keyboard.press('Escape');
    await openFromLibrary(page, POLICY_TITLE);
    await quote(page, TARGET, 'existing', 2);
    // A named practice is just a short selection: into a second, new draft.
    await page.keyboard.press('Escape');
    await openFromLibrary(page, CASE_TITLE);
    await selectInReader(page, PRACTICE);
    await button(page, '引用到草稿').click();
    const quoteDialog = page.getByRole('dialog', { name: '引用到草稿' });
    await quoteDialog.getByText('新建草稿').click();
    await quoteDialog.getByLabel('新草稿标题').fill('“六有一好”做法摘录');
    await screenshot(page, 'drafts-quote-dialog.png');
    await quoteDialog.getByRole('button', { name: /引\s*用/ }).click();
    await page.getByText('《“六有一好”做法摘录》（第 1 条引用）').first().waitFor();
    await page.getByRole('tab', { name: /被引用（2）/ }).click();
    await button(page.getByRole('tabpanel', { name: /被引用/ }), '红色工地宣传稿').click();

    // The draft shows both quotes with numbered citations and the notes at the end.
    await page.getByLabel('草稿标题').and(page.locator('[value="红色工地宣传稿"]')).waitFor();
    const editor = page.getByRole('textbox', { name: '草稿正文' });
    await expect.poll(() => editor.locator('blockquote').count()).toBe(2);
    expect(await editor.locator('sup.casebook-citation').count()).toBe(2);
    const notes = page.getByRole('region', { name: '引用出处' });
    await notes.getByText(`《${CASE_TITLE}》`).waitFor();
    await notes.getByText(`《${POLICY_TITLE}》`).waitFor();
    await notes.getByText(`“${FIGURE}”`).waitFor();
    await notes.getByText('，2024-03-15').waitFor();
    await screenshot(page, 'drafts-editor-citations.png');

    // Clicking citation [2] opens the policy at the quoted passage, marked.
    await editor.locator('sup.casebook-citation').nth(1).click();
    const reader = readerOf(page, POLICY_TITLE);
    await reader.waitFor();
    await expect.poll(() => page.evaluate(PASSAGE_START)).not.toBeNull();
    const highlighted = await page.evaluate(MARKED_PASSAGE);
    expect(highlighted).toEqual({ text: TARGET, visible: true });
    await screenshot(page, 'drafts-citation-source.png');
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'hidden' });

    // 保存版本, then keep writing and close the window at once: nothing is lost when it opens again.
    await button(page, '保存版本').click();
    await page.getByText('已保存版本', { exact: false }).waitFor();
    // The connection to the library drops (every save fails), then the window is closed.
    const offline = (route: Route) => route.abort();
    await app.context.route('**/api/drafts.save', offline);
    const errorsBefore = app.errors.length;
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('以上数据均来自原文。');
    await page.locator('[data-save-status="error"]').waitFor();
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    // Only the refused saves were reported while offline.
    for (const error of app.errors.splice(errorsBefore)) expect(error).toMatch(/Failed to load resource|ERR_FAILED|保存/);
    page = await app.context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => app.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') app.errors.push(`console: ${message.text()}`);
    });
    app.page = page;
    await app.context.unroute('**/api/drafts.save', offline);
    await page.goto(app.server.url);
    await page.getByRole('menu', { name: '草稿' }).getByText('草稿').click();
    await page.getByRole('complementary', { name: '草稿列表' }).getByText('红色工地宣传稿').click();
    const reopened = page.getByRole('textbox', { name: '草稿正文' });
    await page.getByText('已找回上次关闭窗口前未保存的修改', { exact: false }).waitFor();
    await reopened.getByText('以上数据均来自原文。').waitFor();
    await page.locator('[data-save-status="saved"]').waitFor();
    await screenshot(page, 'drafts-recovered.png');

    // 版本记录: open the saved version read-only and restore it; the newer text becomes a version.
    await button(page, '版本记录').click();
    const versions = page.getByRole('dialog', { name: '版本记录' });
    await versions.getByText('手动保存的版本').click();
    await versions.getByRole('textbox', { name: '版本内容（只读）' }).getByText(FIGURE).waitFor();
    expect(await versions.getByRole('textbox', { name: '版本内容（只读）' }).getByText('以上数据均来自原文。').count()).toBe(0);
    await screenshot(page, 'drafts-versions.png');
    await button(versions, '恢复此版本').click();
    // The confirmation pops up with a zoom: a click that lands while it still moves can miss on a busy
    // machine (mousedown on the button, mouseup beside it), so the step is retried until the dialog closes.
    const confirmRestore = page.getByRole('tooltip').or(page.locator('.ant-popconfirm')).getByRole('button', { name: /恢\s*复/ });
    await vi.waitFor(
      async () => {
        if (await confirmRestore.isVisible()) await confirmRestore.click({ timeout: 3000 });
        await versions.waitFor({ state: 'hidden', timeout: 3000 });
      },
      { timeout: 20_000, interval: 200 },
    );
    await expect.poll(() => reopened.getByText('以上数据均来自原文。').count()).toBe(0);
    await reopened.getByText(FIGURE).waitFor();
    await button(page, '版本记录').click();
    await page.getByRole('dialog', { name: '版本记录' }).getByText('恢复旧版本前的内容').waitFor();
    await screenshot(page, 'drafts-after-restore.png');
    await page.keyboard.press('Escape');

    // 加入专辑: the draft joins a new collection as an item of kind 草稿.
    await button(page.getByRole('region', { name: '草稿编辑' }), '加入专辑').click();
    const addDialog = page.getByRole('dialog', { name: /加入专辑/ });
    await addDialog.getByText('新建专辑').click();
    await addDialog.getByLabel('新专辑名称').fill('宣传素材');
    await addDialog.getByRole('button', { name: /加入专辑/ }).click();
    await page.getByText('已加入专辑“宣传素材”（1 条）').waitFor();

    // 移入回收站, then restore it from the 回收站.
    await page.getByRole('button', { name: '移入回收站' }).click();
    await page.getByText('草稿“红色工地宣传稿”已移入回收站').waitFor();
    await page.getByRole('menu', { name: '回收站' }).getByText('回收站').click();
    const trashed = page.getByRole('region', { name: '回收站中的草稿' });
    await trashed.getByText('红色工地宣传稿').waitFor();
    await screenshot(page, 'drafts-trash.png');
    await button(trashed.getByRole('row').filter({ hasText: '红色工地宣传稿' }), '恢复').click();
    await page.getByText('已恢复草稿“红色工地宣传稿”').waitFor();
    await page.getByRole('menu', { name: '草稿' }).getByText('草稿').click();
    await page.getByRole('complementary', { name: '草稿列表' }).getByText('红色工地宣传稿').waitFor();

    // Switching to another draft right after typing keeps what was typed.
    const list = page.getByRole('complementary', { name: '草稿列表' });
    await list.getByText('“六有一好”做法摘录').click();
    await page.getByRole('textbox', { name: '草稿正文' }).getByText(PRACTICE).waitFor();
    await page.getByRole('textbox', { name: '草稿正文' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('摘录说明：标准化建设的六个方面。');
    await list.getByText('红色工地宣传稿').click();
    await page.getByRole('textbox', { name: '草稿正文' }).getByText(FIGURE).waitFor();
    await list.getByText('“六有一好”做法摘录').click();
    await page.getByRole('textbox', { name: '草稿正文' }).getByText('摘录说明：标准化建设的六个方面。').waitFor();

    expect(app.errors).toEqual([]);
  });
});
