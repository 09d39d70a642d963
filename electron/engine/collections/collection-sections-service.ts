import { CasebookError } from '../../../shared/api/errors';
import { stripSectionNumber, type CollectionDetail } from '../../../shared/model/collection';
import { collectionDetail, requireLiveCollectionRow, sectionItemIds } from './collection-detail';
import {
  deleteSectionRow,
  findSectionRow,
  insertSection,
  listSectionRows,
  renameSection,
  touchCollection,
  writeItemOrder,
  writeSectionOrder,
  type SectionRow,
} from './collections-repo';
import type { Library } from '../core/library';
import { newId, nowIso } from '../core/ids';

/**
 * Sections (分节) of a 专辑: headings numbered by their place (一、组织建设), so a typed number is
 * dropped from the title and reordering renumbers. Moves are intents against the current order.
 */

function requireSection(library: Library, collectionId: string, sectionId: string): SectionRow {
  const row = findSectionRow(library.db, sectionId);
  if (!row || row.collection_id !== collectionId) {
    throw new CasebookError('NOT_FOUND', '找不到这个分节，它可能已在另一个窗口中被删除。', `section ${sectionId}`);
  }
  return row;
}

function cleanTitle(title: string): string {
  const trimmed = stripSectionNumber(title.replace(/\s+/g, ' ').trim());
  if (!trimmed) throw new CasebookError('BAD_REQUEST', '分节标题不能为空', 'empty section title');
  return trimmed.slice(0, 200);
}

function placeSection(library: Library, collectionId: string, sectionId: string, afterSectionId: string | null | undefined): void {
  const ids = listSectionRows(library.db, collectionId).map((row) => row.id).filter((id) => id !== sectionId);
  let index = ids.length;
  if (afterSectionId === null) index = 0;
  else if (afterSectionId !== undefined && ids.includes(afterSectionId)) index = ids.indexOf(afterSectionId) + 1;
  writeSectionOrder(library.db, [...ids.slice(0, index), sectionId, ...ids.slice(index)]);
}

/** Adds a section (last, or after the given one; null: first). Answers the collection and the new id. */
export function addCollectionSection(
  library: Library,
  request: { collectionId: string; title: string; afterSectionId?: string | null | undefined },
): { collection: CollectionDetail; sectionId: string } {
  const title = cleanTitle(request.title);
  return library.write(() => {
    requireLiveCollectionRow(library, request.collectionId);
    const now = nowIso();
    const id = newId();
    insertSection(library.db, { id, collection_id: request.collectionId, title, position: 1_000_000, created_at: now, updated_at: now });
    placeSection(library, request.collectionId, id, request.afterSectionId);
    touchCollection(library.db, request.collectionId, now);
    return { collection: collectionDetail(library, request.collectionId), sectionId: id };
  });
}

export function renameCollectionSection(library: Library, request: { collectionId: string; sectionId: string; title: string }): CollectionDetail {
  const title = cleanTitle(request.title);
  return library.write(() => {
    requireLiveCollectionRow(library, request.collectionId);
    requireSection(library, request.collectionId, request.sectionId);
    const now = nowIso();
    renameSection(library.db, request.sectionId, title, now);
    touchCollection(library.db, request.collectionId, now);
    return collectionDetail(library, request.collectionId);
  });
}

export function moveCollectionSection(library: Library, request: { collectionId: string; sectionId: string; afterSectionId: string | null }): CollectionDetail {
  return library.write(() => {
    requireLiveCollectionRow(library, request.collectionId);
    requireSection(library, request.collectionId, request.sectionId);
    placeSection(library, request.collectionId, request.sectionId, request.afterSectionId);
    touchCollection(library.db, request.collectionId, nowIso());
    return collectionDetail(library, request.collectionId);
  });
}

/** Deletes a section heading; its items join the end of the section before it (or the top). */
export function deleteCollectionSection(library: Library, request: { collectionId: string; sectionId: string }): CollectionDetail {
  return library.write(() => {
    requireLiveCollectionRow(library, request.collectionId);
    requireSection(library, request.collectionId, request.sectionId);
    const sections = listSectionRows(library.db, request.collectionId);
    const index = sections.findIndex((row) => row.id === request.sectionId);
    const previous = index > 0 ? sections[index - 1]!.id : null;
    const moving = sectionItemIds(library, request.collectionId, request.sectionId);
    const target = sectionItemIds(library, request.collectionId, previous);
    writeItemOrder(library.db, previous, [...target, ...moving]);
    deleteSectionRow(library.db, request.sectionId);
    writeSectionOrder(library.db, sections.filter((row) => row.id !== request.sectionId).map((row) => row.id));
    touchCollection(library.db, request.collectionId, nowIso());
    return collectionDetail(library, request.collectionId);
  });
}
