import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH, MAX_TERMS, parseQuery } from '../../../electron/engine/search/engine/query-parser';
import { KIND_LABELS } from '../../../shared/model/document';

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

  it('reads the Chinese field names the facets write, with ASCII or full-width colons, as the English ones', () => {
    const pairs: [string, string][] = [
      ['类型:典型案例', 'kind:case'],
      ['类型：政策文件', 'kind:policy'],
      ['类型:支部做法', 'kind:practice'],
      ['类型:新闻报道', 'kind:news'],
      ['地区:温州', 'region:温州'],
      ['年度:2021..2023', 'year:2021..2023'],
      ['标签:主题/党建联建', 'tag:主题/党建联建'],
      ['发文机关:“温州市 住建局”', 'issuer:"温州市 住建局"'],
      ['专辑:第三讲', 'collection:第三讲'],
      ['日期:2023-06', 'date:2023-06'],
      ['-地区:宁波', '-region:宁波'],
      ['類型:典型案例 地區:溫州', 'kind:case region:溫州'],
    ];
    for (const [chinese, english] of pairs) {
      const parsed = parseQuery(chinese);
      expect(parsed.filters, chinese).toEqual(parseQuery(english).filters);
      expect(parsed.filters, chinese).toHaveLength(chinese.split(/ (?![^“]*”)/).length);
      expect(parsed.notices, chinese).toEqual([]);
      expect(parsed.groups, chinese).toEqual([]);
    }
    // Each kind's label as the app shows it (KIND_LABELS) reads back as that kind.
    for (const [kind, label] of Object.entries(KIND_LABELS)) {
      expect(parseQuery(`类型:${label}`).filters).toEqual([{ field: 'kind', kinds: [kind], negated: false }]);
    }
    expect(parseQuery('党建联建 类型:典型案例 类型:新闻报道').filters.map((f) => f.field === 'kind' && f.kinds)).toEqual([['case'], ['news']]);
  });

  it('names the field as it was typed, and lists the Chinese names first, when a filter cannot be read', () => {
    expect(parseQuery('地区:').notices.join()).toMatch(/筛选条件“地区:”缺少取值/);
    expect(parseQuery('类型:教材').notices.join()).toMatch(/不认识的资料类型“教材”，可用：政策文件、典型案例、支部做法、新闻报道/);
    expect(parseQuery('作者:李帅').notices.join()).toMatch(/不认识的筛选条件“作者:”.*可用：类型、地区、年度、标签、发文机关、日期、专辑/);
    expect(parseQuery('constructor:x').notices.join()).toMatch(/不认识的筛选条件“constructor:”/);
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
