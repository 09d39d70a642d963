import { repairRadicals } from '../../text/radicals';

/** A stretch of a line set apart from the rest by a wide gap (a running header's date, title and page count). */
export interface PdfLinePart {
  text: string;
  x: number;
  right: number;
}

/** A line of text on a PDF page, with where it sits (PDF units, y upwards from the bottom). */
export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** The line's stretches when wide gaps (over 1.5 em) split it; absent for a line set in one run. */
  parts?: PdfLinePart[];
}

export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

const WORDISH = /[A-Za-z0-9]$/;
const WORDISH_START = /^[A-Za-z0-9]/;
/**
 * A line set with its characters spread out (a justified line that ends a paragraph's first page, a distributed
 * heading) comes out of some writers as "我 们 青 岛 市 黄 岛 区": a run of single characters each followed by a space.
 */
const SPREAD_RUN = /[\p{Script=Han}，。、；：！？“”（）](?: [\p{Script=Han}，。、；：！？“”（）]){3,}/gu;
const unspread = (text: string): string => text.replace(SPREAD_RUN, (run) => run.replace(/ /g, ''));

/**
 * Text items in the order the page draws them, grouped into lines: an item on the same baseline
 * and not far behind the previous one continues the line. Latin words get a space where the page
 * leaves a gap; Chinese characters never do. A gap over 1.5 em also starts a new part of the line.
 */
export function itemsToLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { parts: PdfLinePart[] }) | null = null;
  // pdf.js reports the gap between two runs as a space item as wide as the gap: a space, not text.
  let spaced = false;
  for (const raw of items) {
    if (raw.str.length === 0) continue;
    const item = raw.str.includes(' ') ? { ...raw, str: unspread(raw.str) } : raw;
    if (item.str.trim() === '') {
      spaced = current !== null;
      continue;
    }
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
    const right = x + item.width;
    const sameLine = current !== null && Math.abs(current.y - y) <= size * 0.5 && x >= current.right - size * 1.5;
    const spaceItem = spaced;
    spaced = false;
    if (current && sameLine) {
      const gap = x - current.right;
      const wide = gap > size * 1.5;
      const needsSpace = spaceItem || (gap > size * 0.2 && (WORDISH.test(current.text) || WORDISH_START.test(item.str) || wide));
      const glue = needsSpace && !current.text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '';
      current.text += glue + item.str;
      const last = current.parts[current.parts.length - 1];
      if (wide || !last) current.parts.push({ text: item.str, x, right });
      else {
        last.text += glue + item.str;
        last.right = Math.max(last.right, right);
      }
      current.right = Math.max(current.right, right);
      current.size = Math.max(current.size, size);
    } else {
      if (current) lines.push(current);
      current = { text: item.str, x, right, y, size, parts: [{ text: item.str, x, right }] };
    }
  }
  if (current) lines.push(current);
  const tidy = (text: string): string => repairRadicals(text).replace(/\s+/g, ' ').trim();
  return lines
    .map(({ parts, ...line }): PdfLine => {
      const kept = (parts ?? []).map((part) => ({ ...part, text: tidy(part.text) })).filter((part) => part.text.length > 0);
      return kept.length > 1 ? { ...line, text: tidy(line.text), parts: kept } : { ...line, text: tidy(line.text) };
    })
    .filter((line) => line.text.length > 0);
}
