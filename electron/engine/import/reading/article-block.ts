import { chromeRuleOf, continuesTailBlock } from './chrome-rules';
import { isInfoLine } from './info-line';
import { hanCount, isOrganizationLine, isProseLine, NUMBERED } from './line-features';
import type { SourceLine } from './source-lines';
import { findDates } from '../metadata/dates';
import { organizationsOnLine } from '../metadata/organizations';
import { runningLinesAroundFolios } from './running-lines';

/**
 * Where the article is in a page (or text copied from one): the run of lines densest in sentences,
 * found as the best-scoring contiguous stretch (prose scores, chrome and link lists cost), then
 * widened to the signature, date and attachment lines that close a document. Lines before it are
 * the page's head (its title and info line are read from there); chrome inside it and everything
 * outside it is removed, each line with the rule that removed it.
 */

export interface LineVerdict {
  /** 'body' is kept as text; 'head' lies before the article (title, info line, masthead…); 'removed' goes. */
  place: 'body' | 'head' | 'removed';
  /** Why a line goes: a chrome rule id, or outside-article. */
  rule?: string;
}

const TAIL_BLOCKS = new Set(['related', 'comments', 'disclaimer']);
/** Chrome that frames a page (its edges): crossing it ends the article. Other chrome (a stray image name, a share bar) can sit inside one. */
const FRAME_RULES = new Set(['page-furniture', 'related', 'comments', 'disclaimer', 'prev-next', 'footer', 'breadcrumb', 'navigation', 'login', 'search-box', 'today', 'epaper-nav']);

/** A menu written one item per line: three or more short items in a row, no sentence, no numbering. */
function menuItem(line: SourceLine): boolean {
  const text = line.text.replace(/^[•·▪■◆●○►▶-]\s*/, '').trim();
  return text.length > 0 && text.length <= 8 && hanCount(text) >= 2 && !/[，。；：:！？、]/.test(text) && !NUMBERED.test(text);
}

/** Cells of a table row copied as text: tab-separated. */
function tabCells(line: SourceLine | undefined): number {
  return line && line.text.includes('\t') ? line.text.trim().split(/\t+/).length : 0;
}

/**
 * A table copied out of the article: rows of as many tab-separated cells as the row next to them, some holding
 * figures. Its header row ("街道	在建项目	党支部	覆盖率") reads like a menu; the rows are the text's.
 */
function isCopiedTableRow(lines: readonly SourceLine[], index: number): boolean {
  const cells = tabCells(lines[index]);
  if (cells < 2) return false;
  const beside = [lines[index - 1], lines[index + 1]].filter((line) => tabCells(line) === cells);
  return beside.length > 0 && [lines[index], ...beside].some((line) => /\d/.test(line?.text ?? ''));
}

function chromeVerdicts(lines: readonly SourceLine[]): (string | null)[] {
  const rules: (string | null)[] = [];
  let tail: string | null = null;
  /** The related list read so far is made of links (a page's list, not copied text). */
  let tailLinks = false;
  for (const line of lines) {
    const rule = line.furniture ? 'page-furniture' : (chromeRuleOf(line.text)?.id ?? null);
    if (rule && TAIL_BLOCKS.has(rule)) {
      tail = rule;
      tailLinks = false;
    }
    // A breadcrumb heads the article column: a list in a sidebar before it ("热点新闻", "便民服务") ended there. So
    // did a list of links at a heading or at a line that is no link (a page's own headline in the next column).
    else if (rule === 'breadcrumb' || (tail && !continuesTailBlock(tail, line.text)) || (tail === 'related' && tailLinks && !rule && (line.role === 'heading' || ((line.linkShare ?? 1) === 0 && line.role !== 'list-item')))) tail = null;
    else if (tail === 'related' && (line.linkShare ?? 0) >= 0.6) tailLinks = true;
    rules.push(rule === 'navigation' && isCopiedTableRow(lines, rules.length) ? null : (rule ?? tail));
  }
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && !rules[end] && menuItem(lines[end] as SourceLine)) end += 1;
    // Short bodies' names one to a line over a date are a joint 落款 (温州市总工会 / 共青团温州市委 / 温州市妇联 / 2024年5月6日), not a menu.
    const dateAfter = (lines[end]?.text.trim().length ?? 99) <= 24 && findDates(lines[end]?.text ?? '').length > 0;
    const signature = dateAfter && lines.slice(start, end).every((line) => isOrganizationLine(line.text));
    // Short items a line of the text introduces ("“五大工程”分别是：") and no link or page block marks are the text's list.
    const introduced = /[:：]$/.test(lines[start - 1]?.text.trim() ?? '') && isProseLine(lines[end]?.text ?? '') && lines.slice(start, end).every((line) => (line.linkShare ?? 0) < 0.5 && !line.chromeHint);
    if (end - start >= 3 && !signature && !introduced) for (let index = start; index < end; index += 1) rules[index] = 'navigation';
    start = Math.max(end, start + 1);
  }
  return rules;
}

/** A short sentence of its own ("本通知自发布之日起执行。"): prose, though too short to count as much. */
function isShortSentence(text: string): boolean {
  return /[。！？][”’」』）)]*$/.test(text.trim()) && hanCount(text) >= 5;
}

function score(line: SourceLine, rule: string | null, copiedTableRow: boolean): number {
  const prose = isProseLine(line.text);
  // (A page's number and running header stand between the pages of one article: no edge of it.)
  if (rule === 'page-number' || rule === 'page-furniture') return 0;
  if (rule) return FRAME_RULES.has(rule) ? -4 : -0.5;
  let value = prose ? 2 + Math.min(hanCount(line.text) / 60, 2) : isShortSentence(line.text) ? 0.8 : -0.8;
  if (!prose && !isShortSentence(line.text) && NUMBERED.test(line.text)) value = 0.3;
  if (!prose && isInfoLine(line.text)) value = -0.5;
  if (line.chromeHint && !prose) value -= 2;
  if ((line.linkShare ?? 0) >= 0.6 && !prose) value -= 2;
  // A document's own furniture (主送机关, 附件, 落款, 此件公开发布) belongs to it, between its prose.
  if (!prose && (closesDocument(line.text) || /^各.{1,100}[:：]$/.test(line.text.trim()))) value = Math.max(value, 0.5);
  if (line.inArticle) value += prose ? 1.5 : 0.6;
  if ((line.role === 'table-row' || copiedTableRow) && !prose) value = Math.max(value, 0.1);
  return value;
}

const CLOSING_FORMULA = /^(?:特此(?:通知|通报|公告|通告|函告|函复|复函|批复|报告|说明|证明|决定)|此复|此函|专此报告|专此函告|妥否，?请批示|请予审批|以上报告，?请审阅|请遵照执行|请认真贯彻执行|请认真贯彻落实)[。！]?$/;

/** A line that closes a document below its body: a signature, a date, 附件, 此件公开发布. */
function closesDocument(text: string): boolean {
  const trimmed = text.trim();
  // The 正文's closing formula on a line of its own ("特此通知。", "此复。"): too short to count as a sentence, the text's all the same.
  if (CLOSING_FORMULA.test(trimmed.replace(/[\s\u3000]+/g, ''))) return true;
  if (isOrganizationLine(trimmed.replace(/[（(]\s*(?:盖章|蓋章|公章|印章|签章|簽章|代章|章|印)\s*[）)]$/, ''))) return true;
  // A signer's name by the fuller list of what bodies are called (某某工作领导小组, 某某党建联盟).
  if (trimmed.length <= 60 && organizationsOnLine(trimmed).length > 0) return true;
  // "（某局代章）": the body whose seal stands for the signer's.
  if (/^[（(][^（）()]{2,40}代章[）)]$/.test(trimmed)) return true;
  // The 版记: 抄送 and the 印发 line ("某局办公室 2024年3月6日印发").
  if (/^(?:抄\s*送|抄\s*报|分\s*送)\s*[:：]/.test(trimmed) && trimmed.length <= 160) return true;
  if (trimmed.length <= 60 && /(?:印\s*发|印\s*制)$/.test(trimmed) && findDates(trimmed).length > 0) return true;
  // The same line broken before "印发", or a body's name and a date side by side ("某局办公室  2024年5月6日").
  if (/^(?:印\s*发|印\s*制)$/.test(trimmed)) return true;
  if (trimmed.length <= 60 && findDates(trimmed).length > 0 && organizationsOnLine(trimmed.replace(/(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g, '').trim()).length > 0) return true;
  if (trimmed.length <= 24 && findDates(trimmed).length > 0) return true;
  // A plan signed with the month only ("2024年5月", "二〇二四年五月"): the 落款's date all the same.
  if (/^[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}|[〇零○Ｏ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2})\s*月\s*[）)]?$/.test(trimmed)) return true;
  if (/^[（(]?\s*此件(?:公开发布|不公开|依申请公开|主动公开)\s*[）)]?$/.test(trimmed)) return true;
  if (/^附\s*件\s*\d*\s*[:：]?/.test(trimmed) && trimmed.length <= 80) return true;
  // A byline or 撰稿 line after a write-up: （李琳）, （记者 王某 通讯员 李某）, 撰稿：X.
  if (/^[（(]\s*(?:(?:本报|本网)?(?:记者|通讯员|特约记者)\s*)?[\p{Script=Han}·]{2,4}(?:[\s、/]+(?:(?:记者|通讯员)\s*)?[\p{Script=Han}·]{2,4})*(?:\s*[/／]?\s*[文图摄])?\s*[）)]$/u.test(trimmed)) return true;
  // （文/杨某 图/何某）: who wrote it and who took the photos.
  if (/^[（(]\s*文\s*[/／:：]\s*[\p{Script=Han}·]{2,4}(?:[\s\u3000]+(?:图|攝|摄)\s*[/／:：]\s*[\p{Script=Han}·]{2,4})?\s*[）)]$/u.test(trimmed)) return true;
  if (trimmed.length <= 60 && /^(?:联\s*系\s*人|联系电话|联系方式)\s*[:：]/.test(trimmed)) return true;
  return trimmed.length <= 40 && /^[（(]?\s*(?:撰稿|供稿|作者|记者|通讯员|执笔|申报单位|报送单位|来源|來源|信息来源|发文单位|发文机关|成文日期|(?:本文|文章)?(?:摘自|转自|转载自|原载|选自))/.test(trimmed);
}

/** A credit that closes an article: its editor, or where it comes from ("责任编辑：X", "来源：X"). */
const CLOSING_CREDIT_LINE = /^[（(]?\s*(?:(?:责任)?编辑|責任編輯|编审|审核|(?:信息|文章|稿件)?来源|來源|稿源)\s*[:：丨|｜]/;

/**
 * A related-articles box set inside the article (相关阅读 and its links between two paragraphs): the article goes on
 * below it. The box costs more than a few paragraphs weigh, so the densest stretch stops above it; it is carried past
 * the box here, over the paragraphs below it, where the page's article element (Readability's) holds them as it holds
 * those above, or (text copied from a page, with no elements) where the article's closing credits follow them.
 */
function pastInsetBoxes(lines: readonly SourceLine[], rules: readonly (string | null)[], start: number, end: number): number {
  const elements = lines.slice(start, end + 1).some((line) => line.inArticle);
  const copied = lines.every((line) => line.inArticle === undefined);
  if (!elements && !copied) return end;
  let last = end;
  for (;;) {
    let box = last + 1;
    while (box < lines.length && rules[box] === 'related' && box - last <= 12) box += 1;
    if (box === last + 1) return last;
    let next = box;
    while (next < lines.length && !rules[next] && (copied || lines[next]?.inArticle) && (isProseLine(lines[next]?.text ?? '') || isShortSentence(lines[next]?.text ?? ''))) next += 1;
    if (!lines.slice(box, next).some((line) => isProseLine(line.text))) return last;
    if (copied && !CLOSING_CREDIT_LINE.test(lines[next]?.text ?? '')) return last;
    last = next - 1;
  }
}

/** A sentence that announces a list ("一年来的数据是：", "名单如下：") and the short lines it announces. */
const ANNOUNCES_LIST = /(?:名单|如下|分别是|分别为|包括|是|有|为)[:：]$/;

function introducedItems(lines: readonly SourceLine[], rules: readonly (string | null)[]): Set<number> {
  const items = new Set<number>();
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (rules[index] || text.length < 5 || text.length > 30 || !ANNOUNCES_LIST.test(text) || isProseLine(text)) return;
    let next = index + 1;
    while (next < lines.length && next - index <= 30 && !rules[next] && (lines[next]?.text.trim().length ?? 99) <= 40 && !isProseLine(lines[next]?.text ?? '')) next += 1;
    if (next - index < 3) return;
    for (let at = index; at < next; at += 1) items.add(at);
  });
  return items;
}

/**
 * A list the article closes with, each under a line that introduces it ("“红色工地先锋”名单：" / "张某（某项目）"…): short
 * items weigh less than they cost, so the densest stretch stops above them. On a page the article's element holds them;
 * in copied text the line above names a list (名单：, 如下：, 分别是：).
 */
function pastIntroducedLists(lines: readonly SourceLine[], rules: readonly (string | null)[], end: number): number {
  let last = end;
  for (;;) {
    const label = lines[last + 1];
    const labelText = label?.text.trim() ?? '';
    if (!label || rules[last + 1] || !/[:：]$/.test(labelText) || labelText.length > 30 || isProseLine(labelText)) return last;
    const inPage = (line: SourceLine) => line.inArticle === true && (line.linkShare ?? 0) < 0.5 && !line.chromeHint;
    const copied = label.inArticle === undefined && /(?:名单|如下|分别是|分别为|包括)[:：]$/.test(labelText);
    if (!copied && !inPage(label)) return last;
    let next = last + 2;
    while (next < lines.length && next - last <= 31 && !rules[next] && (copied ? lines[next]?.inArticle === undefined : inPage(lines[next] as SourceLine)) && (lines[next]?.text.trim().length ?? 99) <= 40 && !isProseLine(lines[next]?.text ?? '')) next += 1;
    if (next === last + 2) return last;
    last = next - 1;
  }
}

/**
 * The verdict for every line of a web page or text copied from one. Paginated files (Word, PDF)
 * have no site chrome: pass `web: false` and only explicit chrome lines go.
 */
export function findArticle(lines: readonly SourceLine[], web: boolean): LineVerdict[] {
  const rules = chromeVerdicts(lines);
  for (const index of runningLinesAroundFolios(lines, rules)) rules[index] = 'page-furniture';
  if (!web) {
    const firstProse = lines.findIndex((line) => isProseLine(line.text));
    return lines.map((line, index) => {
      const rule = rules[index];
      if (rule) return { place: 'removed', rule };
      return { place: firstProse >= 0 && index < firstProse ? 'head' : 'body' };
    });
  }

  const listed = introducedItems(lines, rules);
  // (A sentence's own list — "一年来的数据是：" and its short items — is the article's, however short its lines.)
  const scores = lines.map((line, index) => (listed.has(index) ? Math.max(0.1, score(line, rules[index] ?? null, false)) : score(line, rules[index] ?? null, isCopiedTableRow(lines, index))));
  let best = { sum: 0, start: 0, end: -1 };
  let sum = 0;
  let start = 0;
  scores.forEach((value, index) => {
    if (sum <= 0) {
      sum = 0;
      start = index;
    }
    sum += value;
    if (sum > best.sum) best = { sum, start, end: index };
  });
  if (best.end < 0) {
    // Nothing reads as prose (a list, a fragment): keep every line that is not chrome.
    return lines.map((_, index) => (rules[index] ? { place: 'removed', rule: rules[index] ?? 'outside-article' } : { place: 'body' }));
  }
  let end = pastIntroducedLists(lines, rules, pastInsetBoxes(lines, rules, best.start, best.end));
  // Past the last paragraph: the signature, date and contact lines, over an editor's placeholder ("（此处插入现场照片2张）").
  for (let next = end + 1; next < lines.length; next += 1) {
    if (rules[next] === 'placeholder') continue;
    if (rules[next] || !closesDocument(lines[next]?.text ?? '')) break;
    end = next;
  }

  return lines.map((line, index): LineVerdict => {
    const rule = rules[index];
    if (index < best.start) return rule ? { place: 'removed', rule } : { place: 'head' };
    if (index > end) return { place: 'removed', rule: rule ?? 'outside-article' };
    if (rule) return { place: 'removed', rule };
    return { place: 'body' };
  });
}
