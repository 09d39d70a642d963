import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/engine/library/open-library';
import { okResult } from '../api/http-helpers';
import { libraryOptions } from '../helpers/temp-library';
import { RELATED_FIXTURES } from '../unit/search-extras/related-fixture';
import { button, screenshot, startApp, type RunningApp } from './browser-mode';

// Search as staff use it: facets, saved searches, history, the reader's matches and 相关资料.
describe('search: facets, saved searches, matches in the reader, related documents', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
    const { port, token } = app.server;
    // The fixtures of the 相关资料 tests, imported through the same door as the app, with their metadata.
    for (const doc of RELATED_FIXTURES) {
      const tags = doc.key === 'case' || doc.key === 'samePractice' ? ['主题/党建联建'] : [];
      const [result] = await okResult<{ id: string | null }[]>(port, token, 'import.upload', {
        files: [{ name: `${doc.key}.txt`, contentBase64: Buffer.from(doc.text).toString('base64') }],
        tags,
      });
      const title = doc.text.split('\n')[0] ?? doc.key;
      await okResult(port, token, 'documents.update', { id: result?.id, patch: { title, ...doc.meta } });
    }
    await app.page.reload();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-search-facets.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('narrows by a facet, saves the search, and reads a hit with its matches and 相关资料', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '全部资料' }).waitFor();

    const search = page.getByRole('combobox', { name: '检索资料' });
    await search.click();
    await search.pressSequentially('党建联建', { delay: 30 });
    await search.press('Enter');
    const summary = page.getByRole('status').filter({ hasText: /找到 \d+ 份资料/ });
    // Two texts say 党建联建; a third has it as its tag.
    await expect.poll(async () => (await summary.textContent()) ?? '').toMatch(/找到 3 份资料/);
    await page.locator('.casebook-hit-snippet mark', { hasText: '党建联建' }).first().waitFor();

    // Facets count every match: one 典型案例, one 支部做法, one 新闻报道; the tag on two of them.
    const facets = page.getByRole('complementary', { name: '分类筛选' });
    await facets.getByRole('button', { name: '类型：典型案例（1）' }).waitFor();
    await facets.getByRole('button', { name: '类型：支部做法（1）' }).waitFor();
    await facets.getByRole('button', { name: '类型：新闻报道（1）' }).waitFor();
    await facets.getByRole('button', { name: '标签：主题/党建联建（2）' }).waitFor();
    await facets.getByRole('button', { name: '地区：浙江省温州市（2）' }).waitFor();
    await screenshot(page, 'search-facets.png');

    await facets.getByRole('button', { name: '类型：典型案例（1）' }).click();
    await page.getByRole('heading', { name: '检索“党建联建 类型:典型案例”' }).waitFor();
    await expect.poll(async () => (await summary.textContent()) ?? '').toMatch(/找到 1 份资料/);
    expect(await facets.getByRole('button', { name: '类型：典型案例（1）' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'search-facet-applied.png');

    // 保存搜索 → the sidebar lists it with its live count.
    await button(page, '保存搜索').click();
    const dialog = page.getByRole('dialog', { name: '保存搜索' });
    await dialog.getByRole('textbox', { name: '搜索名称' }).fill('联建典型案例');
    await button(dialog, '保存').click();
    const saved = page.getByRole('region', { name: '保存的搜索' });
    await saved.getByRole('button', { name: '保存的搜索：联建典型案例（1 份）' }).waitFor();
    await screenshot(page, 'search-saved.png');

    // A second click on the facet takes the filter out again; the saved search brings it back.
    await facets.getByRole('button', { name: '类型：典型案例（1）' }).click();
    await page.getByRole('heading', { name: '检索“党建联建”' }).waitFor();
    await saved.getByRole('button', { name: /^保存的搜索：联建典型案例/ }).click();
    await page.getByRole('heading', { name: '检索“党建联建 类型:典型案例”' }).waitFor();

    // The reader marks every match of the query and steps through them.
    const hit = page.getByRole('link', { name: '城东安置房项目推行“六有一好”临时党支部建设' });
    await hit.click();
    const reader = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: '城东安置房项目推行“六有一好”临时党支部建设' }) });
    const position = reader.getByTestId('match-position');
    await expect.poll(async () => (await position.textContent()) ?? '').toBe('1 / 2');
    expect(await reader.getByLabel('正文').locator('mark', { hasText: '党建联建' }).count()).toBe(2);
    await reader.getByLabel('正文').click();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await position.textContent()) ?? '').toBe('2 / 2');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(async () => (await position.textContent()) ?? '').toBe('1 / 2');
    await button(reader, '下一处').click();
    await expect.poll(async () => (await position.textContent()) ?? '').toBe('2 / 2');

    // The republished copy is listed once: under 相似资料 with its 相似度, not again under 相关资料.
    const copyTitle = '城东安置房项目“六有一好”经验（转载）';
    const similar = reader.getByRole('region', { name: '相似资料' });
    await similar.getByText(copyTitle, { exact: true }).waitFor();
    await similar.getByText(/相似度 \d+%/).waitFor();

    // 相关资料 with the reason for each.
    const related = reader.getByRole('region', { name: '相关资料' });
    await related.getByText('同一做法：“六有一好”', { exact: true }).waitFor();
    await related.getByText('同一项目：城东安置房项目').waitFor();
    await related.getByText('共同关键词：农民工夜校', { exact: true }).waitFor();
    expect(await related.getByText(copyTitle).count()).toBe(0);
    expect(await related.getByText(/内容相近/).count()).toBe(0);
    await screenshot(page, 'reader-matches-related.png');
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'hidden' });

    // 最近搜索 in the search box.
    await search.fill('');
    await search.click();
    const recent = page.locator('.ant-select-item-option:visible', { hasText: '党建联建' });
    await recent.first().waitFor();
    await page.getByText('最近搜索', { exact: true }).waitFor();
    await page.getByText('清除最近搜索', { exact: true }).waitFor();
    await screenshot(page, 'search-history.png');
    // Picking it runs that search again.
    if (!(await recent.first().isVisible())) await search.click();
    await recent.first().click();
    await page.getByRole('heading', { name: '检索“党建联建”' }).waitFor();

    expect(app.errors).toEqual([]);
  });
});

describe('a library whose search index is stale at start', () => {
  let app: RunningApp;
  const DOCS = 40_000;

  beforeAll(async () => {
    app = await startApp({
      prepareLibrary: (folder) => {
        // Documents written without the index (as an interrupted or older program may leave them).
        openLibrary(libraryOptions(folder)).close();
        const db = new Database(path.join(folder, 'casebook.db'));
        const insert = db.prepare(`INSERT INTO documents (id, kind, title, text, text_sha256, created_at, updated_at)
          VALUES (?, 'news', ?, ?, 'x', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`);
        db.transaction(() => {
          for (let i = 0; i < DOCS; i++) {
            insert.run(`bulk${i}`, `工地简报第${i}期`, i === 777 ? '本期介绍“红领筑建”做法。' : '本期介绍项目安全生产和质量管理。');
          }
        })();
        db.close();
      },
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the rebuild progress while search answers by scanning', async () => {
    const { page } = app;
    const progress = page.getByRole('status', { name: '检索索引重建进度' });
    await progress.waitFor({ timeout: 60_000 });
    await progress.getByText(/\d+ \/ 40000 份/).waitFor();
    await screenshot(page, 'index-rebuild-progress.png');

    const search = page.getByRole('combobox', { name: '检索资料' });
    await search.click();
    await search.pressSequentially('红领筑建', { delay: 20 });
    await search.press('Enter');
    await page.getByRole('link', { name: '工地简报第777期' }).waitFor({ timeout: 30_000 });

    await progress.waitFor({ state: 'hidden', timeout: 120_000 });
    await page.getByRole('link', { name: '工地简报第777期' }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
