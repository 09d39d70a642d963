import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { migration001Core } from '../../../electron/engine/db/migrations/001-core';
import { migration002SearchIndex } from '../../../electron/engine/db/migrations/002-search-index';
import { createSearchEngine } from '../../../electron/engine/search/engine/index';
import { addCollectionItems, removeCollectionItems } from '../../../electron/engine/collections/collection-items-service';
import {
  createCollection,
  duplicateCollection,
  purgeCollections,
  restoreCollections,
  trashCollections,
  updateCollection,
} from '../../../electron/engine/collections/collections-service';
import { withTempLibrary } from '../../helpers/temp-library';
import { importSources } from '../collections/collection-fixtures';

// Collections (专辑) among the search-as-you-type suggestions, kept in step with collection writes,
// which go through the collections service and never through the search engine.
describe('collection suggestions', () => {
  let library: Library;
  let cleanup: () => void;
  beforeEach(() => {
    ({ library, cleanup } = withTempLibrary());
  });
  afterEach(() => cleanup());

  const collections = (prefix: string) =>
    library.search.suggest(prefix, 12).filter((suggestion) => suggestion.type === 'collection');
  const names = (prefix: string) => collections(prefix).map((suggestion) => suggestion.label);

  it('suggests a collection by name with its id and item count', async () => {
    const ids = await importSources(library);
    const created = createCollection(library, { name: '支部书记培训·第三讲 党建联建' });
    addCollectionItems(library, created.id, [
      { kind: 'document', documentId: ids.lianjian },
      { kind: 'document', documentId: ids.quanyi },
    ]);
    expect(collections('书记培训')).toEqual([
      { type: 'collection', label: '支部书记培训·第三讲 党建联建', documentId: null, collectionId: created.id, detail: '专辑 · 2 条' },
    ]);
    // Prefix: the last character typed begins a word; folding: traditional characters find it too.
    expect(names('支部书')).toEqual(['支部书记培训·第三讲 党建联建']);
    expect(names('支部書記')).toEqual(['支部书记培训·第三讲 党建联建']);
    // A document whose title fits as well comes after the collection (a collection stands for many).
    const all = library.search.suggest('党建联', 12).map((suggestion) => suggestion.type);
    expect(all).toContain('collection');
  });

  it('tolerates one wrong character in a collection name', () => {
    createCollection(library, { name: '清廉工地建设典型案例汇编' });
    expect(names('清廉公地建设')).toEqual(['清廉工地建设典型案例汇编']);
    expect(names('典型按例汇编')).toEqual(['清廉工地建设典型案例汇编']);
  });

  it('follows creates, renames, duplicates, trash, restore and purge without being told', () => {
    expect(names('清廉')).toEqual([]);
    const created = createCollection(library, { name: '清廉工地案例' });
    expect(names('清廉')).toEqual(['清廉工地案例']);

    updateCollection(library, created.id, { name: '阳光施工案例' });
    expect(names('清廉')).toEqual([]);
    expect(names('阳光施工')).toEqual(['阳光施工案例']);

    const copy = duplicateCollection(library, created.id);
    expect(collections('阳光施工').map((s) => s.collectionId).sort()).toEqual([created.id, copy.id].sort());

    trashCollections(library, [created.id]);
    expect(collections('阳光施工').map((s) => s.collectionId)).toEqual([copy.id]);
    restoreCollections(library, [created.id]);
    expect(collections('阳光施工')).toHaveLength(2);

    trashCollections(library, [created.id, copy.id]);
    purgeCollections(library, [created.id]);
    expect(names('阳光施工')).toEqual([]);
  });

  it('keeps item counts current and two collections with like names apart', async () => {
    const ids = await importSources(library);
    const first = createCollection(library, { name: '安置房项目' });
    const second = createCollection(library, { name: '安置房项目（二期）' });
    const added = addCollectionItems(library, first.id, [{ kind: 'document', documentId: ids.lianjian }]);
    const detail = () => Object.fromEntries(collections('安置房').map((s) => [s.collectionId, s.detail]));
    expect(detail()).toEqual({ [first.id]: '专辑 · 1 条', [second.id]: '专辑 · 0 条' });
    removeCollectionItems(library, first.id, added.collection.items.map((item) => item.id));
    expect(detail()).toEqual({ [first.id]: '专辑 · 0 条', [second.id]: '专辑 · 0 条' });
  });

  it('ignores a collection write that was rolled back', () => {
    expect(() =>
      library.write(() => {
        createCollection(library, { name: '未保存的专辑' });
        expect(names('未保存')).toEqual(['未保存的专辑']);
        throw new Error('rolled back');
      }),
    ).toThrow();
    expect(names('未保存')).toEqual([]);
  });
});

describe('collection suggestions on a database without collections', () => {
  it('still suggests the other values (the table arrives with migration 006)', () => {
    const db = new Database(':memory:');
    db.exec(migration001Core);
    db.exec(migration002SearchIndex);
    db.prepare("INSERT INTO tags (path, created_at) VALUES ('主题/清廉工地', '2024-01-01')").run();
    const engine = createSearchEngine(db);
    expect(engine.suggest('清廉', 5).map((s) => `${s.type}:${s.label}`)).toEqual(['tag:主题/清廉工地']);
    db.close();
  });
});
