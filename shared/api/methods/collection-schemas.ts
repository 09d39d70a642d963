import { z } from 'zod';
import { collectionFieldsSchema, collectionName, folderName, newCollectionItemSchema, sectionTitle } from '../../model/collection';
import { richTextDocSchema } from '../../model/rich-text';

/** Request schemas of the 专辑 methods (shared/api/contract.ts), kept here so the contract stays short. */

const collectionId = z.string().trim().min(1, '缺少专辑编号').max(64);
const collectionIds = z.array(collectionId).min(1, '请至少选择一个专辑').max(10_000);
const itemId = z.string().trim().min(1, '缺少条目编号').max(64);
const sectionId = z.string().trim().min(1, '缺少分节编号').max(64);
const folderId = z.string().trim().min(1, '缺少文件夹编号').max(64);

export const collectionListSchema = z.object({ trashed: z.boolean().default(false) }).strict();
export const collectionGetSchema = z.object({ id: collectionId }).strict();
export const collectionCreateSchema = collectionFieldsSchema.extend({ name: collectionName }).strict();
/** Only the fields given change (last writer wins per field). */
export const collectionUpdateSchema = z.object({ id: collectionId, set: collectionFieldsSchema }).strict();
export const collectionDuplicateSchema = z.object({ id: collectionId, name: collectionName.optional() }).strict();
export const collectionIdsSchema = z.object({ ids: collectionIds }).strict();
export const collectionContainingSchema = z.object({ documentId: z.string().trim().min(1, '缺少资料编号').max(64) }).strict();

export const collectionAddItemsSchema = z
  .object({
    collectionId,
    items: z.array(newCollectionItemSchema).min(1, '请至少选择一份资料').max(10_000),
    /** null or left out: before the first section. */
    sectionId: sectionId.nullable().optional(),
    /** After this item (its current section wins); null: first; left out: last. */
    afterItemId: itemId.nullable().optional(),
    /** Add a whole document the collection already holds again (default: skip it). */
    allowDuplicates: z.boolean().default(false),
  })
  .strict();
export const collectionRemoveItemsSchema = z.object({ collectionId, itemIds: z.array(itemId).min(1, '请至少选择一条').max(10_000) }).strict();
export const collectionMoveItemSchema = z
  .object({ collectionId, itemId, sectionId: sectionId.nullable(), afterItemId: itemId.nullable() })
  .strict();
/** 移到分节 for a selection: the items go together, in reading order. */
export const collectionMoveItemsSchema = z
  .object({
    collectionId,
    itemIds: z.array(itemId).min(1, '请至少选择一条').max(10_000),
    /** null: before the first section. */
    sectionId: sectionId.nullable(),
    /** After this item (its section wins); null: first in the section; left out: last. */
    afterItemId: itemId.nullable().optional(),
  })
  .strict();
export const collectionCommentarySchema = z.object({ collectionId, itemId, commentary: richTextDocSchema.nullable() }).strict();

export const collectionAddSectionSchema = z.object({ collectionId, title: sectionTitle, afterSectionId: sectionId.nullable().optional() }).strict();
export const collectionRenameSectionSchema = z.object({ collectionId, sectionId, title: sectionTitle }).strict();
export const collectionMoveSectionSchema = z.object({ collectionId, sectionId, afterSectionId: sectionId.nullable() }).strict();
export const collectionDeleteSectionSchema = z.object({ collectionId, sectionId }).strict();

export const folderCreateSchema = z.object({ name: folderName, parentId: folderId.nullable().optional() }).strict();
export const folderUpdateSchema = z.object({ id: folderId, name: folderName.optional(), parentId: folderId.nullable().optional() }).strict();
export const folderDeleteSchema = z.object({ id: folderId }).strict();
