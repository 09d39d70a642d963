import type { ImportResult } from './import';

/** What to do with an item that exists in both libraries with different content. */
export const CONFLICT_CHOICES = ['mine', 'theirs', 'both'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

export const CONFLICT_CHOICE_LABELS: Record<ConflictChoice, string> = {
  mine: '保留本库',
  theirs: '采用交换包',
  both: '两份都保留',
};

export type BundleItemType = 'document' | 'collection' | 'draft';

export const BUNDLE_ITEM_LABELS: Record<BundleItemType, string> = {
  document: '资料',
  collection: '专辑',
  draft: '草稿',
};

/**
 * One item of a bundle against this library: `new` is added, `duplicate` is already here
 * (same id and content, or the same text under another id), `conflict` is here with other content.
 */
export interface BundlePlanItem {
  type: BundleItemType;
  id: string;
  title: string;
  status: 'new' | 'duplicate' | 'conflict';
  /** The library's own copy: the same id, or for a duplicate the document with the same text. */
  existingId: string | null;
  /** zh-CN names of what differs (标题, 正文, 发布日期…), for conflicts. */
  differences: string[];
  mine: { title: string; updatedAt: string } | null;
  theirs: { updatedAt: string };
}

export interface BundlePlan {
  /** The bundle's own file name as the user chose it. */
  fileName: string;
  libraryId: string;
  createdAt: string;
  /** The bundle was made from this very library. */
  fromThisLibrary: boolean;
  counts: { new: number; duplicate: number; conflict: number };
  /** Tag paths the bundle brings that this library does not have yet. */
  newTags: string[];
  items: BundlePlanItem[];
}

export interface BundleApplyResult {
  /** One line per document, in the shape `import --json` prints. */
  results: ImportResult[];
  collections: { imported: number; duplicate: number; updated: number };
  drafts: { imported: number; duplicate: number; updated: number };
}

export interface BundleExportResult {
  /** Where the file was written (when the request named one). */
  path: string | null;
  fileName: string;
  size: number;
  documents: number;
  collections: number;
  drafts: number;
  /** The file itself when no path was given (browser download). */
  contentBase64: string | null;
}

export const BUNDLE_FILE_EXTENSION = '.casebook';
