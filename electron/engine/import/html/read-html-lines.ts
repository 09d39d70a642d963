import { CasebookError } from '../../../../shared/api/errors';
import type { SourceLine } from '../reading/source-lines';
import { visibleLength } from './html-dom';
import type { ReadLine } from './line-pieces';
import { LineReader } from './line-reader';
import { loadPage } from './load-page';
import { readPageInfo, type PageInfo } from './page-info';
import { articleElements } from './readability-article';

/**
 * A saved page as lines: the whole body in document order, one line per paragraph, heading, list
 * item, table row, layout-table cell or <br>-separated line, each with what the markup says about it.
 * Nothing is judged here (no line is dropped as chrome, no title is picked): the structure readers
 * decide from these hints and the words.
 *
 * Safety as in extract-article: the page is parsed (linkedom), never run; scripts, styles, frames,
 * form controls and hidden elements (inline style, `hidden`, aria-hidden, and page CSS rules that
 * say display:none/visibility:hidden) are removed first; inline data: URLs are dropped; the page size
 * is capped.
 */

/** Pages saved "complete" inline images as data: URLs; they carry no text and cost memory. */
const DATA_URL = /\b(src|href|srcset)\s*=\s*(["'])data:[^"']{256,}\2/gi;
const MAX_HTML_CHARS = 30 * 1024 * 1024;

/** Type size relative to the page's body text, when the page sets sizes at all. */
function addScale(lines: ReadLine[], explicit: boolean): void {
  if (!explicit || lines.length === 0) return;
  const weight = new Map<number, number>();
  const article = lines.some((line) => line.inArticle);
  for (const line of lines) {
    if (article ? !line.inArticle : line.chromeHint) continue;
    if (line.role === 'heading') continue;
    weight.set(line.px, (weight.get(line.px) ?? 0) + visibleLength(line.text));
  }
  const body = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!body) return;
  if (lines.every((line) => Math.abs(line.px - body) < 0.5)) return;
  for (const line of lines) line.scale = Math.round((line.px / body) * 100) / 100;
}

function toSourceLine(line: ReadLine): SourceLine {
  const { cells: _cells, px: _px, ...rest } = line;
  return rest;
}

export interface HtmlLines {
  /** The whole body, in document order. */
  lines: SourceLine[];
  /** What the page states about its article: meta tags and the 信息公开 block. */
  info: PageInfo;
}

/**
 * A saved page → its lines, with hints, and what the page states about itself.
 *
 * - role: h1–h6 → heading (level), li → list-item, a data-table row → table-row (cells joined by
 *   " | "), figcaption/caption, a caption-named block or a short line right after an image in the same
 *   block → caption; everything else text. Layout tables (one column, or cells holding tables, lists,
 *   headings or long passages) are flattened: each cell is read as blocks.
 * - linkShare: share of the line's characters inside links.
 * - chromeHint: most of the line lies inside nav/header/footer/aside, an ARIA navigation/banner/
 *   contentinfo role, or an element whose class/id names navigation, breadcrumbs, header, footer,
 *   copyright, share, comments, related, sidebar, toolbar, print, pager…, unless that element holds the
 *   article Readability found or most of the page's prose.
 * - inArticle: most of the line lies in what Readability returned as the article.
 * - centered / rightAligned: align=, style text-align, <center> or the page's own CSS on the block or
 *   its parent.
 * - scale: type size relative to the article's body text, when the page sets type sizes.
 * - blockStart: a block element starts here (false after a <br> inside the same block).
 */
export function readHtmlLines(rawHtml: string): HtmlLines {
  const html = rawHtml.replace(DATA_URL, '$1=""');
  if (html.length > MAX_HTML_CHARS) {
    throw new CasebookError('IMPORT_FAILED', '网页文件过大（去掉内嵌图片后仍超过 3000 万字），无法按网页导入。', `html chars ${html.length}`);
  }
  const { document, styles } = loadPage(html);
  const body = document.body ?? document.documentElement;
  const reader = new LineReader(styles, body ? articleElements(html) : new Set());
  if (body) reader.read(body);
  const lines = reader.lines;
  addScale(lines, reader.usesExplicitSizes);

  const info = readPageInfo(document, html, lines);
  // A <title> that is only the site's name ("某某集团有限公司") is not the article's title: its longest part is, when the page shows it.
  const part = info.documentTitlePart?.replace(/\s+/g, '');
  // (A <title> that names the website alone, "某某新闻网", stands on the page as its masthead: no headline.)
  if (!info.title && part && !namesWebsite(part, info.siteName) && lines.some((line) => line.text.replace(/\s+/g, '') === part)) {
    info.title = info.documentTitlePart;
    info.origins.title = 'page';
  } else if (!info.title && part && info.documentTitle && headlineBesideSiteName(info.documentTitle, part)) {
    // "Headline_Site" whose page does not show the headline (an image, a saved fragment): the tab's headline
    // is the title the reader falls back on when no line of the text reads as one.
    info.title = part;
    info.origins.title = 'page';
  }
  return { lines: lines.map(toSourceLine), info };
}

/** The <title> is a headline set beside the site's or column's name: the part is long, headline-like, and not a name itself. */
function headlineBesideSiteName(documentTitle: string, part: string): boolean {
  const squashed = documentTitle.replace(/\s+/g, '');
  if (squashed.length <= part.length + 1 || part.length < 8 || part.length > 80) return false;
  if (/[。；]/.test(part) || /(?:网|網|网站|網站|门户|門戶|政府|局|委|办|厅|中心|公司|集团|報|报|报社|首页|首頁|平台)$/.test(part)) return false;
  return (part.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6;
}

/**
 * A website's own name: the page's site name, or a short name that ends as a website's does ("某某新闻网", "某某门户网站").
 * A headline (eight characters or more) ending in a network of pipes, power or roads (燃气管网, 配电网, 互联网) names no website.
 */
export function namesWebsite(part: string, siteName: string | null): boolean {
  if (siteName && part === siteName.replace(/\s+/g, '')) return true;
  if (part.length >= 8 && /(?:管|电|電|互联|互聯|路|水|天)[网網]$/.test(part)) return false;
  return part.length <= 20 && /(?:网|網|网站|網站|门户|門戶|在线|在線|客户端)$/.test(part) && !/[，。：:“”！？]/.test(part);
}
