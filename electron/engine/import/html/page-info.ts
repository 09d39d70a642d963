import { firstDate } from '../metadata/dates';

/** The few DOM calls used here; linkedom's Document provides them. */
export interface PageDocument {
  title: string;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
export interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
}

export interface PageInfo {
  /** The article title as the page states it (meta tag or the heading). */
  title: string | null;
  /** The longest part of <title> ("标题_栏目_站点"): the title only if the page text repeats it. */
  documentTitlePart: string | null;
  /** <title> with the site name, kept to recognise the heading that is the title. */
  documentTitle: string | null;
  date: string | null;
  /** The article's source as the CMS records it (ContentSource). */
  source: string | null;
  /** The website's own name: a source of last resort. */
  siteName: string | null;
  author: string | null;
  url: string | null;
}

function metaContent(document: PageDocument, names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[name="${name}" i], meta[property="${name}" i], meta[itemprop="${name}" i]`);
    const value = element?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** "标题_栏目_站点" / "站点 - 标题": the longest part is the title. */
function titleFromDocumentTitle(documentTitle: string): string | null {
  const parts = documentTitle
    .split(/\s*[_|｜»]\s*|\s+[-—–]+\s+|--/)
    .map(squash)
    .filter((part) => part.length > 0);
  return parts.sort((a, b) => b.length - a.length)[0] ?? null;
}

function headingTitle(document: PageDocument, documentTitle: string | null): string | null {
  const squashedTitle = documentTitle ? documentTitle.replace(/\s+/g, '') : '';
  const headings = Array.from(document.querySelectorAll('h1, h2, h3, [class*="title" i], [id*="title" i]'))
    .map((element) => squash(element.textContent ?? ''))
    .filter((text) => text.length >= 4 && text.length <= 120);
  // The longest heading the <title> repeats is the article's (not the column name beside it); a lone <h1> is trusted too.
  const repeated = headings.filter((text) => squashedTitle.includes(text.replace(/\s+/g, ''))).sort((a, b) => b.length - a.length)[0];
  if (repeated) return repeated;
  const h1s = Array.from(document.querySelectorAll('h1')).map((element) => squash(element.textContent ?? '')).filter((text) => text.length >= 4);
  return h1s.length === 1 ? (h1s[0] ?? null) : null;
}

/** A saved page's own description of itself: meta tags used by Chinese CMSs and Open Graph, the heading, the saved-from URL. */
export function readPageInfo(document: PageDocument, html: string): PageInfo {
  const documentTitle = squash(document.title ?? '') || null;
  const metaTitle = metaContent(document, ['ArticleTitle', 'og:title', 'twitter:title']);
  const title = metaTitle ?? headingTitle(document, documentTitle);
  const dateText = metaContent(document, ['PubDate', 'publishdate', 'article:published_time', 'firstpublishedtime', 'pubdate', 'date', 'dc.date']);
  const savedFrom = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(html.slice(0, 2000))?.[1] ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = metaContent(document, ['og:url', 'Url']) ?? canonical ?? savedFrom;
  return {
    title,
    documentTitlePart: documentTitle ? titleFromDocumentTitle(documentTitle) : null,
    documentTitle,
    date: dateText ? firstDate(dateText) : null,
    source: metaContent(document, ['ContentSource', 'source']),
    siteName: metaContent(document, ['og:site_name', 'SiteName']),
    author: metaContent(document, ['author', 'Author', 'article:author']),
    url: url && /^https?:\/\//i.test(url) ? url : null,
  };
}
