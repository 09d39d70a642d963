import type { ParsedRequestOf } from '../../../shared/api/contract';
import { CasebookError } from '../../../shared/api/errors';
import { DEFAULT_CRITERIA, type RegionQuota, type RoundDetail, type RoundSummary, type SelectionCriterion } from '../../../shared/model/selection';
import { deleteReviewsOfReviewer, deleteRoundRow, insertRound, listRoundRows, updateRound, type RoundColumns } from './selection-repo';
import type { Library } from '../core/library';
import { criteriaOf, quotasOf, requireRoundRow, reviewersOf, roundDetail, roundSummaries } from './round-detail';
import { newId, nowIso } from '../core/ids';

/** 评选活动: create, change and delete rounds; the settings are checked as a whole. */

type CriterionDraft = ParsedRequestOf<'rounds.create'>['criteria'] extends (infer T)[] | undefined ? T : never;
type QuotaDraft = ParsedRequestOf<'rounds.create'>['quotas'][number];

function bad(message: string, detail: string): CasebookError {
  return new CasebookError('BAD_REQUEST', message, detail);
}

/** Criteria with stable keys: an existing key is kept (its scores follow the renamed criterion). */
function checkedCriteria(drafts: readonly CriterionDraft[], current: readonly SelectionCriterion[]): SelectionCriterion[] {
  const names = new Set<string>();
  const keys = new Set<string>();
  const criteria = drafts.map((draft) => {
    if (names.has(draft.name)) throw bad(`评分项“${draft.name}”重复了，请换一个名称。`, `duplicate criterion ${draft.name}`);
    names.add(draft.name);
    const known = draft.key !== undefined && !keys.has(draft.key) && (current.some((criterion) => criterion.key === draft.key) || /^[a-z0-9]{4,40}$/.test(draft.key));
    const key = known && draft.key !== undefined ? draft.key : newId(8);
    keys.add(key);
    return { key, name: draft.name, weight: draft.weight, description: draft.description ?? '' };
  });
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (total !== 100) throw bad(`各评分项的权重合计应为 100，现在是 ${total}。`, `weights sum to ${total}`);
  return criteria;
}

/** 温州 → 温州市, so a quota typed either way counts the same cases. */
export function normalizeQuotaRegion(region: string): string {
  const trimmed = region.trim().replace(/\s+/g, '');
  return /(?:市|自治州|地区|盟|区|县|省)$/.test(trimmed) ? trimmed : `${trimmed}市`;
}

function checkedQuotas(drafts: readonly QuotaDraft[], targetCount: number): RegionQuota[] {
  const seen = new Set<string>();
  const quotas = drafts.map((draft) => {
    const region = normalizeQuotaRegion(draft.region);
    if (seen.has(region)) throw bad(`地区“${region}”的名额限制重复了。`, `duplicate quota ${region}`);
    seen.add(region);
    const min = draft.min ?? null;
    const max = draft.max ?? null;
    if (min === null && max === null) throw bad(`请填写地区“${region}”最少或最多入选几个。`, `empty quota ${region}`);
    if (min !== null && max !== null && min > max) throw bad(`地区“${region}”最少入选 ${min} 个，多于最多入选的 ${max} 个。`, `quota min > max ${region}`);
    return { region, min, max };
  });
  const minimums = quotas.reduce((sum, quota) => sum + (quota.min ?? 0), 0);
  if (minimums > targetCount) throw bad(`各地区最少入选数合计 ${minimums} 个，超过了入选数量 ${targetCount} 个。`, `minimums ${minimums} > target ${targetCount}`);
  return quotas;
}

function checkedReviewers(names: readonly string[]): string[] {
  const reviewers: string[] = [];
  for (const name of names) {
    if (reviewers.includes(name)) throw bad(`评审人“${name}”重复了。`, `duplicate reviewer ${name}`);
    reviewers.push(name);
  }
  return reviewers;
}

export function listRounds(library: Library): RoundSummary[] {
  return roundSummaries(library, listRoundRows(library.db));
}

export function getRound(library: Library, id: string): RoundDetail {
  return roundDetail(library, id);
}

export function createRound(library: Library, request: ParsedRequestOf<'rounds.create'>): RoundDetail {
  const columns: RoundColumns = {
    name: request.name,
    year: request.year,
    targetCount: request.targetCount,
    criteria: checkedCriteria(request.criteria ?? DEFAULT_CRITERIA, []),
    quotas: checkedQuotas(request.quotas, request.targetCount),
    reviewers: checkedReviewers(request.reviewers),
  };
  const id = newId();
  library.write(() => insertRound(library.db, id, columns, nowIso()));
  return roundDetail(library, id);
}

export function updateRoundSettings(library: Library, id: string, patch: ParsedRequestOf<'rounds.update'>['patch']): RoundDetail {
  library.write(() => {
    const row = requireRoundRow(library, id);
    const currentCriteria = criteriaOf(row);
    const targetCount = patch.targetCount ?? row.target_count;
    const reviewers = patch.reviewers ? checkedReviewers(patch.reviewers) : reviewersOf(row);
    const columns: RoundColumns = {
      name: patch.name ?? row.name,
      year: patch.year ?? row.year,
      targetCount,
      criteria: patch.criteria ? checkedCriteria(patch.criteria, currentCriteria) : currentCriteria,
      quotas: checkedQuotas(patch.quotas ?? quotasOf(row), targetCount),
      reviewers,
    };
    // A reviewer taken off the panel takes their scores along (the form asks before saving).
    for (const removed of reviewersOf(row).filter((name) => !reviewers.includes(name))) deleteReviewsOfReviewer(library.db, id, removed);
    updateRound(library.db, id, columns, nowIso());
  });
  return roundDetail(library, id);
}

export function deleteRound(library: Library, id: string): { ok: true } {
  library.write(() => {
    requireRoundRow(library, id);
    deleteRoundRow(library.db, id);
  });
  return { ok: true };
}
