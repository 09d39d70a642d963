import type { CollectionDetail } from './collection';

/**
 * The collection as one flat outline: items before the first section, then each section heading
 * followed by its items. Drag and drop and Alt+↑/↓ both move a row in this list; the move becomes
 * one intent for the engine ("put item X after item Y in section S"), read off the new neighbours.
 */
export type OutlineRow = { type: 'section'; key: string; id: string } | { type: 'item'; key: string; id: string; sectionId: string | null };

export const rowKey = (type: 'section' | 'item', id: string) => `${type === 'section' ? 's' : 'i'}:${id}`;

export function outlineRows(detail: Pick<CollectionDetail, 'sections' | 'items'>): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const known = new Set(detail.sections.map((section) => section.id));
  const itemsOf = (sectionId: string | null) =>
    detail.items.filter((item) => (item.sectionId !== null && known.has(item.sectionId) ? item.sectionId : null) === sectionId);
  for (const item of itemsOf(null)) rows.push({ type: 'item', key: rowKey('item', item.id), id: item.id, sectionId: null });
  for (const section of detail.sections) {
    rows.push({ type: 'section', key: rowKey('section', section.id), id: section.id });
    for (const item of itemsOf(section.id)) rows.push({ type: 'item', key: rowKey('item', item.id), id: item.id, sectionId: section.id });
  }
  return rows;
}

export interface ItemMove {
  itemId: string;
  sectionId: string | null;
  afterItemId: string | null;
}

export interface SectionMove {
  sectionId: string;
  afterSectionId: string | null;
}

/** Moves rows[from] to index `to` (as arrayMove does). */
export function moveRow<T>(rows: readonly T[], from: number, to: number): T[] {
  const next = [...rows];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/** The intent for an item that now sits at `index` of the reordered rows. */
export function itemMoveAt(rows: readonly OutlineRow[], index: number): ItemMove | null {
  const row = rows[index];
  if (!row || row.type !== 'item') return null;
  for (let at = index - 1; at >= 0; at -= 1) {
    const before = rows[at]!;
    if (before.type === 'item') return { itemId: row.id, sectionId: before.sectionId, afterItemId: before.id };
    return { itemId: row.id, sectionId: before.id, afterItemId: null };
  }
  return { itemId: row.id, sectionId: null, afterItemId: null };
}

/** The intent for a section heading moved so that it follows the headings before it in `rows`. */
export function sectionMoveAt(rows: readonly OutlineRow[], index: number): SectionMove | null {
  const row = rows[index];
  if (!row || row.type !== 'section') return null;
  for (let at = index - 1; at >= 0; at -= 1) {
    const before = rows[at]!;
    if (before.type === 'section') return { sectionId: row.id, afterSectionId: before.id };
  }
  return { sectionId: row.id, afterSectionId: null };
}

/** Alt+↑ / Alt+↓ on an item: one step through the outline, across section headings. Null at the ends. */
export function stepItem(rows: readonly OutlineRow[], itemId: string, direction: -1 | 1): ItemMove | null {
  const from = rows.findIndex((row) => row.type === 'item' && row.id === itemId);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= rows.length) return null;
  return itemMoveAt(moveRow(rows, from, to), to);
}

/** Alt+↑ / Alt+↓ on a section heading: before the previous heading or after the next one. */
export function stepSection(rows: readonly OutlineRow[], sectionId: string, direction: -1 | 1): SectionMove | null {
  const headings = rows.filter((row) => row.type === 'section').map((row) => row.id);
  const index = headings.indexOf(sectionId);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= headings.length) return null;
  const without = headings.filter((id) => id !== sectionId);
  return { sectionId, afterSectionId: target === 0 ? null : without[target - 1]! };
}

/** The items chosen in a collection's page, in reading order, and the one a Shift-click counts from. */
export interface ItemSelection {
  selected: string[];
  anchor: string | null;
}

export const NO_SELECTION: ItemSelection = { selected: [], anchor: null };

/**
 * A click on an item, as in a file list: alone it selects that item; Ctrl/Cmd toggles it; Shift
 * selects the run from the anchor to it (with Ctrl/Cmd too, adds the run to what is selected).
 * `itemIds` is the reading order; the answer keeps it.
 */
export function clickSelection(itemIds: readonly string[], current: ItemSelection, clicked: string, keys: { shift: boolean; toggle: boolean }): ItemSelection {
  const inOrder = (ids: ReadonlySet<string>) => itemIds.filter((id) => ids.has(id));
  const to = itemIds.indexOf(clicked);
  if (to < 0) return current;
  const from = current.anchor === null ? -1 : itemIds.indexOf(current.anchor);
  if (keys.shift && from >= 0) {
    const run = itemIds.slice(Math.min(from, to), Math.max(from, to) + 1);
    return { selected: inOrder(new Set([...(keys.toggle ? current.selected : []), ...run])), anchor: current.anchor };
  }
  if (keys.toggle) {
    const next = new Set(current.selected);
    if (next.has(clicked)) next.delete(clicked);
    else next.add(clicked);
    return { selected: inOrder(next), anchor: clicked };
  }
  return { selected: [clicked], anchor: clicked };
}

/** The selection with items that left the collection (another window, 移出专辑) dropped. */
export function keepPresent(itemIds: readonly string[], current: ItemSelection): ItemSelection {
  const present = new Set(itemIds);
  const chosen = new Set(current.selected);
  const selected = itemIds.filter((id) => chosen.has(id));
  const anchor = current.anchor !== null && present.has(current.anchor) ? current.anchor : null;
  return selected.length === current.selected.length && anchor === current.anchor ? current : { selected, anchor };
}
