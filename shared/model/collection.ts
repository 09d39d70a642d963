import { z } from 'zod';
import type { DocumentSummary } from './document';
import { richTextDocSchema, type RichTextDoc } from './rich-text';

/**
 * Collections (专辑): an ordered selection of documents, excerpts and drafts, optionally split into
 * sections (一、组织建设 二、权益保障), with a cover, a description and per-item commentary
 * (编者按 / 点评). Collections nest in folders (培训课程 / 2025 春季班) and go to the 回收站.
 *
 * Every change is an intent applied to the current state in one transaction (add these items, move
 * item X after item Y, set field F), never "replace the whole list", so two windows editing the same
 * collection never lose an item; a field edited in both keeps the last writer's value.
 */

export const COLLECTION_ITEM_KINDS = ['document', 'excerpt', 'draft'] as const;
export type CollectionItemKind = (typeof COLLECTION_ITEM_KINDS)[number];

export const ITEM_KIND_LABELS: Record<CollectionItemKind, string> = {
  document: '全文',
  excerpt: '摘录',
  draft: '草稿',
};

/** Where an item's source stands now: in the library, in the 回收站, or deleted for good (缺失). */
export type CollectionSourceStatus = 'ok' | 'trashed' | 'missing';

export interface CollectionFolder {
  id: string;
  name: string;
  parentId: string | null;
  position: number;
  createdAt: string;
  updatedAt: string;
}

export interface CollectionSummary {
  id: string;
  folderId: string | null;
  /** The folders it sits in, from the top: 培训 / 第三讲 ('' at the top level). */
  folderPath: string;
  name: string;
  description: string;
  coverTitle: string;
  coverSubtitle: string;
  itemCount: number;
  sectionCount: number;
  /** Items whose source is in the 回收站 or deleted for good. */
  missingCount: number;
  createdAt: string;
  updatedAt: string;
  /** Set while the collection is in the 回收站. */
  deletedAt: string | null;
}

export interface CollectionSection {
  id: string;
  /** The title as typed, e.g. 组织建设. */
  title: string;
  /** The title numbered by its place: 一、组织建设. */
  heading: string;
  position: number;
}

export interface CollectionItem {
  id: string;
  kind: CollectionItemKind;
  /** null: before the first section. */
  sectionId: string | null;
  position: number;
  documentId: string | null;
  draftId: string | null;
  /** The quoted passage of an excerpt, with its offsets in the source's cleaned text (end exclusive). */
  excerpt: { text: string; start: number; end: number } | null;
  commentary: RichTextDoc | null;
  /** Plain text of the commentary, for lists, the command line and exports. */
  commentaryText: string;
  /** The source's current title, or the title it had when added if it is gone. */
  title: string;
  status: CollectionSourceStatus;
  /** The source document as it is now (null for drafts and purged documents). */
  document: DocumentSummary | null;
  draft: { id: string; title: string; updatedAt: string; deletedAt: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

export interface CollectionDetail extends CollectionSummary {
  sections: CollectionSection[];
  /** Every item in reading order: items before the first section, then each section's items. */
  items: CollectionItem[];
}

export interface CollectionList {
  folders: CollectionFolder[];
  collections: CollectionSummary[];
}

/** Collections that hold a document, for the 加入专辑 menu and the reader. */
export interface CollectionMembership {
  collectionId: string;
  name: string;
  itemCount: number;
}

export const collectionName = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, '专辑名称不能为空').max(200, '专辑名称最多 200 个字'));
export const folderName = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, '文件夹名称不能为空').max(100, '文件夹名称最多 100 个字'));
export const sectionTitle = z
  .string()
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, '分节标题不能为空').max(200, '分节标题最多 200 个字'));

const entityId = z.string().trim().min(1).max(64);
const description = z.string().max(20_000, '说明最多 20000 个字');
const coverLine = z.string().max(200, '封面标题最多 200 个字');

/** One item to add: a whole document, a passage [start, end) of one, or a draft. */
export const newCollectionItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), documentId: entityId, commentary: richTextDocSchema.nullable().optional() }).strict(),
  z
    .object({
      kind: z.literal('excerpt'),
      documentId: entityId,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      commentary: richTextDocSchema.nullable().optional(),
    })
    .strict()
    .refine((item) => item.end > item.start, { message: '摘录的结束位置应在开始位置之后', path: ['end'] }),
  z.object({ kind: z.literal('draft'), draftId: entityId, commentary: richTextDocSchema.nullable().optional() }).strict(),
]);
export type NewCollectionItem = z.input<typeof newCollectionItemSchema>;

export const collectionFieldsSchema = z
  .object({
    name: collectionName,
    folderId: entityId.nullable(),
    description,
    coverTitle: coverLine,
    coverSubtitle: coverLine,
  })
  .partial()
  .strict();
export type CollectionFields = z.input<typeof collectionFieldsSchema>;

/** Where to put new or moved items: a section (null: before the first) and the item to follow (null: first). */
export const placementSchema = z
  .object({
    sectionId: entityId.nullable().default(null),
    /** Put after this item; null puts first in the section, left out puts last. */
    afterItemId: entityId.nullable().optional(),
  })
  .strict();

export const CHINESE_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (sections rarely pass 99). */
export function chineseNumeral(n: number): string {
  if (n <= 10) return CHINESE_NUMERALS[n] ?? String(n);
  if (n < 20) return `十${CHINESE_NUMERALS[n - 10]}`;
  if (n < 100) return `${CHINESE_NUMERALS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CHINESE_NUMERALS[n % 10]}`;
  return String(n);
}

/** Strips a typed number (一、 / 1. / （一）) so the heading can number the section by its place. */
export function stripSectionNumber(title: string): string {
  const stripped = title.replace(/^\s*(?:[一二三四五六七八九十百]+\s*[、.．]|（[一二三四五六七八九十百]+）|\(?\d+\)?\s*[、.．)]|第[一二三四五六七八九十百\d]+[部分节章]\s*)\s*/, '');
  return stripped.trim() || title.trim();
}

export function sectionHeading(index: number, title: string): string {
  return `${chineseNumeral(index + 1)}、${title}`;
}

export interface CollectionItemsAdded {
  collection: CollectionDetail;
  /** Ids of the new items, in the order given. */
  added: string[];
  /** Whole documents left out because the collection already holds them. */
  skipped: number;
}

/** A removed item with what is needed to put it back where it was (撤销). */
export interface RemovedCollectionItem {
  itemId: string;
  sectionId: string | null;
  /** The item it followed; null: it was first in its section. */
  afterItemId: string | null;
  item: NewCollectionItem;
}
