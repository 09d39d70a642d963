import { describe, expect, it } from 'vitest';
import type { SelectionCriterion } from '../../../shared/model/selection';
import { checkQuotas, quotaRegionOf, rankSubmissions, scoreAndSpread, weightedTotal } from '../../../electron/engine/selection/ranking';

const CRITERIA: SelectionCriterion[] = [
  { key: 'a', name: '党建引领', weight: 60, description: '' },
  { key: 'b', name: '成效实绩', weight: 40, description: '' },
];

describe('ranking arithmetic', () => {
  it('weights a reviewer’s scores and waits for every criterion', () => {
    expect(weightedTotal(CRITERIA, { a: 90, b: 60 })).toBe(78);
    expect(weightedTotal(CRITERIA, { a: 90 })).toBeNull();
  });

  it('averages complete totals and measures the spread between reviewers', () => {
    expect(scoreAndSpread([78, 62])).toEqual({ score: 70, spread: 16, spreadWarning: true });
    expect(scoreAndSpread([78, 70, null])).toEqual({ score: 74, spread: 8, spreadWarning: false });
    expect(scoreAndSpread([80])).toEqual({ score: 80, spread: null, spreadWarning: false });
    expect(scoreAndSpread([null])).toEqual({ score: null, spread: null, spreadWarning: false });
  });

  it('ranks scored cases first, equal scores share a rank, unscored and 未入选 come last unranked', () => {
    const at = (title: string, score: number | null, stage: 'received' | 'rejected' = 'received') => ({ title, score, stage, addedAt: '2025-01-01' });
    const ranked = rankSubmissions([at('甲', 80), at('乙', null), at('丙', 90), at('丁', 95, 'rejected'), at('戊', 80)]);
    expect(ranked.map(({ item, rank }) => [item.title, rank])).toEqual([
      ['丙', 1],
      ['甲', 2],
      ['戊', 2],
      ['乙', null],
      ['丁', null],
    ]);
  });

  it('counts regions by 设区市 and checks quotas both ways', () => {
    expect(quotaRegionOf('浙江省温州市鹿城区')).toBe('温州市');
    expect(quotaRegionOf('浙江省金华市义乌市')).toBe('金华市');
    expect(quotaRegionOf('杭州市')).toBe('杭州市');
    expect(quotaRegionOf('  ')).toBeNull();
    expect(checkQuotas([{ region: '温州市', min: 1, max: 2 }, { region: '丽水市', min: 1, max: null }], { 温州市: 3 }).map((check) => check.status)).toEqual(['over', 'under']);
  });
});
