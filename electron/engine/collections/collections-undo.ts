import { z } from 'zod';
import { newCollectionItemSchema } from '../../../shared/model/collection';
import type { Library } from '../core/library';
import type { UndoApplier } from '../core/undo-log';
import { addCollectionItems, ITEM_REMOVED_STEP } from './collection-items-service';
import { ITEMS_MOVED_STEP, restoreItemOrder } from './collection-items-move-service';
import { COLLECTIONS_TRASHED_STEP, restoreCollections } from './collections-service';

const itemRemovedSchema = z.object({
  collectionId: z.string(),
  entry: z.object({ itemId: z.string(), sectionId: z.string().nullable(), afterItemId: z.string().nullable(), item: newCollectionItemSchema }),
});

const itemsMovedSchema = z.object({
  collectionId: z.string(),
  sections: z.array(z.object({ sectionId: z.string().nullable(), itemIds: z.array(z.string()) })),
});

/**
 * 撤销 of 移出专辑 (each item back in its section, after the item it followed, with its own id), of
 * 移到分节 for a selection (every section in its old order) and of 删除 to the 回收站.
 */
export function collectionUndoAppliers(library: Library): Record<string, UndoApplier> {
  return {
    [ITEM_REMOVED_STEP]: (data) => {
      const { collectionId, entry } = itemRemovedSchema.parse(data);
      addCollectionItems(library, collectionId, [entry.item], { sectionId: entry.sectionId, afterItemId: entry.afterItemId, allowDuplicates: true, formerIds: [entry.itemId] });
    },
    [ITEMS_MOVED_STEP]: (data) => {
      const { collectionId, sections } = itemsMovedSchema.parse(data);
      restoreItemOrder(library, collectionId, sections);
    },
    [COLLECTIONS_TRASHED_STEP]: (data) => void restoreCollections(library, z.object({ ids: z.array(z.string()) }).parse(data).ids),
  };
}
