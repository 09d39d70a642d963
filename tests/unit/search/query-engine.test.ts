import { beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from './search-fixture';

describe('the query language against a library', () => {
  let lib: Library;
  beforeAll(() => {
    lib = openLibrary();
    lib.put({ id: 'p1', kind: 'policy', title: '关于印发红色工地实施方案的通知', text: '温住建〔2022〕35号 各有关单位：推进党建联建。', issuer: '温州市住房和城乡建设局', region: '浙江省温州市', date: '2022-05-24', year: 2022, tags: ['主题/党建联建'] });
    lib.put({ id: 'c1', kind: 'case', title: '安置房项目临时党支部', text: '安置房项目开展党建联建，农民工权益保障。', region: '浙江省宁波市鄞州区', date: '2023-06-02', year: 2023, tags: ['主题/工人权益', '年度/2023年度十大典型案例'] });
    lib.put({ id: 'c2', kind: 'case', title: '寧波杭州灣新區項目', text: '臨時黨支部推進清廉工地。', region: '浙江省寧波市', date: '2021-11-15', year: 2021, tags: ['主题/清廉工地'] });
    lib.put({ id: 'n1', kind: 'news', title: '温州：党建引领工地建设', text: '本报讯 党建联建成效明显，安置房交付。', source: '温州日报', region: '浙江省温州市', date: '2024-01-08', year: 2024 });
    lib.put({ id: 'x1', kind: 'practice', title: '无日期的做法', text: '党建联建。', practiceName: '红领筑建' });
  });

  const ids = (query: string) => lib.ids(query).sort();

  it('ANDs words, ORs alternatives and excludes', () => {
    expect(ids('党建联建 安置房')).toEqual(['c1', 'n1']);
    expect(ids('清廉 OR 农民工')).toEqual(['c1', 'c2']);
    expect(ids('党建联建 -安置房')).toEqual(['p1', 'x1']);
    expect(ids('-党建联建')).toEqual(['c2']);
  });

  it('filters by kind, tag, region, issuer, year and dates', () => {
    expect(ids('kind:案例')).toEqual(['c1', 'c2']);
    expect(ids('kind:policy kind:news')).toEqual(['n1', 'p1']);
    expect(ids('党建 -kind:news')).toEqual(['c1', 'p1', 'x1']);
    expect(ids('tag:主题')).toEqual(['c1', 'c2', 'p1']);
    expect(ids('tag:党建联建')).toEqual(['p1']);
    expect(ids('tag:主题/工人权益')).toEqual(['c1']);
    expect(ids('region:宁波')).toEqual(['c1', 'c2']);
    expect(ids('region:寧波 清廉')).toEqual(['c2']);
    expect(ids('-region:温州')).toEqual(['c1', 'c2', 'x1']);
    expect(ids('issuer:住房和城乡建设局')).toEqual(['p1']);
    expect(ids('year:2021..2022')).toEqual(['c2', 'p1']);
    expect(ids('2022-01..2023-06')).toEqual(['c1', 'p1']);
    expect(ids('date:..2022')).toEqual(['c2', 'p1']);
    expect(ids('党建联建 2023..')).toEqual(['c1', 'n1']);
  });

  it('finds 发文字号 written with any brackets', () => {
    for (const q of ['温住建〔2022〕35号', '温住建[2022]35号', '温住建(2022)35号', '"温住建 2022 35号"']) expect(ids(q), q).toEqual(['p1']);
    expect(ids('温住建[2022]36号')).toEqual([]);
  });

  it('says when a tag does not exist', () => {
    const response = lib.search('tag:不存在的标签');
    expect(response.total).toBe(0);
    expect(response.notice).toMatch(/没有名为“不存在的标签”的标签/);
  });

  it('answers every kind of bad input without an exception or an FTS5 error', () => {
    const inputs = [
      '', ' ', '"', '""', '"""', '“', '*', '**', '^', ':', '::', 'NEAR', 'NEAR(', 'NEAR(a b, 2)', 'a NEAR b',
      'OR', 'AND', 'NOT', '-', '--', '- -', '+', '|', '()', '(', ')', '{title}:党建', 'title:党建', 'body:x',
      'kind:', 'tag:', 'year:abc', 'date:2022-99', '2022-13..2023-01', "'; DROP TABLE documents; --",
      '((((a*)*)*)*)$', '(a+)+$', '.*.*.*.*.*=', '\\', '\u0000', '\u0001党建\u0002', '\ud800', '🎉',
      '党'.repeat(10_000), 'a '.repeat(5_000), '"' + '党建 '.repeat(3000), 'x:'.repeat(3000),
      '党建 OR', 'OR 党建', '-党建', '党建 -', 'kind:教材 党建', 'unknown:值 党建',
    ];
    for (const query of inputs) {
      for (const sort of ['relevance', 'date'] as const) {
        let response;
        expect(() => (response = lib.search(query, { sort })), JSON.stringify(query.slice(0, 40))).not.toThrow();
        expect(response).toBeDefined();
      }
    }
  });

  it('explains empty and unreadable queries in Chinese', () => {
    expect(lib.search('').notice).toBe('请输入检索词或筛选条件。');
    expect(lib.search('***').notice).toMatch(/通配符|标点/);
    expect(lib.search('unknown:值 党建').notice).toMatch(/不认识的筛选条件/);
    expect(lib.search('unknown:值 党建').total).toBe(0);
    // An unknown field is read as text: no document contains the word "title".
    expect(ids('title:党建')).toEqual([]);
    expect(lib.search('title:党建').notice).toMatch(/不认识的筛选条件“title:”/);
  });

  it('pages with offset and limit', () => {
    const all = lib.ids('党建');
    const pages = [0, 1, 2, 3].flatMap((offset) => lib.search('党建', { offset, limit: 1 }).hits.map((h) => h.id));
    expect(pages).toEqual(all.slice(0, 4));
    expect(lib.search('党建', { offset: 100 }).hits).toEqual([]);
  });

  it('fills every field of a hit', () => {
    const hit = lib.search('温住建').hits[0];
    expect(hit).toMatchObject({
      id: 'p1', kind: 'policy', title: '关于印发红色工地实施方案的通知', date: '2022-05-24', region: '浙江省温州市',
      issuer: '温州市住房和城乡建设局', source: null, tags: ['主题/党建联建'],
    });
    expect(typeof hit?.score).toBe('number');
    expect(lib.search('温住建').tookMs).toBeGreaterThanOrEqual(0);
  });
});
