import type { SelectionCriterion, SelectionStage } from './selection';

/**
 * 评审工作台: a reviewer who has Casebook opens the 评审包 they were sent and scores it here, apart
 * from their own library (the cases never become documents), then 导出评分结果 for the bureau.
 */
export interface ReviewWorkspaceSummary {
  /** The package id: opening a newer package for the same reviewer of the same round reuses the workspace. */
  id: string;
  roundName: string;
  year: number;
  reviewer: string;
  blind: boolean;
  stage: SelectionStage;
  caseCount: number;
  /** Cases with every criterion scored. */
  scoredCount: number;
  openedAt: string;
  updatedAt: string;
  /** When a 评分结果 file was last exported (null: never). */
  exportedAt: string | null;
}

export interface WorkspaceCaseScores {
  scores: Record<string, number>;
  notes: Record<string, string>;
  comment: string;
}

export interface ReviewWorkspaceCase extends WorkspaceCaseScores {
  id: string;
  title: string;
  region: string | null;
  year: number | null;
  date: string | null;
  practiceName: string | null;
  project: string | null;
  /** Null in a 盲评 package, as are author and source. */
  organization: string | null;
  author: string | null;
  source: string | null;
  text: string;
  /** The original as the bureau received it (PDF or image), when the package carries it (never in 盲评). */
  attachment: { name: string; mediaType: string; size: number } | null;
  /** Weighted total when every criterion has a score. */
  total: number | null;
}

export interface ReviewWorkspaceDetail extends ReviewWorkspaceSummary {
  criteria: SelectionCriterion[];
  scoreRange: { min: number; max: number };
  /** Cases withheld from this reviewer for 回避 (how many only). */
  abstainedCount: number;
  cases: ReviewWorkspaceCase[];
}

export interface ReviewWorkspaceOpened extends ReviewWorkspaceDetail {
  /** The same package (or a newer one for the same reviewer) was open already: its scores are kept. */
  reopened: boolean;
}

export interface WorkspaceAttachment {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

/** 导出评分结果: the signed file for the bureau. */
export interface ReviewResultExport {
  fileName: string;
  /** Where it was written (when the request named a file). */
  path: string | null;
  /** The file itself when no path was given (browser download). */
  contentBase64: string | null;
  size: number;
  /** Cases with at least one score in the file, and those fully scored. */
  caseCount: number;
  completeCount: number;
  total: number;
}

/** A reviewer's weighted total: null until every criterion is scored. */
export function weightedTotal(criteria: readonly Pick<SelectionCriterion, 'key' | 'weight'>[], scores: Readonly<Record<string, number | null | undefined>>): number | null {
  let sum = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const value = scores[criterion.key];
    if (value === null || value === undefined) return null;
    sum += value * criterion.weight;
    weights += criterion.weight;
  }
  return weights === 0 ? null : Math.round((sum / weights) * 100) / 100;
}
