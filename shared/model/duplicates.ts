import type { DocumentSummary } from './document';

/** What the user decided about a pair of near duplicates (查重). */
export const DUPLICATE_STATUSES = ['pending', 'kept', 'merged'] as const;
export type DuplicateStatus = (typeof DUPLICATE_STATUSES)[number];

export const DUPLICATE_STATUS_LABELS: Record<DuplicateStatus, string> = {
  pending: '待处理',
  kept: '已保留两份',
  merged: '已合并',
};

/**
 * Where the two texts part, short, for a side-by-side glance: the first paragraph of each that the
 * other does not have ('' when it has none of its own). 'difference': a body paragraph differs;
 * 'lines': the bodies are the same and only short lines differ (a site name, 来源, 编辑); 'opening':
 * nothing differs paragraph by paragraph, so the two openings.
 */
export interface DuplicatePreview {
  kind: 'difference' | 'lines' | 'opening';
  left: string;
  right: string;
}

/** Two documents whose cleaned texts are nearly the same. */
export interface DuplicatePair {
  id: number;
  /** Estimated Jaccard similarity of the two texts' shingles, 0–1, two decimals. */
  similarity: number;
  status: DuplicateStatus;
  /** The document that was in the library first. */
  left: DocumentSummary;
  /** The document imported later that resembles it. */
  right: DocumentSummary;
  preview: DuplicatePreview;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** After a merge: the document that was kept (the other went to the 回收站). */
  keptId: string | null;
}

export interface DuplicateList {
  /** Pairs matching the request. */
  total: number;
  /** Pending pairs between two documents that are both in the library (the sidebar's count). */
  pendingCount: number;
  items: DuplicatePair[];
}

/** A document whose text resembles the one being read (the reader's 相似资料). */
export interface SimilarDocument {
  document: DocumentSummary;
  similarity: number;
  /** The 查重 pair linking the two, when the import recorded one. */
  pairId: number | null;
  status: DuplicateStatus | null;
}
