import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { CasebookError } from '../../../../shared/api/errors';
import { domToText } from './dom-text';
import { removeLinkDenseBlocks } from './link-density';
import { readPageInfo, type PageInfo } from './page-info';

export interface ExtractedPage {
  info: PageInfo;
  /** The article's text with its paragraphs, before cleaning. */
  articleText: string;
  /** The page text above the article (title, info bar), where its date and source usually are. */
  headerText: string;
}

/** Pages saved "complete" inline images as data: URLs; they carry no text and cost memory. */
const DATA_URL = /\b(src|href|srcset)\s*=\s*(["'])data:[^"']{256,}\2/gi;
const MAX_HTML_CHARS = 30 * 1024 * 1024;

const REMOVED = 'script, style, noscript, template, iframe, frame, frameset, object, embed, svg, canvas, applet, textarea, input, select, button';
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]';
const CHROME_HINT = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|copyright|share|bdshare|comments?|related|relate|sidebar|side|topbar|header|banner|position|location|toolbar|print|pager|pagination)(?:[\s_-]|$)/i;

interface Element {
  remove(): void;
  getAttribute(name: string): string | null;
  tagName: string;
}

function removeAll(root: { querySelectorAll(selector: string): ArrayLike<Element> }, selector: string): void {
  for (const element of Array.from(root.querySelectorAll(selector))) element.remove();
}

type PageDom = ReturnType<typeof parseHTML>['document'];

/** The page parsed (never run) without the elements that hold no readable text or hide injected spam. */
function loadPage(html: string): PageDom {
  const { document } = parseHTML(html);
  removeAll(document, REMOVED);
  removeAll(document, HIDDEN);
  return document;
}

/** The fallback when Readability finds no article: the body without elements named or placed as chrome. */
function bodyWithoutChrome(document: PageDom): string {
  removeAll(document, 'nav, header, footer, aside');
  if (document.body) removeLinkDenseBlocks(document.body);
  for (const element of Array.from(document.querySelectorAll('[class], [id]')) as Element[]) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (CHROME_HINT.test(names) && element.tagName !== 'BODY') element.remove();
  }
  return document.body ? domToText(document.body) : '';
}

function headerBefore(fullText: string, articleText: string): string {
  const firstLine = articleText.split('\n').find((line) => line.trim().length >= 8)?.trim().slice(0, 20);
  const at = firstLine ? fullText.indexOf(firstLine) : -1;
  return at > 0 ? fullText.slice(Math.max(0, at - 1500), at) : fullText.slice(0, 1500);
}

/**
 * The article of a saved page. Scripts, styles, frames, form controls and hidden elements are dropped
 * before anything reads the page, so no script text or injected hidden spam reaches the text; the page
 * is only parsed (linkedom), never run.
 */
export function extractPage(rawHtml: string): ExtractedPage {
  const html = rawHtml.replace(DATA_URL, '$1=""');
  if (html.length > MAX_HTML_CHARS) {
    throw new CasebookError('IMPORT_FAILED', '网页文件过大（去掉内嵌图片后仍超过 3000 万字），无法按网页导入。', `html chars ${html.length}`);
  }
  const document = loadPage(html);
  const info = readPageInfo(document, html);
  const fullText = document.body ? domToText(document.body) : '';
  if (document.body) removeLinkDenseBlocks(document.body);

  let articleText = '';
  try {
    const reader = new Readability<string>(document as never, { charThreshold: 100, serializer: (node) => domToText(node as never) });
    const article = reader.parse();
    articleText = article?.content ?? '';
  } catch {
    articleText = '';
  }
  if (articleText.replace(/\s/g, '').length < 30) {
    articleText = bodyWithoutChrome(loadPage(html)) || fullText;
  }
  // A <title> that is only the site's name ("某某集团有限公司") is not the article's title.
  const part = info.documentTitlePart?.replace(/\s+/g, '');
  if (!info.title && part && fullText.split('\n').some((line) => line.replace(/\s+/g, '') === part)) info.title = info.documentTitlePart;
  return { info, articleText, headerText: headerBefore(fullText, articleText) };
}
