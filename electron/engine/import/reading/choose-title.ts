import { findDates } from '../metadata/dates';
import type { LineVerdict } from './article-block';
import { isInfoLine } from './info-line';
import { hanCount, isOrganizationLine, isProseLine, NUMBERED } from './line-features';
import type { SourceLine } from './source-lines';
import { isFormHeading, isShortHeadline, isTitleCandidate, normalizeTitle, titleAt, titleFromFormRow, withVersionNote } from './title';

/**
 * Which line of a document is its headline: the one the file states, a 公文's, a form's 案例名称, the largest type, the
 * line over a page's info line (with a kicker above and a subtitle below), a heading, the head's last candidate. What
 * stands around it (a series' name, a booklet's title page, a site's name, a 标题导航) is told apart here.
 */

function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** One item of a series, by its number: "典型案例展示（十）", "典型案例（四）", "优秀案例之三", "案例5". */
export const SERIES_ITEM = /^(?:\d{4}年度?)?\S{0,24}?(?:案例|经验|做法)(?:展示|展播|选登|巡礼|集锦|分享|介绍|选编)?(?:[（(][一二三四五六七八九十百\d]{1,4}[）)]|之[一二三四五六七八九十百]{1,4}|[一二三四五六七八九十百\d]{1,4})$/;

/** A series' name on its line, or set over two lines in the same or large type ("某市红色工地建设" / "优秀案例汇编"). */
function isSeriesName(lines: readonly SourceLine[], index: number): boolean {
  const line = lines[index];
  const next = lines[index + 1];
  if (SERIES_NAME.test(compact(line?.text ?? ''))) return true;
  const bothLarge = (next?.scale ?? 1) >= 1.2 && (line?.scale ?? 1) >= 1.2;
  return next !== undefined && (bothLarge || Math.abs((next.scale ?? 1) - (line?.scale ?? 1)) <= 0.05) && SERIES_NAME.test(compact(line?.text ?? '') + compact(next.text));
}

const SERIES_NAME = /^(?:\d{4}年度?)?\S{0,24}(?:典型案例|优秀案例|案例选编|案例汇编|经验汇编|经验交流材料|工作案例)(?:选编|汇编|集)?$/;

/**
 * A 公文 title broken over two lines ("…关于推行" / "“红色工地”联建共建工作机制的意见"): one title, not a kicker and a
 * headline. A line above it in the run (a site's or column's name still standing) is no part of it.
 */
function brokenTitle(lines: readonly SourceLine[], run: readonly number[]): { text: string; lines: number[] } | null {
  if (run.length < 2) return null;
  const [upper] = run.slice(-2) as [number, number];
  if (!/关于/.test(lines[upper]?.text ?? '')) return null;
  const joined = titleAt(lines, upper, upper + 2);
  return joined && joined.lines.length === 2 ? joined : null;
}

/** The title candidates standing right before `at`, in order (at most three: kicker, headline, subtitle). */
function candidateRunBefore(lines: readonly SourceLine[], standing: readonly number[], at: number): number[] {
  const run: number[] = [];
  for (const index of standing.filter((candidate) => candidate < at).reverse()) {
    if (!isTitleCandidate(lines[index] as SourceLine) || run.length === 3) break;
    run.unshift(index);
  }
  return run;
}

/** The lines of a 标题导航 in `window`: those under its label, and runs of three or more headline-length lines. */
function headlineList(window: readonly SourceLine[]): Set<string> {
  const listed = new Set<string>();
  const label = window.findIndex((line) => /(?:标题|本版|版面)导航$/.test(compact(line.text)));
  if (label >= 0) for (const line of window.slice(label + 1)) if (compact(line.text).length >= 6) listed.add(compact(line.text));
  const itemLike = (line: SourceLine): boolean => compact(line.text).length >= 8 && isTitleCandidate(line) && !isProseLine(line.text);
  for (let start = 0; start < window.length; start += 1) {
    let end = start;
    while (end < window.length && itemLike(window[end] as SourceLine)) end += 1;
    if (end - start >= 3) for (const line of window.slice(start, end)) listed.add(compact(line.text));
    start = Math.max(start, end);
  }
  return listed;
}

/**
 * Which of a kicker / headline / subtitle run is the headline: the format's own heading or largest
 * type when it says; of three, the middle; of two, the one that reads as a headline rather than a
 * kicker (two phrases side by side) or a subtitle (a clause with figures and commas).
 */
function headlineOf(lines: readonly SourceLine[], run: readonly number[]): number {
  if (run.length === 1) return run[0] as number;
  // A 数字报 page's 标题导航 lists its headlines above the article: of a kicker / headline / subtitle run, the one line
  // the list repeats is the headline (a quote set as the 引题 is no item of the list).
  // Only a list counts: lines under a 标题导航/本版导航 label, or three or more headline-length lines in a row. A menu's
  // link or a column's name (学习贯彻党的二十大精神) that is also the kicker is no headline; nor is a 3-run's first line.
  const listed = headlineList(lines.slice(Math.max(0, (run[0] as number) - 40), run[0]));
  // Copied text may hold the page's 标题导航 after the article: only a list under that label counts there (below an
  // article stand its related stories, which a 标题导航 is not).
  const navLabel = lines.findIndex((line, at) => at > (run.at(-1) as number) && /^(?:本版)?(?:标题|本版|版面)导航$/.test(compact(line.text)));
  if (navLabel >= 0) for (const line of lines.slice(navLabel + 1, navLabel + 21)) if (compact(line.text).length >= 6) listed.add(compact(line.text));
  const repeated = run.filter((index) => listed.has(compact(lines[index]?.text ?? '')));
  if (repeated.length === 1 && !(run.length === 3 && repeated[0] === run[0])) return repeated[0] as number;
  const byLevel = [...run].sort((a, b) => (lines[a]?.level ?? 9) - (lines[b]?.level ?? 9) || (lines[b]?.scale ?? 1) - (lines[a]?.scale ?? 1));
  const [first, second] = byLevel;
  const levelOf = (index: number | undefined) => (index === undefined ? 9 : (lines[index]?.level ?? 9));
  const scaleOf = (index: number | undefined) => (index === undefined ? 1 : (lines[index]?.scale ?? 1));
  if (levelOf(first) < levelOf(second) || scaleOf(first) > scaleOf(second) + 0.1) return first as number;
  if (run.length === 3) return run[1] as number;
  const headlineness = (index: number): number => {
    const text = lines[index]?.text.trim() ?? '';
    let score = 0;
    if (/[，,；;]/.test(text)) score -= 1;
    if (/\d{2,}/.test(text)) score -= 0.5;
    if (/[\p{Script=Han}”」]\s+[\p{Script=Han}“「]/u.test(text)) score -= 1;
    if (/[“「]/.test(text)) score += 0.5;
    // A line that is one quotation ("“课是工友们点的菜”") quotes someone over the headline: a kicker's shape.
    if (/^[“「][^“”「」]+[”」]$/.test(text)) score -= 1.5;
    // A series' name over its items ("2024年度某市建筑工地党建工作典型案例"): the heading of a booklet, not of this case.
    if (SERIES_NAME.test(text)) score -= 1.5;
    return score;
  };
  const [upper, lower] = run as [number, number];
  // "——雁塔区红色工地建设见闻" under a short headline is its subtitle, however the two compare in length.
  if (/^\s*[—─－-]{1,2}/.test(lines[lower]?.text ?? '')) return upper;
  const upperScore = headlineness(upper);
  const lowerScore = headlineness(lower);
  if (lowerScore !== upperScore) return lowerScore > upperScore ? lower : upper;
  // Alike by their wording: a kicker is a short phrase ("党旗飘扬在一线") over a headline that says what happened.
  const length = (index: number) => compact(lines[index]?.text ?? '').length;
  return length(upper) <= 10 && length(upper) * 1.6 <= length(lower) ? lower : upper;
}

/**
 * Some pages set the info line above the headline. The headline is then the candidate right under the
 * info line with the text's prose right under it, when nothing above the info line stands next to it
 * as a headline: what is above is the page's own head (its name, a search box) with menus taken out between.
 */
function headlineUnderInfo(lines: readonly SourceLine[], verdicts: readonly LineVerdict[], standing: readonly number[], infoAt: number, run: readonly number[]): number | null {
  const last = run.at(-1);
  if (last !== undefined && lines.slice(last + 1, infoAt).every((_, at) => verdicts[last + 1 + at]?.place === 'removed' && verdicts[last + 1 + at]?.rule === 'info-line')) return null;
  const after = standing.filter((index) => index > infoAt);
  const [candidate, next] = after;
  if (candidate === undefined || next === undefined || candidate !== infoAt + 1) return null;
  const line = lines[candidate] as SourceLine;
  if (/^\s*[—─-]/.test(line.text) || !isTitleCandidate(line) || !isProseLine(lines[next]?.text ?? '')) return null;
  return candidate;
}

/**
 * A headline wrapped over two lines right above the info line, its second line a piece too short to be a
 * headline itself ("临海启动红色工地党建联盟" / "“聚力行动”"): one headline. The piece holds no sentence
 * punctuation, and the line above it reads as a headline that does not end a clause.
 */
const ACCOUNT_LIKE = /(?:住建|发布|先锋|在线|党建|之声|融媒|微报|头条|日报|晚报|新闻|网|号)$/;

function wrappedAboveInfo(lines: readonly SourceLine[], standing: readonly number[], infoAt: number): { text: string; lines: number[] } | null {
  const before = standing.filter((index) => index < infoAt);
  const tail = before.at(-1);
  const upper = before.at(-2);
  if (tail === undefined || upper === undefined) return null;
  const piece = compact(lines[tail]?.text ?? '');
  const upperLine = lines[upper] as SourceLine;
  const upperText = upperLine.text.trim();
  // Under a bare date line a short name is a 公众号's account ("某区住建 / 2024年5月15日 18:30"), not the headline's end;
  // so is a name that ends like one.
  if (!/[:：]/.test(lines[infoAt]?.text ?? '') || ACCOUNT_LIKE.test(piece)) return null;
  if (piece.length > 12 || hanCount(piece) < 3 || /^(?:记者|通讯员|作者|撰稿|编辑|文|图)/.test(piece) || isTitleCandidate(lines[tail] as SourceLine) || /[。；：:，、！？!?]/.test(piece) || isInfoLine(piece) || /^[—─－-]/.test(piece) || findDates(piece).length > 0) return null;
  if (!isTitleCandidate(upperLine) || /[，、：:。；！？]$/.test(upperText) || compact(upperText).length + piece.length > 60) return null;
  return { text: normalizeTitle(upperText + piece), lines: [upper, tail] };
}

/**
 * A title read from a form's row or a labelled field ("案例名称：…", "标题：…") in a Word file or a PDF: the line that
 * sets the same headline (or holds the label) anchors it, so that what stands above it (a cover, a series' name) is
 * known for the file's.
 */
export function anchoredTitle(lines: readonly SourceLine[], standing: readonly number[], title: { text: string; lines: number[] }): { text: string; lines: number[] } {
  const key = compact(title.text);
  const same = (index: number) => {
    const text = compact(normalizeTitle(lines[index]?.text ?? ''));
    return text === key || text.replace(/^(?:标题|题目|案例名称|案例标题)[:：]/, '') === key;
  };
  const standingAt = standing.slice(0, 15).find(same);
  if (standingAt !== undefined) return { ...title, lines: [standingAt] };
  const labelledAt = lines.slice(0, 20).findIndex((_, index) => same(index) && /^(?:标题|题目)\s*[:：]/.test(lines[index]?.text.trim() ?? ''));
  return labelledAt >= 0 ? { ...title, lines: [labelledAt] } : title;
}

/**
 * A 公文 headline may open with its issuer on a line of its own ("某局" / "关于…的通知"). On a page copied as text the
 * bureau's name may stand above as the site's name instead, menus and the breadcrumb between it and the headline: with
 * chrome taken out between the two, the name is the site's.
 */
export function apartFromSiteName(lines: readonly SourceLine[], verdicts: readonly LineVerdict[], title: { text: string; lines: number[] }): { text: string; lines: number[] } {
  const [first, second] = title.lines;
  if (first === undefined || second === undefined || second - first < 2) return title;
  const between = verdicts.slice(first + 1, second);
  if (!between.some((verdict) => verdict?.place === 'removed' && (verdict.rule === 'navigation' || verdict.rule === 'breadcrumb'))) return title;
  const name = compact(lines[first]?.text ?? '');
  const text = compact(title.text);
  return text.startsWith(name) && text.length > name.length ? { text: text.slice(name.length), lines: title.lines.slice(1) } : title;
}

export interface TitleOptions {
  web: boolean;
  statedTitle: string | null;
  /** The 名称 / 标题 row of a 信息公开 table read among the lines. */
  disclosedTitle: string | null;
  gongwenTitle: { text: string; lines: number[] } | null;
  /** The 案例名称 of a submission form. */
  formTitle: string | null;
  infoScope: number[];
}

/** A headline's opening verb: its subject may stand on the line above ("某集团党委" / "推行“…”的做法"). */
const OPENS_ON_VERB = /^(?:推行|探索|打造|创新|实施|建立|坚持|开展|构建|深化|推进|创建|以|用|把|让)/;

/**
 * A unit's name set in the headline's own large type right above it, the headline opening on a verb: the unit is the
 * headline's subject ("惠州某建设集团有限公司党委" / "推行“党建+安全”双清单管理的做法"), one title over two lines.
 */
function withSubjectAbove(lines: readonly SourceLine[], verdicts: readonly LineVerdict[], title: { text: string; lines: number[] } | null): { text: string; lines: number[] } | null {
  const first = title?.lines[0];
  if (!title || first === undefined || first === 0 || !OPENS_ON_VERB.test(title.text)) return title;
  const above = lines[first - 1];
  const head = lines[first];
  if (!above || !head || verdicts[first - 1]?.rule === 'page-furniture' || (head.scale ?? 1) < 1.2 || Math.abs((above.scale ?? 1) - (head.scale ?? 1)) > 0.05) return title;
  if (!isOrganizationLine(compact(above.text))) return title;
  return { text: normalizeTitle(compact(above.text) + title.text), lines: [first - 1, ...title.lines] };
}

/**
 * A cover over the document (a booklet's or a 申报材料's name in large type, the compiler or the submitting unit, a date),
 * then the document's own headline in large type over its text: the headline is the title, the cover's name its series'.
 */
/** A cover's name: a collection or a submission, not a document ("…案例汇编", "…典型案例申报材料"). */
const COLLECTION_NAME = /(?:汇编|選編|选编|申报材料|推荐材料|报送材料|案例集|典型案例|典型经验|经验交流材料|交流材料)$/;

function pastCover(lines: readonly SourceLine[], title: { text: string; lines: number[] } | null): { text: string; lines: number[] } | null {
  const last = title?.lines.at(-1);
  const first = title?.lines[0];
  if (!title || last === undefined || first === undefined || (lines[first]?.scale ?? 1) < 1.2 || !COLLECTION_NAME.test(compact(title.text))) return title;
  let dated = false;
  for (let at = last + 1; at < Math.min(lines.length, last + 8); at += 1) {
    const line = lines[at] as SourceLine;
    if ((line.scale ?? 1) >= 1.2) {
      if (!dated || (line.scale ?? 1) > (lines[first]?.scale ?? 1) + 0.05 || !isTitleCandidate(line) || NUMBERED.test(line.text.trim())) return title;
      const headline = titleAt(lines, at, lines.length);
      const after = (headline?.lines.at(-1) ?? at) + 1;
      const textFollows = lines.slice(after, after + 4).some((next) => isProseLine(next.text));
      return headline && textFollows ? headline : title;
    }
    const text = compact(line.text);
    if (isProseLine(line.text) || text.length > 40) return title;
    if (findDates(text).length > 0 || /(?:编|编印|编制|印制)$/.test(text)) dated = true;
  }
  return title;
}

export function chooseTitle(lines: readonly SourceLine[], verdicts: readonly LineVerdict[], options: TitleOptions): { text: string; lines: number[] } | null {
  return withSubjectAbove(lines, verdicts, pastCover(lines, pickTitle(lines, verdicts, options)));
}

function pickTitle(lines: readonly SourceLine[], verdicts: readonly LineVerdict[], options: TitleOptions): { text: string; lines: number[] } | null {
  const standing = lines.map((_, index) => index).filter((index) => verdicts[index]?.place !== 'removed');
  const top = standing.slice(0, 16);
  const limit = lines.length;

  // The title the page states (a meta tag, a lone h1), found among its lines and read as a headline.
  // (A short one, "三联工作法", counts only where a line of the page says exactly that.)
  const shortStated =
    options.statedTitle !== null &&
    /^[\p{Script=Han}“”"《》·]{4,5}$/u.test(compact(options.statedTitle)) &&
    !isOrganizationLine(compact(options.statedTitle)) &&
    !/(?:网|網|站|案例|动态|專欄|专栏|新闻|中心|首页|公告|通知|法规|公开|工作|党建)$/u.test(compact(options.statedTitle));
  const stated = options.statedTitle && (shortStated || isTitleCandidate({ text: options.statedTitle, role: 'heading' })) ? compact(normalizeTitle(options.statedTitle)) : '';
  // A series' item label set as the page's heading ("典型案例展示（十）") over a form that names the case: the form's name is the case's.
  const rows = top.map((index) => ({ index, text: lines[index]?.text ?? '' })).filter((row) => /[|｜:：]/.test(row.text));
  const named = rows.find((row) => /^(?:案例名称|案例标题|标题|题目|材料名称|做法名称)/.test(row.text.trim())) ?? rows.find((row) => titleFromFormRow(row.text) !== null);
  const fromRow = named ? titleFromFormRow(named.text) : null;
  if (fromRow && SERIES_ITEM.test(stated)) return { text: fromRow, lines: [] };
  if (stated.length >= 4) {
    const found: { text: string; lines: number[] }[] = [];
    // A short heading may have been taken for chrome above the article, beside the site's name. (A longer stated title is
    // no site's name only where it stands among the article's lines.)
    const aboveArticle = shortStated ? lines.slice(0, 16).map((_, index) => index).filter((index) => verdicts[index]?.rule === 'outside-article') : [];
    for (const index of [...top, ...aboveArticle]) {
      const raw = compact(lines[index]?.text ?? '');
      // Normalising can only shorten a line a little: most lines are told apart by length alone.
      if (raw.length > stated.length + 8 || (raw.length + compact(lines[index + 1]?.text ?? '').length) * 1.2 + 4 < stated.length) continue;
      if (shortStated && lines[index]?.role !== 'heading') continue;
      const line = compact(normalizeTitle(lines[index]?.text ?? ''));
      const two = line + compact(normalizeTitle(lines[index + 1]?.text ?? ''));
      if (line === stated) found.push({ text: normalizeTitle(lines[index]?.text ?? ''), lines: [index] });
      // A heading that sets a "——" subtitle on its second line (<h1>headline<br>——subtitle</h1>) states both: the headline is the first.
      else if (two === stated && standing.includes(index + 1) && /^\s*[—─－]{1,2}/.test(lines[index + 1]?.text ?? '')) found.push({ text: normalizeTitle(lines[index]?.text ?? ''), lines: [index] });
      else if (two === stated && standing.includes(index + 1)) found.push({ text: normalizeTitle(two), lines: [index, index + 1] });
    }
    // A 数字报 page lists its headlines (标题导航) above the article: the headline is the one set as a heading.
    const prominence = (at: number) => (lines[at]?.role === 'heading' ? 1 : 0) + (lines[at]?.scale ?? 1);
    const [best] = [...found].sort((a, b) => prominence(b.lines[0] ?? 0) - prominence(a.lines[0] ?? 0));
    if (best) return best;
  }
  if (options.gongwenTitle) return withVersionNote(lines, { text: normalizeTitle(options.gongwenTitle.text), lines: options.gongwenTitle.lines });
  if (options.formTitle) return { text: options.formTitle, lines: [] };
  // The 信息公开 table names the document; its headline is not among the lines (copied without it).
  if (options.disclosedTitle && isTitleCandidate({ text: options.disclosedTitle, role: 'heading' })) return { text: normalizeTitle(options.disclosedTitle), lines: [] };

  // A submission form names its case in a table row (案例名称 before 项目名称).
  if (fromRow) return { text: fromRow, lines: [] };

  // The largest type near the top (PDF, Word), when clearly larger than the text.
  // A series' name set large over the case's own headline ("红色工地典型案例选编") is the booklet's, not the case's.
  // (A series' name set over two lines: its second line is no later headline.)
  const secondLineOf = (index: number, at: number) => at === index + 1 && !SERIES_NAME.test(compact(lines[index]?.text ?? ''));
  const laterHeadline = (index: number) => top.some((at) => at > index && !secondLineOf(index, at) && isTitleCandidate(lines[at] as SourceLine) && !isFormHeading(lines[at]?.text ?? '') && !isSeriesName(lines, at));
  const sized = top.filter((index) => (lines[index]?.scale ?? 1) >= 1.2 && isTitleCandidate(lines[index] as SourceLine) && !isFormHeading(lines[index]?.text ?? '') && !(isSeriesName(lines, index) && laterHeadline(index)));
  const shortSized = top.find((index) => isShortHeadline(lines[index] as SourceLine, lines[index + 1]));
  if (shortSized !== undefined && sized.every((index) => (lines[index]?.scale ?? 1) <= (lines[shortSized]?.scale ?? 1))) {
    return { text: normalizeTitle(lines[shortSized]?.text ?? ''), lines: [shortSized] };
  }
  if (sized.length > 0) {
    const largest = Math.max(...sized.map((index) => lines[index]?.scale ?? 1));
    const index = sized.find((at) => (lines[at]?.scale ?? 1) >= largest - 0.05);
    if (index !== undefined) {
      const found = titleAt(lines, index, limit);
      if (found) return found;
    }
  }

  // Pages put the title right above their info line; a news page may put a kicker above it and a subtitle below.
  const infoAt = options.infoScope.find((index) => verdicts[index]?.rule === 'info-line');
  if (infoAt !== undefined) {
    const wrapped = wrappedAboveInfo(lines, standing, infoAt);
    if (wrapped) return wrapped;
    const run = candidateRunBefore(lines, standing, infoAt);
    const below = headlineUnderInfo(lines, verdicts, standing, infoAt, run);
    if (below !== null) return titleAt(lines, below, below + 1);
    const broken = brokenTitle(lines, run);
    if (broken) return broken;
    if (run.length > 1) {
      const headline = headlineOf(lines, run);
      return titleAt(lines, headline, headline + 1);
    }
    if (run.length === 1) return titleAt(lines, run[0] as number, limit);
    // A headline set as a link to its own page (<div class="title"><a>…</a></div>) right above the info line: one link,
    // not a menu's row.
    const linked = lines[infoAt - 1];
    if (linked && standing.includes(infoAt - 1) && linked.role === 'text' && (linked.linkShare ?? 0) >= 0.8 && !/[|｜>»]/.test(linked.text) && isTitleCandidate({ ...linked, linkShare: 0 })) return { text: normalizeTitle(linked.text), lines: [infoAt - 1] };
  }

  // A heading the format marks (h1/h2, Word's Title or Heading 1) near the top.
  // A series' name set as the file's Title style over the case's own heading heads the booklet, not the case.
  const headings = top.filter((index) => lines[index]?.role === 'heading' && (lines[index]?.level ?? 9) <= 2 && isTitleCandidate(lines[index] as SourceLine) && !isFormHeading(lines[index]?.text ?? ''));
  const heading = headings.find((index, at) => at === headings.length - 1 || !SERIES_NAME.test(compact(lines[index]?.text ?? '')));
  if (heading !== undefined) return titleAt(lines, heading, limit);

  // Otherwise the head's last candidate on a page (site names come first), the first one in a file.
  const headLines = standing.filter((index) => verdicts[index]?.place === 'head');
  // A 数字报's 标题导航 lists the page's headlines above the article, its own among them: the article's first line
  // that repeats one of the list's, over the first sentence, is the headline.
  const opening = standing.find((index) => verdicts[index]?.place === 'body');
  const afterOpening = standing.find((index) => index > (opening ?? Infinity));
  if (options.web && opening !== undefined && isTitleCandidate(lines[opening] as SourceLine) && isProseLine(lines[afterOpening ?? -1]?.text ?? '') && headLines.some((index) => compact(lines[index]?.text ?? '') === compact(lines[opening]?.text ?? ''))) {
    return titleAt(lines, opening, opening + 1);
  }
  const candidates = (headLines.length > 0 ? headLines : top.slice(0, 3)).filter((index) => isTitleCandidate(lines[index] as SourceLine) && !isFormHeading(lines[index]?.text ?? ''));
  // Over a case copied from a booklet the head holds only the series' name ("2025年度某区红色工地典型案例汇编", "案例五"):
  // the case's own headline opens what reads as the text.
  const seriesOnly = candidates.length > 0 && candidates.every((index) => SERIES_NAME.test(compact(lines[index]?.text ?? '')));
  if (options.web && seriesOnly && opening !== undefined && isTitleCandidate(lines[opening] as SourceLine)) {
    return titleAt(lines, opening, opening + 1);
  }
  if (options.web && candidates.length > 0) {
    const last = candidates.at(-1) as number;
    const run = candidateRunBefore(lines, standing, last + 1);
    const broken = brokenTitle(lines, run);
    if (broken) return broken;
    const headline = headlineOf(lines, run.length > 0 ? run : [last]);
    return titleAt(lines, headline, run.length > 1 ? headline + 1 : limit);
  }
  // A series' name over the case ("2024年度“红色工地”优秀案例") heads the file, not the case.
  // A label set smaller than the text above the headline ("2024年红色工地案例" in small type) is no headline.
  const inBodyType = candidates.filter((index) => (lines[index]?.scale ?? 1) >= 0.9);
  const ranked = inBodyType.length > 0 ? inBodyType : candidates;
  const pick = ranked.find((index, at) => at === ranked.length - 1 || !SERIES_NAME.test(compact(lines[index]?.text ?? '')));
  if (pick !== undefined) return titleAt(lines, pick, limit);
  if (stated.length >= 4 && options.statedTitle) return { text: normalizeTitle(options.statedTitle), lines: [] };
  return null;
}
