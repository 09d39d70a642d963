import { addCollectionItems, moveCollectionItem, removeCollectionItems, setItemCommentary } from './collection-items-service';
import { moveCollectionItems } from './collection-items-move-service';
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
  resolveCollection,
  restoreCollections,
  trashCollections,
  updateCollection,
} from './collections-service';
import { undoable, write, type Handlers } from '../core/handler';

/** 专辑: the collections part of the handler table. */
export const collectionHandlers = {
  'collections.list': (library, request) => listCollections(library, request),
  'collections.get': (library, request) => getCollection(library, request.id),
  'collections.resolve': (library, request) => resolveCollection(library, request.nameOrId),
  'collections.create': write((library, request) => createCollection(library, request)),
  'collections.update': write((library, request) => updateCollection(library, request.id, request.set)),
  'collections.duplicate': write((library, request) => duplicateCollection(library, request.id, request.name)),
  'collections.trash': undoable((library, request) => trashCollections(library, request.ids)),
  'collections.restore': write((library, request) => restoreCollections(library, request.ids)),
  'collections.purge': write((library, request) => purgeCollections(library, request.ids)),
  'collections.containing': (library, request) => collectionsContaining(library, request.documentId),
  'collections.addItems': write((library, request) =>
    addCollectionItems(library, request.collectionId, request.items, {
      sectionId: request.sectionId,
      afterItemId: request.afterItemId,
      allowDuplicates: request.allowDuplicates,
    }),
  ),
  'collections.removeItems': undoable((library, request) => removeCollectionItems(library, request.collectionId, request.itemIds)),
  'collections.moveItem': write((library, request) => moveCollectionItem(library, request)),
  'collections.moveItems': undoable((library, request) => moveCollectionItems(library, request)),
  'collections.setCommentary': write((library, request) => setItemCommentary(library, request.collectionId, request.itemId, request.commentary)),
  'collections.addSection': write((library, request) => addCollectionSection(library, request)),
  'collections.renameSection': write((library, request) => renameCollectionSection(library, request)),
  'collections.moveSection': write((library, request) => moveCollectionSection(library, request)),
  'collections.deleteSection': write((library, request) => deleteCollectionSection(library, request)),
  'collectionFolders.create': write((library, request) => createCollectionFolder(library, request)),
  'collectionFolders.update': write((library, request) => updateCollectionFolder(library, request)),
  'collectionFolders.delete': write((library, request) => deleteCollectionFolder(library, request.id)),
} satisfies Partial<Handlers>;
