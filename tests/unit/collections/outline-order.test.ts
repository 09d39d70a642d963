import { describe, expect, it } from 'vitest';
import { itemMoveAt, moveRow, outlineRows, sectionMoveAt, stepItem, stepSection } from '../../../shared/model/collection-outline';

// The outline the collection view shows: [a, b] before any section, then 一 [c], 二 [d, e].
const detail = {
  sections: [
    { id: 'S1', title: '组织建设', heading: '一、组织建设', position: 0 },
    { id: 'S2', title: '权益保障', heading: '二、权益保障', position: 1 },
  ],
  items: [
    { id: 'a', sectionId: null },
    { id: 'b', sectionId: null },
    { id: 'c', sectionId: 'S1' },
    { id: 'd', sectionId: 'S2' },
    { id: 'e', sectionId: 'S2' },
  ],
} as unknown as Parameters<typeof outlineRows>[0];

describe('collection outline: drag and Alt+↑/↓ become one intent', () => {
  const rows = outlineRows(detail);

  it('lists items before the first section, then each heading with its items', () => {
    expect(rows.map((row) => row.key)).toEqual(['i:a', 'i:b', 's:S1', 'i:c', 's:S2', 'i:d', 'i:e']);
  });

  it('moves an item one step, across headings, and not past the ends', () => {
    expect(stepItem(rows, 'b', -1)).toEqual({ itemId: 'b', sectionId: null, afterItemId: null });
    expect(stepItem(rows, 'b', 1)).toEqual({ itemId: 'b', sectionId: 'S1', afterItemId: null });
    expect(stepItem(rows, 'c', -1)).toEqual({ itemId: 'c', sectionId: null, afterItemId: 'b' });
    expect(stepItem(rows, 'c', 1)).toEqual({ itemId: 'c', sectionId: 'S2', afterItemId: null });
    expect(stepItem(rows, 'd', 1)).toEqual({ itemId: 'd', sectionId: 'S2', afterItemId: 'e' });
    expect(stepItem(rows, 'a', -1)).toBeNull();
    expect(stepItem(rows, 'e', 1)).toBeNull();
  });

  it('reads a drop position off the new neighbours', () => {
    // Drag e onto a: e becomes first.
    const next = moveRow(rows, 6, 0);
    expect(itemMoveAt(next, 0)).toEqual({ itemId: 'e', sectionId: null, afterItemId: null });
    // Drag a onto c: it follows c in 一.
    expect(itemMoveAt(moveRow(rows, 0, 3), 3)).toEqual({ itemId: 'a', sectionId: 'S1', afterItemId: 'c' });
    // Drag heading 二 onto heading 一: it goes first.
    expect(sectionMoveAt(moveRow(rows, 4, 2), 2)).toEqual({ sectionId: 'S2', afterSectionId: null });
  });

  it('moves a heading before the previous one or after the next one', () => {
    expect(stepSection(rows, 'S2', -1)).toEqual({ sectionId: 'S2', afterSectionId: null });
    expect(stepSection(rows, 'S1', 1)).toEqual({ sectionId: 'S1', afterSectionId: 'S2' });
    expect(stepSection(rows, 'S1', -1)).toBeNull();
  });
});
