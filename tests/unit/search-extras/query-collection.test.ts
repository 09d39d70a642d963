import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/engine/search/engine/query-parser';
import { hasFilter, queryTokens, toggleFilter } from '../../../shared/search/query-filters';

describe('collection: in the query language', () => {
  it('reads collection: and 专辑:, quoted values whole, and says when the value is missing', () => {
    expect(parseQuery('党建 collection:“支部书记培训 第三讲”').filters).toEqual([
      { field: 'collection', value: '支部书记培训 第三讲', negated: false },
    ]);
    expect(parseQuery('-专辑:候选').filters).toEqual([{ field: 'collection', value: '候选', negated: true }]);
    expect(parseQuery('collection:').notices.join()).toMatch(/缺少取值/);
    expect(parseQuery('album:x').notices.join()).toMatch(/collection（专辑）/);
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
});
