import { firstDate, isoDate } from '../metadata/dates';

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

/** What a page says about its article, field by field. */
export type PageInfoField =
  | 'title'
  | 'date'
  | 'writtenDate'
  | 'effectiveDate'
  | 'source'
  | 'siteName'
  | 'columnName'
  | 'author'
  | 'issuer'
  | 'docNumber'
  | 'url'
  | 'keywords'
  | 'description'
  | 'indexNumber'
  | 'category'
  | 'validity';

/**
 * Where a field was read: a machine-readable statement in the page head (meta tags, canonical link,
 * JSON-LD), the 信息公开 table or list a government CMS prints above the article, or a visible page
 * element (the heading, a 公众号's account bar, the browser's "saved from" comment).
 */
export type PageInfoOrigin = 'meta' | 'disclosure' | 'page';

export interface PageInfo {
  /** The article title as the page states it (ArticleTitle, the 信息公开 名称/标题, og:title, or the heading). */
  title: string | null;
  /** The longest part of <title> ("标题_栏目_站点"): the title only if the page text repeats it. */
  documentTitlePart: string | null;
  /** <title> with the site name, kept to recognise the heading that is the title. */
  documentTitle: string | null;
  /** Publication date (YYYY-MM-DD): PubDate and its relatives, the 信息公开 发布日期/生成日期. */
  date: string | null;
  /** The document's own date (成文日期/发文日期/产生日期/签发日期 in the 信息公开 block), YYYY-MM-DD. */
  writtenDate: string | null;
  /** 实施日期/施行日期/生效日期 in the 信息公开 block, YYYY-MM-DD. */
  effectiveDate: string | null;
  /** The article's source as the CMS records it (ContentSource, source, the 信息公开 来源). */
  source: string | null;
  /** The website's own name (SiteName, og:site_name; a 公众号's account name): a source of last resort. */
  siteName: string | null;
  /** The column (栏目) the CMS filed the article under (ColumnName). */
  columnName: string | null;
  author: string | null;
  /** 发布机构/发文机关/发文单位/公开主体 in the 信息公开 block. */
  issuer: string | null;
  /** 文号/发文字号/文件编号 in the 信息公开 block. */
  docNumber: string | null;
  url: string | null;
  /** Keywords meta (often the site's, not the article's), else the 信息公开 关键词/主题词; split, in order. */
  keywords: string[];
  /** Description meta / og:description, else the 信息公开 内容概述/摘要. */
  description: string | null;
  /** 索引号 in the 信息公开 block. */
  indexNumber: string | null;
  /** 主题分类/信息分类/组配分类/体裁分类 in the 信息公开 block. */
  category: string | null;
  /** 有效性/时效性/效力状态 in the 信息公开 block ("有效", "废止"…). */
  validity: string | null;
  /** Where each field that has a value was read. */
  origins: Partial<Record<PageInfoField, PageInfoOrigin>>;
}

/** A line of the page as the 信息公开 reader needs it: its text and, for a table row, its cells. */
export interface DisclosureLine {
  text: string;
  cells?: readonly string[] | undefined;
}

const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();

/** The page's meta tags by lower-cased name, property or itemprop, in page order, empty ones left out. */
type MetaTags = Map<string, string[]>;

function metaTags(document: PageDocument): MetaTags {
  const tags: MetaTags = new Map();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const value = squash(element.getAttribute('content') ?? '');
    if (!value) continue;
    for (const attribute of ['name', 'property', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const values = tags.get(key) ?? [];
      values.push(value);
      tags.set(key, values);
    }
  }
  return tags;
}

/** The first non-empty value among the names, in the order given (names are matched regardless of case). */
function metaContent(tags: MetaTags, names: readonly string[]): string | null {
  for (const name of names) {
    const value = tags.get(name.toLowerCase())?.[0];
    if (value) return value;
  }
  return null;
}

/** "标题_栏目_站点" / "站点 - 标题" / "标题-站点": the longest part is the title. */
function titleFromDocumentTitle(documentTitle: string): string | null {
  const parts = documentTitle
    .split(/\s*[_|｜»]\s*|\s+[-—–]+\s+|--|(?<=[\p{Script=Han}”」》）])[-－](?=\p{Script=Han})/u)
    .map(squash)
    .filter((part) => part.length > 0);
  return parts.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** A site's or a body's name as pages append it to a headline ("… | 某区住建局", "…_某市人民政府门户网站"). */
const SITE_NAME = /(?:网|網|网站|網站|门户|門戶|局|厅|廳|委|委员会|委員會|政府|办公室|辦公室|报|報|在线|在線|发布|發布|融媒|客户端|平台|头条|之声)$/;

/** A meta tag's title without the site's name some CMSs append to it: the headline part, when the rest is names. */
function withoutSiteName(value: string | null): string | null {
  if (!value) return value;
  const parts = value.split(/\s*[_|｜]\s*|\s+[-—–]+\s+/).map(squash).filter(Boolean);
  if (parts.length < 2) return value;
  const [longest] = [...parts].sort((a, b) => b.length - a.length);
  const rest = parts.filter((part) => part !== longest);
  return longest && longest.length >= 6 && rest.every((part) => part.length <= 20 && SITE_NAME.test(part) && !/[，。：:“”]/.test(part)) ? longest : value;
}

function notSiteName(value: string | null): string | null {
  return value && !SITE_NAME.test(squash(value)) ? value : null;
}

/** "Headline | 兩岸觀察網", "峡江晚报数字报-Headline", "冀中晚报": a news site's or paper's name in its pages' <title>. */
function mediaNameFromDocumentTitle(documentTitle: string): string | null {
  const parts = documentTitle
    .split(/\s*[_|｜]\s*|\s+[-—–]+\s+|(?<=[\p{Script=Han}”」》）])[-－](?=\p{Script=Han})/u)
    .map(squash)
    .filter(Boolean);
  for (const part of [parts.at(-1), parts[0]]) {
    const name = (part ?? '').replace(/\s*(?:数字报纸?|數字報紙?|电子版|電子版|数字版|數字版|电子报|電子報)$/, '');
    if (name.length >= 3 && name.length <= 16 && /(?:网|網|报|報|新闻|新聞|在线|在線|电视台|電視台|客户端)$/.test(name) && !/[，。：:“”]/.test(name)) return name;
  }
  return null;
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

/** A date as CMSs write it in meta tags and tables: 2024-05-22 10:15, 2023-09-08-10:30:00, ISO 8601, 20240522, 2024年5月22日. */
export function pageDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const found = firstDate(value);
  if (found) return found;
  const compact = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(value);
  return compact ? isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3])) : null;
}

/** "来源：人民日报" → "人民日报"; "作者：李帅" → "李帅". */
function withoutLabel(value: string | null): string | null {
  if (!value) return null;
  const stripped = squash(value.replace(/^(?:来\s*源|信息来源|文章来源|稿件来源|作\s*者|source|author)\s*[:：]\s*/i, ''));
  return stripped || null;
}

/** Author metas hold user ids ("1464"), URLs and site names too; only a name-like value is kept. */
function authorName(value: string | null): string | null {
  const name = withoutLabel(value);
  if (!name || /^[\d\s.,-]+$/.test(name) || /https?:|www\.|@/i.test(name) || name.length > 40) return null;
  return name;
}

function keywordList(value: string | null): string[] {
  if (!value) return [];
  const words = value
    .split(/[,，;；、|｜\s]+/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
  return [...new Set(words)];
}

const WECHAT_PLATFORM = /^(?:微信公众平台|微信|WeChat|Weixin)$/i;

/** A 公众号 page saved from the browser: the account name and the publish time sit in the article's meta bar. */
function wechatPage(document: PageDocument): { account: string | null; date: string | null } | null {
  const isWechat = document.querySelector('#js_content, .rich_media_content, #activity-name, .rich_media_title') !== null;
  if (!isWechat) return null;
  const account = squash(document.querySelector('#js_name, .rich_media_meta_nickname, #profileBt')?.textContent ?? '') || null;
  const date = pageDate(document.querySelector('#publish_time')?.textContent ?? null);
  return { account, date };
}

interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

/** JSON-LD (schema.org NewsArticle/Article) in the raw page: read as data, never run. */
function jsonLdArticle(html: string): JsonLdArticle | null {
  const pattern = /<script[^>]+type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;
  const nameOf = (value: unknown): string | null => {
    const first = Array.isArray(value) ? (value[0] as unknown) : value;
    if (typeof first === 'string') return squash(first) || null;
    if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return squash((first as { name: string }).name) || null;
    return null;
  };
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    let data: unknown;
    try {
      data = JSON.parse(match[1] ?? '');
    } catch {
      continue;
    }
    const items: unknown[] = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { '@graph'?: unknown })['@graph']) ? ((data as { '@graph': unknown[] })['@graph']) : [data];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      const type = String(record['@type'] ?? '');
      if (!/Article|BlogPosting|Report|WebPage/i.test(type)) continue;
      const article: JsonLdArticle = {
        headline: typeof record.headline === 'string' ? squash(record.headline) || null : null,
        datePublished: typeof record.datePublished === 'string' ? record.datePublished : null,
        author: nameOf(record.author),
        publisher: nameOf(record.publisher),
      };
      if (article.headline || article.datePublished) return article;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The 信息公开 block: 索引号, 发布机构, 生成日期, 文号… above the article, as a table or a list.

type DisclosureField = Exclude<PageInfoField, 'siteName' | 'columnName' | 'url'> | 'other';

interface DisclosureLabel {
  label: string;
  field: DisclosureField;
  /** Only a 信息公开 block uses this label; two of them make a run of labelled lines such a block. */
  strong: boolean;
  /** Lower wins when two labels give the same field (发布日期 before 生成日期). */
  rank: number;
}

const LABELS: DisclosureLabel[] = [];
function labels(field: DisclosureField, strong: boolean, names: string[], firstRank = 0): void {
  names.forEach((label, rank) => LABELS.push({ label, field, strong, rank: firstRank + rank }));
}
labels('indexNumber', true, ['索引号', '信息索引号', '索取号']);
labels('issuer', true, ['发布机构', '发文机关', '发文单位', '公开主体', '制发机关', '信息发布机构', '公开责任部门', '发布单位', '发布部门', '所属机构']);
labels('writtenDate', true, ['成文日期', '发文日期', '产生日期', '签发日期', '印发日期', '成文时间', '发文时间']);
labels('date', false, ['发布日期', '发布时间', '公开日期', '公开时间', '上网日期']);
// 生成日期 is when the CMS made the entry: the publication day as a rule, but second to a stated 发布日期.
labels('date', true, ['生成日期'], 10);
labels('docNumber', true, ['文号', '发文字号', '文件编号', '发文编号', '文件文号']);
labels('category', true, ['主题分类', '信息分类', '组配分类', '体裁分类', '目录分类', '公文种类']);
labels('category', false, ['分类', '所属主题']);
labels('title', true, ['信息名称', '文件名称', '公文标题']);
labels('title', false, ['名称', '标题']);
labels('source', false, ['信息来源', '来源', '文章来源', '稿件来源']);
labels('author', false, ['作者']);
labels('keywords', true, ['主题词']);
labels('keywords', false, ['关键词', '关键字']);
labels('description', true, ['内容概述']);
labels('description', false, ['内容摘要', '摘要']);
labels('validity', true, ['有效性', '时效性', '效力状态', '是否有效']);
labels('validity', false, ['时效', '效力']);
labels('effectiveDate', true, ['实施日期', '施行日期']);
labels('effectiveDate', false, ['生效日期', '生效时间']);
// Labels that take no field but end the value before them.
labels('other', true, ['公开方式', '公开范围', '公开时限', '公开属性', '公开形式', '废止日期', '失效日期', '公开类别', '统一编号', '登记号']);
labels('other', false, ['浏览次数', '浏览量', '访问量', '点击数', '点击量', '阅读数', '字号', '语音播报']);

const LABEL_BY_KEY = new Map(LABELS.map((entry) => [entry.label, entry]));
const SPACE = '[ \\t\\u3000\\u00a0]*';
/** Fragments of one line: table cells, joined by a separator no page text holds. */
const CELL = '\u0001';
const labelAlternatives = [...LABELS]
  .sort((a, b) => b.label.length - a.label.length)
  .map((entry) => [...entry.label].join(SPACE))
  .join('|');
/** A label where a label can be: not inside a word, followed by a colon or filling its cell. */
const LABEL_PATTERN = new RegExp(`(?<![\\p{Script=Han}A-Za-z0-9])(${labelAlternatives})(?:${SPACE}[:：]|${SPACE}(?=${CELL}|$))`, 'gu');

interface FoundLabel {
  entry: DisclosureLabel;
  start: number;
  end: number;
}

function findLabels(text: string): FoundLabel[] {
  const found: FoundLabel[] = [];
  LABEL_PATTERN.lastIndex = 0;
  for (let match = LABEL_PATTERN.exec(text); match; match = LABEL_PATTERN.exec(text)) {
    const entry = LABEL_BY_KEY.get((match[1] ?? '').replace(/[ \t\u3000\u00a0]/g, ''));
    if (entry) found.push({ entry, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function cleanValue(raw: string): string {
  return squash(raw.replace(new RegExp(CELL, 'g'), ' '))
    .replace(/^[\s[【（(:：|｜]+|[\s\]】）)|｜]+$/g, '')
    .trim();
}

type DisclosureValues = Partial<Record<DisclosureField, { value: string; rank: number }>>;

function keep(values: DisclosureValues, entry: DisclosureLabel, value: string): void {
  if (!value || entry.field === 'other') return;
  const held = values[entry.field];
  if (!held || entry.rank < held.rank) values[entry.field] = { value, rank: entry.rank };
}

/** One labelled line: each label takes what stands between it and the next label, within the line. */
function readLabelledLine(joined: string, found: FoundLabel[], values: DisclosureValues): void {
  found.forEach((label, index) => {
    const end = found[index + 1]?.start ?? joined.length;
    keep(values, label.entry, cleanValue(joined.slice(label.end, end)));
  });
}

const joinedCells = (line: DisclosureLine): string => (line.cells && line.cells.length > 0 ? line.cells.join(CELL) : line.text);
const startsWithLabel = (joined: string, found: FoundLabel[]): boolean => found.length > 0 && joined.slice(0, found[0]?.start ?? 0).replace(new RegExp(`[\\s${CELL}]`, 'g'), '') === '';

function isLabelOnly(cell: string): boolean {
  const found = findLabels(cell);
  return found.length === 1 && cell.slice(0, found[0]?.start).trim() === '' && cleanValue(cell.slice(found[0]?.end)) === '';
}

/**
 * The fields of the 信息公开 block: a run of consecutive lines that each start with a label, holding
 * at least two labels only such a block uses (索引号, 发布机构, 成文日期, 文号, 主题分类…). A value
 * stops at the next label or the end of its line (a table row, a list item); a label left empty takes
 * nothing, never the next line. A row of column headings (索引号 | 发布机构 | …) gives its values to
 * the row below, cell by cell.
 */
export function readDisclosure(lines: readonly DisclosureLine[]): Partial<Record<DisclosureField, string>> {
  const values: DisclosureValues = {};
  const labelled = lines.map((line) => {
    const joined = joinedCells(line);
    const found = findLabels(joined);
    return { line, joined, found, starts: startsWithLabel(joined, found) };
  });
  let index = 0;
  while (index < labelled.length) {
    if (!labelled[index]?.starts) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < labelled.length && labelled[end]?.starts) end += 1;
    const run = labelled.slice(index, end);
    const strong = new Set(run.flatMap((item) => item.found.filter((label) => label.entry.strong).map((label) => label.entry.field + label.entry.label)));
    if (strong.size >= 2) {
      run.forEach((item, offset) => {
        const cells = item.line.cells;
        const below = labelled[index + offset + 1];
        const headingRow = cells !== undefined && cells.length >= 2 && cells.every(isLabelOnly);
        if (headingRow && below && !below.starts && below.line.cells?.length === cells.length) {
          cells.forEach((_cell, at) => {
            const label = item.found[at];
            if (label) keep(values, label.entry, cleanValue(below.line.cells?.[at] ?? ''));
          });
        } else {
          readLabelledLine(item.joined, item.found, values);
        }
      });
    }
    index = end;
  }
  const out: Partial<Record<DisclosureField, string>> = {};
  for (const [field, held] of Object.entries(values) as [DisclosureField, { value: string }][]) out[field] = held.value;
  return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * A saved page's own description of itself: the meta tags Chinese CMSs write (大汉/TRS/政府网站:
 * ArticleTitle, PubDate, ContentSource, SiteName, ColumnName, Keywords, Description, Url; 人民网/新华网:
 * publishdate, source, author), Open Graph and article:*, JSON-LD, a 公众号's account bar, the
 * heading, the saved-from URL — and, when the page's lines are given, the 信息公开 block above the
 * article. Meta tags win over the block, the block over the page's visible elements.
 */
export function readPageInfo(document: PageDocument, html: string, lines?: readonly DisclosureLine[]): PageInfo {
  const origins: PageInfo['origins'] = {};
  const pick = <T>(field: PageInfoField, candidates: [T | null | undefined, PageInfoOrigin][]): T | null => {
    for (const [value, origin] of candidates) {
      if (value === null || value === undefined || (typeof value === 'string' && value === '')) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      origins[field] = origin;
      return value;
    }
    return null;
  };

  const documentTitle = squash(document.title ?? '') || null;
  const meta = metaTags(document);
  const disclosure = lines ? readDisclosure(lines) : {};
  const wechat = wechatPage(document);
  const jsonLd = jsonLdArticle(html.slice(0, 2_000_000));

  const title = pick<string>('title', [
    [metaContent(meta, ['ArticleTitle']), 'meta'],
    [disclosure.title, 'disclosure'],
    [withoutSiteName(metaContent(meta, ['og:title', 'twitter:title', 'dc.title', 'headline'])), 'meta'],
    [jsonLd?.headline, 'meta'],
    [headingTitle(document, documentTitle), 'page'],
    // <meta name="title"> holds the headline on some CMSs, the site's name on others.
    [notSiteName(withoutSiteName(metaContent(meta, ['title']))), 'meta'],
  ]);
  const date = pick<string>('date', [
    [pageDate(metaContent(meta, ['PubDate', 'publishdate', 'PublishTime', 'publish_time', 'article:published_time', 'firstpublishedtime', 'datePublished', 'og:release_date', 'release_date', 'dc.date.issued', 'dcterms.issued'])), 'meta'],
    [pageDate(disclosure.date), 'disclosure'],
    [pageDate(metaContent(meta, ['Maketime', 'dc.date', 'date', 'sendtime'])), 'meta'],
    [pageDate(jsonLd?.datePublished), 'meta'],
    [wechat?.date, 'page'],
  ]);
  const writtenDate = pick<string>('writtenDate', [[pageDate(disclosure.writtenDate), 'disclosure']]);
  const effectiveDate = pick<string>('effectiveDate', [[pageDate(disclosure.effectiveDate), 'disclosure']]);
  const source = pick<string>('source', [
    [withoutLabel(metaContent(meta, ['ContentSource', 'source', 'article:source'])), 'meta'],
    [withoutLabel(disclosure.source ?? null), 'disclosure'],
  ]);
  const metaSite = metaContent(meta, ['SiteName', 'og:site_name', 'application-name']);
  const siteName = pick<string>('siteName', [
    [metaSite && !WECHAT_PLATFORM.test(metaSite) ? metaSite : null, 'meta'],
    [wechat?.account, 'page'],
    [jsonLd?.publisher, 'meta'],
    [documentTitle ? mediaNameFromDocumentTitle(documentTitle) : null, 'page'],
  ]);
  const columnName = pick<string>('columnName', [[metaContent(meta, ['ColumnName', 'article:section', 'catalogname']), 'meta']]);
  const author = pick<string>('author', [
    [authorName(metaContent(meta, ['Author', 'article:author', 'dc.creator'])), 'meta'],
    [authorName(disclosure.author ?? null), 'disclosure'],
    [authorName(jsonLd?.author ?? null), 'meta'],
  ]);
  const savedFrom = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(html.slice(0, 2000))?.[1] ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const http = (value: string | null): string | null => (value && /^https?:\/\//i.test(value) ? value : null);
  const url = pick<string>('url', [
    [http(metaContent(meta, ['og:url', 'Url'])), 'meta'],
    [http(canonical), 'meta'],
    [http(savedFrom), 'page'],
  ]);
  const keywords = pick<string[]>('keywords', [
    [keywordList(metaContent(meta, ['Keywords', 'news_keywords'])), 'meta'],
    [keywordList(disclosure.keywords ?? null), 'disclosure'],
  ]);
  const description = pick<string>('description', [
    [metaContent(meta, ['Description', 'og:description', 'twitter:description']), 'meta'],
    [disclosure.description, 'disclosure'],
  ]);

  return {
    title,
    documentTitlePart: documentTitle ? titleFromDocumentTitle(documentTitle) : null,
    documentTitle,
    date,
    writtenDate,
    effectiveDate,
    source,
    siteName,
    columnName,
    author,
    issuer: pick<string>('issuer', [[disclosure.issuer, 'disclosure']]),
    docNumber: pick<string>('docNumber', [[disclosure.docNumber, 'disclosure']]),
    url,
    keywords: keywords ?? [],
    description,
    indexNumber: pick<string>('indexNumber', [[disclosure.indexNumber, 'disclosure']]),
    category: pick<string>('category', [[disclosure.category, 'disclosure']]),
    validity: pick<string>('validity', [[disclosure.validity, 'disclosure']]),
    origins,
  };
}
