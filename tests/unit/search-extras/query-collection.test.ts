import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/engine/search/engine/query-parser';
import { hasFilter, queryTokens, toggleFilter } from '../../../shared/search/query-filters';
import { queryTerms } from '../../../shared/search/query-terms';

describe('collection: in the query language', () => {
  it('reads collection: and 专辑:, quoted values whole, and says when the value is missing', () => {
    expect(parseQuery('党建 collection:“支部书记培训 第三讲”').filters).toEqual([
      { field: 'collection', value: '支部书记培训 第三讲', negated: false },
    ]);
    expect(parseQuery('-专辑:候选').filters).toEqual([{ field: 'collection', value: '候选', negated: true }]);
    expect(parseQuery('collection:').notices.join()).toMatch(/缺少取值/);
    expect(parseQuery('album:x').notices.join()).toMatch(/可用：类型、地区、年度、标签、发文机关、日期、专辑（也可写 kind、.*collection）/);
  });
});

describe('facet clicks edit the query text', () => {
  it('appends a filter, and removes it however it was quoted', () => {
    expect(queryTokens('党建联建 region:“温州 龙湾” kind:case')).toEqual(['党建联建', 'region:“温州 龙湾”', 'kind:case']);
    expect(toggleFilter('党建联建', 'kind:case')).toBe('党建联建 kind:case');
    expect(toggleFilter('党建联建 kind:case', 'kind:case')).toBe('党建联建');
    expect(toggleFilter('党建联建 region:"温州 龙湾"', 'region:“温州 龙湾”')).toBe('党建联建');
    expect(hasFilter('"一党员 一项目" tag:主题/党建联建', 'tag:主题/党建联建')).toBe(true);
    expect(hasFilter('党建联建', 'kind:case')).toBe(false);
  });

  it('takes a filter as the same however its field and kind are named (类型:典型案例 = kind:case)', () => {
    expect(toggleFilter('党建联建', '类型:典型案例')).toBe('党建联建 类型:典型案例');
    expect(hasFilter('党建联建 kind:case', '类型:典型案例')).toBe(true);
    expect(hasFilter('党建联建 类型：案例', '类型:典型案例')).toBe(true);
    expect(toggleFilter('党建联建 kind:case', '类型:典型案例')).toBe('党建联建');
    expect(toggleFilter('党建联建 region:“温州 龙湾”', '地区:“温州 龙湾”')).toBe('党建联建');
    expect(hasFilter('党建联建 标签:主题/党建联建', 'tag:主题/党建联建')).toBe(true);
    // Not the same: another value, or the filter negated.
    expect(hasFilter('党建联建 类型:新闻报道', '类型:典型案例')).toBe(false);
    expect(hasFilter('党建联建 -类型:典型案例', '类型:典型案例')).toBe(false);
    expect(hasFilter('类型', '类型:典型案例')).toBe(false);
  });
});

describe('the words the reader marks', () => {
  it('leaves out filters in Chinese or English, exclusions and date ranges', () => {
    expect(queryTerms('党建联建 类型:典型案例 地区:“温州 龙湾” kind:case -新闻 NOT 通知 2022..2023 "一党员 一项目" 温州 OR 宁波')).toEqual([
      '党建联建',
      '一党员 一项目',
      '温州',
      '宁波',
    ]);
  });
});
