import { CasebookError } from '../../../shared/api/errors';
import {
  newCollectionItemSchema,
  type CollectionDetail,
  type CollectionItemsAdded,
  type NewCollectionItem,
  type RemovedCollectionItem,
} from '../../../shared/model/collection';
import { richTextDocSchema, richTextToPlainText } from '../../../shared/model/rich-text';
import { collectionDetail, orderItems, requireLiveCollectionRow, sectionItemIds } from './collection-detail';
import {
  deleteItemRow,
  findItemRow,
  findSectionRow,
  findSourceDocument,
  findSourceDraft,
  insertItem,
  listItemRows,
  listSectionRows,
  touchCollection,
  updateItemCommentary,
  wholeDocumentIds,
  writeItemOrder,
  type ItemRow,
} from './collections-repo';
import { sanitizeRichText } from '../drafts/sanitize-rich-text';
import type { Library } from '../core/library';
import { newId, nowIso } from '../core/ids';

/**
 * Items of a 专辑 as intents applied to the current state in one transaction: add these items here,
 * move item X after item Y, remove item X, set item X's commentary. A reference that another window
 * made stale (an item or section it removed) falls back to a sensible place; no item is ever lost.
 */

export interface AddItemsOptions {
  /** Section to add into (null or left out: before the first section). */
  sectionId?: string | null;
  /** Add after this item (its current section wins); null: first in the section; left out: last. */
  afterItemId?: string | null;
  /** Add a whole document again even when the collection already holds it whole (default: skip it). */
  allowDuplicates?: boolean;
  /** The ids the items had before (撤销 of 移出专辑 puts them back as they were); a new id where one is taken. */
  formerIds?: readonly (string | undefined)[];
}

export type AddItemsResult = CollectionItemsAdded;

const MAX_EXCERPT_CHARS = 100_000;

/** Validated, sanitised commentary as stored JSON and plain text; null clears it. */
export function prepareCommentary(value: unknown): { json: string | null; text: string } {
  if (value === null || value === undefined) return { json: null, text: '' };
  const parsed = richTextDocSchema.safeParse(value);
  if (!parsed.success) {
    throw new CasebookError('BAD_REQUEST', parsed.error.issues[0]?.message ?? '点评内容的格式不正确', parsed.error.message.slice(0, 500));
  }
  const doc = sanitizeRichText(parsed.data);
  const text = richTextToPlainText(doc);
  const json = JSON.stringify(doc);
  if (json.length > 10 * 1024 * 1024) throw new CasebookError('BAD_REQUEST', '点评太长（超过 10 MB，多半是图片太多），请删去一些图片。', `${json.length} chars`);
  // An editor left empty stores nothing, so 编者按 shows as not yet written.
  return text.trim() === '' && !json.includes('"image"') ? { json: null, text: '' } : { json, text };
}

/** Resolves where new or moved items go, against the current state. */
function placement(library: Library, collectionId: string, sectionId: string | null | undefined, afterItemId: string | null | undefined) {
  if (afterItemId) {
    const after = findItemRow(library.db, afterItemId);
    if (after && after.collection_id === collectionId) {
      const ids = sectionItemIds(library, collectionId, after.section_id);
      return { sectionId: after.section_id, ids, index: ids.indexOf(after.id) + 1 };
    }
  }
  let section = sectionId ?? null;
  if (section !== null) {
    const row = findSectionRow(library.db, section);
    if (!row || row.collection_id !== collectionId) {
      // Deleted in another window: its items went to the previous section; the new ones go last.
      if (afterItemId === undefined) throw new CasebookError('NOT_FOUND', '找不到这个分节，它可能已在另一个窗口中被删除。', `section ${section}`);
      section = null;
    }
  }
  const ids = sectionItemIds(library, collectionId, section);
  return { sectionId: section, ids, index: afterItemId === null ? 0 : ids.length };
}

function sourceRow(library: Library, item: ReturnType<typeof newCollectionItemSchema.parse>) {
  if (item.kind === 'draft') {
    const draft = findSourceDraft(library.db, item.draftId);
    if (!draft) throw new CasebookError('NOT_FOUND', '找不到这篇草稿，它可能已被彻底删除。', `draft ${item.draftId}`);
    if (draft.deleted_at !== null) throw new CasebookError('CONFLICT', `草稿“${draft.title}”在回收站中，请先恢复再加入专辑。`, `draft ${item.draftId} trashed`);
    return { title: draft.title, text: null };
  }
  const doc = findSourceDocument(library.db, item.documentId);
  if (!doc) throw new CasebookError('NOT_FOUND', `找不到编号为“${item.documentId}”的资料，它可能已被彻底删除。`, `document ${item.documentId}`);
  if (doc.deleted_at !== null) throw new CasebookError('CONFLICT', `“${doc.title}”在回收站中，请先恢复再加入专辑。`, `document ${item.documentId} trashed`);
  return { title: doc.title, text: doc.text };
}

/** Adds documents, excerpts or drafts to a collection in one transaction (all of them, or none). */
export function addCollectionItems(library: Library, collectionId: string, items: readonly NewCollectionItem[], options: AddItemsOptions = {}): AddItemsResult {
  const parsed = items.map((item) => {
    const result = newCollectionItemSchema.safeParse(item);
    if (!result.success) throw new CasebookError('BAD_REQUEST', result.error.issues[0]?.message ?? '要加入的内容有误', result.error.message.slice(0, 500));
    return result.data;
  });
  if (parsed.length === 0) throw new CasebookError('BAD_REQUEST', '请至少选择一份资料', 'no items');
  return library.write(() => {
    requireLiveCollectionRow(library, collectionId);
    const now = nowIso();
    const whole = new Set(wholeDocumentIds(library.db, collectionId));
    const where = placement(library, collectionId, options.sectionId, options.afterItemId);
    const added: string[] = [];
    let skipped = 0;
    for (const [at, item] of parsed.entries()) {
      const source = sourceRow(library, item);
      if (item.kind === 'document' && !options.allowDuplicates && whole.has(item.documentId)) {
        skipped += 1;
        continue;
      }
      let excerpt: { text: string; start: number; end: number } | null = null;
      if (item.kind === 'excerpt') {
        const text = source.text ?? '';
        if (item.end > text.length) throw new CasebookError('BAD_REQUEST', `摘录超出了“${source.title}”正文的范围，请重新选择要摘录的文字。`, `excerpt ${item.start}-${item.end} of ${text.length}`);
        if (item.end - item.start > MAX_EXCERPT_CHARS) throw new CasebookError('BAD_REQUEST', `摘录最多 ${MAX_EXCERPT_CHARS} 个字，请缩短选择，或加入全文。`, 'excerpt too long');
        const quoted = text.slice(item.start, item.end);
        if (!quoted.trim()) throw new CasebookError('BAD_REQUEST', '选中的是空白，请选择要摘录的文字。', 'blank excerpt');
        excerpt = { text: quoted, start: item.start, end: item.end };
      }
      const commentary = prepareCommentary(item.commentary);
      const formerId = options.formerIds?.[at];
      const id = formerId && !findItemRow(library.db, formerId) ? formerId : newId();
      const row: ItemRow = {
        id,
        collection_id: collectionId,
        section_id: where.sectionId,
        position: 0,
        item_kind: item.kind,
        document_id: item.kind === 'draft' ? null : item.documentId,
        draft_id: item.kind === 'draft' ? item.draftId : null,
        excerpt_text: excerpt?.text ?? null,
        excerpt_start: excerpt?.start ?? null,
        excerpt_end: excerpt?.end ?? null,
        commentary: commentary.json,
        commentary_text: commentary.text,
        source_title: source.title,
        created_at: now,
        updated_at: now,
      };
      insertItem(library.db, row);
      if (item.kind === 'document') whole.add(item.documentId);
      added.push(id);
    }
    const order = [...where.ids.slice(0, where.index), ...added, ...where.ids.slice(where.index)];
    writeItemOrder(library.db, where.sectionId, order);
    touchCollection(library.db, collectionId, now);
    return { collection: collectionDetail(library, collectionId), added, skipped };
  });
}

function requireItem(library: Library, collectionId: string, itemId: string): ItemRow {
  const row = findItemRow(library.db, itemId);
  if (!row || row.collection_id !== collectionId) {
    throw new CasebookError('NOT_FOUND', '这一条已不在专辑中（可能已在另一个窗口中移除）。', `item ${itemId}`);
  }
  return row;
}

/** Moves one item after another (or first in a section when afterItemId is null). */
export function moveCollectionItem(
  library: Library,
  request: { collectionId: string; itemId: string; sectionId: string | null; afterItemId: string | null },
): CollectionDetail {
  return library.write(() => {
    requireLiveCollectionRow(library, request.collectionId);
    const item = requireItem(library, request.collectionId, request.itemId);
    if (request.afterItemId === item.id) return collectionDetail(library, request.collectionId);
    const source = sectionItemIds(library, request.collectionId, item.section_id).filter((id) => id !== item.id);
    writeItemOrder(library.db, item.section_id, source);
    const where = placement(library, request.collectionId, request.sectionId, request.afterItemId);
    const ids = where.ids.filter((id) => id !== item.id);
    const index = Math.min(where.index, ids.length);
    writeItemOrder(library.db, where.sectionId, [...ids.slice(0, index), item.id, ...ids.slice(index)]);
    touchCollection(library.db, request.collectionId, nowIso());
    return collectionDetail(library, request.collectionId);
  });
}

export type RemovedItem = RemovedCollectionItem;

/** Removes items; answers what is needed to add them back in place (撤销). Already-removed ones are skipped. */
export const ITEM_REMOVED_STEP = 'collections.itemRemoved';

export function removeCollectionItems(library: Library, collectionId: string, itemIds: readonly string[]): { collection: CollectionDetail; removed: RemovedItem[] } {
  return library.write(() => {
    requireLiveCollectionRow(library, collectionId);
    const removed: RemovedItem[] = [];
    // In reading order, so each one's afterItemId is an item that stays (or null) and 撤销 in reverse puts all back in place.
    const wanted = new Set(itemIds);
    const rows = orderItems(listSectionRows(library.db, collectionId), listItemRows(library.db, collectionId)).filter((row) => wanted.has(row.id));
    for (const row of rows) {
      const ids = sectionItemIds(library, collectionId, row.section_id);
      const index = ids.indexOf(row.id);
      const commentary = row.commentary === null ? null : (JSON.parse(row.commentary) as NewCollectionItem['commentary']);
      const item: NewCollectionItem =
        row.item_kind === 'draft'
          ? { kind: 'draft', draftId: row.draft_id ?? '', commentary }
          : row.item_kind === 'excerpt'
            ? { kind: 'excerpt', documentId: row.document_id ?? '', start: row.excerpt_start ?? 0, end: row.excerpt_end ?? 1, commentary }
            : { kind: 'document', documentId: row.document_id ?? '', commentary };
      const entry = { itemId: row.id, sectionId: row.section_id, afterItemId: index > 0 ? (ids[index - 1] ?? null) : null, item };
      removed.push(entry);
      // One step per item: taken back in reverse, each goes back after the item it followed when it left.
      library.undo.record({ type: ITEM_REMOVED_STEP, data: { collectionId, entry } });
      deleteItemRow(library.db, row.id);
      writeItemOrder(library.db, row.section_id, ids.filter((id) => id !== row.id));
    }
    touchCollection(library.db, collectionId, nowIso());
    return { collection: collectionDetail(library, collectionId), removed };
  });
}

/** 编者按 / 点评 of one item; the last save wins. */
export function setItemCommentary(library: Library, collectionId: string, itemId: string, commentary: unknown): CollectionDetail {
  const prepared = prepareCommentary(commentary);
  return library.write(() => {
    requireLiveCollectionRow(library, collectionId);
    requireItem(library, collectionId, itemId);
    const now = nowIso();
    updateItemCommentary(library.db, itemId, prepared.json, prepared.text, now);
    touchCollection(library.db, collectionId, now);
    return collectionDetail(library, collectionId);
  });
}
