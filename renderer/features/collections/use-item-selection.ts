import { useCallback, useMemo, useState } from 'react';
import { clickSelection, keepPresent, NO_SELECTION, type ItemSelection } from '../../../shared/model/collection-outline';

export interface ItemSelectionState {
  /** Selected item ids in reading order (only items still in the collection). */
  ids: string[];
  has: (id: string) => boolean;
  /** A click on an item: alone selects it, Ctrl/Cmd toggles it, Shift selects the run from the last one clicked. */
  click: (id: string, keys: { shift: boolean; toggle: boolean }) => void;
  selectAll: () => void;
  /** Selects exactly these (e.g. the items 撤销 has just put back). */
  select: (ids: readonly string[]) => void;
  clear: () => void;
}

/** The items chosen in one collection's page; `itemIds` is the current reading order. */
export function useItemSelection(itemIds: readonly string[]): ItemSelectionState {
  const [state, setState] = useState<ItemSelection>(NO_SELECTION);
  const current = keepPresent(itemIds, state);
  const chosen = useMemo(() => new Set(current.selected), [current.selected]);
  const click = useCallback((id: string, keys: { shift: boolean; toggle: boolean }) => setState((old) => clickSelection(itemIds, keepPresent(itemIds, old), id, keys)), [itemIds]);
  const selectAll = useCallback(() => setState((old) => ({ selected: [...itemIds], anchor: old.anchor ?? itemIds[0] ?? null })), [itemIds]);
  const select = useCallback((ids: readonly string[]) => setState({ selected: [...ids], anchor: ids[0] ?? null }), []);
  const clear = useCallback(() => setState(NO_SELECTION), []);
  return { ids: current.selected, has: (id) => chosen.has(id), click, selectAll, select, clear };
}
