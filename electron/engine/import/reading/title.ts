import { normalizePunctuation } from '../cleaning/punctuation';
import { findDates } from '../metadata/dates';
import { isInfoLine } from './info-line';
import { hanCount, isOrganizationLine, isProseLine, SECTION_LABEL } from './line-features';
import { isCaption } from './news';
import type { SourceLine } from './source-lines';

/**
 * A title as staff record it: full-width brackets and punctuation in Chinese, no stray spaces
 * ("(试行)" → "（试行）", "红领筑建 ,清廉筑基" → "红领筑建，清廉筑基", "136 党建链" → "136党建链", "推行“安心码” 工友扫码维权"
 * → "推行“安心码”工友扫码维权"); Latin words keep their spaces.
 */
export function normalizeTitle(raw: string): string {
  // (A star or a diamond set before a headline, "★某区…", decorates it.)
  return normalizePunctuation(raw.replace(/[\s\u3000]+/g, ' ').trim().replace(/^[★☆◆◇▲△►▶◎※✦✧]+\s*/u, ''))
    .replace(/\(([^()]{1,40})\)/g, (match, inner: string) => (/\p{Script=Han}/u.test(inner) ? `（${inner}）` : match))
    .replace(/\s+(?=[（《「『【])|(?<=[）》」』】])\s+(?=[，。；：？！、])/g, '')
    .replace(/(?<=[\p{Script=Han}\d“”‘’（）《》「」『』【】，。：；！？、—])\s+(?=[\p{Script=Han}“”‘’（）《》「」『』【】，。：；！？、—])/gu, '')
    .replace(/(?<=\p{Script=Han})\s+(?=\d)/gu, '')
    .replace(/\s{2,}/g, ' ');
}

/** A title spread over two lines in the original: the first ends mid-phrase (no punctuation, no 的通知). */
const TITLE_END = /(?:通知|方案|意见|办法|规定|决定|细则|计划|通报|案例|报告|总结|纪实|侧记|做法|经验|实践|探索|启示|建设|工作|活动|工程|行动|机制|模式|品牌|答卷|篇章|新貌|新风|之路|之道|之光|之歌|力量|先锋|堡垒|红旗|党旗红|样板|标杆|路径|密码|范本|实录|聚焦|纪要|函|批复|公告|通告)(?:[（(][^）)]{1,8}[）)])?[”」』》]?$/;
const INSTRUCTION = /^[（(][^）)]*(?:请用|字号|字体|仿宋|楷体|宋体|黑体|不超过|不少于|限\d|填写|盖章|附后|可另附|另附页)[^）)]*[）)]$/;
/** A form's or a submission's cover heading (申报表, 申报材料), not the title of what it holds. */
const FORM_HEADING = /(?:申报表|推荐表|登记表|汇总表|审批表|信息表|情况表|统计表|目录|封面|申报材料|推荐材料|报送材料)$/;
const RED_HEADER = /(?:文件|文\s*件)$/;
const DOC_NUMBER = /[\p{Script=Han}]{1,12}\s*[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*号/u;
/**
 * "（某建〔2024〕5号）" closing a headline, or the 文号 set after it with a space ("关于…的通知 神住建（2025）12号", the space
 * gone once the title is tidied): group 1 or 2.
 */
export const TRAILING_DOC_NUMBER = /\s*[（(]\s*([\p{Script=Han}]{1,12}\s*[〔[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d{1,4}\s*号)\s*[）)]$|(?<=(?:通知|方案|意见|办法|规定|决定|细则|计划|通报|批复|函|公告|通告|要点|指引)[”」』》]?)[\s\u3000]*((?:(?!的|通知)\p{Script=Han}){1,12}\s*[〔[［【（(]\s*(?:19|20)\d{2}\s*[〕\]］】）)]\s*\d{1,4}\s*号)$/u;
/** A form's labelled line (申报单位：…, 联系人：…) is not a headline. */
const FORM_LABEL = /^(?:关\s*键\s*[词字]|摘\s*要|内容提要|申报单位|报送单位|推荐单位|填报单位|单位名称|所属单位|联系人|联系电话|联系方式|填报日期|申报日期|申报类别|项目地址|地址|邮编|电话|手机|邮箱|撰稿|审核|执笔|供稿|附注|备注|注)\s*[:：]/;

/** A line that could be a document's headline (not a date, a 文号, a red header, a section label or an instruction). */
export function isTitleCandidate(line: SourceLine): boolean {
  const text = line.text.trim();
  const compact = text.replace(/[\s\u3000]+/g, '');
  if (compact.length < 6 || compact.length > 90 || hanCount(compact) < 5) return false;
  if (/^[•·▪■□◆◇●○►▶-]\s*/.test(text) || line.role === 'list-item') return false;
  // A row of links (a menu the chrome rules did not know) is no headline; a headline set as a link sits in a heading.
  if ((line.linkShare ?? 0) >= 0.8 && line.role !== 'heading') return false;
  // A headline may end in ！ or ？ or set phrases apart with commas ("抓党建、促安全、保进度，某项目…"): short, with no
  // full stop or semicolon inside, it is no sentence of the text.
  // A long one (up to 90) is a headline when set as one (a page's h1/h2, large type) or when it has no comma or colon
  // either: a sentence of the text that long always has one. (A row of menu items, spaced or barred, is neither.)
  const setAsHeadline = (line.role === 'heading' && (line.level ?? 9) <= 2) || (line.scale ?? 1) >= 1.2;
  const unbroken = !/[，,：:|｜·•/]/.test(compact) && (text.match(/[\s\u3000]+/g)?.length ?? 0) <= 1;
  const headlineShaped = !/[。；;]/.test(compact) && (compact.length <= 40 || setAsHeadline || unbroken);
  if (isProseLine(text) && !/[”」』》）)]$/.test(text) && !headlineShaped) return false;
  if (/[。；]$/.test(compact) || /[:：]$/.test(compact)) return false;
  // A note in brackets on a line of its own ("（申报2025年度全省红色工地十大典型案例）") says what the text is for.
  if (/^[（(][^（）()]+[）)]$/.test(compact)) return false;
  if (isInfoLine(text) || isCaption(line) || INSTRUCTION.test(compact) || SECTION_LABEL.test(text)) return false;
  if (RED_HEADER.test(compact) && compact.length <= 40) return false;
  // A 文号 line is no headline; a headline with its 文号 in brackets after it ("关于…的通知（某建〔2024〕5号）") is one.
  if (DOC_NUMBER.test(compact) && compact.length <= 40 && !TITLE_END.test(compact.replace(TRAILING_DOC_NUMBER, ''))) return false;
  if (findDates(compact).length > 0 && compact.replace(/[\d\s年月日号\-/.:：（）()]/g, '').length <= 6) return false;
  // An organisation's name never opens with 关于: "关于进一步加强建设工地临时党支部" is a headline's first line.
  if (isOrganizationLine(compact) && !TITLE_END.test(compact) && !/^关于/.test(compact)) return false;
  if (/^各.{1,60}[:：]$/.test(compact) || /^(?:附件|附表)\s*\d*[:：]?/.test(compact) || FORM_LABEL.test(compact)) return false;
  return true;
}

/** "——记某项目临时党支部书记" under a headline: its subtitle, never the rest of it. */
export const SUBTITLE_DASH = /^\s*[—─－-]{1,2}/;

/**
 * A headline of four or five characters ("工地微党校") set in large type in a Word file or a PDF, with a "——" subtitle
 * under it that says what it is about. Alone, a short large line is a cover's label (典型案例, 经验交流).
 */
export function isShortHeadline(line: SourceLine, next: SourceLine | undefined): boolean {
  const compact = line.text.replace(/[\s\u3000]+/g, '');
  return (line.scale ?? 1) >= 1.2 && line.role !== 'heading' && compact.length >= 4 && compact.length < 6 && hanCount(compact) >= 4 &&
    next !== undefined && SUBTITLE_DASH.test(next.text) && !/[。；：:，]$/.test(compact);
}

function continuesTitle(line: SourceLine): boolean {
  const text = line.text.trim();
  if (SUBTITLE_DASH.test(text)) return false;
  return isTitleCandidate(line) || (text.length > 0 && text.length < 6 && !/[。；：:]$/.test(text) && !isInfoLine(text));
}

export function isFormHeading(text: string): boolean {
  return FORM_HEADING.test(text.replace(/[\s\u3000]+/g, ''));
}

/** "（2024年修订）", "（试行）", "（征求意见稿）", a plan's years "（2025—2027年）" on a line of its own under a rule's or a plan's headline: part of its title. */
const VERSION_NOTE = /^[（(]\s*(?:(?:(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*)?)?(?:修订|修訂|修正|试行|試行|暂行|暫行|征求意见稿|徵求意見稿|送审稿|送審稿|草案|讨论稿|修订稿|修订版|版)|(?:19|20)\d{2}\s*年?\s*[—–－\-~～至到]{1,2}\s*(?:19|20)\d{2}\s*年度?)\s*[）)]$/;

/** The title from a run of candidate lines starting at `index`, with a version note right under it. */
export function titleAt(lines: readonly SourceLine[], index: number, limit: number): { text: string; lines: number[] } | null {
  const found = titleLinesAt(lines, index, limit);
  return found ? withVersionNote(lines, found) : null;
}

/** A title with the version note on the line right under it, when there is one. */
export function withVersionNote(lines: readonly SourceLine[], found: { text: string; lines: number[] }): { text: string; lines: number[] } {
  const last = found.lines.at(-1);
  if (last === undefined) return found;
  const note = (lines[last + 1]?.text ?? '').replace(/[\s\u3000]+/g, '');
  if (!VERSION_NOTE.test(note) || /[）)]$/.test(found.text)) return found;
  return { text: normalizeTitle(found.text + note), lines: [...found.lines, last + 1] };
}

/** The title from a run of candidate lines starting at `index`: one line, or two when the first runs on. */
function titleLinesAt(lines: readonly SourceLine[], index: number, limit: number): { text: string; lines: number[] } | null {
  const first = lines[index];
  if (!first || !isTitleCandidate(first)) return null;
  const next = lines[index + 1];
  const firstText = first.text.trim();
  // A headline set large and wrapped over lines (PDF): the lines of the same size after it.
  if ((first.scale ?? 1) >= 1.2) {
    const parts = [index];
    for (let at = index + 1; at < Math.min(limit, index + 3); at += 1) {
      const line = lines[at];
      // The wrapped remainder may be too short to stand as a title itself ("坊”").
      if (!line || Math.abs((line.scale ?? 1) - (first.scale ?? 1)) > 0.05 || line.page !== first.page || !continuesTitle(line)) break;
      parts.push(at);
    }
    const text = parts.map((at) => lines[at]?.text.trim() ?? '').join('');
    if (parts.length > 1 && text.length <= 90) return { text: normalizeTitle(text), lines: parts };
  }
  if (
    next &&
    index + 1 < limit &&
    !SUBTITLE_DASH.test(next.text) &&
    !TITLE_END.test(firstText.replace(/\s+/g, '')) &&
    !/[，、：:！？]$/.test(firstText) &&
    isTitleCandidate(next) &&
    TITLE_END.test(next.text.replace(/\s+/g, '')) &&
    firstText.length + next.text.length <= 80 &&
    (first.scale ?? 1) === (next.scale ?? 1)
  ) {
    return { text: normalizeTitle(firstText + next.text.trim()), lines: [index, index + 1] };
  }
  return { text: normalizeTitle(firstText), lines: [index] };
}

/** "案例名称 | “码”上联建：…" in a submission form's table: the value is the title. */
export function titleFromFormRow(text: string): string | null {
  const match = /^(?:案例名称|案例标题|项目名称|标题|题目|名称|做法名称|材料名称)\s*[|｜:：]\s*(.{4,80}?)\s*(?:[|｜].*)?$/.exec(text.trim());
  return match?.[1] ? normalizeTitle(match[1]) : null;
}

/** A document with no headline gets its first sentence as a title to confirm (the sentence stays in the text). */
export function titleFromFirstSentence(text: string, fallback: string): string {
  const first = text.split('\n').map((line) => line.trim()).find((line) => hanCount(line) >= 4) ?? '';
  const sentence = /^(.{4,}?[。！？；])/.exec(first)?.[1] ?? first;
  const cut = sentence.length > 30 ? `${sentence.replace(/[，。！？；、].*$/, '').slice(0, 30)}…` : sentence.replace(/[。！？；]$/, '');
  return normalizeTitle(cut) || fallback;
}
