import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH, MAX_TERMS, parseQuery } from '../../../electron/engine/search/engine/query-parser';

const terms = (query: string) => parseQuery(query).groups.map((group) => group.map((term) => term.text));

describe('query language', () => {
  it('reads words as AND and quoted phrases whole', () => {
    expect(terms('党建联建 安置房')).toEqual([['党建联建'], ['安置房']]);
    const parsed = parseQuery('"一党员 一项目" “红领筑建”');
    expect(parsed.groups.map((g) => g[0])).toEqual([
      { text: '一党员 一项目', quoted: true },
      { text: '红领筑建', quoted: true },
    ]);
  });

  it('binds OR tighter than AND', () => {
    expect(terms('党建 温州 OR 宁波')).toEqual([['党建'], ['温州', '宁波']]);
    expect(terms('温州 | 宁波 | 杭州')).toEqual([['温州', '宁波', '杭州']]);
  });

  it('reads -word and NOT word as exclusions, and AND as the default', () => {
    const parsed = parseQuery('党建 -新闻 AND NOT "通知"');
    expect(terms('党建 -新闻 AND NOT "通知"')).toEqual([['党建']]);
    expect(parsed.excluded.map((t) => t.text)).toEqual(['新闻', '通知']);
  });

  it('reads kind: in English and Chinese, long and short', () => {
    for (const [value, kind] of [
      ['policy', 'policy'],
      ['政策文件', 'policy'],
      ['政策', 'policy'],
      ['case', 'case'],
      ['典型案例', 'case'],
      ['案例', 'case'],
      ['practice', 'practice'],
      ['支部做法', 'practice'],
      ['做法', 'practice'],
      ['news', 'news'],
      ['新闻报道', 'news'],
      ['新闻', 'news'],
    ] as const) {
      expect(parseQuery(`kind:${value}`).filters, value).toEqual([{ field: 'kind', kinds: [kind], negated: false }]);
    }
    expect(parseQuery('类型：案例,做法').filters).toEqual([{ field: 'kind', kinds: ['case', 'practice'], negated: false }]);
  });

  it('reads tag:, region:, issuer:, year: and negated filters', () => {
    expect(parseQuery('tag:"主题/党建 联建" region:温州 -issuer:住建局 year:2021..2023').filters).toEqual([
      { field: 'tag', value: '主题/党建 联建', negated: false },
      { field: 'region', value: '温州', negated: false },
      { field: 'issuer', value: '住建局', negated: true },
      { field: 'year', range: { from: 2021, to: 2023 }, negated: false },
    ]);
  });

  it('reads date ranges bare or with date:, open at either end', () => {
    const range = (q: string) => parseQuery(q).filters[0];
    expect(range('2022-01..2023-06')).toEqual({ field: 'date', range: { from: '2022-01-01', to: '2023-06-31' }, negated: false });
    expect(range('date:2022..')).toEqual({ field: 'date', range: { from: '2022-01-01', to: null }, negated: false });
    expect(range('..2023-06-15')).toEqual({ field: 'date', range: { from: null, to: '2023-06-15' }, negated: false });
    expect(range('日期:2023-06')).toEqual({ field: 'date', range: { from: '2023-06-01', to: '2023-06-31' }, negated: false });
    expect(range('2023-06..2022-01')).toEqual({ field: 'date', range: { from: '2022-01-01', to: '2023-06-31' }, negated: false });
  });
});

describe('bad input gets a reading and a notice, never an exception', () => {
  const cases: [string, RegExp | null][] = [
    ['', null],
    ['   ', null],
    ['"红色工地', /引号不成对/],
    ['foo:bar 党建', /不认识的筛选条件“foo:”/],
    ['kind:教材', /不认识的资料类型/],
    ['year:去年', /年度/],
    ['date:2022-13..2023-01', /日期/],
    ['region:', /缺少取值/],
    ['OR 党建 OR', /OR/],
    ['党建 OR OR 联建', /OR/],
    ['党建 OR -联建', /OR/],
    ['党建*', /通配符/],
    ['- 党建', /减号/],
    ['NOT', /NOT/],
  ];
  for (const [query, notice] of cases) {
    it(`reads ${JSON.stringify(query)}`, () => {
      const parsed = parseQuery(query);
      if (notice) expect(parsed.notices.join(' ')).toMatch(notice);
      else expect(parsed.notices).toEqual([]);
    });
  }

  it('keeps the first terms of an over-long query and says so', () => {
    const parsed = parseQuery(Array.from({ length: 50 }, (_, i) => `词${i}`).join(' '));
    expect(parsed.groups).toHaveLength(MAX_TERMS);
    expect(parsed.notices.join()).toMatch(/检索词太多/);
    const long = parseQuery('党'.repeat(10_000));
    expect(long.groups[0]?.[0]?.text).toHaveLength(MAX_TERM_LENGTH);
    expect(long.notices.join()).toMatch(/检索词过长/);
  });

  it('reads "OR" in lower case, NEAR and SQL as plain words', () => {
    expect(terms('温州 or 宁波')).toEqual([['温州'], ['or'], ['宁波']]);
    expect(terms("NEAR(党建 联建) '; DROP TABLE documents;")).toEqual([
      ['NEAR(党建'], ['联建)'], ["';"], ['DROP'], ['TABLE'], ['documents;'],
    ]);
  });
});
