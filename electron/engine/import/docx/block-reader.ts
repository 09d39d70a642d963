import type { SourceLine } from '../reading/source-lines';
import type { DocxStyles } from './docx-styles';
import { readDataRow, cellsOf, isLayoutTable, rowsOf } from './docx-tables';
import type { ListNumbering } from './list-numbering';
import { ParagraphReader, ems, tidy, weightedSize, type Paragraph, type Piece } from './paragraph-reader';
import { alternative, attr, child, kids, num, type XmlElement } from './xml-element';

/**
 * The walk over a Word document's block content (paragraphs, tables, content controls, text boxes,
 * notes) that turns it into drafts of lines in document order: each with its role, type size,
 * alignment (as set, or as made by hand with indents and spaces) and where a block starts.
 */

interface Page {
  /** Width of the text column, twips. */
  textWidth: number;
}

export interface Draft {
  text: string;
  role: SourceLine['role'];
  level: number | null;
  size: number;
  centered: boolean;
  rightAligned: boolean;
  blockStart: boolean;
  /** Counts toward the body size (a body paragraph, not a table, note or box). */
  body: boolean;
  /** A list item's nesting, and "• " when Word draws a bullet (a number is already in the text). */
  depth?: number;
  listMarker?: string;
}

export class BlockReader {
  readonly drafts: Draft[] = [];
  deletions = 0;
  altChunks = 0;
  private page: Page;
  private readonly paragraphs: ParagraphReader;

  constructor(
    private readonly styles: DocxStyles,
    numbering: ListNumbering,
  ) {
    this.page = { textWidth: 11906 - 1800 - 1800 };
    this.paragraphs = new ParagraphReader(styles, numbering, () => {
      this.deletions += 1;
    });
  }

  setPage(sectPr: XmlElement | null): void {
    const size = child(sectPr, 'w:pgSz');
    const margin = child(sectPr, 'w:pgMar');
    const width = num(attr(size, 'w:w'));
    if (width === null) return;
    const left = num(attr(margin, 'w:left')) ?? 1800;
    const right = num(attr(margin, 'w:right')) ?? 1800;
    if (width - left - right > 1000) this.page = { textWidth: width - left - right };
  }

  /** Block-level content: paragraphs, tables, content controls. */
  blocks(container: XmlElement, inCell = false, body = true): void {
    for (const element of kids(container)) {
      switch (element.tagName) {
        case 'w:p':
          this.paragraph(element, inCell, body);
          break;
        case 'w:tbl':
          this.table(element, body);
          break;
        case 'w:sdt':
          this.blocks(child(element, 'w:sdtContent') ?? element, inCell, body);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.blocks(element, inCell, body);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.deletions += 1;
          break;
        case 'w:altChunk':
          this.altChunks += 1;
          break;
        case 'mc:AlternateContent':
          this.blocks(alternative(element), inCell, body);
          break;
        default:
          break;
      }
    }
  }

  private paragraph(p: XmlElement, inCell: boolean, body: boolean): void {
    const boxes: XmlElement[] = [];
    const paragraph = this.paragraphs.read(p, boxes);
    // Text boxes anchored in the paragraph come first: a red header or a stamp laid over the page.
    for (const box of boxes) this.blocks(box, true, false);
    const segments = paragraph.segments.map((pieces) => ({ pieces, text: tidy(pieces.map((piece) => piece.text).join('')) })).filter((segment) => segment.text !== '');
    if (segments.length === 0) return;
    const all = segments.flatMap((segment) => segment.pieces);
    const size = weightedSize(all, this.styles.defaultSize);
    const { centered, rightAligned } = this.alignment(paragraph, segments[0]?.pieces ?? [], size, inCell, segments.length);
    // A list is one block: its items after the first go on it, as lines of one paragraph do.
    const listGoesOn = paragraph.role === 'list-item' && this.drafts[this.drafts.length - 1]?.role === 'list-item';
    segments.forEach((segment, index) => {
      this.drafts.push({
        text: index === 0 ? paragraph.marker + segment.text : segment.text,
        role: paragraph.role,
        level: paragraph.level,
        size,
        centered,
        rightAligned,
        blockStart: index === 0 && !listGoesOn,
        body: body && !inCell,
        ...(paragraph.role === 'list-item' && index === 0 ? { depth: paragraph.depth, listMarker: paragraph.bullet ? '• ' : '' } : {}),
      });
    });
  }

  /**
   * Alignment as set (w:jc), or as made by hand: a one-line paragraph pushed right by its indent or
   * leading spaces is set right (a 落款), one with equal room both sides is centred.
   */
  private alignment(paragraph: Paragraph, pieces: Piece[], size: number, inCell: boolean, lines: number): { centered: boolean; rightAligned: boolean } {
    const jc = paragraph.jc;
    if (jc === 'center') return { centered: true, rightAligned: false };
    if (jc === 'right' || jc === 'end') return { centered: false, rightAligned: true };
    if (inCell || lines > 1) return { centered: false, rightAligned: false };
    const raw = pieces.map((piece) => piece.text).join('');
    const leading = /^[\s\u3000]*/.exec(raw)?.[0] ?? '';
    const charTwips = (size / 2) * 20;
    let spaces = 0;
    for (const ch of leading) spaces += ch === '\u3000' ? 1 : ch === '\t' ? 2 : 0.5;
    const start = paragraph.startIndent + spaces * charTwips;
    const width = (ems(tidy(raw)) + ems(paragraph.marker)) * charTwips;
    const column = this.page.textWidth;
    if (start + width > column * 1.02) return { centered: false, rightAligned: false };
    const rightRoom = column - start - width;
    if (start >= charTwips * 3 && rightRoom >= charTwips * 3 && Math.abs(start - rightRoom) <= Math.max(charTwips * 1.5, column * 0.04)) return { centered: true, rightAligned: false };
    return { centered: false, rightAligned: start >= Math.max(charTwips * 4, column * 0.3) && rightRoom <= start - charTwips * 2 };
  }

  private table(tbl: XmlElement, body: boolean): void {
    const rows = rowsOf(tbl);
    if (isLayoutTable(tbl, rows)) {
      for (const row of rows) for (const cell of cellsOf(row)) this.blocks(cell, true, body);
      return;
    }
    let first = true;
    for (const row of rows) {
      const read = readDataRow(row, this.paragraphs);
      if (!read) continue;
      this.drafts.push({
        text: read.text,
        role: 'table-row',
        level: null,
        size: weightedSize(read.pieces, this.styles.defaultSize),
        centered: read.align === 'center',
        rightAligned: read.align === 'right' || read.align === 'end',
        // A table is one block; its rows are its lines.
        blockStart: first,
        body: false,
      });
      first = false;
    }
  }
}
