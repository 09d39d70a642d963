import type { PdfLine } from './page-lines';

/** Latin words broken over two lines are joined with a space; anything next to Chinese without one. */
const LATIN_END = /[A-Za-z0-9,.;:!?)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;
const SENTENCE_END = /[。！？：；]$/;
/** A sentence that ends here, also inside closing quotes or brackets (“……。”). */
const SENTENCE_CLOSED = /[。！？：；][”’」』）)]*$/;
/** Type this much larger than the body is a heading or title. */
export const HEADING_SCALE = 1.12;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((sorted.length - 1) * share)))] ?? 0;
}


/** Two texts joined as one paragraph: a space between Latin words, nothing next to Chinese. */
export function joinWrapped(before: string, after: string): string {
  return before + (LATIN_END.test(before) && LATIN_START.test(after) ? ' ' : '') + after;
}

/** Where a page's body text runs: its left edge (unindented lines) and right edge (full lines). */
export interface TextColumn {
  left: number;
  right: number;
}

/** Sorted values, each with how many of them lie within 1.5 units of it (two pointers, linear). */
function neighbourCounts(values: number[]): { at: number; count: number }[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: { at: number; count: number }[] = [];
  let low = 0;
  let high = 0;
  for (const value of sorted) {
    while ((sorted[low] as number) < value - 1.5) low += 1;
    while (high < sorted.length && (sorted[high] as number) <= value + 1.5) high += 1;
    out.push({ at: value, count: high - low });
  }
  return out;
}

/** The edge most lines share (within 1.5 units), when at least a fifth of them do; ties go outward. */
function sharedEdge(values: number[], outward: 1 | -1): number | null {
  let best: { at: number; count: number } | null = null;
  for (const entry of neighbourCounts(values)) {
    if (!best || entry.count > best.count || (entry.count === best.count && (entry.at - best.at) * outward > 0)) best = entry;
  }
  return best && best.count >= Math.max(3, values.length * 0.2) ? best.at : null;
}

/**
 * The left margin: the leftmost x that several lines share. Not the most common one: on a page of
 * numbered items or short paragraphs the indented first lines can outnumber the lines at the margin.
 */
function leftEdge(values: number[]): number | null {
  const needed = Math.max(3, Math.ceil(values.length * 0.15));
  return neighbourCounts(values).find((entry) => entry.count >= needed)?.at ?? null;
}

/**
 * The column of body-size lines, or null with too few of them to tell: the left edge most lines
 * start at and the right edge most full lines end at (punctuation hanging past it aside).
 */
export function textColumn(lines: PdfLine[], bodySize: number, minimumLines = 4): TextColumn | null {
  const body = lines.filter((line) => Math.abs(line.size - bodySize) <= bodySize * 0.1);
  if (body.length < minimumLines) return null;
  const lefts = body.map((line) => line.x);
  const rights = body.map((line) => line.right);
  // With few lines a percentile is one of them (an indented first line); take the outermost.
  const few = body.length < 10;
  const left = leftEdge(lefts) ?? (few ? Math.min(...lefts) : percentile(lefts, 0.1));
  const fullish = rights.filter((value) => value > left + bodySize * 6);
  const right = sharedEdge(fullish, 1) ?? (few ? Math.max(...rights) : percentile(rights, 0.9));
  return right - left > bodySize * 4 ? { left, right } : null;
}

/**
 * A page's own column where its lines agree on an edge (booklets shift odd and even pages), the
 * document's otherwise (a page of short list lines says little about the right margin).
 */
export function pageColumn(lines: PdfLine[], bodySize: number, documentColumn: TextColumn): TextColumn {
  const body = lines.filter((line) => Math.abs(line.size - bodySize) <= bodySize * 0.1);
  const left = leftEdge(body.map((line) => line.x)) ?? documentColumn.left;
  const right = sharedEdge(body.map((line) => line.right).filter((value) => value > left + bodySize * 6), 1) ?? documentColumn.right;
  const width = documentColumn.right - documentColumn.left;
  return right - left >= width * 0.8 && right - left <= width * 1.2 ? { left, right } : documentColumn;
}

/** A line set in the middle of the column: equal room left and right (a title, a 文号, a date under a heading). */
export function isCenteredLine(line: PdfLine, column: TextColumn, bodySize: number): boolean {
  const leftRoom = line.x - column.left;
  const rightRoom = column.right - line.right;
  const tolerance = Math.max(line.size, (column.right - column.left) * 0.04);
  if (Math.abs(leftRoom - rightRoom) > tolerance) return false;
  // Large type may fill the column; body-size text must clearly stop short of both margins, or an
  // indented one-line paragraph would pass for centred.
  return line.size >= bodySize * HEADING_SCALE ? Math.min(leftRoom, rightRoom) >= -line.size : Math.min(leftRoom, rightRoom) >= line.size * 3;
}

/** A line set toward the right margin and not centred: a 落款 or date, flush right or with a right indent. */
export function isRightSetLine(line: PdfLine, column: TextColumn): boolean {
  const leftRoom = line.x - column.left;
  const rightRoom = column.right - line.right;
  return leftRoom >= Math.max(line.size * 4, (column.right - column.left) * 0.25) && rightRoom <= leftRoom - line.size * 2;
}

/**
 * Ran to the right margin without ending a sentence: the paragraph goes on in the next line. Where
 * paragraphs start indented, a full line goes on even after a full stop.
 */
export function runsOn(line: PdfLine, column: TextColumn, evenAfterFullStop = false, next?: PdfLine): boolean {
  if (line.parts && line.parts.length > 1) return false;
  if (SENTENCE_CLOSED.test(line.text)) {
    if (!evenAfterFullStop) return false;
    // After a full stop, a short line that ends no sentence is a label or heading ("附件", "四、保障措施").
    if (next && next.right < column.right - next.size * 2 && !SENTENCE_CLOSED.test(next.text)) return false;
  }
  const room = column.right - line.right;
  if (room <= line.size * 2) return true;
  // A number or Latin word that did not fit went to the next line whole ("…覆盖率达到" / "100%，…").
  const word = next ? /^[A-Za-z0-9%.,:/-]+/.exec(next.text)?.[0] : undefined;
  return word !== undefined && room <= (word.length * 0.6 + 1.2) * line.size;
}

/** Starts at the left margin: not indented, not centred, not set right. */
export function startsAtMargin(line: PdfLine, column: TextColumn): boolean {
  return line.x <= column.left + line.size * 0.5 && !(line.parts && line.parts.length > 1);
}

/** A paragraph of a page, or a heading, with the lines it was made of. */
export interface PdfBlock {
  text: string;
  lines: PdfLine[];
}

/**
 * Lines of one page joined into blocks. Body text joins as in linesToParagraphs: the line above ran
 * to the right margin without ending a sentence, this one is not indented, same size, usual
 * spacing. Large type (a title over two or three lines) joins when both lines are centred or the
 * first ran to the margin. A heading never joins the text below it: its size differs, or it is a
 * short line that stops before the margin.
 */
export function linesToBlocks(lines: PdfLine[], column: TextColumn, bodySize: number, options: BlockOptions = {}): PdfBlock[] {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1] as PdfLine;
    const line = lines[index] as PdfLine;
    const gap = previous.y - line.y;
    if (gap > 0 && Math.abs(previous.size - line.size) <= previous.size * 0.1 && Math.abs(line.size - bodySize) <= bodySize * 0.1) gaps.push(gap);
  }
  const usualGap = median(gaps);
  const blocks: PdfBlock[] = [];
  let current: PdfBlock | null = null;
  for (const line of lines) {
    const previous = current?.lines[current.lines.length - 1];
    if (current && previous && continuesBlock(previous, line, column, bodySize, usualGap, options)) {
      current.text = joinWrapped(current.text, line.text);
      current.lines.push(line);
    } else {
      current = { text: line.text, lines: [line] };
      blocks.push(current);
    }
  }
  return blocks;
}

function continuesBlock(previous: PdfLine, line: PdfLine, column: TextColumn, bodySize: number, usualGap: number, options: BlockOptions): boolean {
  const gap = previous.y - line.y;
  if (gap <= 0 || Math.abs(previous.size - line.size) > previous.size * 0.1) return false;
  const large = line.size >= bodySize * HEADING_SCALE;
  const usual = large || usualGap === 0 ? line.size * 1.9 : Math.max(usualGap * 1.25, line.size * 1.1);
  if (gap > usual) return false;
  if (large && isCenteredLine(previous, column, bodySize) && isCenteredLine(line, column, bodySize)) return true;
  // A line set flush right (a 落款's name or date) reaches the margin without running on: what starts at the margin under it
  // is another block ("2024年5月6日" / "【打印】【关闭】" on a printed page).
  if (isRightSetLine(previous, column)) return false;
  return runsOn(previous, column, options.indentedParagraphs && !large, line) && startsAtMargin(line, column);
}

export interface BlockOptions {
  /**
   * The document starts its paragraphs with an indent: a line at the margin under a full line
   * continues the paragraph even when the line above happens to end a sentence.
   */
  indentedParagraphs?: boolean;
}

/** Body paragraphs start indented (首行缩进) in most of these blocks: at least three, and three in five. */
export function indentsParagraphs(blocks: PdfBlock[], column: TextColumn, bodySize: number): boolean {
  let indented = 0;
  let flush = 0;
  for (const block of blocks) {
    const first = block.lines[0];
    if (!first || block.lines.length < 2 || Math.abs(first.size - bodySize) > bodySize * 0.1) continue;
    const indent = first.x - column.left;
    if (indent >= first.size * 1.5 && indent <= first.size * 4.5) indented += 1;
    else if (indent < first.size * 0.5) flush += 1;
  }
  return indented >= 3 && indented >= (indented + flush) * 0.6;
}

/**
 * Lines of one page joined into paragraphs (the PDF importer's text; readPdfLines uses linesToBlocks).
 * A line continues the one above when it has the same
 * size, the one above ran to the right margin without ending a sentence there, it is not indented,
 * and the spacing is the page's usual line spacing. Chinese runs join without a space.
 */
export function linesToParagraphs(lines: PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const rightMargin = Math.max(...lines.map((line) => line.right));
  const leftMargin = Math.min(...lines.map((line) => line.x));
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const gap = (lines[index - 1]?.y ?? 0) - (lines[index]?.y ?? 0);
    if (gap > 0) gaps.push(gap);
  }
  const usualGap = median(gaps) || 0;
  const paragraphs: string[] = [];
  let current = lines[0]?.text ?? '';
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1] as PdfLine;
    const line = lines[index] as PdfLine;
    const gap = previous.y - line.y;
    const continues =
      Math.abs(previous.size - line.size) <= previous.size * 0.1 &&
      previous.right >= rightMargin - previous.size * 2 &&
      !SENTENCE_END.test(previous.text) &&
      line.x <= leftMargin + line.size * 0.5 &&
      gap > 0 &&
      (usualGap === 0 || gap <= usualGap * 1.4);
    if (continues) {
      const glue = LATIN_END.test(current) && LATIN_START.test(line.text) ? ' ' : '';
      current += glue + line.text;
    } else {
      paragraphs.push(current);
      current = line.text;
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

/** The title on the first page: its largest type, clearly larger than the body, near the top. */
export function titleFromFirstPage(lines: PdfLine[], height: number): string | null {
  const upper = lines.filter((line) => line.y >= height * 0.4);
  if (upper.length === 0 || lines.length < 2) return null;
  const body = median(lines.map((line) => line.size));
  const largest = Math.max(...upper.map((line) => line.size));
  if (largest < body * 1.2) return null;
  const start = lines.findIndex((line) => line.size >= largest * 0.95 && line.y >= height * 0.4);
  const parts: string[] = [];
  for (let index = start; index < lines.length && parts.length < 3; index += 1) {
    const line = lines[index] as PdfLine;
    if (line.size < largest * 0.95) break;
    parts.push(line.text);
  }
  const title = parts.join('').trim();
  return title.length >= 2 && title.length <= 120 ? title : null;
}
