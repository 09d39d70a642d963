import { z } from 'zod';
import type { DocumentSummary } from './document';

/**
 * The annual selection (十大典型案例评选): a round collects case submissions, moves each through the
 * stages, takes reviewers' scores per criterion and ranks the cases; the selected ones become a
 * booklet collection. Scores are 0–100 per criterion; a reviewer's total is the weighted mean
 * (weights sum to 100), and a case's score is the mean of its reviewers' totals.
 */
export const SELECTION_STAGES = ['received', 'screening', 'shortlisted', 'selected', 'rejected'] as const;
export type SelectionStage = (typeof SELECTION_STAGES)[number];

export const STAGE_LABELS: Record<SelectionStage, string> = {
  received: '收到',
  screening: '初审',
  shortlisted: '入围',
  selected: '入选',
  rejected: '未入选',
};

/** Where a submission may go from each stage; 未入选 goes back only to the stage it came from. */
export const STAGE_NEXT: Record<SelectionStage, readonly SelectionStage[]> = {
  received: ['screening', 'rejected'],
  screening: ['shortlisted', 'rejected', 'received'],
  shortlisted: ['selected', 'rejected', 'screening'],
  selected: ['shortlisted'],
  rejected: ['received', 'screening', 'shortlisted'],
};

/** Preset reasons for 未入选; any other reason is written out as free text. */
export const EXCLUSION_REASONS = ['发生质量安全事故', '材料不全', '不符合申报条件', '与其他申报重复'] as const;

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;
/** Reviewers' totals further apart than this (points on the 0–100 scale) are highlighted. */
export const SPREAD_WARNING = 15;
export const DEFAULT_TARGET_COUNT = 10;

export const DEFAULT_CRITERIA: readonly { name: string; weight: number; description: string }[] = [
  { name: '党建引领', weight: 25, description: '临时党支部建设、党员作用发挥、把党建优势转化为建设优势' },
  { name: '做法创新', weight: 25, description: '有特色、有品牌的做法（如“党建联盟”“136党建链”），可复制' },
  { name: '成效实绩', weight: 25, description: '工程质量安全、进度、工人权益、群众评价等可核实的成效与数字' },
  { name: '示范推广', weight: 15, description: '获得表彰、被媒体报道或在其他项目推广' },
  { name: '材料规范', weight: 10, description: '材料完整、数据准确、文字规范' },
];

const name = (what: string, max: number) => z.string().trim().min(1, `${what}不能为空`).max(max, `${what}最多 ${max} 个字`);

export const criterionSchema = z
  .object({
    /** Stable key, so renaming a criterion keeps its scores; new criteria may leave it out. */
    key: z.string().trim().min(1).max(40).optional(),
    name: name('评分项名称', 30),
    weight: z.number().int('权重应为整数').min(1, '权重至少为 1').max(100, '权重最多为 100'),
    description: z.string().trim().max(300).default(''),
  })
  .strict();
export type CriterionInput = z.input<typeof criterionSchema>;

export const quotaSchema = z
  .object({
    /** A 设区市 as the round groups regions, e.g. 温州市. */
    region: name('地区', 40),
    min: z.number().int().min(0).max(1000).nullable().default(null),
    max: z.number().int().min(0).max(1000).nullable().default(null),
  })
  .strict();
export type QuotaInput = z.input<typeof quotaSchema>;

export const reviewerName = name('评审人姓名', 30);

const settingsShape = {
  name: name('评选名称', 100),
  year: z.number().int().min(2000, '年度应在 2000–2100 之间').max(2100, '年度应在 2000–2100 之间'),
  targetCount: z.number().int().min(1, '入选数量至少为 1').max(500, '入选数量最多为 500'),
  criteria: z.array(criterionSchema).min(1, '至少需要一个评分项').max(20, '评分项最多 20 个'),
  quotas: z.array(quotaSchema).max(100),
  reviewers: z.array(reviewerName).max(50, '评审人最多 50 位'),
};

/** A new round as the setup form sends it; left-out criteria get the default rubric. */
export const roundSettingsSchema = z
  .object({
    ...settingsShape,
    targetCount: settingsShape.targetCount.default(DEFAULT_TARGET_COUNT),
    criteria: settingsShape.criteria.optional(),
    quotas: settingsShape.quotas.default([]),
    reviewers: settingsShape.reviewers.default([]),
  })
  .strict();

/** Changes to a round's settings: only what is given changes. The engine checks the merged settings. */
export const roundPatchSchema = z.object(settingsShape).partial().strict();

export interface SelectionCriterion {
  key: string;
  name: string;
  weight: number;
  description: string;
}

export interface RegionQuota {
  region: string;
  min: number | null;
  max: number | null;
}

export interface RoundSummary {
  id: string;
  name: string;
  year: number;
  targetCount: number;
  reviewers: string[];
  submissionCount: number;
  stageCounts: Record<SelectionStage, number>;
  /** The booklet collection made from this round, when there is one. */
  collectionId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StageChange {
  from: SelectionStage | null;
  to: SelectionStage;
  reason: string | null;
  actor: string;
  at: string;
}

export interface ReviewerScore {
  reviewer: string;
  /** Criterion key → 0–100; a criterion not yet scored is missing. */
  scores: Record<string, number>;
  comment: string;
  /** Criterion key → the reviewer's note on that criterion (扣分理由, 亮点); only criteria with a note. */
  notes: Record<string, string>;
  /** Weighted total when every criterion is scored, else null. */
  total: number | null;
  updatedAt: string;
}

export interface DuplicateFlag {
  documentId: string;
  title: string;
  similarity: number;
}

/** One row of the ranked table. */
export interface RankedSubmission {
  /** 1-based among the cases still in the running (not 未入选) that have a score; null otherwise. */
  rank: number | null;
  document: DocumentSummary;
  /** The 设区市 the quotas count it under, or null when the case names no region. */
  quotaRegion: string | null;
  stage: SelectionStage;
  /** Why it is 未入选. */
  reason: string | null;
  /** Mean of the reviewers' weighted totals (complete scores only), two decimals. */
  score: number | null;
  /** max − min of the reviewers' totals, when two or more reviewers scored it. */
  spread: number | null;
  spreadWarning: boolean;
  reviews: ReviewerScore[];
  /** Other submissions in the round whose text is nearly the same (查重). */
  duplicates: DuplicateFlag[];
  history: StageChange[];
  /** Position in the booklet's chosen order, when one was set. */
  position: number | null;
  addedAt: string;
}

export interface QuotaCheck {
  region: string;
  min: number | null;
  max: number | null;
  selected: number;
  status: 'ok' | 'over' | 'under';
}

/** Where a reviewer stands with the 评审包 (issue 16): sent a package, returned scores, or neither yet. */
export interface ReviewerReturnStatus {
  reviewer: string;
  /** When a 评审包 was last made for them; null when none was. */
  packagedAt: string | null;
  blind: boolean;
  /** 回避: the cases withheld from their package because they come from the reviewer's own unit. */
  abstained: { documentId: string; title: string }[];
  /** When their last 评分结果 file was merged; null while outstanding. */
  returnedAt: string | null;
}

export interface RoundDetail extends RoundSummary {
  criteria: SelectionCriterion[];
  quotas: RegionQuota[];
  /** Every reviewer in panel order: package made, returned, abstentions. */
  reviewerStatus: ReviewerReturnStatus[];
  /** Reviewers whose 评分结果 was merged, and those still outstanding (panel order). */
  returnedReviewers: string[];
  outstandingReviewers: string[];
  submissions: RankedSubmission[];
  quotaChecks: QuotaCheck[];
  /** 入选 per region (every region with a selected case, quota or not). */
  selectedByRegion: Record<string, number>;
  target: { selected: number; target: number; status: 'met' | 'under' | 'over' };
}

/** The file a 评审包 is written as: the ZIP Casebook opens (.cbreview), or one offline HTML page any browser opens. */
export const REVIEW_PACKAGE_FORMATS = ['package', 'html'] as const;
export type ReviewPackageFormat = (typeof REVIEW_PACKAGE_FORMATS)[number];

/** 生成评审包: the file written and what it holds. */
export interface ReviewPackageResult {
  format: ReviewPackageFormat;
  /** Where the file was written (when the request named one). */
  path: string | null;
  fileName: string;
  size: number;
  /** The file itself when no path was given (browser download). */
  contentBase64: string | null;
  reviewer: string;
  blind: boolean;
  /** Cases in the package. */
  count: number;
  /** The round's current stage the cases were taken from. */
  stage: SelectionStage;
  abstained: { documentId: string; title: string }[];
}

export interface BookletResult {
  collectionId: string;
  name: string;
  count: number;
}

/** What importing a returned 评分结果 would do (rounds.previewResult), so a second return can be confirmed. */
export type ReviewResultPreview =
  | {
      ok: true;
      roundId: string;
      roundName: string;
      reviewer: string;
      caseCount: number;
      /** This reviewer returned scores before. */
      secondReturn: boolean;
      /** The same scores as the last return: importing changes nothing. */
      unchanged: boolean;
      /** For a second return: per case, what changes (《题目》评分项 旧 → 新…). */
      changes: string[];
      /** For a first return: scores typed in the app before that it will replace. */
      replacesTypedScores: string[];
    }
  | { ok: false; reason: string };
