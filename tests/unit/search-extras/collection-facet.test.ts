import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasCollections } from '../../../electron/engine/search/engine/filters';
import { importBytes } from '../../../electron/engine/import/import-service';
import { searchFacets } from '../../../electron/engine/search/search-extras-service';
import { withTempLibrary } from '../../helpers/temp-library';

// The 专辑 facet and collection: filter over the real schema of migration 006.
let fixture: ReturnType<typeof withTempLibrary>;
const ids: string[] = [];
beforeEach(async () => {
  fixture = withTempLibrary();
  ids.length = 0;
  for (const [name, text] of [
    ['联建一.txt', '安置房项目党建联建\n\n临时党支部开展党建联建。'],
    ['联建二.txt', '码头项目党建联建\n\n三方党建联建攻坚。'],
    ['清廉.txt', '清廉工地建设推进会召开\n\n开展廉政教育，推进党建联建。'],
  ] as const) {
    ids.push((await importBytes(fixture.library, name, Buffer.from(text))).id ?? '');
  }
  const db = fixture.library.db;
  const now = '2025-01-01T00:00:00Z';
  db.prepare('INSERT INTO collections (id, name, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)').run('c1', '支部书记培训·第三讲 党建联建', now, now, null);
  db.prepare('INSERT INTO collections (id, name, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)').run('c2', '旧专辑', now, now, now);
  const item = db.prepare(`INSERT INTO collection_items (id, collection_id, position, item_kind, document_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  item.run('i1', 'c1', 1, 'document', ids[0], now, now);
  item.run('i2', 'c1', 2, 'excerpt', ids[0], now, now);
  item.run('i3', 'c1', 3, 'document', ids[2], now, now);
  item.run('i4', 'c2', 1, 'document', ids[1], now, now);
  item.run('i5', 'c1', 4, 'draft', null, now, now);
});
afterEach(() => fixture.cleanup());

describe('专辑 in search', () => {
  it('counts each document once per collection, leaves out collections in the 回收站, and filters by name', () => {
    expect(hasCollections(fixture.library.db)).toBe(true);
    const { facets } = searchFacets(fixture.library, '党建联建');
    expect(facets.collection).toEqual([
      { label: '支部书记培训·第三讲 党建联建', count: 2, filter: '专辑:“支部书记培训·第三讲 党建联建”' },
    ]);
    const found = (query: string) =>
      fixture.library.search.query({ query, sort: 'relevance', offset: 0, limit: 20 }).hits.map((h) => h.id).sort();
    expect(found(`党建联建 ${facets.collection[0]?.filter}`)).toEqual([ids[0], ids[2]].sort());
    expect(found('专辑:第三讲 -清廉')).toEqual([ids[0]]);
    expect(fixture.library.search.query({ query: 'collection:旧专辑', sort: 'relevance', offset: 0, limit: 20 }).notice).toMatch(
      /没有名为“旧专辑”的专辑/,
    );
  });
});
