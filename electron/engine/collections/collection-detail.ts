import { CasebookError } from '../../../shared/api/errors';
import {
  sectionHeading,
  type CollectionDetail,
  type CollectionItem,
  type CollectionSection,
  type CollectionSummary,
} from '../../../shared/model/collection';
import type { RichTextDoc } from '../../../shared/model/rich-text';
import {
  findCollectionRow,
  listCollectionRows,
  listItemRows,
  listSectionRows,
  sourceDocumentRows,
  sourceDraftRows,
  type CollectionListRow,
  type CollectionRow,
  type ItemRow,
  type SectionRow,
  type SourceDocumentRow,
  type SourceDraftRow,
  folderPaths,
} from './collections-repo';
import { summaryFromRow } from '../documents/documents-repo';
import { tagsOfDocuments } from '../tags/tags-repo';
import type { Library } from '../core/library';

/** The read side of 专辑: rows into the ordered detail every door and the exporters see. */

export function requireCollectionRow(library: Library, id: string): CollectionRow {
  const row = findCollectionRow(library.db, id);
  if (!row) throw new CasebookError('NOT_FOUND', '找不到这个专辑，它可能已被彻底删除。', `collection ${id}`);
  return row;
}

/** A collection that may be changed: it exists and is not in the 回收站. */
export function requireLiveCollectionRow(library: Library, id: string): CollectionRow {
  const row = requireCollectionRow(library, id);
  if (row.deleted_at !== null) {
    throw new CasebookError('CONFLICT', `专辑“${row.name}”在回收站中，请先恢复再修改。`, `collection ${id} trashed`);
  }
  return row;
}

export function summaryFromListRow(row: CollectionListRow, paths: ReadonlyMap<string, string>): CollectionSummary {
  return {
    id: row.id,
    folderId: row.folder_id,
    folderPath: row.folder_id === null ? '' : (paths.get(row.folder_id) ?? ''),
    name: row.name,
    description: row.description,
    coverTitle: row.cover_title,
    coverSubtitle: row.cover_subtitle,
    itemCount: row.item_count,
    sectionCount: row.section_count,
    missingCount: row.missing_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** Items in reading order: before the first section, then each section in turn. */
export function orderItems(sections: readonly SectionRow[], items: readonly ItemRow[]): ItemRow[] {
  const bySection = new Map<string | null, ItemRow[]>();
  const known = new Set(sections.map((section) => section.id));
  for (const item of items) {
    const key = item.section_id !== null && known.has(item.section_id) ? item.section_id : null;
    const list = bySection.get(key) ?? [];
    list.push(item);
    bySection.set(key, list);
  }
  const byPosition = (a: ItemRow, b: ItemRow) => a.position - b.position || a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);
  const ordered: ItemRow[] = [...(bySection.get(null) ?? [])].sort(byPosition);
  for (const section of sections) ordered.push(...[...(bySection.get(section.id) ?? [])].sort(byPosition));
  return ordered;
}

/** The item ids of one section (null: before the first section) in order, as stored now. */
export function sectionItemIds(library: Library, collectionId: string, sectionId: string | null): string[] {
  const sections = listSectionRows(library.db, collectionId);
  return orderItems(sections, listItemRows(library.db, collectionId))
    .filter((item) => (item.section_id !== null && sections.some((s) => s.id === item.section_id) ? item.section_id : null) === sectionId)
    .map((item) => item.id);
}

function parseCommentary(json: string | null): RichTextDoc | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as RichTextDoc;
  } catch {
    return null;
  }
}

function itemFromRow(
  row: ItemRow,
  documents: Map<string, SourceDocumentRow>,
  tags: Map<number, string[]>,
  drafts: Map<string, SourceDraftRow>,
): CollectionItem {
  const document = row.document_id !== null ? documents.get(row.document_id) : undefined;
  const draft = row.draft_id !== null ? drafts.get(row.draft_id) : undefined;
  const source = row.item_kind === 'draft' ? draft : document;
  const status = !source ? 'missing' : source.deleted_at !== null ? 'trashed' : 'ok';
  return {
    id: row.id,
    kind: row.item_kind,
    sectionId: row.section_id,
    position: row.position,
    documentId: row.document_id,
    draftId: row.draft_id,
    excerpt:
      row.item_kind === 'excerpt'
        ? { text: row.excerpt_text ?? '', start: row.excerpt_start ?? 0, end: row.excerpt_end ?? 0 }
        : null,
    commentary: parseCommentary(row.commentary),
    commentaryText: row.commentary_text,
    title: source?.title ?? row.source_title,
    status,
    document: document ? summaryFromRow(document, tags.get(document.seq) ?? []) : null,
    draft: draft ? { id: draft.id, title: draft.title, updatedAt: draft.updated_at, deletedAt: draft.deleted_at } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The whole collection, ordered, with each item's source as it is now. */
export function collectionDetail(library: Library, id: string): CollectionDetail {
  requireCollectionRow(library, id);
  const [listRow] = listCollectionRows(library.db, { trashed: false, ids: [id] });
  if (!listRow) throw new CasebookError('NOT_FOUND', '找不到这个专辑，它可能已被彻底删除。', `collection ${id}`);
  const sectionRows = listSectionRows(library.db, id);
  const itemRows = orderItems(sectionRows, listItemRows(library.db, id));
  const documents = sourceDocumentRows(library.db, itemRows.flatMap((row) => (row.document_id !== null ? [row.document_id] : [])));
  const tags = tagsOfDocuments(library.db, [...documents.values()].map((row) => row.seq));
  const drafts = sourceDraftRows(library.db, itemRows.flatMap((row) => (row.draft_id !== null ? [row.draft_id] : [])));
  const sections: CollectionSection[] = sectionRows.map((row, index) => ({
    id: row.id,
    title: row.title,
    heading: sectionHeading(index, row.title),
    position: index,
  }));
  return {
    ...summaryFromListRow(listRow, folderPaths(library.db)),
    sections,
    items: itemRows.map((row) => itemFromRow(row, documents, tags, drafts)),
  };
}
