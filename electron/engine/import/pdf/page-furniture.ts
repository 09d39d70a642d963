import type { PdfLine } from './page-lines';

/** "— 3 —", "- 3 -", "第 3 页", "第3页 共10页", "3/10", "Page 3 of 10". */
const PAGE_NUMBER =
  /^(?:[-—–－·\s]*(?:第\s*)?\d{1,4}\s*页?\s*(?:[/／]\s*(?:共\s*)?\d{1,4}\s*页?|共\s*\d{1,4}\s*页)?[-—–－·\s]*|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
/** Share of the page height at the top and bottom where running headers and footers sit. */
const BAND = 0.12;

export interface PdfPage {
  lines: PdfLine[];
  height: number;
}

const keyOf = (text: string): string => text.replace(/\s+/g, '').replace(/\d+/g, '#');

function inBand(line: PdfLine, height: number): boolean {
  return line.y >= height * (1 - BAND) || line.y <= height * BAND;
}

/**
 * Drops running headers and footers: page numbers in the top or bottom band, and lines that recur
 * (numbers aside) in those bands on at least half of the pages.
 */
export function removePageFurniture(pages: PdfPage[]): PdfLine[][] {
  const recurring = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter((line) => inBand(line, page.height)).map((line) => keyOf(line.text)));
    for (const key of keys) recurring.set(key, (recurring.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page) =>
    page.lines.filter((line) => {
      if (!inBand(line, page.height)) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      return pages.length < 2 || (recurring.get(keyOf(line.text)) ?? 0) < threshold;
    }),
  );
}
