import type { PdfLine } from './page-lines';

const DECORATION = '[-—–－‐‑‒―─·•・∙⋅_~～<>〈〉《》()（）\\[\\]【】\\s]*';
/**
 * "— 3 —", "- 3 -", "· 17 ·", "第 3 页", "第3页 共10页", "共10页 第3页", "3/10", "3 / 10", "页码：3",
 * "Page 3 of 10", "3 of 10".
 */
const PAGE_NUMBER = new RegExp(
  `^${DECORATION}(?:` +
    [
      '(?:第\\s*)?\\d{1,4}\\s*页?(?:\\s*[,，]?\\s*(?:共\\s*\\d{1,4}\\s*页|[/／]\\s*(?:共\\s*)?\\d{1,4}\\s*页?))?',
      '共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页',
      '页码\\s*[:：]?\\s*\\d{1,4}',
      '(?:page\\s*)?\\d{1,4}\\s*of\\s*\\d{1,4}',
      'page\\s*\\d{1,4}',
    ].join('|') +
    `)${DECORATION}$`,
  'i',
);
/** What a browser prints in the margins: the date and time, the page's address. */
const BROWSER_STAMP = [
  /^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?:\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?$/i,
  /^(?:https?|file|ftp):\/\/\S+$/i,
  /^www\.\S+\.\S+$/i,
];
/** Share of the page height at the top and bottom where running headers and footers sit. */
const BAND = 0.12;
/** A page number that is the first or last line of its page may sit this far in. */
const OUTER_BAND = 0.2;

export interface PdfPage {
  lines: PdfLine[];
  height: number;
  /** Page width (PDF units); not needed to find furniture. */
  width?: number;
}

const keyOf = (text: string): string => text.replace(/\s+/g, '').replace(/\d+/g, '#');

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

export function isBrowserStamp(text: string): boolean {
  const trimmed = text.trim();
  return BROWSER_STAMP.some((pattern) => pattern.test(trimmed));
}

type Side = 'top' | 'bottom' | null;

function sideOf(line: PdfLine, height: number, band: number): Side {
  if (line.y >= height * (1 - band)) return 'top';
  if (line.y <= height * band) return 'bottom';
  return null;
}

function partsOf(line: PdfLine): string[] {
  return line.parts && line.parts.length > 1 ? line.parts.map((part) => part.text) : [line.text];
}

/** How many lines of the page sit further out than this one (0 = the top-most or bottom-most line). */
function outerRank(line: PdfLine, lines: PdfLine[], side: 'top' | 'bottom'): number {
  return lines.filter((other) => (side === 'top' ? other.y > line.y + 0.5 : other.y < line.y - 0.5)).length;
}

/** Where a line sits among a page's edges: in the top or bottom band, or the outermost line of a short page. */
function edgeOf(line: PdfLine, page: PdfPage): Side {
  const inBand = sideOf(line, page.height, BAND);
  if (inBand) return inBand;
  // A last page ends short: its footer follows the text instead of sitting at the bottom.
  if (outerRank(line, page.lines, 'bottom') === 0) return 'bottom';
  return outerRank(line, page.lines, 'top') === 0 ? 'top' : null;
}

/** The type size most of the page's text is set in (its longer lines'). */
function bodySize(page: PdfPage): number {
  const sizes = page.lines.filter((line) => line.text.replace(/\s+/g, '').length >= 10).map((line) => line.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

/**
 * A short line in clearly smaller type at the page's edge, outside the text (the page number aside): a booklet's running
 * title or its compiler's imprint ("某区住房和城乡建设局编印") on a one-page case, where nothing can recur.
 */
function isSmallMarginLine(line: PdfLine, page: PdfPage, edge: 'top' | 'bottom'): boolean {
  const body = bodySize(page);
  const text = line.text.replace(/\s+/g, '');
  // (A footnote set small at the page's foot, "①数据来源：某局", is the text's.)
  if (body === 0 || line.size > body * 0.8 || text.length > 40 || /[。！？；，,：:]/.test(text) || /^(?:[\u2460-\u2473]|注|[[［(（]?\d{1,2}[\]］)）.、．])/u.test(text)) return false;
  const outer = page.lines.filter((other) => !isPageNumber(other.text) && (edge === 'top' ? other.y > line.y + 0.5 : other.y < line.y - 0.5));
  return outer.length === 0;
}

const FOLIO_IN_LINE = /第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|[-—–－]\s*\d{1,4}\s*[-—–－]/gu;

/** The page's outermost line holding its number beside a short running title: "典型案例汇编 第 7 页 — 1 —". */
function isFooterWithFolio(line: PdfLine, page: PdfPage, edge: 'top' | 'bottom'): boolean {
  const text = line.text.replace(/\s+/g, ' ');
  const rest = text.replace(FOLIO_IN_LINE, '').replace(/\s+/g, '');
  if (rest === text.replace(/\s+/g, '') || rest.length > 24 || /[。！？；，,：:]/.test(rest)) return false;
  return outerRank(line, page.lines, edge) === 0;
}

export interface PageFurniture {
  /** Each page's lines without its running headers, footers and page numbers. */
  kept: PdfLine[][];
  /** What was taken from each page, in page order. */
  removed: PdfLine[][];
}

/**
 * Finds running headers and footers: page numbers in every shape booklets use (also when the
 * numbering starts mid-booklet), a browser printout's date, address and page count, and lines or
 * stretches of lines that recur (numbers aside) at the top or bottom of several pages — a booklet's
 * running title, a compiler's imprint, a newspaper's page header and editor line.
 */
export function splitPageFurniture(pages: PdfPage[]): PageFurniture {
  const recurring = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set<string>();
    for (const line of page.lines) {
      if (!edgeOf(line, page)) continue;
      keys.add(keyOf(line.text));
      for (const part of partsOf(line)) keys.add(keyOf(part));
    }
    for (const key of keys) recurring.set(key, (recurring.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length / 3));
  const recurs = (text: string): boolean => pages.length >= 2 && (recurring.get(keyOf(text)) ?? 0) >= threshold;
  const isFurniture = (line: PdfLine, page: PdfPage): boolean => {
    const outer = sideOf(line, page.height, OUTER_BAND);
    if (outer && isPageNumber(line.text) && (outerRank(line, page.lines, outer) === 0 || sideOf(line, page.height, BAND))) return true;
    const edge = edgeOf(line, page);
    if (!edge) return false;
    const parts = partsOf(line);
    if (recurs(line.text) || parts.every((part) => isPageNumber(part) || recurs(part))) return parts.some((part) => !isPageNumber(part)) || !!outer;
    if (!sideOf(line, page.height, BAND)) return false;
    if (parts.every((part) => isPageNumber(part) || isBrowserStamp(part) || recurs(part))) return true;
    if (isSmallMarginLine(line, page, edge) || isFooterWithFolio(line, page, edge)) return true;
    // A browser's margin line: its date or address beside the page title, outermost on the page.
    return outerRank(line, page.lines, edge) <= 1 && parts.some(isBrowserStamp);
  };
  const kept: PdfLine[][] = [];
  const removed: PdfLine[][] = [];
  for (const page of pages) {
    kept.push(page.lines.filter((line) => !isFurniture(line, page)));
    removed.push(page.lines.filter((line) => isFurniture(line, page)));
  }
  return { kept, removed };
}

/** Each page's lines without its running headers, footers and page numbers. */
export function removePageFurniture(pages: PdfPage[]): PdfLine[][] {
  return splitPageFurniture(pages).kept;
}
