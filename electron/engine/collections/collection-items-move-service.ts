import { CasebookError } from '../../../shared/api/errors';
import type { CollectionDetail } from '../../../shared/model/collection';
import { collectionDetail, orderItems, requireLiveCollectionRow } from './collection-detail';
import { listItemRows, listSectionRows, touchCollection, writeItemOrder, type ItemRow, type SectionRow } from './collections-repo';
import type { Library } from '../core/library';
import { nowIso } from '../core/ids';

/**
 * 移到分节 for a selection: the chosen items keep their reading order and go together into one
 * section, in one transaction; 撤销 puts every section back in the order it had before.
 */

export const ITEMS_MOVED_STEP = 'collections.itemsMoved';

/** The items of one section (null: before the first section) in reading order. */
export interface SectionOrder {
  sectionId: string | null;
  itemIds: string[];
}

export interface MoveItemsRequest {
  collectionId: string;
  itemIds: readonly string[];
  /** The section to move into (null: before the first section). */
  sectionId: string | null;
  /** After this item (its section wins over sectionId); null: first in the section; left out: last. */
  afterItemId?: string | null | undefined;
}

/** Every section of the collection with its items, as stored now; items of a vanished section count as before the first. */
function currentOrders(sections: readonly SectionRow[], items: readonly ItemRow[]): Map<string | null, string[]> {
  const known = new Set(sections.map((section) => section.id));
  const orders = new Map<string | null, string[]>([[null, []], ...sections.map((section) => [section.id, []] as [string, string[]])]);
  for (const item of orderItems(sections, items)) {
    const key = item.section_id !== null && known.has(item.section_id) ? item.section_id : null;
    orders.get(key)!.push(item.id);
  }
  return orders;
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** Where the moved items go in the target section, once they have left it: an index into the items that stay. */
function insertIndex(targetIds: readonly string[], moving: ReadonlySet<string>, afterItemId: string | null | undefined): number {
  const staying = targetIds.filter((id) => !moving.has(id));
  if (afterItemId === null) return 0;
  const at = afterItemId === undefined ? -1 : targetIds.indexOf(afterItemId);
  // After one of the moved items: after the nearest item before it that stays.
  if (at >= 0) return targetIds.slice(0, at + 1).filter((id) => !moving.has(id)).length;
  return staying.length;
}

/** Moves several items at once; items already gone (removed in another window) are left out. */
export function moveCollectionItems(library: Library, request: MoveItemsRequest): { collection: CollectionDetail; moved: number } {
  return library.write(() => {
    requireLiveCollectionRow(library, request.collectionId);
    const sections = listSectionRows(library.db, request.collectionId);
    const orders = currentOrders(sections, listItemRows(library.db, request.collectionId));
    let target = request.sectionId;
    const afterSection = request.afterItemId ? [...orders].find(([, ids]) => ids.includes(request.afterItemId!))?.[0] : undefined;
    if (afterSection !== undefined) target = afterSection;
    else if (target !== null && !orders.has(target)) {
      throw new CasebookError('NOT_FOUND', '找不到这个分节，它可能已在另一个窗口中被删除。', `section ${target}`);
    }
    const wanted = new Set(request.itemIds);
    const moving = [...orders.values()].flat().filter((id) => wanted.has(id));
    const movingSet = new Set(moving);
    const targetIds = orders.get(target) ?? [];
    const staying = targetIds.filter((id) => !movingSet.has(id));
    // An after-item removed in another window: last in the section.
    const after = request.afterItemId === null ? null : afterSection !== undefined ? request.afterItemId : undefined;
    const index = insertIndex(targetIds, movingSet, after);
    const nextTarget = [...staying.slice(0, index), ...moving, ...staying.slice(index)];
    if (moving.length === 0 || sameOrder(nextTarget, targetIds)) return { collection: collectionDetail(library, request.collectionId), moved: 0 };

    const before: SectionOrder[] = [...orders].map(([sectionId, itemIds]) => ({ sectionId, itemIds }));
    library.undo.record({ type: ITEMS_MOVED_STEP, data: { collectionId: request.collectionId, sections: before } });
    for (const [sectionId, ids] of orders) {
      if (sectionId !== target && ids.some((id) => movingSet.has(id))) writeItemOrder(library.db, sectionId, ids.filter((id) => !movingSet.has(id)));
    }
    writeItemOrder(library.db, target, nextTarget);
    touchCollection(library.db, request.collectionId, nowIso());
    return { collection: collectionDetail(library, request.collectionId), moved: moving.length };
  });
}

/**
 * 撤销 of a move: each section gets back the items it had, in that order. Items removed since stay
 * removed; items added since stay in their section, after the restored ones; the items of a section
 * deleted since go before the first section.
 */
export function restoreItemOrder(library: Library, collectionId: string, saved: readonly SectionOrder[]): void {
  library.write(() => {
    requireLiveCollectionRow(library, collectionId);
    const sections = listSectionRows(library.db, collectionId);
    const orders = currentOrders(sections, listItemRows(library.db, collectionId));
    const present = new Set([...orders.values()].flat());
    const savedIds = new Set(saved.flatMap((entry) => entry.itemIds));
    const targets = new Map<string | null, string[]>();
    for (const entry of saved) {
      const sectionId = entry.sectionId !== null && orders.has(entry.sectionId) ? entry.sectionId : null;
      targets.set(sectionId, [...(targets.get(sectionId) ?? []), ...entry.itemIds.filter((id) => present.has(id))]);
    }
    for (const [sectionId, ids] of targets) {
      const addedSince = (orders.get(sectionId) ?? []).filter((id) => !savedIds.has(id));
      writeItemOrder(library.db, sectionId, [...ids, ...addedSince]);
    }
    touchCollection(library.db, collectionId, nowIso());
  });
}
