import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { applyBundleFrom, exportBundle, previewBundle } from '../../../electron/engine/exchange/bundle-service';
import { makeTempFolder, withTempLibrary } from '../../helpers/temp-library';
import { addExchangeDocuments } from './exchange-fixtures';

// 专辑 (with sections, items and commentary) and 草稿 (with citations) travel in a bundle with the
// documents they use. Rows are written directly, as the collections and drafts services store them.
let theirs: ReturnType<typeof withTempLibrary>;
let mine: ReturnType<typeof withTempLibrary>;
let folder: string;
const NOW = '2025-03-01T08:00:00.000Z';

beforeEach(() => {
  theirs = withTempLibrary();
  mine = withTempLibrary();
  folder = makeTempFolder('casebook-record-bundles-');
});
afterEach(() => {
  theirs.cleanup();
  mine.cleanup();
  fs.rmSync(folder, { recursive: true, force: true });
});

function addCollectionAndDraft(library: Library, ids: string[]): void {
  const db = library.db;
  db.prepare("INSERT INTO collection_folders (id, name, parent_id, position, created_at, updated_at) VALUES ('folder1', '培训课程', NULL, 0, ?, ?)").run(NOW, NOW);
  db.prepare(
    "INSERT INTO collections (id, folder_id, name, description, cover_title, cover_subtitle, created_at, updated_at) VALUES ('coll1', 'folder1', '支部书记培训·第三讲 党建联建', '第三讲用', '党建联建', '培训讲义', ?, ?)",
  ).run(NOW, NOW);
  db.prepare("INSERT INTO collection_sections (id, collection_id, title, position, created_at, updated_at) VALUES ('sec1', 'coll1', '一、联盟怎么建', 0, ?, ?)").run(NOW, NOW);
  db.prepare("INSERT INTO collection_sections (id, collection_id, title, position, created_at, updated_at) VALUES ('sec2', 'coll1', '二、工人权益', 1, ?, ?)").run(NOW, NOW);
  const item = db.prepare(
    `INSERT INTO collection_items (id, collection_id, section_id, position, item_kind, document_id, draft_id, commentary_text, source_title, created_at, updated_at)
     VALUES (?, 'coll1', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  item.run('item1', 'sec1', 0, 'document', ids[0], null, '编者按：联盟的组织方式值得借鉴。', '联盟方案', NOW, NOW);
  item.run('item2', 'sec2', 0, 'document', ids[1], null, '', '一党员一岗位', NOW, NOW);
  item.run('item3', 'sec2', 1, 'draft', null, 'draft1', '', '宣传稿', NOW, NOW);
  db.prepare(
    "INSERT INTO drafts (id, title, content, plain_text, char_count, revision, created_at, updated_at) VALUES ('draft1', '清廉工地宣传稿', '{\"type\":\"doc\"}', '清廉工地宣传稿正文', 9, 3, ?, ?)",
  ).run(NOW, NOW);
  db.prepare(
    "INSERT INTO draft_citations (draft_id, number, citation_id, document_id, quote, start_offset, end_offset, title, source, date) VALUES ('draft1', 1, 'cite1', ?, '把廉洁风险点纳入每周例会', 10, 22, '清廉工地建设推进会召开', '温州日报', '2023-06-02')",
  ).run(ids[2]);
}

const rows = (library: Library, sql: string) => library.db.prepare(sql).all();

describe('collections and drafts in bundles', () => {
  it('brings a collection with its sections, items, commentary, listed draft and cited documents; a second import adds nothing', async () => {
    const ids = await addExchangeDocuments(theirs.library);
    addCollectionAndDraft(theirs.library, ids);
    const out = path.join(folder, 'course.casebook');
    const written = exportBundle(theirs.library, { documentIds: [], collectionIds: ['coll1'], draftIds: [], out });
    expect(written).toMatchObject({ documents: 3, collections: 1, drafts: 1 });

    const plan = await previewBundle(mine.library, { path: out });
    expect(plan.items.map((item) => [item.type, item.status])).toEqual([
      ['document', 'new'],
      ['document', 'new'],
      ['document', 'new'],
      ['collection', 'new'],
      ['draft', 'new'],
    ]);
    const applied = await applyBundleFrom(mine.library, { path: out }, 'mine', {});
    expect(applied.collections).toEqual({ imported: 1, duplicate: 0, updated: 0 });
    expect(applied.drafts).toEqual({ imported: 1, duplicate: 0, updated: 0 });

    const itemsSql = 'SELECT id, section_id, position, item_kind, document_id, draft_id, commentary_text FROM collection_items ORDER BY id';
    expect(rows(mine.library, itemsSql)).toEqual(rows(theirs.library, itemsSql));
    expect(rows(mine.library, 'SELECT id, title, position FROM collection_sections ORDER BY id')).toEqual(rows(theirs.library, 'SELECT id, title, position FROM collection_sections ORDER BY id'));
    // The folder stays behind: the collection arrives unfiled.
    expect(rows(mine.library, 'SELECT name, folder_id, cover_title FROM collections')).toEqual([{ name: '支部书记培训·第三讲 党建联建', folder_id: null, cover_title: '党建联建' }]);
    expect(rows(mine.library, 'SELECT draft_id, document_id, quote FROM draft_citations')).toEqual(rows(theirs.library, 'SELECT draft_id, document_id, quote FROM draft_citations'));

    const again = await applyBundleFrom(mine.library, { path: out }, 'theirs', {});
    expect(again.results.map((result) => result.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
  });

  it('keeps both versions of a changed collection with fresh ids for its parts, or takes theirs', async () => {
    const ids = await addExchangeDocuments(theirs.library);
    addCollectionAndDraft(theirs.library, ids);
    const out = path.join(folder, 'course.casebook');
    exportBundle(theirs.library, { documentIds: [], collectionIds: ['coll1'], draftIds: [], out });
    await applyBundleFrom(mine.library, { path: out }, 'mine', {});
    mine.library.db.prepare("UPDATE collections SET name = '第三讲（本库调整）' WHERE id = 'coll1'").run();
    mine.library.db.prepare("UPDATE drafts SET title = '宣传稿（本库改）', revision = 7 WHERE id = 'draft1'").run();

    const plan = await previewBundle(mine.library, { path: out });
    expect(plan.items.filter((item) => item.status === 'conflict').map((item) => item.type)).toEqual(['collection', 'draft']);
    await applyBundleFrom(mine.library, { path: out }, 'mine', { coll1: 'both', draft1: 'theirs' });

    const collections = rows(mine.library, 'SELECT id, name FROM collections ORDER BY name') as { id: string; name: string }[];
    expect(collections.map((row) => row.name)).toEqual(['支部书记培训·第三讲 党建联建（交换包）', '第三讲（本库调整）']);
    const copy = collections[0]?.id ?? '';
    expect(copy).not.toBe('coll1');
    const copiedItems = rows(mine.library, `SELECT i.id, s.title AS section FROM collection_items i LEFT JOIN collection_sections s ON s.id = i.section_id WHERE i.collection_id = '${copy}' ORDER BY i.position, s.position`) as { id: string; section: string | null }[];
    expect(copiedItems.map((item) => item.section).sort()).toEqual(['一、联盟怎么建', '二、工人权益', '二、工人权益']);
    expect(copiedItems.every((item) => !['item1', 'item2', 'item3'].includes(item.id))).toBe(true);
    expect(rows(mine.library, "SELECT count(*) AS n FROM collection_items WHERE collection_id = 'coll1'")).toEqual([{ n: 3 }]);

    expect(rows(mine.library, "SELECT title, revision FROM drafts WHERE id = 'draft1'")).toEqual([{ title: '清廉工地宣传稿', revision: 8 }]);
  });
});
