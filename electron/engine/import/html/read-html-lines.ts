import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { CasebookError } from '../../../../shared/api/errors';
import type { SourceLine } from '../reading/source-lines';
import { BLOCK, SKIP, inlineText, isLayoutTable, type DomNode } from './dom-text';
import { removeLinkDenseBlocks } from './link-density';
import { readPageInfo, type PageInfo } from './page-info';

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

interface HNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HNode>;
  parentNode: HNode | null;
}
interface HElement extends HNode {
  tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  remove(): void;
  querySelectorAll(selector: string): ArrayLike<HElement>;
}
interface HDocument {
  title: string;
  body: HElement | null;
  documentElement: HElement | null;
  querySelector(selector: string): HElement | null;
  querySelectorAll(selector: string): ArrayLike<HElement>;
}

/** Pages saved "complete" inline images as data: URLs; they carry no text and cost memory. */
const DATA_URL = /\b(src|href|srcset)\s*=\s*(["'])data:[^"']{256,}\2/gi;
const MAX_HTML_CHARS = 30 * 1024 * 1024;
const REMOVED = 'script, style, noscript, template, iframe, frame, frameset, object, embed, svg, canvas, applet, textarea, input, select, button';
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]';
/** Marks each element with its position in the page, so the article Readability returns can be found in the page. */
const ID = 'data-casebook-line';

const isElement = (node: HNode): node is HElement => node.nodeType === 1;
const children = (node: HNode): HNode[] => Array.from(node.childNodes);
const visibleLength = (text: string | null): number => (text ?? '').replace(/\s+/g, '').length;
const parentElement = (node: HNode): HElement | null => {
  const parent = node.parentNode;
  return parent && isElement(parent) ? parent : null;
};

// ---------------------------------------------------------------------------------------------
// The page's own CSS, as far as it decides what a line looks like: alignment, type size, hiding.

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
}
interface StyleRule {
  /** Ancestors first, the element last; child combinators are read as descendant ones. */
  chain: Compound[];
  specificity: number;
  order: number;
  align: string | null;
  fontSize: string | null;
  /** display:none / visibility:hidden → true; another display or visibility → false (".tab.on{display:block}"). */
  hidden: boolean | null;
}

/** What a declaration block says about hiding: true (hidden), false (shown again), null (nothing). */
function hiding(decls: Map<string, string>): boolean | null {
  const display = decls.get('display');
  const visibility = decls.get('visibility');
  if (display === 'none' || visibility === 'hidden' || visibility === 'collapse') return true;
  return display !== undefined || visibility !== undefined ? false : null;
}

function declarations(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase();
    if (name && value) out.set(name, value);
  }
  return out;
}

const SIZE_TOKEN = /(?:^|\s)((?:\d*\.)?\d+(?:px|pt|em|rem|%)|xx-small|x-small|small|medium|large|x-large|xx-large|smaller|larger)(?=\/|\s|$)/;
function declaredFontSize(decls: Map<string, string>): string | null {
  return decls.get('font-size') ?? SIZE_TOKEN.exec(decls.get('font') ?? '')?.[1] ?? null;
}

function parseCompound(text: string): Compound | null {
  const match = /^([a-z][\w-]*)?((?:[.#][\w-]+)*)$/i.exec(text);
  if (!match || text === '') return null;
  const compound: Compound = { tag: match[1] ? match[1].toUpperCase() : null, id: null, classes: [] };
  for (const part of (match[2] ?? '').match(/[.#][\w-]+/g) ?? []) {
    if (part.startsWith('#')) compound.id = part.slice(1);
    else compound.classes.push(part.slice(1));
  }
  return compound;
}

/** Top-level rules of the page's <style> blocks (@media and other at-rules are skipped: they apply only sometimes). */
function parseStyleSheets(sheets: string[]): StyleRule[] {
  const rules: StyleRule[] = [];
  for (const sheet of sheets) {
    const css = sheet.replace(/\/\*[\s\S]*?\*\//g, '');
    let at = 0;
    while (at < css.length) {
      const open = css.indexOf('{', at);
      if (open < 0) break;
      let depth = 1;
      let close = open + 1;
      while (close < css.length && depth > 0) {
        if (css[close] === '{') depth += 1;
        else if (css[close] === '}') depth -= 1;
        close += 1;
      }
      const prelude = (css.slice(at, open).split(';').pop() ?? '').trim();
      const body = css.slice(open + 1, close - 1);
      at = close;
      if (prelude.startsWith('@') || prelude === '') continue;
      const decls = declarations(body);
      const align = decls.get('text-align') ?? null;
      const fontSize = declaredFontSize(decls);
      const hidden = hiding(decls);
      if (!align && !fontSize && hidden === null) continue;
      for (const selector of prelude.split(',')) {
        const text = selector.trim();
        if (text === '' || /[:[\]*+~]/.test(text)) continue;
        const chain = text.split(/\s*>\s*|\s+/).map(parseCompound);
        if (chain.some((compound) => compound === null)) continue;
        const compounds = chain as Compound[];
        const specificity = compounds.reduce((sum, c) => sum + (c.id ? 100 : 0) + 10 * c.classes.length + (c.tag ? 1 : 0), 0);
        rules.push({ chain: compounds, specificity, order: rules.length, align, fontSize, hidden });
      }
    }
  }
  return rules;
}

const CLASSES = new WeakMap<HElement, string[]>();
/** The element's classes (linkedom rebuilds the class attribute on every read: read once). */
function classList(element: HElement): string[] {
  let classes = CLASSES.get(element);
  if (!classes) {
    classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    CLASSES.set(element, classes);
  }
  return classes;
}

function matchesCompound(element: HElement, compound: Compound): boolean {
  if (compound.tag && element.tagName.toUpperCase() !== compound.tag) return false;
  if (compound.id && element.getAttribute('id') !== compound.id) return false;
  if (compound.classes.length > 0) {
    const own = classList(element);
    if (!compound.classes.every((name) => own.includes(name))) return false;
  }
  return true;
}

interface ComputedRules {
  align: string | null;
  fontSize: string | null;
  hidden: boolean;
}

class StyleSheet {
  private readonly byKey = new Map<string, StyleRule[]>();
  private readonly cache = new Map<HElement, ComputedRules>();
  readonly hasHiding: boolean;

  /** Rules naming a class, id or tag the page does not have are dropped (site-wide CSS names many). */
  constructor(rules: StyleRule[], present: Set<string>) {
    const possible = (compound: Compound): boolean =>
      (!compound.tag || present.has(compound.tag)) && (!compound.id || present.has(`#${compound.id}`)) && compound.classes.every((name) => present.has(`.${name}`));
    for (const rule of rules) {
      if (!rule.chain.every(possible)) continue;
      const last = rule.chain[rule.chain.length - 1];
      if (!last) continue;
      const key = last.id ? `#${last.id}` : last.classes[0] ? `.${last.classes[0]}` : (last.tag ?? '');
      const list = this.byKey.get(key) ?? [];
      list.push(rule);
      this.byKey.set(key, list);
    }
    this.hasHiding = [...this.byKey.values()].some((list) => list.some((rule) => rule.hidden === true));
  }

  private matches(element: HElement, rule: StyleRule): boolean {
    const { chain } = rule;
    const last = chain[chain.length - 1];
    if (!last || !matchesCompound(element, last)) return false;
    let ancestor = parentElement(element);
    for (let index = chain.length - 2; index >= 0; index -= 1) {
      const compound = chain[index];
      if (!compound) return false;
      while (ancestor && !matchesCompound(ancestor, compound)) ancestor = parentElement(ancestor);
      if (!ancestor) return false;
      ancestor = parentElement(ancestor);
    }
    return true;
  }

  rulesFor(element: HElement): ComputedRules {
    const cached = this.cache.get(element);
    if (cached) return cached;
    const keys = [element.tagName.toUpperCase(), ...classList(element).map((name) => `.${name}`)];
    const id = element.getAttribute('id');
    if (id) keys.push(`#${id}`);
    const matching = [...new Set(keys.flatMap((key) => this.byKey.get(key) ?? []))]
      .filter((rule) => this.matches(element, rule))
      .sort((a, b) => a.specificity - b.specificity || a.order - b.order);
    const computed: ComputedRules = { align: null, fontSize: null, hidden: false };
    for (const rule of matching) {
      if (rule.align) computed.align = rule.align;
      if (rule.fontSize) computed.fontSize = rule.fontSize;
      if (rule.hidden !== null) computed.hidden = rule.hidden;
    }
    this.cache.set(element, computed);
    return computed;
  }
}

const KEYWORD_SIZES: Record<string, number> = { 'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32 };
/** <font size="1".."7"> in px. */
const FONT_TAG_SIZES = [10, 13, 16, 18, 24, 32, 48];
/** Browser defaults relative to the parent's size. */
const TAG_EM: Record<string, number> = { H1: 2, H2: 1.5, H3: 1.17, H4: 1, H5: 0.83, H6: 0.67, SMALL: 0.83, BIG: 1.2, SUB: 0.83, SUP: 0.83 };

function cssSize(value: string | null | undefined, parentPx: number): number | null {
  if (!value) return null;
  const keyword = KEYWORD_SIZES[value];
  if (keyword) return keyword;
  if (value === 'smaller') return parentPx / 1.2;
  if (value === 'larger') return parentPx * 1.2;
  const match = /^((?:\d*\.)?\d+)(px|pt|em|rem|%)$/.exec(value);
  if (!match) return null;
  const number = Number(match[1]);
  switch (match[2]) {
    case 'px':
      return number;
    case 'pt':
      return (number * 4) / 3;
    case 'em':
      return number * parentPx;
    case 'rem':
      return number * 16;
    default:
      return (number * parentPx) / 100;
  }
}

function fontTagSize(size: string | null): number | null {
  if (!size) return null;
  const match = /^\s*([+-]?)(\d)\s*$/.exec(size);
  if (!match) return null;
  const level = match[1] === '+' ? 3 + Number(match[2]) : match[1] === '-' ? 3 - Number(match[2]) : Number(match[2]);
  return FONT_TAG_SIZES[Math.min(7, Math.max(1, level)) - 1] ?? null;
}

const ALIGN_ATTRIBUTE_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION', 'LEGEND', 'SECTION']);

function alignWord(value: string | null | undefined): 'center' | 'right' | 'left' | null {
  const word = value?.trim().toLowerCase();
  if (!word) return null;
  if (word === 'center' || word === 'middle' || word === '-webkit-center') return 'center';
  if (word === 'right' || word === 'end' || word === '-webkit-right') return 'right';
  if (word === 'left' || word === 'justify' || word === 'start') return 'left';
  return null;
}

// ---------------------------------------------------------------------------------------------
// What the page names as chrome.

/**
 * Class/id words for navigation, header, footer, share bars, comments, related lists, pagers… Not
 * "ft": 数字报 templates name the subtitle (副题) "ft" beside "yt" (引题) and "bt" (标题).
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'navi', 'menu', 'menus', 'menubar', 'mainnav', 'subnav', 'topnav', 'sitenav', 'footnav', 'breadnav', 'crumbnav',
  'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'bread', 'position', 'location', 'loc', 'pos', 'weizhi', 'dqwz',
  'header', 'head', 'hd', 'top', 'topbar', 'banner', 'footer', 'foot', 'bottom', 'copyright', 'copyinfo', 'banquan',
  'share', 'bdshare', 'sharebar', 'sharebox', 'comment', 'comments', 'cmt', 'discuss', 'reply',
  'related', 'relate', 'relates', 'xgxw', 'xgwz', 'xgyd', 'recommend', 'hotnews', 'ranking',
  'sidebar', 'side', 'sider', 'aside', 'toolbar', 'tools', 'tool', 'print', 'fontsize', 'zihao',
  'pager', 'pagination', 'paging', 'prevnext', 'prenext', 'fanye', 'pagebtn', 'gotop', 'backtop', 'totop',
  'search', 'searchbar', 'login', 'logo', 'qrcode', 'qr', 'erweima', 'ewm', 'friendlink', 'yqlj', 'ad', 'ads', 'advert',
  'btn', 'dialog', 'toast', 'popup', 'modal',
]);
/** Parts of run-together names ("bdsharebuttonbox", "site-breadcrumbnav", "footerwrap"). */
const CHROME_PARTS = /share|breadcrumb|crumb|copyright|footer|comment|sidebar|toolbar|pagination|qrcode|erweima|friendlink|weizhi|dqwz|jiathis/;
/** A header word beside an article word names the article's own header ("content-header", "article-head"). */
const HEADER_WORDS = new Set(['header', 'head', 'hd', 'top', 'banner']);
const ARTICLE_WORDS = new Set(['article', 'art', 'arti', 'content', 'con', 'cont', 'detail', 'details', 'news', 'post', 'entry', 'text', 'txt', 'doc', 'story', 'zw', 'wz', 'xl', 'xq']);
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'HEADER', 'FOOTER']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const CAPTION_NAME = /caption|pic[-_]?(?:text|title|desc|info|note|tit|txt)|img[-_]?(?:text|title|desc|txt|tit|note)|photo[-_]?(?:text|desc|title)|tuzhu|imgdesc/i;

function nameWords(element: HElement): string[] {
  const names = `${classList(element).join(' ')} ${element.getAttribute('id') ?? ''}`;
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-.]+/)
    .filter(Boolean);
}

function namedChrome(element: HElement): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML') return false;
  const role = element.getAttribute('role')?.toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  const words = nameWords(element);
  const articleWord = words.some((word) => ARTICLE_WORDS.has(word));
  if (words.some((word) => (CHROME_WORDS.has(word) && !(articleWord && HEADER_WORDS.has(word))) || CHROME_PARTS.test(word))) return true;
  if (!CHROME_TAGS.has(tag)) return false;
  if (tag === 'HEADER' || tag === 'FOOTER') {
    // An HTML5 article's own <header>/<footer>.
    for (let ancestor = parentElement(element); ancestor; ancestor = parentElement(ancestor)) {
      const name = ancestor.tagName.toUpperCase();
      if (name === 'ARTICLE' || name === 'MAIN') return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Loading and the article Readability picks.

interface LoadedPage {
  document: HDocument;
  styles: StyleSheet;
}

function removeAll(root: HDocument, selector: string): void {
  for (const element of Array.from(root.querySelectorAll(selector))) element.remove();
}

function loadPage(html: string): LoadedPage {
  const { document: parsed } = parseHTML(html);
  const document = parsed as unknown as HDocument;
  const sheets = Array.from(document.querySelectorAll('style')).map((style) => style.textContent ?? '');
  removeAll(document, REMOVED);
  removeAll(document, HIDDEN);
  const all = Array.from(document.querySelectorAll('*'));
  const present = new Set<string>();
  for (const element of all) {
    present.add(element.tagName.toUpperCase());
    for (const name of classList(element)) present.add(`.${name}`);
    const id = element.getAttribute('id');
    if (id) present.add(`#${id}`);
  }
  const styles = new StyleSheet(parseStyleSheets(sheets), present);
  const body = document.body;
  if (body && styles.hasHiding) {
    // Hidden by the page's own CSS, as injected spam often is; never the bulk of the page (a page that
    // hides its content until a script runs still shows it here).
    const total = visibleLength(body.textContent);
    const shownInline = (element: HElement): boolean => hiding(declarations(element.getAttribute('style') ?? '')) === false;
    const hidden = all.filter((element) => styles.rulesFor(element).hidden && !shownInline(element));
    for (const element of hidden) {
      if (visibleLength(element.textContent) < total / 2) element.remove();
    }
  }
  // Marked in the same order on both copies of the page (removed elements too: the order stays the same).
  all.forEach((element, index) => element.setAttribute(ID, String(index)));
  return { document, styles };
}

/** The elements (by mark) that Readability keeps as the article, run on its own copy of the page. */
function articleElements(html: string): Set<string> {
  const { document } = loadPage(html);
  const ids = new Set<string>();
  try {
    if (document.body) removeLinkDenseBlocks(document.body);
    const reader = new Readability<HElement>(document as never, { charThreshold: 100, serializer: (node) => node as unknown as HElement });
    // Readability renames elements (DIV → P) by copying them; the copy keeps the mark.
    const internals = reader as unknown as { _setNodeTag?: (node: HElement, tag: string) => HElement };
    const setNodeTag = internals._setNodeTag;
    if (typeof setNodeTag === 'function') {
      internals._setNodeTag = (node, tag) => {
        const mark = node.getAttribute(ID);
        const replacement = setNodeTag.call(reader, node, tag);
        if (mark !== null && replacement.getAttribute(ID) === null) replacement.setAttribute(ID, mark);
        return replacement;
      };
    }
    // Readability also moves text into new <p>s; the text nodes themselves keep their identity
    // (unless it has to re-read the page for a second attempt, when the marks still hold).
    const textParents = new Map<HNode, string>();
    const visitText = (node: HNode): void => {
      for (const child of children(node)) {
        if (child.nodeType === 3) {
          const mark = isElement(node) ? node.getAttribute(ID) : null;
          if (mark !== null && visibleLength(child.textContent) > 0) textParents.set(child, mark);
        } else if (isElement(child)) visitText(child);
      }
    };
    if (document.body) visitText(document.body);
    const content = reader.parse()?.content;
    if (!content || typeof content.querySelectorAll !== 'function') return ids;
    for (const element of [content, ...Array.from(content.querySelectorAll(`[${ID}]`))]) {
      const mark = element.getAttribute(ID);
      if (mark !== null) ids.add(mark);
    }
    const collectText = (node: HNode): void => {
      for (const child of children(node)) {
        if (child.nodeType === 3) {
          const mark = textParents.get(child);
          if (mark !== undefined) ids.add(mark);
        } else if (isElement(child)) collectText(child);
      }
    };
    collectText(content);
  } catch {
    ids.clear();
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// The walk.

interface Context {
  chrome: boolean;
  /** The link (<a>) the text is in. */
  link: HElement | null;
  article: boolean;
  px: number;
}
interface Piece {
  text: string;
  chars: number;
  context: Context;
}
interface Measure {
  chars: number;
  linkChars: number;
  articleChars: number;
}
interface ReadLine extends SourceLine {
  /** Cells of a table row, for the 信息公开 reader. */
  cells?: string[];
  /** Dominant type size in px. */
  px: number;
}

/** Block elements besides dom-text's paragraph set. */
const STRUCTURE = new Set(['LI', 'UL', 'OL', 'TR', 'TABLE', 'MENU', 'DIR']);
/** Blocks a list item's or heading's role passes through ("<li><p>…</p></li>"). */
const ROLE_PASS = new Set(['P', 'DIV', 'SPAN', 'CENTER', 'FONT', 'DT', 'DD', 'ADDRESS']);
const HEADING = /^H([1-6])$/;
/** A list item or heading holding more than this is a container, not a line's role. */
const ROLE_MAX_CHARS = 1000;
const CAPTION_MAX_CHARS = 150;
const PARAGRAPH_INDENT = /^[ \t\r\n]*(?:\u3000|\u00a0{2}){2}/;

class LineReader {
  readonly lines: ReadLine[] = [];
  private pieces: Piece[] = [];
  /** Visible characters in the pieces of the line being read. */
  private lineChars = 0;
  private readonly frames: HElement[] = [];
  private blockPending = true;
  private imagePending = false;
  private afterImage = false;
  private readonly measures = new Map<HElement, Measure>();
  private readonly chromeCache = new Map<HElement, boolean>();
  private bodyMeasure: Measure = { chars: 0, linkChars: 0, articleChars: 0 };
  private readonly explicitSizes = { used: false };

  constructor(
    private readonly styles: StyleSheet,
    private readonly articleIds: Set<string>,
  ) {}

  read(body: HElement): void {
    this.bodyMeasure = this.measure(body, false);
    const context = this.enter(body, { chrome: false, link: null, article: false, px: 16 });
    this.frames.push(body);
    this.walkChildren(body, context);
    this.hardBreak();
    this.frames.pop();
  }

  get usesExplicitSizes(): boolean {
    return this.explicitSizes.used;
  }

  // --- element facts

  private inArticle(element: HElement): boolean {
    const mark = element.getAttribute(ID);
    return mark !== null && this.articleIds.has(mark);
  }

  private measure(node: HNode, inLink: boolean): Measure {
    if (node.nodeType === 3) {
      const chars = visibleLength(node.textContent);
      const parent = parentElement(node);
      return { chars, linkChars: inLink ? chars : 0, articleChars: parent && this.inArticle(parent) ? chars : 0 };
    }
    const total: Measure = { chars: 0, linkChars: 0, articleChars: 0 };
    if (!isElement(node) || SKIP.has(node.tagName.toUpperCase())) return total;
    const link = inLink || node.tagName.toUpperCase() === 'A';
    for (const child of children(node)) {
      const counts = this.measure(child, link);
      total.chars += counts.chars;
      total.linkChars += counts.linkChars;
      total.articleChars += counts.articleChars;
    }
    this.measures.set(node, total);
    return total;
  }

  /**
   * Named as chrome (tag, role, class or id) and not holding the article: an element that holds a good
   * part of the article Readability found, or of the page's prose, is the page's frame, not chrome
   * (CMSs wrap the article in "content-header" and the like).
   */
  private isChrome(element: HElement): boolean {
    const cached = this.chromeCache.get(element);
    if (cached !== undefined) return cached;
    let chrome = namedChrome(element);
    if (chrome) {
      const own = this.measures.get(element) ?? { chars: 0, linkChars: 0, articleChars: 0 };
      const body = this.bodyMeasure;
      const holdsArticle = own.articleChars >= 100 && own.articleChars >= 0.3 * body.articleChars;
      const prose = own.chars - own.linkChars;
      const holdsProse = prose >= 200 && prose >= 0.4 * (body.chars - body.linkChars);
      chrome = !holdsArticle && !holdsProse;
    }
    this.chromeCache.set(element, chrome);
    return chrome;
  }

  private styleValue(element: HElement, name: string): string | null {
    const style = element.getAttribute('style');
    if (!style) return null;
    const decls = declarations(style);
    return name === 'font-size' ? declaredFontSize(decls) : (decls.get(name) ?? null);
  }

  private fontPx(element: HElement, parentPx: number): number {
    const tag = element.tagName.toUpperCase();
    const declared = cssSize(this.styleValue(element, 'font-size'), parentPx) ?? cssSize(this.styles.rulesFor(element).fontSize, parentPx);
    const px = declared ?? (tag === 'FONT' ? fontTagSize(element.getAttribute('size')) : null);
    if (px !== null && px > 0) {
      this.explicitSizes.used = true;
      return px;
    }
    const em = TAG_EM[tag];
    if (em) {
      this.explicitSizes.used = true;
      return parentPx * em;
    }
    return parentPx;
  }

  private align(element: HElement | null): 'center' | 'right' | 'left' | null {
    if (!element) return null;
    const tag = element.tagName.toUpperCase();
    if (tag === 'CENTER') return 'center';
    const fromStyle = alignWord(this.styleValue(element, 'text-align'));
    if (fromStyle) return fromStyle;
    const fromAttribute = ALIGN_ATTRIBUTE_TAGS.has(tag) ? alignWord(element.getAttribute('align')) : null;
    return fromAttribute ?? alignWord(this.styles.rulesFor(element).align);
  }

  /** The block's own alignment, else its parent's. */
  private blockAlign(element: HElement): 'center' | 'right' | 'left' | null {
    return this.align(element) ?? this.align(parentElement(element));
  }

  private enter(element: HElement, context: Context): Context {
    return {
      chrome: context.chrome || this.isChrome(element),
      link: element.tagName.toUpperCase() === 'A' ? element : context.link,
      article: this.inArticle(element),
      px: this.fontPx(element, context.px),
    };
  }

  // --- line assembly

  private addText(raw: string, context: Context): void {
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
    this.imagePending = false;
  }

  /** A list item's nesting and its marker as the text writes lists: "• " or its number in an ordered list. */
  private listPlace(item: HElement): { depth: number; marker: string } {
    const lists = this.frames.filter((frame) => /^(?:UL|OL|MENU|DIR)$/i.test(frame.tagName));
    const list = lists.at(-1);
    if (!list || !/^OL$/i.test(list.tagName)) return { depth: Math.max(0, lists.length - 1), marker: '• ' };
    const start = Number(list.getAttribute('start') ?? '1') || 1;
    const items = children(list).filter((child): child is HElement => 'tagName' in child && /^LI$/i.test((child as HElement).tagName));
    return { depth: Math.max(0, lists.length - 1), marker: `${start + Math.max(0, items.indexOf(item))}. ` };
  }

  private roleOf(): { role: SourceLine['role']; level?: number; depth?: number; marker?: string } {
    let passed = 0;
    for (let index = this.frames.length - 1; index >= 0 && passed <= 3; index -= 1) {
      const element = this.frames[index];
      if (!element) break;
      const tag = element.tagName.toUpperCase();
      const container = (this.measures.get(element)?.chars ?? 0) > ROLE_MAX_CHARS;
      const heading = HEADING.exec(tag);
      if (heading && !container) return { role: 'heading', level: Number(heading[1]) };
      if (tag === 'LI' && !container) return { role: 'list-item', ...this.listPlace(element) };
      if (tag === 'FIGCAPTION' || tag === 'CAPTION') return { role: 'caption' };
      if (!ROLE_PASS.has(tag)) break;
      passed += 1;
    }
    return { role: 'text' };
  }

  private emit(line: Omit<ReadLine, 'blockStart'>): void {
    this.lines.push({ ...line, blockStart: this.blockPending });
    this.blockPending = false;
  }

  private static stats(pieces: Piece[]): { chars: number; link: number; chrome: number; article: number; px: number } {
    let chars = 0;
    let link = 0;
    let chrome = 0;
    let article = 0;
    const bySize = new Map<number, number>();
    for (const piece of pieces) {
      chars += piece.chars;
      if (piece.context.link) link += piece.chars;
      if (piece.context.chrome) chrome += piece.chars;
      if (piece.context.article) article += piece.chars;
      const px = Math.round(piece.context.px * 10) / 10;
      bySize.set(px, (bySize.get(px) ?? 0) + piece.chars);
    }
    const px = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 16;
    return { chars, link, chrome, article, px };
  }

  /** What a line's characters say about it: how much is link text, chrome, article; its usual type size. */
  private static shares(stats: { chars: number; link: number; chrome: number; article: number; px: number }) {
    return {
      linkShare: Math.round((stats.link / stats.chars) * 100) / 100,
      chromeHint: stats.chrome * 2 >= stats.chars,
      inArticle: stats.article * 2 > stats.chars,
      px: stats.px,
    };
  }

  private flush(): void {
    const pieces = this.pieces;
    this.pieces = [];
    this.lineChars = 0;
    const afterImage = this.afterImage;
    this.afterImage = false;
    const raw = pieces.map((piece) => piece.text).join('');
    const text = inlineText(raw).trim();
    if (text === '') return;
    // A line indented by two full-width spaces opens a paragraph, even after a single <br>.
    if (PARAGRAPH_INDENT.test(raw)) this.blockPending = true;
    const stats = LineReader.stats(pieces);
    if (stats.chars === 0) return;
    const block = this.frames[this.frames.length - 1] ?? null;
    const found = this.roleOf();
    const { level, depth, marker } = found;
    let { role } = found;
    const captionNamed = block !== null && CAPTION_NAME.test(`${classList(block).join(' ')} ${block.getAttribute('id') ?? ''}`);
    if (role === 'text' && (captionNamed || (afterImage && stats.chars <= CAPTION_MAX_CHARS))) role = 'caption';
    const align = block ? this.blockAlign(block) : null;
    this.emit({
      text,
      role,
      ...(level !== undefined ? { level } : {}),
      ...(depth !== undefined ? { depth } : {}),
      ...(marker !== undefined ? { marker } : {}),
      ...(align === 'center' ? { centered: true } : {}),
      ...(align === 'right' ? { rightAligned: true } : {}),
      ...LineReader.shares(stats),
    });
  }

  // --- the tree

  private walkChildren(element: HElement, context: Context): void {
    for (const child of children(element)) this.visit(child, context);
  }

  private visit(node: HNode, context: Context): void {
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
      if (this.lineChars === 0) this.imagePending = true;
      return;
    }
    if (tag === 'HR') {
      this.hardBreak();
      return;
    }
    const inner = this.enter(node, context);
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
    this.walkChildren(node, inner);
  }

  private pre(element: HElement, context: Context): void {
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
  private collect(node: HNode, context: Context, out: Piece[]): void {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      const chars = visibleLength(text);
      out.push({ text: chars === 0 ? ' ' : text, chars, context });
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR' || BLOCK.has(tag) || STRUCTURE.has(tag)) out.push({ text: ' ', chars: 0, context });
    const inner = this.enter(node, context);
    for (const child of children(node)) this.collect(child, inner, out);
    if (BLOCK.has(tag) || STRUCTURE.has(tag)) out.push({ text: ' ', chars: 0, context });
  }

  private table(table: HElement, context: Context): void {
    this.hardBreak();
    this.frames.push(table);
    if (isLayoutTable(table as unknown as DomNode)) this.layoutCells(table, context);
    else this.dataRows(table, context);
    this.hardBreak();
    this.frames.pop();
  }

  /** A layout table: each cell is a block of its own, read like any other part of the page. */
  private layoutCells(node: HElement, context: Context): void {
    for (const child of children(node)) {
      if (!isElement(child)) {
        if (visibleLength(child.textContent) > 0) this.visit(child, context);
        continue;
      }
      const tag = child.tagName.toUpperCase();
      if (tag === 'TD' || tag === 'TH') {
        this.hardBreak();
        this.frames.push(child);
        this.walkChildren(child, this.enter(child, context));
        this.hardBreak();
        this.frames.pop();
      } else if (tag === 'TR' || tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') {
        this.layoutCells(child, this.enter(child, context));
      } else {
        this.visit(child, context);
      }
    }
  }

  /** A data table: one line per row, its cells joined by " | ". */
  private dataRows(node: HElement, context: Context): void {
    for (const child of children(node)) {
      if (!isElement(child)) continue;
      const tag = child.tagName.toUpperCase();
      if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') {
        this.dataRows(child, this.enter(child, context));
      } else if (tag === 'TR') {
        this.row(child, this.enter(child, context));
      } else if (tag === 'CAPTION') {
        this.visit(child, context);
      }
    }
  }

  private row(row: HElement, context: Context): void {
    this.hardBreak();
    const all: Piece[] = [];
    const cells: string[] = [];
    const aligns: ('center' | 'right' | 'left' | null)[] = [];
    for (const cell of children(row)) {
      if (!isElement(cell)) continue;
      const tag = cell.tagName.toUpperCase();
      if (tag !== 'TD' && tag !== 'TH') continue;
      const pieces: Piece[] = [];
      this.collect(cell, context, pieces);
      const text = inlineText(pieces.map((piece) => piece.text).join(''))
        .replace(/\s+/g, ' ')
        .trim();
      cells.push(text);
      if (text) aligns.push(this.align(cell) ?? this.align(row));
      all.push(...pieces);
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    const text = cells.join(' | ').trim();
    const stats = LineReader.stats(all);
    if (text === '' || stats.chars === 0) return;
    const align = aligns.length > 0 && aligns.every((value) => value === aligns[0]) ? aligns[0] : null;
    this.emit({
      text,
      role: 'table-row',
      ...(align === 'center' ? { centered: true } : {}),
      ...(align === 'right' ? { rightAligned: true } : {}),
      ...LineReader.shares(stats),
      cells,
    });
    this.blockPending = true;
  }
}

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
  if (!info.title && part && lines.some((line) => line.text.replace(/\s+/g, '') === part)) {
    info.title = info.documentTitlePart;
    info.origins.title = 'page';
  }
  return { lines: lines.map(toSourceLine), info };
}
