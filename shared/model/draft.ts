import type { RichTextDoc } from './rich-text';

/** A draft (草稿) as lists show it. */
export interface DraftSummary {
  id: string;
  title: string;
  /** The first words of the text, for lists. */
  excerpt: string;
  charCount: number;
  citationCount: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** Set while the draft is in the 回收站. */
  deletedAt: string | null;
}

/** Where a citation's source stands now: in the library, in the 回收站, or deleted for good. */
export type CitationSourceStatus = 'ok' | 'trashed' | 'missing';

/** One citation of a draft, numbered in footnote order, with its source as it is now. */
export interface DraftCitation {
  number: number;
  citationId: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
  /** The source's current title, 来源/发文机关 and 发布日期 (the quoting-time snapshot when the source is gone). */
  title: string;
  source: string | null;
  date: string | null;
  status: CitationSourceStatus;
}

export interface DraftRecord extends DraftSummary {
  content: RichTextDoc;
  citations: DraftCitation[];
}

export type DraftVersionReason = 'auto' | 'manual' | 'before_restore' | 'restore' | 'conflict';

export const DRAFT_VERSION_REASON_LABELS: Record<DraftVersionReason, string> = {
  auto: '自动保存的版本',
  manual: '手动保存的版本',
  before_restore: '恢复旧版本前的内容',
  restore: '恢复的旧版本',
  conflict: '被另一窗口覆盖前的内容',
};

export interface DraftVersionSummary {
  id: number;
  draftId: string;
  title: string;
  charCount: number;
  reason: DraftVersionReason;
  label: string | null;
  createdAt: string;
}

export interface DraftVersion extends DraftVersionSummary {
  content: RichTextDoc;
}

export interface DraftSaveResult {
  id: string;
  title: string;
  revision: number;
  updatedAt: string;
  charCount: number;
  citations: DraftCitation[];
  /** A version snapshot was taken with this save (time/size cadence). */
  versionCreated: boolean;
  /**
   * The draft had been saved elsewhere since this window loaded it (another window, the browser mode,
   * a quote from the reader). This save still won, and the overwritten text was kept as a version.
   */
  conflict: boolean;
}

/** A draft that quotes a document (the reader's 被引用 list). */
export interface CitingDraft {
  draftId: string;
  title: string;
  citationCount: number;
  deletedAt: string | null;
  updatedAt: string;
}

export interface QuoteResult {
  draft: DraftSummary;
  citationId: string;
  /** True when the quote started a new draft. */
  created: boolean;
}
