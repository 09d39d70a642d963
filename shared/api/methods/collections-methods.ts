import { z } from 'zod';
import type { CollectionDetail, CollectionItemsAdded, CollectionList, CollectionMembership, CollectionSummary, RemovedCollectionItem } from '../../model/collection';
import { collectionAddItemsSchema, collectionAddSectionSchema, collectionCommentarySchema, collectionContainingSchema, collectionCreateSchema, collectionDeleteSectionSchema, collectionDuplicateSchema, collectionGetSchema, collectionIdsSchema, collectionListSchema, collectionMoveItemSchema, collectionMoveItemsSchema, collectionMoveSectionSchema, collectionRemoveItemsSchema, collectionRenameSectionSchema, collectionUpdateSchema, folderCreateSchema, folderDeleteSchema, folderUpdateSchema } from './collection-schemas';
import { method } from './common';
import type { Undoable } from '../../model/undo';

export const collectionMethods = {
  // 专辑 (shared/model/collection.ts; electron/engine/collections/). Every change is an intent on the current state.
  'collections.list': method<CollectionList>()(collectionListSchema),
  'collections.get': method<CollectionDetail>()(collectionGetSchema),
  /** A collection by its id or its name (names are unique among live collections), e.g. the command line's NAME. */
  'collections.resolve': method<CollectionSummary>()(z.object({ nameOrId: z.string().trim().min(1, '请给出专辑名称或编号').max(200) }).strict()),
  'collections.create': method<CollectionDetail>()(collectionCreateSchema),
  /** Rename, description, cover title/subtitle, folder: only the fields given change. */
  'collections.update': method<CollectionDetail>()(collectionUpdateSchema),
  'collections.duplicate': method<CollectionDetail>()(collectionDuplicateSchema),
  'collections.trash': method<{ count: number } & Undoable>()(collectionIdsSchema),
  'collections.restore': method<{ count: number }>()(collectionIdsSchema),
  /** Deletes collections in the 回收站 for good; the documents in them stay. */
  'collections.purge': method<{ count: number }>()(collectionIdsSchema),
  /** The collections that hold a document. */
  'collections.containing': method<CollectionMembership[]>()(collectionContainingSchema),
  /** 加入专辑: documents, excerpts or drafts, at the end or after a given item; whole documents already in it are skipped. */
  'collections.addItems': method<CollectionItemsAdded>()(collectionAddItemsSchema),
  /** 移出专辑; answers what 撤销 needs to add the items back in place. */
  'collections.removeItems': method<{ collection: CollectionDetail; removed: RemovedCollectionItem[] } & Undoable>()(collectionRemoveItemsSchema),
  /** Moves one item after another (afterItemId null: first in the section). */
  'collections.moveItem': method<CollectionDetail>()(collectionMoveItemSchema),
  /** 移到分节 for several items at once: in their reading order, last in the section or after an item; 撤销 puts the old order back. */
  'collections.moveItems': method<{ collection: CollectionDetail; moved: number } & Undoable>()(collectionMoveItemsSchema),
  /** 编者按 / 点评 of one item (tiptap JSON; null clears it). */
  'collections.setCommentary': method<CollectionDetail>()(collectionCommentarySchema),
  'collections.addSection': method<{ collection: CollectionDetail; sectionId: string }>()(collectionAddSectionSchema),
  'collections.renameSection': method<CollectionDetail>()(collectionRenameSectionSchema),
  'collections.moveSection': method<CollectionDetail>()(collectionMoveSectionSchema),
  /** Deletes a heading; its items join the section before it. */
  'collections.deleteSection': method<CollectionDetail>()(collectionDeleteSectionSchema),
  'collectionFolders.create': method<{ folderId: string; list: CollectionList }>()(folderCreateSchema),
  /** Renames a folder or moves it under another (parentId null: top level). */
  'collectionFolders.update': method<CollectionList>()(folderUpdateSchema),
  /** Deletes a folder; its collections and sub-folders move up to its parent. */
  'collectionFolders.delete': method<CollectionList>()(folderDeleteSchema),
} as const;
