import {
  SPREAD_WARNING,
  type QuotaCheck,
  type RegionQuota,
  type SelectionCriterion,
  type SelectionStage,
} from '../../../shared/model/selection';

/** Pure arithmetic of a round: reviewers' totals, the case's score and spread, ranks and quotas. */

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A reviewer's weighted total on the 0–100 scale: Σ score × weight ÷ Σ weight. Null until every
 * criterion has a score, so a half-filled form never ranks a case.
 */
export function weightedTotal(criteria: readonly SelectionCriterion[], scores: Readonly<Record<string, number>>): number | null {
  let sum = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = scores[criterion.key];
    if (score === undefined) return null;
    sum += score * criterion.weight;
    weights += criterion.weight;
  }
  return weights === 0 ? null : round2(sum / weights);
}

/** The case's score (mean of complete totals) and the spread between reviewers (max − min). */
export function scoreAndSpread(totals: readonly (number | null)[]): { score: number | null; spread: number | null; spreadWarning: boolean } {
  const complete = totals.filter((total): total is number => total !== null);
  if (complete.length === 0) return { score: null, spread: null, spreadWarning: false };
  const score = round2(complete.reduce((sum, total) => sum + total, 0) / complete.length);
  if (complete.length < 2) return { score, spread: null, spreadWarning: false };
  const spread = round2(Math.max(...complete) - Math.min(...complete));
  return { score, spread, spreadWarning: spread > SPREAD_WARNING };
}

export interface Rankable {
  stage: SelectionStage;
  score: number | null;
  title: string;
  addedAt: string;
}

/**
 * Orders cases for the ranked table: cases still in the running by score (highest first; unscored
 * after scored), then 未入选 at the bottom. Ties keep the order of entry. Returns ranks alongside:
 * 1-based for scored cases in the running (equal scores share a rank), null otherwise.
 */
export function rankSubmissions<T extends Rankable>(items: readonly T[]): { item: T; rank: number | null }[] {
  const group = (item: Rankable): number => (item.stage === 'rejected' ? 2 : item.score === null ? 1 : 0);
  const sorted = [...items].sort(
    (a, b) => group(a) - group(b) || (b.score ?? 0) - (a.score ?? 0) || a.addedAt.localeCompare(b.addedAt) || a.title.localeCompare(b.title, 'zh-CN'),
  );
  let rank = 0;
  let previous: number | null = null;
  return sorted.map((item, index) => {
    if (group(item) !== 0) return { item, rank: null };
    if (item.score !== previous) rank = index + 1;
    previous = item.score;
    return { item, rank };
  });
}

/** 浙江省温州市鹿城区 → 温州市; 浙江省金华市义乌市 → 金华市; a region without a 市 is kept as written. */
export function quotaRegionOf(region: string | null): string | null {
  if (region === null) return null;
  const trimmed = region.trim();
  if (trimmed === '') return null;
  const withoutProvince = trimmed.replace(/^.{2,8}?(?:省|自治区)/, '');
  const city = /^(.{2,8}?(?:市|自治州|地区|盟))/.exec(withoutProvince)?.[1];
  return city ?? (withoutProvince || trimmed);
}

/** Counts 入选 per region against each quota: over its maximum or under its minimum. */
export function checkQuotas(quotas: readonly RegionQuota[], selectedByRegion: Readonly<Record<string, number>>): QuotaCheck[] {
  return quotas.map((quota) => {
    const selected = selectedByRegion[quota.region] ?? 0;
    const status = quota.max !== null && selected > quota.max ? 'over' : quota.min !== null && selected < quota.min ? 'under' : 'ok';
    return { region: quota.region, min: quota.min, max: quota.max, selected, status };
  });
}

export function targetStatus(selected: number, target: number): 'met' | 'under' | 'over' {
  return selected === target ? 'met' : selected < target ? 'under' : 'over';
}
