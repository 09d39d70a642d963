import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/engine/import/import-service';
import {
  clearSearchHistory,
  deleteSavedSearch,
  HISTORY_LIMIT,
  listSavedSearches,
  recordSearch,
  saveSearch,
  searchHistory,
  updateSavedSearch,
} from '../../../electron/engine/search/saved-searches-service';
import { withTempLibrary } from '../../helpers/temp-library';

let fixture: ReturnType<typeof withTempLibrary>;
beforeEach(async () => {
  fixture = withTempLibrary();
  await importBytes(fixture.library, '联建.txt', Buffer.from('温州安置房项目党建联建\n\n临时党支部开展党建联建。'));
});
afterEach(() => fixture.cleanup());

describe('保存的搜索', () => {
  it('saves a search and counts its matches live, also after new imports', async () => {
    const saved = saveSearch(fixture.library, { name: '党建联建案例', query: ' 党建联建 ', sort: 'relevance' });
    expect(saved).toMatchObject({ name: '党建联建案例', query: '党建联建', count: 1, estimated: false });
    await importBytes(fixture.library, '联建2.txt', Buffer.from('宁波码头项目\n\n推行党建联建。'));
    expect(listSavedSearches(fixture.library).map((s) => [s.name, s.count])).toEqual([['党建联建案例', 2]]);
  });

  it('renames, keeps names unique, and deletes', () => {
    const a = saveSearch(fixture.library, { name: '甲', query: '党建', sort: 'relevance' });
    saveSearch(fixture.library, { name: '乙', query: '清廉 kind:policy', sort: 'date' });
    expect(() => saveSearch(fixture.library, { name: '乙', query: '别的', sort: 'relevance' })).toThrow(/已经有名为“乙”的保存的搜索/);
    expect(() => updateSavedSearch(fixture.library, a.id, { name: '乙' })).toThrow(/已经有名为“乙”/);
    expect(updateSavedSearch(fixture.library, a.id, { name: '甲（改）' }).name).toBe('甲（改）');
    expect(listSavedSearches(fixture.library).map((s) => s.name)).toEqual(['甲（改）', '乙']);
    deleteSavedSearch(fixture.library, a.id);
    expect(listSavedSearches(fixture.library).map((s) => s.name)).toEqual(['乙']);
    expect(() => deleteSavedSearch(fixture.library, a.id)).toThrow(/找不到这条保存的搜索/);
    expect(() => saveSearch(fixture.library, { name: '空', query: '  ', sort: 'relevance' })).toThrow(/检索条件不能为空/);
  });
});

describe('最近搜索', () => {
  it('keeps each query once, newest first, at most HISTORY_LIMIT, and clears', () => {
    recordSearch(fixture.library, '党建联建');
    recordSearch(fixture.library, '清廉工地');
    recordSearch(fixture.library, ' 党建联建 ');
    recordSearch(fixture.library, '');
    const history = searchHistory(fixture.library, 50);
    expect(history.map((h) => [h.query, h.uses])).toEqual([
      ['党建联建', 2],
      ['清廉工地', 1],
    ]);
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) recordSearch(fixture.library, `查询${i}`);
    const kept = searchHistory(fixture.library, 50);
    expect(kept).toHaveLength(HISTORY_LIMIT);
    expect(kept[0]?.query).toBe(`查询${HISTORY_LIMIT + 9}`);
    expect(clearSearchHistory(fixture.library)).toEqual({ cleared: HISTORY_LIMIT });
    expect(searchHistory(fixture.library, 50)).toEqual([]);
  });
});
