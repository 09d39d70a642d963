import type { OcrLine } from '../../../shared/model/ocr';

/**
 * Recognised text boxes put back into the page's reading order and its paragraphs, as a person reads
 * a scan: a two-column page column by column (a title or picture caption across both columns closes
 * the columns above it), rows of a table kept row by row (cells joined with " | "), lines wrapped by
 * the page joined into paragraphs, and a new paragraph where a line is indented (the two-character
 * 首行缩进), follows a short line, or after a wider gap. Positions are read along the page's tilt, so
 * a scan fed in askew still has its rows.
 */

/** A recognised line with its position on the straightened page. */
interface Placed {
  line: OcrLine;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Row {
  boxes: Placed[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  table: boolean;
}

/**
 * A paragraph, table row or heading of a recognised page, in the shape the import's structure
 * readers take (reading/source-lines.ts SourceLine): a page read by OCR goes through the same
 * readers as a PDF's text layer.
 */
export interface OcrParagraph {
  text: string;
  role: 'text' | 'table-row';
  blockStart: true;
  page: number;
  /** Type size relative to the page's body text. */
  scale: number;
  centered?: true;
  rightAligned?: true;
}

export interface PageLayout {
  /** Every recognised line in reading order (boxes and confidence as recognised). */
  ordered: OcrLine[];
  /** The page as lines for the structure readers: paragraphs, table rows, headings by their size. */
  lines: OcrParagraph[];
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const rightOf = (box: Placed): number => box.x + box.width;
const middleY = (box: Placed): number => box.y + box.height / 2;
const middleX = (box: Placed): number => box.x + box.width / 2;

/** Characters' widths in ems: Chinese characters and full-width punctuation 1, Latin letters, digits and spaces about half. */
function textEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += /[\u0000-\u024f]/.test(char) ? 0.55 : 1;
  return ems;
}

/**
 * A line's type size: its width over its characters. The detector's box height is a poorer measure
 * (quotation marks and descenders stretch it), while a run of characters is as wide as it holds.
 */
function glyphSize(box: Placed): number {
  const ems = textEms(box.line.text);
  return ems >= 2 ? box.width / ems : box.height * 0.75;
}

/**
 * Specks: a tiny box the recogniser itself doubts (noise in a column gap, a dot of dust), never a
 * real character (a table's single digit is read with high confidence).
 */
function isSpeck(box: Placed, lineHeight: number): boolean {
  return box.line.confidence < 0.3 && box.height < lineHeight * 0.8;
}

/** Turns each box's middle back by the page's tilt (boxes keep their size). */
function straighten(lines: readonly OcrLine[], skew: number): Placed[] {
  const cos = Math.cos(-skew);
  const sin = Math.sin(-skew);
  return lines.map((line) => {
    const cx = line.box.x + line.box.width / 2;
    const cy = line.box.y + line.box.height / 2;
    const x = cx * cos - cy * sin;
    const y = cx * sin + cy * cos;
    return { line, x: x - line.box.width / 2, y: y - line.box.height / 2, width: line.box.width, height: line.box.height };
  });
}

/** Boxes on one visual row: each box joins the row whose vertical middle it shares. */
function groupRows(boxes: readonly Placed[], lineHeight: number): Row[] {
  const rows: Row[] = [];
  for (const box of [...boxes].sort((a, b) => middleY(a) - middleY(b))) {
    const row = rows.find((candidate) => Math.abs((candidate.top + candidate.bottom) / 2 - middleY(box)) < Math.max(lineHeight, box.height) * 0.5);
    if (row) {
      row.boxes.push(box);
      row.left = Math.min(row.left, box.x);
      row.right = Math.max(row.right, rightOf(box));
      row.top = Math.min(row.top, box.y);
      row.bottom = Math.max(row.bottom, box.y + box.height);
    } else {
      rows.push({ boxes: [box], left: box.x, right: rightOf(box), top: box.y, bottom: box.y + box.height, table: false });
    }
  }
  for (const row of rows) {
    row.boxes.sort((a, b) => a.x - b.x);
    // Cells of a table (or a form's label and value) stand apart by more than a couple of characters.
    row.table = row.boxes.some((box, index) => index > 0 && box.x - rightOf(row.boxes[index - 1] as Placed) > lineHeight * 1.5);
  }
  return rows.sort((a, b) => a.top - b.top);
}

/**
 * The x of the gutter between two columns, or null for a one-column page: a clear vertical band near
 * the middle that no column-wide box crosses, with several lines of running text on both sides (lines
 * that fill their column, unlike a table's short cells).
 */
function findGutter(boxes: readonly Placed[], textLeft: number, textRight: number, lineHeight: number): number | null {
  const span = textRight - textLeft;
  if (span <= 0) return null;
  const narrow = boxes.filter((box) => box.width < span * 0.55);
  if (narrow.length < 6) return null;
  const cells = Math.ceil(span);
  const covered = new Uint8Array(cells);
  for (const box of narrow) {
    for (let x = Math.max(0, Math.floor(box.x - textLeft)); x < Math.min(cells, Math.ceil(rightOf(box) - textLeft)); x += 1) covered[x] = 1;
  }
  let best: { start: number; length: number } | null = null;
  let start = -1;
  for (let x = Math.floor(span * 0.3); x <= Math.ceil(span * 0.7) && x < cells; x += 1) {
    if (covered[x] === 0) {
      if (start < 0) start = x;
      const length = x - start + 1;
      if (!best || length > best.length) best = { start, length };
    } else start = -1;
  }
  if (!best || best.length < lineHeight * 1.2) return null;
  const gutter = textLeft + best.start + best.length / 2;
  const running = (side: Placed[], columnWidth: number): boolean => side.length >= 3 && median(side.map((box) => box.width)) > columnWidth * 0.6;
  const left = narrow.filter((box) => rightOf(box) <= gutter);
  const right = narrow.filter((box) => box.x >= gutter);
  return running(left, gutter - textLeft) && running(right, textRight - gutter) ? gutter : null;
}

/** The page's boxes in reading order, as runs of rows: a run is one column of one band of the page. */
function readingRuns(boxes: readonly Placed[], lineHeight: number): Row[][] {
  const textLeft = Math.min(...boxes.map((box) => box.x));
  const textRight = Math.max(...boxes.map(rightOf));
  const gutter = findGutter(boxes, textLeft, textRight, lineHeight);
  if (gutter === null) return [groupRows(boxes, lineHeight)];
  const crossing = (box: Placed): boolean => box.x < gutter && rightOf(box) > gutter;
  // Bands between boxes that cross the gutter (a title, a caption across both columns).
  const runs: Row[][] = [];
  let band: Placed[] = [];
  let across: Placed[] = [];
  const closeBand = (): void => {
    const left = band.filter((box) => middleX(box) < gutter);
    const right = band.filter((box) => middleX(box) >= gutter);
    if (left.length > 0) runs.push(groupRows(left, lineHeight));
    if (right.length > 0) runs.push(groupRows(right, lineHeight));
    band = [];
  };
  for (const box of [...boxes].sort((a, b) => a.y - b.y)) {
    if (crossing(box)) {
      closeBand();
      across.push(box);
      continue;
    }
    if (across.length > 0) runs.push(groupRows(across, lineHeight));
    across = [];
    band.push(box);
  }
  if (across.length > 0) runs.push(groupRows(across, lineHeight));
  closeBand();
  return runs;
}

const LATIN_END = /[A-Za-z0-9.,:;%)\]]$/;
const LATIN_START = /^[A-Za-z0-9([]/;

/** Two pieces of one line or paragraph: Chinese runs on, Latin words and numbers keep a space between them. */
function joinPieces(left: string, right: string): string {
  if (left === '') return right;
  return LATIN_END.test(left) && LATIN_START.test(right) ? `${left} ${right}` : `${left}${right}`;
}

function rowText(row: Row): string {
  if (row.table) return row.boxes.map((box) => box.line.text).join(' | ');
  return row.boxes.reduce((text, box) => joinPieces(text, box.line.text), '');
}

interface OpenParagraph {
  line: OcrParagraph;
  lastRow: Row;
}

/** Rows of one run joined into paragraphs, each a SourceLine with what its position says. */
function runLines(rows: readonly Row[], lineHeight: number, bodySize: number, page: number): OcrParagraph[] {
  const lines: OcrParagraph[] = [];
  const bodyRows = rows.filter((row) => !row.table);
  const left = median(bodyRows.map((row) => row.left)) || (rows[0]?.left ?? 0);
  const right = Math.max(...rows.map((row) => row.right));
  const width = Math.max(1, right - left);
  let open: OpenParagraph | null = null;
  for (const row of rows) {
    const text = rowText(row);
    const scale = Math.round((median(row.boxes.map(glyphSize)) / bodySize) * 100) / 100;
    const leftGap = row.left - left;
    const rightGap = right - row.right;
    const centered = leftGap > lineHeight * 2 && Math.abs(leftGap - rightGap) < lineHeight * 1.5 && row.right - row.left < width * 0.9;
    const rightAligned = !centered && rightGap < lineHeight * 2.5 && leftGap > width * 0.35;
    if (open && continuesParagraph(open, row, { centered, rightAligned, scale, leftGap, right, lineHeight })) {
      open.line.text = joinPieces(open.line.text, text);
      open.lastRow = row;
      continue;
    }
    const line: OcrParagraph = { text, role: row.table ? 'table-row' : 'text', blockStart: true, page, scale };
    if (centered) line.centered = true;
    if (rightAligned) line.rightAligned = true;
    lines.push(line);
    open = { line, lastRow: row };
  }
  return lines;
}

interface RowShape {
  centered: boolean;
  rightAligned: boolean;
  scale: number;
  leftGap: number;
  right: number;
  lineHeight: number;
}

/** Whether a row carries on the paragraph above it: a wrapped body line, or the second line of a centred title. */
function continuesParagraph(open: OpenParagraph, row: Row, shape: RowShape): boolean {
  const previous = open.lastRow;
  const { lineHeight } = shape;
  if (row.table || previous.table || shape.rightAligned || open.line.rightAligned) return false;
  if (Math.abs(shape.scale - (open.line.scale ?? 1)) > 0.25) return false;
  const gap = row.top - previous.bottom;
  if (gap > Math.max(lineHeight, previous.bottom - previous.top) * 1.2) return false;
  // A title set in two centred lines of the same size reads as one.
  if (shape.centered || open.line.centered) return shape.centered && open.line.centered === true && shape.scale > 1.15;
  // An indented line starts a paragraph; a line after one that stopped short of the margin does too.
  return shape.leftGap < lineHeight * 1.2 && shape.right - previous.right < lineHeight * 2;
}

/** One recognised page's lines in reading order and as paragraphs; `skew` is the page's tilt in radians. */
export function layoutPage(recognised: readonly OcrLine[], page: number, skew = 0): PageLayout {
  const placed = straighten(
    recognised.filter((line) => line.text.trim() !== ''),
    skew,
  );
  const lineHeight = median(placed.map((box) => box.height)) || 1;
  const boxes = placed.filter((box) => !isSpeck(box, lineHeight));
  if (boxes.length === 0) return { ordered: [], lines: [] };
  const bodySize = median(boxes.map(glyphSize)) || 1;
  const runs = readingRuns(boxes, lineHeight);
  const ordered = runs.flatMap((rows) => rows.flatMap((row) => row.boxes.map((box) => box.line)));
  const lines = runs.flatMap((rows) => runLines(rows, lineHeight, bodySize, page));
  return { ordered, lines };
}
