import { CasebookError } from '../../../shared/api/errors';
import {
  SELECTION_STAGES,
  type DuplicateFlag,
  type RankedSubmission,
  type RegionQuota,
  type ReviewerReturnStatus,
  type ReviewerScore,
  type RoundDetail,
  type RoundSummary,
  type SelectionCriterion,
  type SelectionStage,
  type StageChange,
} from '../../../shared/model/selection';
import { findDocumentRowBySeq, summaryFromRow, type DocumentRow } from '../documents/documents-repo';
import { loadSignatures } from '../duplicates/signatures-repo';
import {
  findRoundRow,
  historyOfRound,
  reviewsOfRound,
  stageCountsByRound,
  submissionsOfRound,
  type RoundRow,
  type SubmissionRow,
} from './selection-repo';
import { tagsOfDocuments } from '../tags/tags-repo';
import { estimateSimilarity } from '../duplicates/minhash';
import { NEAR_DUPLICATE_THRESHOLD, roundSimilarity } from '../duplicates/near-duplicate-rule';
import { ensureSignatures } from '../duplicates/signature-backfill';
import type { Library } from '../core/library';
import { packagesOfRound } from './review-package/review-package-repo';
import { checkQuotas, quotaRegionOf, rankSubmissions, scoreAndSpread, targetStatus, weightedTotal } from './ranking';

export function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function criteriaOf(row: RoundRow): SelectionCriterion[] {
  return parseJson<SelectionCriterion[]>(row.criteria, []);
}

export function quotasOf(row: RoundRow): RegionQuota[] {
  return parseJson<RegionQuota[]>(row.quotas, []);
}

export function reviewersOf(row: RoundRow): string[] {
  return parseJson<string[]>(row.reviewers, []);
}

export function requireRoundRow(library: Library, id: string): RoundRow {
  const row = findRoundRow(library.db, id);
  if (!row) throw new CasebookError('NOT_FOUND', '找不到这个评选活动，它可能已被删除。', `round ${id}`);
  return row;
}

function emptyCounts(): Record<SelectionStage, number> {
  return Object.fromEntries(SELECTION_STAGES.map((stage) => [stage, 0])) as Record<SelectionStage, number>;
}

export function summaryOfRound(row: RoundRow, counts: Partial<Record<SelectionStage, number>> = {}): RoundSummary {
  const stageCounts = { ...emptyCounts(), ...counts };
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    targetCount: row.target_count,
    reviewers: reviewersOf(row),
    submissionCount: Object.values(stageCounts).reduce((sum, n) => sum + n, 0),
    stageCounts,
    collectionId: row.collection_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function roundSummaries(library: Library, rows: readonly RoundRow[]): RoundSummary[] {
  const counts = stageCountsByRound(library.db);
  return rows.map((row) => summaryOfRound(row, counts.get(row.id)));
}

/** Pairs of submissions whose texts are near duplicates (查重 signatures, the library's threshold). */
export function duplicateFlags(library: Library, documents: readonly DocumentRow[]): Map<number, DuplicateFlag[]> {
  const flags = new Map<number, DuplicateFlag[]>();
  const signatures = loadSignatures(library.db, documents.map((document) => document.seq));
  for (let i = 0; i < documents.length; i += 1) {
    const left = documents[i] as DocumentRow;
    const leftSignature = signatures.get(left.seq);
    if (!leftSignature) continue;
    for (let j = i + 1; j < documents.length; j += 1) {
      const right = documents[j] as DocumentRow;
      const rightSignature = signatures.get(right.seq);
      if (!rightSignature) continue;
      const similarity = estimateSimilarity(leftSignature, rightSignature);
      if (similarity < NEAR_DUPLICATE_THRESHOLD) continue;
      const rounded = roundSimilarity(similarity);
      flags.set(left.seq, [...(flags.get(left.seq) ?? []), { documentId: right.id, title: right.title, similarity: rounded }]);
      flags.set(right.seq, [...(flags.get(right.seq) ?? []), { documentId: left.id, title: left.title, similarity: rounded }]);
    }
  }
  return flags;
}

function historyBySubmission(library: Library, roundId: string): Map<number, StageChange[]> {
  const result = new Map<number, StageChange[]>();
  for (const row of historyOfRound(library.db, roundId)) {
    const change: StageChange = { from: row.from_stage, to: row.to_stage, reason: row.reason, actor: row.actor, at: row.changed_at };
    result.set(row.submission_id, [...(result.get(row.submission_id) ?? []), change]);
  }
  return result;
}

function reviewsBySubmission(library: Library, roundId: string, criteria: readonly SelectionCriterion[], reviewers: readonly string[]): Map<number, ReviewerScore[]> {
  const result = new Map<number, ReviewerScore[]>();
  const keys = new Set(criteria.map((criterion) => criterion.key));
  for (const row of reviewsOfRound(library.db, roundId)) {
    if (!reviewers.includes(row.reviewer)) continue;
    // Scores of a criterion taken out of the rubric are kept in the row but no longer count.
    const stored = parseJson<Record<string, number>>(row.scores, {});
    const scores = Object.fromEntries(Object.entries(stored).filter(([key]) => keys.has(key)));
    const notes = Object.fromEntries(Object.entries(parseJson<Record<string, string>>(row.notes, {})).filter(([key]) => keys.has(key)));
    const review: ReviewerScore = { reviewer: row.reviewer, scores, comment: row.comment, notes, total: weightedTotal(criteria, scores), updatedAt: row.updated_at };
    result.set(row.submission_id, [...(result.get(row.submission_id) ?? []), review]);
  }
  for (const list of result.values()) list.sort((a, b) => reviewers.indexOf(a.reviewer) - reviewers.indexOf(b.reviewer));
  return result;
}

/** Each reviewer of the panel with their 评审包: made or not, returned or outstanding, cases abstained from (回避). */
function reviewerStatus(library: Library, roundId: string, reviewers: readonly string[], titles: ReadonlyMap<string, string>): ReviewerReturnStatus[] {
  const packages = new Map(packagesOfRound(library.db, roundId).map((row) => [row.reviewer, row]));
  return reviewers.map((reviewer) => {
    const row = packages.get(reviewer);
    const abstained = parseJson<string[]>(row?.abstained ?? '[]', []).map((documentId) => ({ documentId, title: titles.get(documentId) ?? documentId }));
    return { reviewer, packagedAt: row?.packaged_at ?? null, blind: row?.blind === 1, abstained, returnedAt: row?.returned_at ?? null };
  });
}

/** The round with its ranked table, duplicate flags, quota and target checks. */
export function roundDetail(library: Library, id: string): RoundDetail {
  ensureSignatures(library);
  const row = requireRoundRow(library, id);
  const criteria = criteriaOf(row);
  const quotas = quotasOf(row);
  const reviewers = reviewersOf(row);
  const submissions = submissionsOfRound(library.db, id);
  const documents = new Map<number, DocumentRow>();
  for (const submission of submissions) {
    const document = findDocumentRowBySeq(library.db, submission.document_seq);
    if (document) documents.set(document.seq, document);
  }
  const tags = tagsOfDocuments(library.db, [...documents.keys()]);
  const duplicates = duplicateFlags(library, [...documents.values()]);
  const histories = historyBySubmission(library, id);
  const reviews = reviewsBySubmission(library, id, criteria, reviewers);

  const rows = submissions.flatMap((submission: SubmissionRow) => {
    const document = documents.get(submission.document_seq);
    if (!document) return [];
    const own = reviews.get(submission.id) ?? [];
    const { score, spread, spreadWarning } = scoreAndSpread(own.map((review) => review.total));
    return [{ submission, document, own, score, spread, spreadWarning, stage: submission.stage, title: document.title, addedAt: submission.added_at }];
  });

  const ranked: RankedSubmission[] = rankSubmissions(rows).map(({ item, rank }) => ({
    rank,
    document: summaryFromRow(item.document, tags.get(item.document.seq) ?? []),
    quotaRegion: quotaRegionOf(item.document.region),
    stage: item.stage,
    reason: item.submission.reason,
    score: item.score,
    spread: item.spread,
    spreadWarning: item.spreadWarning,
    reviews: item.own,
    duplicates: duplicates.get(item.document.seq) ?? [],
    history: histories.get(item.submission.id) ?? [],
    position: item.submission.position,
    addedAt: item.submission.added_at,
  }));

  const selectedByRegion: Record<string, number> = {};
  for (const submission of ranked) {
    if (submission.stage !== 'selected') continue;
    const region = submission.quotaRegion ?? '未注明地区';
    selectedByRegion[region] = (selectedByRegion[region] ?? 0) + 1;
  }
  const selected = ranked.filter((submission) => submission.stage === 'selected').length;
  const counts = emptyCounts();
  for (const submission of ranked) counts[submission.stage] += 1;

  const status = reviewerStatus(library, id, reviewers, new Map([...documents.values()].map((document) => [document.id, document.title])));
  return {
    ...summaryOfRound(row, counts),
    criteria,
    quotas,
    reviewerStatus: status,
    returnedReviewers: status.filter((item) => item.returnedAt !== null).map((item) => item.reviewer),
    outstandingReviewers: status.filter((item) => item.returnedAt === null).map((item) => item.reviewer),
    submissions: ranked,
    quotaChecks: checkQuotas(quotas, selectedByRegion),
    selectedByRegion,
    target: { selected, target: row.target_count, status: targetStatus(selected, row.target_count) },
  };
}
