import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasebookError } from '../../../shared/api/errors';
import type { CollectionDetail } from '../../../shared/model/collection';
import type { RichTextDoc } from '../../../shared/model/rich-text';
import type { Library } from '../../../electron/engine/core/library';
import { addCollectionItems, moveCollectionItem, removeCollectionItems, setItemCommentary } from '../../../electron/engine/collections/collection-items-service';
import { addCollectionSection, deleteCollectionSection, moveCollectionSection, renameCollectionSection } from '../../../electron/engine/collections/collection-sections-service';
import {
  collectionsContaining,
  createCollection,
  duplicateCollection,
  getCollection,
  listCollections,
  purgeCollections,
  resolveCollection,
  restoreCollections,
  trashCollections,
  updateCollection,
} from '../../../electron/engine/collections/collections-service';
import { purgeDocuments, restoreDocuments, trashDocuments } from '../../../electron/engine/documents/documents-service';
import * as folderService from '../../../electron/engine/collections/collection-folders-service';
import { withTempLibrary } from '../../helpers/temp-library';
import { importSources, rangeOf } from './collection-fixtures';

let library: Library;
let cleanup: () => void;
let ids: Awaited<ReturnType<typeof importSources>>;
beforeEach(async () => {
  ({ library, cleanup } = withTempLibrary());
  ids = await importSources(library);
});
afterEach(() => cleanup());

const titles = (detail: CollectionDetail) => detail.items.map((item) => item.title);
const doc = (text: string): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

function expectError(fn: () => unknown, code: string, message: RegExp) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CasebookError);
    expect((error as CasebookError).code).toBe(code);
    expect((error as CasebookError).message).toMatch(message);
    return;
  }
  throw new Error('expected an error');
}

describe('collections: order, sections, excerpts', () => {
  it('keeps items in the order added, moves them within and across numbered sections', () => {
    const created = createCollection(library, { name: ' 支部书记培训·第三讲  党建联建 ', coverTitle: '党建联建', description: '课程材料' });
    expect(created.name).toBe('支部书记培训·第三讲 党建联建');
    const { collection, added } = addCollectionItems(library, created.id, [
      { kind: 'document', documentId: ids.lianjian },
      { kind: 'document', documentId: ids.quanyi },
      { kind: 'document', documentId: ids.qinglian },
    ]);
    expect(added).toHaveLength(3);
    expect(titles(collection)).toEqual(['“党建联盟”凝聚红色工地合力', '“赤色能量站”守护工友权益', '关于推进清廉工地建设的通知']);

    const org = addCollectionSection(library, { collectionId: created.id, title: '一、组织建设' });
    const rights = addCollectionSection(library, { collectionId: created.id, title: '权益保障' });
    expect(rights.collection.sections.map((s) => s.heading)).toEqual(['一、组织建设', '二、权益保障']);
    expect(rights.collection.sections[0]!.title).toBe('组织建设');

    const [a, b, c] = added as [string, string, string];
    moveCollectionItem(library, { collectionId: created.id, itemId: a, sectionId: org.sectionId, afterItemId: null });
    moveCollectionItem(library, { collectionId: created.id, itemId: c, sectionId: org.sectionId, afterItemId: a });
    let detail = moveCollectionItem(library, { collectionId: created.id, itemId: b, sectionId: rights.sectionId, afterItemId: null });
    expect(detail.items.map((item) => [item.id, item.sectionId])).toEqual([
      [a, org.sectionId],
      [c, org.sectionId],
      [b, rights.sectionId],
    ]);

    // Sections reorder and renumber; their items follow.
    detail = moveCollectionSection(library, { collectionId: created.id, sectionId: rights.sectionId, afterSectionId: null });
    expect(detail.sections.map((s) => s.heading)).toEqual(['一、权益保障', '二、组织建设']);
    expect(detail.items.map((item) => item.id)).toEqual([b, a, c]);
    detail = renameCollectionSection(library, { collectionId: created.id, sectionId: org.sectionId, title: '（二）党建引领' });
    expect(detail.sections[1]!.heading).toBe('二、党建引领');

    // Deleting a heading keeps its items: they join the section before it.
    detail = deleteCollectionSection(library, { collectionId: created.id, sectionId: org.sectionId });
    expect(detail.sections.map((s) => s.heading)).toEqual(['一、权益保障']);
    expect(detail.items.map((item) => [item.id, item.sectionId])).toEqual([
      [b, rights.sectionId],
      [a, rights.sectionId],
      [c, rights.sectionId],
    ]);
    expect(detail.itemCount).toBe(3);
  });

  it('adds at a chosen place, skips a whole document already there, lets one document sit in many collections', () => {
    const first = createCollection(library, { name: '专辑甲' });
    const second = createCollection(library, { name: '专辑乙' });
    const { added } = addCollectionItems(library, first.id, [{ kind: 'document', documentId: ids.lianjian }, { kind: 'document', documentId: ids.qinglian }]);
    const again = addCollectionItems(library, first.id, [{ kind: 'document', documentId: ids.lianjian }, { kind: 'document', documentId: ids.quanyi }], { afterItemId: added[0] });
    expect(again.skipped).toBe(1);
    expect(titles(again.collection)).toEqual(['“党建联盟”凝聚红色工地合力', '“赤色能量站”守护工友权益', '关于推进清廉工地建设的通知']);
    addCollectionItems(library, second.id, [{ kind: 'document', documentId: ids.lianjian }]);
    expect(collectionsContaining(library, ids.lianjian).map((m) => m.name)).toEqual(['专辑甲', '专辑乙']);
  });

  it('keeps an excerpt with its source and offsets; refuses offsets outside the text and changes nothing', () => {
    const created = createCollection(library, { name: '数据摘录' });
    const range = rangeOf(library, ids.lianjian, '项目吸纳了12家企业党组织，覆盖职工3000余人');
    const { collection } = addCollectionItems(library, created.id, [{ kind: 'excerpt', documentId: ids.lianjian, ...range, commentary: doc('可用于宣传稿开头。') }]);
    const [item] = collection.items;
    expect(item).toMatchObject({ kind: 'excerpt', documentId: ids.lianjian, status: 'ok', commentaryText: '可用于宣传稿开头。' });
    expect(item!.excerpt).toEqual({ text: '项目吸纳了12家企业党组织，覆盖职工3000余人', ...range });
    expect(item!.document?.title).toBe('“党建联盟”凝聚红色工地合力');

    expectError(
      () => addCollectionItems(library, created.id, [{ kind: 'document', documentId: ids.quanyi }, { kind: 'excerpt', documentId: ids.quanyi, start: 5, end: 99_999 }]),
      'BAD_REQUEST',
      /摘录超出了/,
    );
    expect(getCollection(library, created.id).items).toHaveLength(1);
    expectError(() => addCollectionItems(library, created.id, [{ kind: 'document', documentId: 'nosuchdoc' }]), 'NOT_FOUND', /找不到编号为“nosuchdoc”的资料/);
  });

  it('writes commentary as rich text, sanitised, and clears it when emptied', () => {
    const created = createCollection(library, { name: '点评' });
    const [itemId] = addCollectionItems(library, created.id, [{ kind: 'document', documentId: ids.quanyi }]).added;
    const hostile: RichTextDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '编者按：做法可复制。', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    };
    let detail = setItemCommentary(library, created.id, itemId!, hostile);
    expect(detail.items[0]!.commentaryText).toBe('编者按：做法可复制。');
    expect(JSON.stringify(detail.items[0]!.commentary)).not.toContain('javascript');
    detail = setItemCommentary(library, created.id, itemId!, { type: 'doc', content: [{ type: 'paragraph' }] });
    expect(detail.items[0]!.commentary).toBeNull();
  });

  it('removes items and puts them back in place with their commentary (撤销)', () => {
    const created = createCollection(library, { name: '撤销' });
    const { added } = addCollectionItems(library, created.id, [
      { kind: 'document', documentId: ids.lianjian },
      { kind: 'document', documentId: ids.quanyi, commentary: doc('点评一') },
      { kind: 'document', documentId: ids.qinglian },
    ]);
    const { removed, collection } = removeCollectionItems(library, created.id, [added[1]!]);
    expect(collection.items).toHaveLength(2);
    const [gone] = removed;
    const back = addCollectionItems(library, created.id, [gone!.item], { sectionId: gone!.sectionId, afterItemId: gone!.afterItemId });
    expect(titles(back.collection)).toEqual(['“党建联盟”凝聚红色工地合力', '“赤色能量站”守护工友权益', '关于推进清廉工地建设的通知']);
    expect(back.collection.items[1]!.commentaryText).toBe('点评一');
  });
});

describe('collections: duplicate, trash, missing documents, folders', () => {
  it('duplicates sections, items and commentary into an independent copy', () => {
    const created = createCollection(library, { name: '原专辑', coverSubtitle: '2025年度' });
    const section = addCollectionSection(library, { collectionId: created.id, title: '组织建设' });
    addCollectionItems(library, created.id, [{ kind: 'document', documentId: ids.lianjian, commentary: doc('编者按') }], { sectionId: section.sectionId });
    const copy = duplicateCollection(library, created.id);
    expect(copy.name).toBe('原专辑（副本）');
    expect(copy.coverSubtitle).toBe('2025年度');
    expect(copy.sections.map((s) => s.heading)).toEqual(['一、组织建设']);
    expect(copy.items[0]).toMatchObject({ sectionId: copy.sections[0]!.id, commentaryText: '编者按', documentId: ids.lianjian });
    expect(duplicateCollection(library, created.id).name).toBe('原专辑（副本 2）');
    removeCollectionItems(library, copy.id, [copy.items[0]!.id]);
    expect(getCollection(library, created.id).items).toHaveLength(1);
  });

  it('sends collections to the 回收站 and back; purges only from the 回收站', () => {
    const created = createCollection(library, { name: '待删除' });
    addCollectionItems(library, created.id, [{ kind: 'document', documentId: ids.lianjian }]);
    expectError(() => purgeCollections(library, [created.id]), 'CONFLICT', /不在回收站中/);
    expect(trashCollections(library, [created.id])).toEqual({ count: 1 });
    expect(listCollections(library).collections).toHaveLength(0);
    expect(listCollections(library, { trashed: true }).collections.map((c) => c.name)).toEqual(['待删除']);
    expectError(() => addCollectionItems(library, created.id, [{ kind: 'document', documentId: ids.quanyi }]), 'CONFLICT', /在回收站中/);
    restoreCollections(library, [created.id]);
    expect(getCollection(library, created.id).items).toHaveLength(1);
    trashCollections(library, [created.id]);
    expect(purgeCollections(library, [created.id])).toEqual({ count: 1 });
    expectError(() => getCollection(library, created.id), 'NOT_FOUND', /找不到这个专辑/);
    // The documents stay.
    expect(library.db.prepare('SELECT count(*) AS n FROM documents WHERE deleted_at IS NULL').get()).toEqual({ n: 3 });
  });

  it('shows a trashed document as 已删除 until restored, and a purged one as 缺失 without deleting the collection', async () => {
    const created = createCollection(library, { name: '缺失测试' });
    const range = rangeOf(library, ids.quanyi, '全年帮助工友追回工资86万元');
    addCollectionItems(library, created.id, [
      { kind: 'document', documentId: ids.quanyi },
      { kind: 'excerpt', documentId: ids.quanyi, ...range },
      { kind: 'document', documentId: ids.lianjian },
    ]);
    trashDocuments(library, [ids.quanyi]);
    let detail = getCollection(library, created.id);
    expect(detail.items.map((item) => item.status)).toEqual(['trashed', 'trashed', 'ok']);
    expect(detail.missingCount).toBe(2);
    restoreDocuments(library, [ids.quanyi]);
    expect(getCollection(library, created.id).missingCount).toBe(0);

    trashDocuments(library, [ids.quanyi]);
    await purgeDocuments(library, [ids.quanyi]);
    detail = getCollection(library, created.id);
    expect(detail.items.map((item) => [item.status, item.title])).toEqual([
      ['missing', '“赤色能量站”守护工友权益'],
      ['missing', '“赤色能量站”守护工友权益'],
      ['ok', '“党建联盟”凝聚红色工地合力'],
    ]);
    expect(detail.items[1]!.excerpt?.text).toBe('全年帮助工友追回工资86万元');
    expect(detail.items[0]!.document).toBeNull();
    expect(detail.missingCount).toBe(2);
  });

  it('nests folders, moves collections between them, and deleting a folder keeps its collections', () => {
    const { createCollectionFolder, updateCollectionFolder, deleteCollectionFolder } = folderService;
    const course = createCollectionFolder(library, { name: '培训课程' }).folderId;
    const spring = createCollectionFolder(library, { name: '2025 春季班', parentId: course }).folderId;
    const created = createCollection(library, { name: '第一讲', folderId: spring });
    expect(created.folderId).toBe(spring);
    expect(updateCollection(library, created.id, { folderId: course }).folderId).toBe(course);
    expectError(() => updateCollectionFolder(library, { id: course, parentId: spring }), 'BAD_REQUEST', /不能把文件夹移到它自己/);
    updateCollection(library, created.id, { folderId: spring });
    const list = deleteCollectionFolder(library, spring);
    expect(list.folders.map((f) => f.name)).toEqual(['培训课程']);
    expect(list.collections[0]).toMatchObject({ name: '第一讲', folderId: course });
    expectError(() => createCollection(library, { name: 'x', folderId: spring }), 'NOT_FOUND', /文件夹/);
  });

  it('finds a collection by name or id for the command line, with zh-CN errors', () => {
    const created = createCollection(library, { name: '2025年度红色工地十大典型案例（候选）' });
    expect(resolveCollection(library, created.id).name).toBe(created.name);
    expect(resolveCollection(library, '2025年度红色工地十大典型案例（候选）').id).toBe(created.id);
    expectError(() => resolveCollection(library, '不存在的专辑'), 'NOT_FOUND', /找不到名为“不存在的专辑”的专辑/);
    expectError(() => createCollection(library, { name: '2025年度红色工地十大典型案例（候选）' }), 'CONFLICT', /已有名为/);
    // A library from before names were unique may hold two: the name then asks for the id.
    const other = createCollection(library, { name: '候选（旧）' });
    library.write(() => library.db.prepare('UPDATE collections SET name = ? WHERE id = ?').run(created.name, other.id));
    expectError(() => resolveCollection(library, '2025年度红色工地十大典型案例（候选）'), 'CONFLICT', /有 2 个专辑都叫/);
  });
});
