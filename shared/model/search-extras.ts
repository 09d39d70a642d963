import type { DocumentSummary } from './document';

/** Facets: counts per value over every document the current query matches (not just one page). */
export const FACET_FIELDS = ['kind', 'region', 'year', 'tag', 'issuer', 'collection'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export const FACET_LABELS: Record<FacetField, string> = {
  kind: '类型',
  region: '地区',
  year: '年度',
  tag: '标签',
  issuer: '发文机关',
  collection: '专辑',
};

export interface FacetValue {
  /** What is shown, e.g. 典型案例, 温州市, 2023, 主题/党建联建. */
  label: string;
  count: number;
  /** The field filter that narrows the query to this value, e.g. kind:case or region:"温州 龙湾". */
  filter: string;
}

export interface SearchFacets {
  /** Matching documents the counts were made over. */
  total: number;
  facets: Record<FacetField, FacetValue[]>;
}

export interface SavedSearch {
  id: string;
  name: string;
  query: string;
  sort: 'relevance' | 'date';
  /** How many documents match now (the query is run when the list is read). */
  count: number;
  /** The count is an estimate (a very broad query). */
  estimated: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SearchHistoryEntry {
  query: string;
  usedAt: string;
  uses: number;
}

/** 相关资料: another document with the reasons it is related, strongest first. */
export interface RelatedDocument {
  document: DocumentSummary;
  score: number;
  reasons: string[];
}

/** The search index as the app should show it: ready, or being rebuilt (with progress). */
export interface SearchIndexProgress {
  status: 'ready' | 'stale' | 'missing' | 'rebuilding';
  /** Documents indexed so far while rebuilding; equals total when ready. */
  done: number;
  total: number;
  /** Why the last rebuild failed, in Chinese, or null. */
  error: string | null;
}

/** Where a query matches in one document's title and text (UTF-16 offsets into the original). */
export interface TextRange {
  start: number;
  end: number;
}

export interface DocumentMatches {
  title: TextRange[];
  text: TextRange[];
  /** True when the text had more matches than were returned. */
  truncated: boolean;
}
