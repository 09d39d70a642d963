import { describe, expect, it } from 'vitest';
import { clickSelection, keepPresent, NO_SELECTION, type ItemSelection } from '../../../shared/model/collection-outline';

// The items of a collection page in reading order; clicks select as in a file list.
const ITEMS = ['a', 'b', 'c', 'd', 'e', 'f'];
const plain = { shift: false, toggle: false };
const shift = { shift: true, toggle: false };
const toggle = { shift: false, toggle: true };

function clicks(...steps: [string, typeof plain][]): ItemSelection {
  return steps.reduce((current, [id, keys]) => clickSelection(ITEMS, current, id, keys), NO_SELECTION);
}

describe('selecting items in a collection page', () => {
  it('selects one item with a click, and a run from it with Shift-click, in either direction', () => {
    expect(clicks(['c', plain])).toEqual({ selected: ['c'], anchor: 'c' });
    expect(clicks(['b', plain], ['e', shift])).toEqual({ selected: ['b', 'c', 'd', 'e'], anchor: 'b' });
    expect(clicks(['e', plain], ['b', shift])).toEqual({ selected: ['b', 'c', 'd', 'e'], anchor: 'e' });
    // A second Shift-click counts from the same anchor and replaces the run.
    expect(clicks(['c', plain], ['f', shift], ['a', shift])).toEqual({ selected: ['a', 'b', 'c'], anchor: 'c' });
    // Shift-click with nothing clicked before selects just that item.
    expect(clicks(['d', shift])).toEqual({ selected: ['d'], anchor: 'd' });
  });

  it('toggles with Ctrl/Cmd, keeps reading order, and adds a run with Ctrl+Shift', () => {
    expect(clicks(['e', toggle], ['a', toggle], ['c', toggle])).toEqual({ selected: ['a', 'c', 'e'], anchor: 'c' });
    expect(clicks(['e', toggle], ['a', toggle], ['e', toggle])).toEqual({ selected: ['a'], anchor: 'e' });
    expect(clicks(['a', plain], ['d', toggle], ['f', { shift: true, toggle: true }])).toEqual({ selected: ['a', 'd', 'e', 'f'], anchor: 'd' });
    // A plain click after all that starts again.
    expect(clicks(['a', toggle], ['c', toggle], ['f', plain])).toEqual({ selected: ['f'], anchor: 'f' });
  });

  it('drops items that left the collection, and ignores a click on one', () => {
    const current = clicks(['b', plain], ['d', shift]);
    expect(keepPresent(['a', 'c', 'd', 'e'], current)).toEqual({ selected: ['c', 'd'], anchor: null });
    expect(keepPresent(ITEMS, current)).toBe(current);
    expect(clickSelection(ITEMS, current, 'gone', plain)).toBe(current);
  });
});
