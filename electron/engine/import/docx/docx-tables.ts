import { inkLength } from '../reading/type-size';
import { tidy, type ParagraphReader, type Piece } from './paragraph-reader';
import { child, descendants, kids, val, type XmlElement } from './xml-element';

/**
 * Word tables: their rows and cells (through content controls and tracked insertions), whether a
 * table only lays the page out, and a data table's row read as one line.
 */

export function rowsOf(tbl: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const element of kids(tbl)) {
    if (element.tagName === 'w:tr') out.push(element);
    else if (['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo'].includes(element.tagName)) out.push(...rowsOf(element));
  }
  return out;
}

export function cellsOf(row: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const element of kids(row)) {
    if (element.tagName === 'w:tc') out.push(element);
    else if (['w:sdt', 'w:sdtContent', 'w:customXml'].includes(element.tagName)) out.push(...cellsOf(element));
  }
  return out;
}

/**
 * A table that only lays the page out: one column, no borders drawn (a joint red header, a 落款
 * beside a seal), or a cell holding a table or a long passage. Read cell by cell as paragraphs.
 */
export function isLayoutTable(tbl: XmlElement, rows: XmlElement[]): boolean {
  const widest = Math.max(0, ...rows.map((row) => cellsOf(row).length));
  if (widest <= 1) return true;
  const borders = child(child(tbl, 'w:tblPr'), 'w:tblBorders');
  const sides = kids(borders);
  if (sides.length > 0 && sides.every((side) => ['none', 'nil'].includes(val(side) ?? ''))) return true;
  return rows.some((row) => cellsOf(row).some((cell) => descendants(cell, 'w:tbl').length > 0 || inkLength(cell.textContent ?? '') > 300));
}

export interface DataRow {
  /** The cells' text joined by " | ", trailing empty cells dropped. */
  text: string;
  pieces: Piece[];
  /** The alignment all the row's paragraphs share, else null. */
  align: string | null | undefined;
}

/** A data table's row as one line: each cell's paragraphs (and text boxes in them) joined by spaces; null when it has no text. */
export function readDataRow(row: XmlElement, paragraphs: ParagraphReader): DataRow | null {
  const cells: string[] = [];
  const pieces: Piece[] = [];
  const aligns: (string | null)[] = [];
  for (const cell of cellsOf(row)) {
    const texts: string[] = [];
    const read = (container: XmlElement): void => {
      for (const p of descendants(container, 'w:p')) {
        const boxes: XmlElement[] = [];
        const paragraph = paragraphs.read(p, boxes);
        const text = tidy(paragraph.segments.map((segment) => segment.map((piece) => piece.text).join('')).join(' '));
        if (text !== '') {
          texts.push(paragraph.marker + text);
          pieces.push(...paragraph.segments.flat());
          aligns.push(paragraph.jc);
        }
        for (const box of boxes) read(box);
      }
    };
    read(cell);
    cells.push(texts.join(' '));
  }
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  const text = cells.join(' | ').trim();
  if (inkLength(text) === 0) return null;
  const align = aligns.length > 0 && aligns.every((value) => value === aligns[0]) ? aligns[0] : null;
  return { text, pieces, align };
}
