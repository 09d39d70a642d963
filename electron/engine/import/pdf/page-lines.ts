import { repairRadicals } from '../../text/radicals';

/** A line of text on a PDF page, with where it sits (PDF units, y upwards from the bottom). */
export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
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
 * Text items in the order the page draws them, grouped into lines: an item on the same baseline
 * and not far behind the previous one continues the line. Latin words get a space where the page
 * leaves a gap; Chinese characters never do.
 */
export function itemsToLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const item of items) {
    if (item.str.length === 0) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
    const right = x + item.width;
    const sameLine = current !== null && Math.abs(current.y - y) <= size * 0.5 && x >= current.right - size * 1.5;
    if (current && sameLine) {
      const gap = x - current.right;
      const needsSpace = gap > size * 0.2 && (WORDISH.test(current.text) || WORDISH_START.test(item.str) || gap > size * 1.5);
      current.text += (needsSpace && !current.text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '') + item.str;
      current.right = Math.max(current.right, right);
      current.size = Math.max(current.size, size);
    } else {
      if (current) lines.push(current);
      current = { text: item.str, x, right, y, size };
    }
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: repairRadicals(line.text).replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text.length > 0);
}
