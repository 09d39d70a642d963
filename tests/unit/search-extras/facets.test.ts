import { describe, expect, it } from 'vitest';
import { computeFacets, filterToken } from '../../../electron/engine/search/engine/facets';
import { openLibrary, type Library } from '../search/search-fixture';

function seeded(): Library {
  const lib = openLibrary();
  lib.put({ id: 'a', kind: 'case', title: '安置房项目党建联建', text: '临时党支部开展党建联建。', region: '温州市', year: 2023, tags: ['主题/党建联建'] });
  lib.put({ id: 'b', kind: 'case', title: '码头项目', text: '党建联建推动攻坚。', region: '宁波市', date: '2022-05-01', tags: ['主题/党建联建', '主题/工人权益'] });
  lib.put({ id: 'c', kind: 'policy', title: '实施方案', text: '推进党建联建工作。', region: '温州市', issuer: '温州市住房和城乡建设局', year: 2022 });
  lib.put({ id: 'd', kind: 'news', title: '清廉工地', text: '开展廉政教育。', region: '温州市', year: 2023 });
  lib.put({ id: 'e', kind: 'news', title: '回收站里的', text: '党建联建。', region: '杭州市', year: 2021 });
  lib.trash('e');
  return lib;
}

/** Facets from the index's rows, checked against the same counts read from the documents table. */
function facetsOf(lib: Library, query: string) {
  const seqs = lib.engine.matchingSeqs(query);
  const fromIndex = computeFacets(lib.db, seqs, true);
  expect(computeFacets(lib.db, seqs, false)).toEqual(fromIndex);
  return fromIndex;
}

describe('facets over every match of the query', () => {
  it('counts kind, region, year, tag and issuer over all matches, not the trash', () => {
    const lib = seeded();
    const { total, facets } = facetsOf(lib, '党建联建');
    expect(total).toBe(3);
    expect(facets.kind).toEqual([
      { label: '典型案例', count: 2, filter: '类型:典型案例' },
      { label: '政策文件', count: 1, filter: '类型:政策文件' },
    ]);
    expect(facets.region).toEqual([
      { label: '温州市', count: 2, filter: '地区:温州市' },
      { label: '宁波市', count: 1, filter: '地区:宁波市' },
    ]);
    // 年度 newest first; b has only a date (2022-05-01), which gives its year.
    expect(facets.year).toEqual([
      { label: '2023', count: 1, filter: '年度:2023' },
      { label: '2022', count: 2, filter: '年度:2022' },
    ]);
    expect(facets.tag[0]).toEqual({ label: '主题/党建联建', count: 2, filter: '标签:主题/党建联建' });
    expect(facets.issuer).toEqual([{ label: '温州市住房和城乡建设局', count: 1, filter: '发文机关:温州市住房和城乡建设局' }]);
    expect(facets.collection).toEqual([]);
  });

  it('gives filters that narrow the query to exactly the counted documents', () => {
    const lib = seeded();
    const { facets } = facetsOf(lib, '党建联建');
    for (const value of [...facets.kind, ...facets.region, ...facets.year, ...facets.tag, ...facets.issuer]) {
      expect(lib.ids(`党建联建 ${value.filter}`), value.filter).toHaveLength(value.count);
    }
  });

  it('quotes values with spaces so the query reads them back whole', () => {
    expect(filterToken('region', '温州 龙湾')).toBe('地区:“温州 龙湾”');
    const lib = seeded();
    lib.put({ id: 'f', title: '龙湾', text: '党建联建。', region: '温州 龙湾' });
    expect(lib.ids(`党建联建 ${filterToken('region', '温州 龙湾')}`)).toEqual(['f']);
  });

  it('counts collections (专辑) and filters by collection: once the tables exist', () => {
    const lib = seeded();
    expect(lib.search('党建联建 collection:培训').notice).toMatch(/没有名为“培训”的专辑/);
    lib.db.exec(`CREATE TABLE collections (id TEXT PRIMARY KEY, name TEXT NOT NULL, deleted_at TEXT);
      CREATE TABLE collection_items (collection_id TEXT NOT NULL, document_id TEXT NOT NULL);
      INSERT INTO collections VALUES ('c1', '支部书记培训·第三讲 党建联建', NULL), ('c2', '已删除的专辑', '2024-01-01');
      INSERT INTO collection_items VALUES ('c1', 'a'), ('c1', 'c'), ('c1', 'd'), ('c2', 'b');`);
    const { facets } = facetsOf(lib, '党建联建');
    expect(facets.collection).toEqual([
      { label: '支部书记培训·第三讲 党建联建', count: 2, filter: '专辑:“支部书记培训·第三讲 党建联建”' },
    ]);
    expect(lib.ids(`党建联建 ${facets.collection[0]?.filter}`).sort()).toEqual(['a', 'c']);
    expect(lib.ids('专辑:第三讲').sort()).toEqual(['a', 'c', 'd']);
    expect(lib.ids('党建联建 -collection:第三讲')).toEqual(['b']);
  });

  it('counts nothing for a query without matches', () => {
    const lib = seeded();
    const { total, facets } = facetsOf(lib, '不存在的词语');
    expect(total).toBe(0);
    expect(Object.values(facets).every((values) => values.length === 0)).toBe(true);
  });
});
