import type { MethodName } from '../../../shared/api/contract';
import { addCollectionItems, moveCollectionItem, removeCollectionItems, setItemCommentary } from './collection-items-service';
import { createCollectionFolder, deleteCollectionFolder, updateCollectionFolder } from './collection-folders-service';
import {
  addCollectionSection,
  deleteCollectionSection,
  moveCollectionSection,
  renameCollectionSection,
} from './collection-sections-service';
import {
  collectionsContaining,
  createCollection,
  duplicateCollection,
  getCollection,
  listCollections,
  purgeCollections,
  restoreCollections,
  trashCollections,
  updateCollection,
} from './collections-service';
import type { Handlers } from '../api/handlers';

type CollectionMethod = Extract<MethodName, `collections.${string}` | `collectionFolders.${string}`>;

/** The 专辑 part of the handler table (spread into handlers.ts). */
export const collectionHandlers = {
  'collections.list': (library, request) => listCollections(library, request),
  'collections.get': (library, request) => getCollection(library, request.id),
  'collections.create': (library, request) => createCollection(library, request),
  'collections.update': (library, request) => updateCollection(library, request.id, request.set),
  'collections.duplicate': (library, request) => duplicateCollection(library, request.id, request.name),
  'collections.trash': (library, request) => trashCollections(library, request.ids),
  'collections.restore': (library, request) => restoreCollections(library, request.ids),
  'collections.purge': (library, request) => purgeCollections(library, request.ids),
  'collections.containing': (library, request) => collectionsContaining(library, request.documentId),
  'collections.addItems': (library, request) =>
    addCollectionItems(library, request.collectionId, request.items, {
      sectionId: request.sectionId,
      afterItemId: request.afterItemId,
      allowDuplicates: request.allowDuplicates,
    }),
  'collections.removeItems': (library, request) => removeCollectionItems(library, request.collectionId, request.itemIds),
  'collections.moveItem': (library, request) => moveCollectionItem(library, request),
  'collections.setCommentary': (library, request) => setItemCommentary(library, request.collectionId, request.itemId, request.commentary),
  'collections.addSection': (library, request) => addCollectionSection(library, request),
  'collections.renameSection': (library, request) => renameCollectionSection(library, request),
  'collections.moveSection': (library, request) => moveCollectionSection(library, request),
  'collections.deleteSection': (library, request) => deleteCollectionSection(library, request),
  'collectionFolders.create': (library, request) => createCollectionFolder(library, request),
  'collectionFolders.update': (library, request) => updateCollectionFolder(library, request),
  'collectionFolders.delete': (library, request) => deleteCollectionFolder(library, request.id),
} satisfies Pick<Handlers, CollectionMethod>;
