/**
 * One place the search words were found: its page (from 1) and the text pieces it covers — pdf.js
 * text items, or on a scanned page (`recognised`) the lines 文字识别 read.
 */
export interface PdfHit {
  page: number;
  items: number[];
  recognised?: boolean;
}

const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * Finds `query` in one page's text items. Spaces are ignored on both sides: a Chinese PDF breaks a
 * sentence across lines and items, and people type without the PDF's spaces.
 */
export function findInPage(page: number, items: readonly string[], query: string): PdfHit[] {
  const wanted = compact(query).toLowerCase();
  if (wanted.length === 0) return [];
  let joined = '';
  const owner: number[] = [];
  items.forEach((item, index) => {
    const piece = compact(item).toLowerCase();
    joined += piece;
    for (let k = 0; k < piece.length; k += 1) owner.push(index);
  });
  const hits: PdfHit[] = [];
  for (let at = joined.indexOf(wanted); at >= 0; at = joined.indexOf(wanted, at + wanted.length)) {
    hits.push({ page, items: [...new Set(owner.slice(at, at + wanted.length))] });
  }
  return hits;
}
