import { familyKind, type RecordKind } from './bundle-records';

/**
 * 专辑 and 草稿 as they travel in bundles; a family whose tables this library lacks is skipped.
 * A collection brings its sections and items (commentary included) and the drafts it lists; its
 * folder stays behind (the receiver files it where they like).
 * A draft brings its citations (its versions are the sending library's own history and stay there).
 */
export const RECORD_KINDS: readonly RecordKind[] = [
  familyKind({
    type: 'collection',
    folder: 'collections',
    root: 'collections',
    titleColumn: 'name',
    updatedColumn: 'updated_at',
    children: [
      { table: 'collection_sections', parentColumn: 'collection_id' },
      { table: 'collection_items', parentColumn: 'collection_id' },
    ],
    documentSeqColumns: [],
    documentIdColumns: ['document_id'],
    draftIdColumns: ['draft_id'],
    optionalReferences: [{ column: 'folder_id', table: 'collection_folders' }],
  }),
  familyKind({
    type: 'draft',
    folder: 'drafts',
    root: 'drafts',
    titleColumn: 'title',
    updatedColumn: 'updated_at',
    children: [{ table: 'draft_citations', parentColumn: 'draft_id' }],
    documentSeqColumns: [],
    documentIdColumns: ['document_id'],
  }),
];
