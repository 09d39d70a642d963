import { BLOCK, SKIP, inlineText, isLayoutTable, type DomNode } from './dom-text';
import { ElementFacts } from './element-facts';
import { childNodesOf, isElement, visibleLength, type HElement, type HNode } from './html-dom';
import { lineRole } from './line-roles';
import { lineShares, pieceStats, type Piece, type PieceContext, type ReadLine } from './line-pieces';
import type { StyleSheet } from './page-css';
import { isOrganizationLine } from '../reading/line-features';
import { isNoteMark } from '../cleaning/noise/note-marks';

/** A picture's alt text that names a body ("某市住房和城乡建设局"): a seal or a signature set as an image. */
function sealName(node: HElement): string | null {
  const alt = (node.getAttribute('alt') ?? '').replace(/[\s\u3000]+/g, '');
  return /^[\p{Script=Han}（）()]{4,40}$/u.test(alt) && isOrganizationLine(alt) ? alt : null;
}

/**
 * The walk over a page's body that cuts it into lines in document order: one per paragraph,
 * heading, list item, <pre> line, data-table row or layout-table cell, and per <br>-separated line
 * inside a block, each with its role, alignment, link/chrome/article shares and where a block starts.
 */

/**
 * A picture set inside a paragraph with its caption beside it (<span><img><br><em>图为…</em></span> in the middle of a
 * sentence): not part of the sentence, read as a line of its own after the paragraph.
 */
function isPictureWithCaption(element: HElement): boolean {
  if (element.querySelectorAll('img').length === 0) return false;
  const chars = visibleLength(element.textContent);
  // (An icon inside a link, "<a><img>附件1：实施方案</a>", or a rare character set as a picture reads as part of the
  // sentence: a caption stands on a line of its own under the picture, or says it is one.)
  const setApart = element.querySelectorAll('br').length > 0 || /图为|圖為|摄|攝|照片|资料图/.test(element.textContent ?? '');
  return chars > 0 && chars <= 120 && setApart;
}

/** Block elements besides dom-text's paragraph set. */
const STRUCTURE = new Set(['LI', 'UL', 'OL', 'TR', 'TABLE', 'MENU', 'DIR']);
const PARAGRAPH_INDENT = /^[ \t\r\n]*(?:\u3000|\u00a0{2}){2}/;

export class LineReader {
  readonly lines: ReadLine[] = [];
  private pieces: Piece[] = [];
  /** Visible characters in the pieces of the line being read. */
  private lineChars = 0;
  private readonly frames: HElement[] = [];
  private blockPending = true;
  private imagePending = false;
  private afterImage = false;
  /** The line being read is a picture's alt text (sealName). */
  private imageLine = false;
  /** A block holding only a picture was read after the last line. */
  private pictureBlockBefore = false;
  /** Pictures with captions met inside the paragraph being read, put after it. */
  private picturesAfterLine: { element: HElement; context: PieceContext }[] = [];
  private readonly facts: ElementFacts;

  constructor(styles: StyleSheet, articleIds: Set<string>) {
    this.facts = new ElementFacts(styles, articleIds);
  }

  read(body: HElement): void {
    this.facts.measureBody(body);
    const context = this.facts.enter(body, { chrome: false, link: null, article: false, px: 16 });
    this.frames.push(body);
    this.walkChildren(body, context);
    this.hardBreak();
    this.frames.pop();
  }

  get usesExplicitSizes(): boolean {
    return this.facts.usesExplicitSizes;
  }

  // --- line assembly

  private addText(raw: string, context: PieceContext): void {
    if (raw === '') return;
    const chars = visibleLength(raw);
    // Whitespace between two elements shows as a space, even between Chinese characters (spans of a meta bar).
    const text = chars === 0 ? ' ' : raw;
    const last = this.pieces[this.pieces.length - 1];
    if (chars > 0 && this.lineChars === 0) {
      this.afterImage = this.imagePending;
      this.imagePending = false;
    }
    // Two links set side by side with nothing between them ("第01版：要闻第02版：要闻") are two items.
    if (chars > 0 && context.link && last && last.context.link && last.context.link !== context.link && !/\s$/.test(last.text) && !/^\s/.test(text)) {
      this.pieces.push({ text: ' ', chars: 0, context });
    }
    this.pieces.push({ text, chars, context });
    this.lineChars += chars;
  }

  private hardBreak(): void {
    this.flush();
    this.blockPending = true;
    // A block that held only a picture: its caption may be the next block, set apart (centred, no sentence).
    if (this.imagePending) this.pictureBlockBefore = true;
    this.imagePending = false;
    const pictures = this.picturesAfterLine;
    this.picturesAfterLine = [];
    for (const { element, context } of pictures) {
      this.walkChildren(element, context);
      this.flush();
      this.blockPending = true;
      this.imagePending = false;
    }
  }

  private emit(line: Omit<ReadLine, 'blockStart'>): void {
    this.lines.push({ ...line, blockStart: this.blockPending });
    this.blockPending = false;
  }

  private flush(): void {
    const pieces = this.pieces;
    this.pieces = [];
    this.lineChars = 0;
    const afterImage = this.afterImage;
    this.afterImage = false;
    const fromImages = this.imageLine;
    this.imageLine = false;
    const raw = pieces.map((piece) => piece.text).join('');
    const text = inlineText(raw).trim();
    if (text === '') return;
    // A line indented by two full-width spaces opens a paragraph, even after a single <br>.
    if (PARAGRAPH_INDENT.test(raw)) this.blockPending = true;
    const stats = pieceStats(pieces);
    if (stats.chars === 0) return;
    const block = this.frames[this.frames.length - 1] ?? null;
    const read = lineRole(this.frames, (element) => this.facts.charsIn(element), { afterImage, chars: stats.chars });
    const { level, depth, marker } = read;
    const align = block ? this.facts.blockAlign(block) : null;
    // (Set smaller than the text, or naming a picture or its photographer: a centred heading after a picture is no caption.)
    const captionLike = stats.px < 15 || /图|圖|摄|攝|照片/.test(text);
    const captionBelowPicture = this.pictureBlockBefore && read.role === 'text' && align === 'center' && stats.chars <= 40 && captionLike && !/[。！？]$/.test(text);
    this.pictureBlockBefore = false;
    this.emit({
      text,
      role: captionBelowPicture ? 'caption' : read.role,
      ...(level !== undefined ? { level } : {}),
      ...(depth !== undefined ? { depth } : {}),
      ...(marker !== undefined ? { marker } : {}),
      ...(align === 'center' ? { centered: true } : {}),
      ...(align === 'right' ? { rightAligned: true } : {}),
      ...lineShares(stats),
      ...(fromImages ? { fromImages: true } : {}),
    });
  }

  // --- the tree

  private walkChildren(element: HElement, context: PieceContext): void {
    for (const child of childNodesOf(element)) this.visit(child, context);
  }

  private visit(node: HNode, context: PieceContext): void {
    if (node.nodeType === 3) {
      this.addText(node.textContent ?? '', context);
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      // A second <br> in a row is the blank line old pages put between paragraphs.
      const lineHadText = this.pieces.some((piece) => piece.text.trim() !== '');
      this.flush();
      if (!lineHadText) this.blockPending = true;
      return;
    }
    if (tag === 'IMG') {
      const seal = this.lineChars === 0 ? sealName(node) : null;
      if (seal) {
        // A picture standing alone that names a body: its own line, marked as read from the picture.
        this.flush();
        this.addText(seal, context);
        this.imageLine = true;
        this.flush();
        return;
      }
      if (this.lineChars === 0) this.imagePending = true;
      return;
    }
    if (tag === 'SUP' && isNoteMark(node.textContent ?? '', this.pieces.map((piece) => piece.text).join(''))) return;
    if (tag === 'HR') {
      this.hardBreak();
      return;
    }
    const inner = this.facts.enter(node, context);
    if (tag === 'TABLE') return this.table(node, inner);
    if (tag === 'PRE') return this.pre(node, inner);
    if (BLOCK.has(tag) || STRUCTURE.has(tag)) {
      this.hardBreak();
      this.frames.push(node);
      this.walkChildren(node, inner);
      this.hardBreak();
      this.frames.pop();
      return;
    }
    if (this.lineChars > 0 && isPictureWithCaption(node)) {
      this.picturesAfterLine.push({ element: node, context: inner });
      return;
    }
    this.walkChildren(node, inner);
  }

  private pre(element: HElement, context: PieceContext): void {
    this.hardBreak();
    this.frames.push(element);
    const lines = (element.textContent ?? '').replace(/\r\n?/g, '\n').split('\n');
    for (const line of lines) {
      this.addText(line, context);
      this.flush();
    }
    this.hardBreak();
    this.frames.pop();
  }

  /** A cell's text as one run: blocks and line breaks inside it become spaces. */
  private collect(node: HNode, context: PieceContext, out: Piece[]): void {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      const chars = visibleLength(text);
      out.push({ text: chars === 0 ? ' ' : text, chars, context });
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const seal = tag === 'IMG' ? sealName(node) : null;
    if (seal) {
      out.push({ text: ` ${seal} `, chars: seal.length, context, image: true });
      return;
    }
    if (tag === 'BR' || BLOCK.has(tag) || STRUCTURE.has(tag)) out.push({ text: ' ', chars: 0, context });
    const inner = this.facts.enter(node, context);
    for (const child of childNodesOf(node)) this.collect(child, inner, out);
    if (BLOCK.has(tag) || STRUCTURE.has(tag)) out.push({ text: ' ', chars: 0, context });
  }

  private table(table: HElement, context: PieceContext): void {
    this.hardBreak();
    this.frames.push(table);
    if (isLayoutTable(table as unknown as DomNode)) this.layoutCells(table, context);
    else this.dataRows(table, context);
    this.hardBreak();
    this.frames.pop();
  }

  /** A layout table: each cell is a block of its own, read like any other part of the page. */
  private layoutCells(node: HElement, context: PieceContext): void {
    for (const child of childNodesOf(node)) {
      if (!isElement(child)) {
        if (visibleLength(child.textContent) > 0) this.visit(child, context);
        continue;
      }
      const tag = child.tagName.toUpperCase();
      if (tag === 'TD' || tag === 'TH') {
        this.hardBreak();
        this.frames.push(child);
        this.walkChildren(child, this.facts.enter(child, context));
        this.hardBreak();
        this.frames.pop();
      } else if (tag === 'TR' || tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') {
        this.layoutCells(child, this.facts.enter(child, context));
      } else {
        this.visit(child, context);
      }
    }
  }

  /** A data table: one line per row, its cells joined by " | ". */
  private dataRows(node: HElement, context: PieceContext): void {
    for (const child of childNodesOf(node)) {
      if (!isElement(child)) continue;
      const tag = child.tagName.toUpperCase();
      if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') {
        this.dataRows(child, this.facts.enter(child, context));
      } else if (tag === 'TR') {
        this.row(child, this.facts.enter(child, context));
      } else if (tag === 'CAPTION') {
        this.visit(child, context);
      }
    }
  }

  private row(row: HElement, context: PieceContext): void {
    this.hardBreak();
    const all: Piece[] = [];
    const cells: string[] = [];
    const aligns: ('center' | 'right' | 'left' | null)[] = [];
    for (const cell of childNodesOf(row)) {
      if (!isElement(cell)) continue;
      const tag = cell.tagName.toUpperCase();
      if (tag !== 'TD' && tag !== 'TH') continue;
      const pieces: Piece[] = [];
      this.collect(cell, context, pieces);
      const text = inlineText(pieces.map((piece) => piece.text).join(''))
        .replace(/\s+/g, ' ')
        .trim();
      cells.push(text);
      if (text) aligns.push(this.facts.align(cell) ?? this.facts.align(row));
      all.push(...pieces);
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    const text = cells.join(' | ').trim();
    const stats = pieceStats(all);
    if (text === '' || stats.chars === 0) return;
    const align = aligns.length > 0 && aligns.every((value) => value === aligns[0]) ? aligns[0] : null;
    const fromImages = all.every((piece) => piece.image === true || piece.chars === 0);
    this.emit({
      text,
      role: 'table-row',
      ...(fromImages ? { fromImages: true } : {}),
      ...(align === 'center' ? { centered: true } : {}),
      ...(align === 'right' ? { rightAligned: true } : {}),
      ...lineShares(stats),
      cells,
    });
    this.blockPending = true;
  }
}
