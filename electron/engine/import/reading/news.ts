import { findDates, isoDate } from '../metadata/dates';
import { personNames, readInfoLine } from './info-line';
import { hanCount, isOrganizationLine, isProseLine, NUMBERED } from './line-features';
import type { SourceLine } from './source-lines';

/**
 * News structure: the dateline that opens a report (本报讯（记者 X 通讯员 Y）, XX网讯, 本报3月5日讯,
 * 新华社杭州3月5日电), the byline that closes one ("（李琳）", "（记者 X）"), the 原标题 line of a
 * repost, and the frame of a newspaper's digital edition: the masthead ("XX日报 数字报纸"), the page
 * (第05版：要闻) and the edition date.
 */

export interface Dateline {
  line: number;
  /** 本报 / the agency or site named (新华网, 浙江日报). */
  outlet: string | null;
  /** The place written before 电/讯 (新华社杭州3月5日电 → 杭州). */
  place: string | null;
  reporters: string[];
  /** Month and day written in the dateline, when there are. */
  monthDay: { month: number; day: number } | null;
}

export interface EditionFrame {
  /** Lines of the frame (masthead, 版次, edition date) in the page's head. */
  lines: number[];
  paper: string | null;
  date: string | null;
  page: string | null;
}

/** Words for a newspaper in general, not a paper's name. */
const GENERIC_PAPER = /^(?:数字报|數字報|电子报|電子報|手机报|数字报纸|电子版|报纸|報紙|本报|本報)$/;
/** Ends like a paper's name but is a document's ("…抽查情况的通报", a wrapped headline's last line): a phrase with 的, or a document kind. */
const NOT_A_PAPER = /的|(?:通报|申报|汇报|举报|预报|简报|通報|申報|匯報)$/;
const PAPER = /(?:日报|日報|晚报|晚報|早报|早報|晨报|晨報|商报|商報|时报|時報|都市报|周报|週報|法制报|建设报|建設報|工人报|青年报|经济报|信息报|导报|報|报)$/;
const MASTHEAD = /^《?([\p{Script=Han}]{2,12}?(?:日报|日報|晚报|晚報|早报|晨报|商报|商報|时报|時報|都市报|周报|建设报|建設報|报|報))》?(?:\s*(?:数字报(?:纸|刊(?:平台)?)?|數字報(?:紙|刊)?|电子版|電子版|数字版|电子报刊|e?报|官方网站|网络版))?\s*$/u;
const EDITION = /(?:第\s*([A-Z]?\d{1,5})\s*版|\b([A-Z]\d{1,2})\s*版|(\d{2,5})\s*版)(?:\s*[:：]\s*(\S{1,10}))?/;
const DATELINE =
  /^[【[]?\s*(?:(本报|本網|本网|本台|本刊)|([\p{Script=Han}]{2,10}?(?:网|網|日报|日報|晚报|商报|商報|报|報|电视台|客户端|新闻|社)))\s*((?:[\p{Script=Han}]{2,6})?)\s*(?:(\d{1,2})\s*月\s*(\d{1,2})\s*日)?\s*(?:讯|訊|电|電|消息)\s*[】\]]?\s*(?:[（(]([^）)]{2,40})[）)])?/u;
const REPORTERS_AFTER = /^\s*((?:(?:本报|本網|本网|本台)?(?:见习|特约)?(?:记者|記者|通讯员|通訊員)\s*[\p{Script=Han}·]{2,4}(?:\s+|$))+)/u;
const AGENCY = /^(新华社|中新社|中新网|人民网|新华网|央视网|浙江在线|潮新闻)([\p{Script=Han}]{2,6})?(\d{1,2})月(\d{1,2})日(?:电|訊|讯)\s*(?:[（(]([^）)]{2,40})[）)])?/u;
const BYLINE = /^[（(]\s*((?:(?:本报|本网)?(?:记者|記者|通讯员|通訊員|特约记者|实习生)\s*)?[\p{Script=Han}·]{2,4}(?:[\s、/]+(?:(?:记者|記者|通讯员|通訊員)\s*)?[\p{Script=Han}·]{2,4})*(?:\s*[/／]?\s*[文图攝摄])?)\s*[）)]\s*$/u;
const SEAL_PLACE = /^[（(]\s*(?:盖章|蓋章|印章|公章|签章|簽章|章|印|签字|簽字|签名|簽名)\s*[）)]$/;
/** Names, with their roles, in the brackets closing a paragraph (the brackets taken off). */
const GLUED_BYLINE = /^(?:(?:本报|本網|本网)?(?:特约|见习)?(?:记者|記者|通讯员|通訊員)\s*)?[\p{Script=Han}·]{2,4}(?:[\s、]+(?:(?:本报)?(?:记者|記者|通讯员|通訊員|实习生)\s*)?[\p{Script=Han}·]{2,4})*$/u;
/** An editor's mark in brackets, not a name: （完）、（待续）、（附件略）、（全文完）. */
const EDITORIAL_MARK = /(?:完|续|續|略|附件|全文|此页|下转|上接|资料|資料|图片|圖片|供图|見|见|详见|注)/;
/** "（试行）", "（2024年修订）", "（征求意见稿）" under a rule's headline: its version, never a writer's name. */
const VERSION_MARK = /^[（(]\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:试行|試行|暂行|暫行|修订|修訂|修正|草案|征求意见稿|徵求意見稿|送审稿|讨论稿|修订稿)\s*[）)]$/;
const ORIGINAL_TITLE = /^(?:原标题|原標題|原题)\s*[:：]\s*(.+)$/;
const CAPTION = /^(?:[（(]\s*(?:资料图片|資料圖片|资料图|图片来源|图片由\S{1,12}提供|[\p{Script=Han}]{2,4}\s*摄)\s*[）)]|[（(]?\s*(?:图为|圖為|上图|下图|左图|右图|图片为)|▲|△|↑|\[图\]|【图】|（图）)/u;

const PHOTO_CREDIT = /^[^。！？；，,：:]{2,40}?[\s\u3000]+[\p{Script=Han}·]{2,4}(?:[\s\u3000]+[\p{Script=Han}·]{2,4})?[\s\u3000]*摄$/u;

export function isCaption(line: SourceLine): boolean {
  return line.role === 'caption' || CAPTION.test(line.text.trim());
}

/**
 * A photo's caption standing between paragraphs: marked as one (figcaption, "图为…", "（资料图片）"),
 * or a short phrase set smaller than the text with paragraphs on both sides.
 */
export function isPhotoCaption(line: SourceLine, before: SourceLine | undefined, after: SourceLine | undefined): boolean {
  const text = line.text.trim();
  if (text.length > 80 || NUMBERED.test(text)) return false;
  // A paragraph that opens on the picture and runs on in clauses ("图为…的场景，当天，…，随后…。"), set as the text is
  // (not centred, not smaller, not marked a caption), is the text's.
  const runsOn = line.role !== 'caption' && !line.centered && (line.scale ?? 1) > 0.92 && hanCount(text) >= 45 && (text.match(/[，；]/g)?.length ?? 0) >= 3;
  if (CAPTION.test(text) && !runsOn) return true;
  // A scene named with its photographer ("工友说事会现场 何某 摄"): a caption wherever it stands.
  if (PHOTO_CREDIT.test(text)) return true;
  const sentence = /[。！？][”’」』）)]*$/.test(text);
  if (line.role === 'caption' && !sentence) return true;
  const between = before !== undefined && after !== undefined && isProseLine(before.text) && isProseLine(after.text);
  return between && (line.scale ?? 1) <= 0.92 && text.length <= 40 && hanCount(text) >= 4 && !/[。！？；，,：:]/.test(text);
}

export function originalTitleOf(text: string): string | null {
  return ORIGINAL_TITLE.exec(text.trim())?.[1]?.trim() ?? null;
}

/** The dateline opening the first lines of a report, if there is one. */
export function findDateline(lines: readonly SourceLine[], from: number): Dateline | null {
  for (let index = from; index < Math.min(lines.length, from + 4); index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    const agency = AGENCY.exec(text);
    if (agency) {
      return { line: index, outlet: agency[1] ?? null, place: agency[2] ?? null, reporters: personNames(agency[5] ?? ''), monthDay: { month: Number(agency[3]), day: Number(agency[4]) } };
    }
    // 【大灣商報訊】記者梁振邦寧波報道：… — the reporter and the place glued before 报道.
    const reported = /^[【[]?\s*([\p{Script=Han}]{2,10}?)(?:讯|訊)\s*[】\]]?\s*(?:本报|本報)?(?:记者|記者)\s*([\p{Script=Han}]{2,9}?)(?:报道|報道)\s*[:：]/u.exec(text);
    if (reported) {
      const glued = reported[2] ?? '';
      const nameLength = glued.length - 3 >= 2 ? 3 : 2;
      return { line: index, outlet: reported[1] ?? null, place: glued.slice(nameLength) || null, reporters: [glued.slice(0, nameLength)], monthDay: null };
    }
    // 本报讯 记者 王某 通讯员 李某 3月5日，… — the reporters without brackets.
    const open = /^[【[]?\s*(本报|本網|本网|[\p{Script=Han}]{2,10}?(?:网|網|日报|日報|晚报|商报|报|報))\s*(?:讯|訊)\s*[】\]]?\s*((?:(?:本报)?(?:记者|記者|通讯员|通訊員)\s*[\p{Script=Han}·]{2,4}\s*)+)(?=\s|[\d一二三四五六七八九十]{1,2}月|近日|日前)/u.exec(text);
    if (open) return { line: index, outlet: open[1] ?? null, place: null, reporters: personNames(open[2] ?? ''), monthDay: null };
    const match = DATELINE.exec(text);
    if (match && (match[6] || /讯|訊|消息/.test(match[0]))) {
      const month = match[4] ? Number(match[4]) : null;
      const day = match[5] ? Number(match[5]) : null;
      // "本报杭州3月5日讯 记者 王某 通讯员 李某 …": the reporters after the dateline, without brackets.
      const unbracketed = match[6] ? null : REPORTERS_AFTER.exec(text.slice(match[0].length))?.[1];
      return {
        line: index,
        outlet: match[1] ?? match[2] ?? null,
        place: match[3] || null,
        reporters: personNames(match[6] ?? unbracketed ?? ''),
        monthDay: month && day ? { month, day } : null,
      };
    }
  }
  return null;
}

/** A closing byline in brackets on the last lines: （李琳）, （记者 王某 通讯员 李某）, （张三/文 李四/图）. */
export function findByline(lines: readonly SourceLine[], bodyLines: readonly number[]): { line: number; names: string[] } | null {
  for (const index of bodyLines.slice(-5).reverse()) {
    const text = (lines[index]?.text ?? '').trim();
    // （撰稿：郑雅婷 审核：陈志明）: the writer, not the reviewer.
    // （文/杨某 图/何某）: the writer is the author, the photographer is not.
    const writer = /^[（(]\s*文\s*[/／:：]\s*([\p{Script=Han}·]{2,4})(?=[\s\u3000）)])/u.exec(text);
    if (writer?.[1]) return { line: index, names: [writer[1]] };
    const credits = /^[（(](.{4,40})[）)]$/.exec(text);
    const read = credits ? readInfoLine(credits[1] ?? '') : null;
    if (read?.fields.author?.length) return { line: index, names: read.fields.author };
    // "（盖章）" under a 落款 is where the seal goes, not a writer's name.
    const match = SEAL_PLACE.test(text) || VERSION_MARK.test(text) ? null : BYLINE.exec(text);
    if (match && EDITORIAL_MARK.test(match[1] ?? '')) continue;
    if (match) {
      const names = personNames((match[1] ?? '').replace(/[/／]\s*[图攝摄]\s*$/, '').replace(/[\p{Script=Han}·]{2,4}\s*[/／]\s*[图攝摄]/u, ''));
      if (names.length > 0) return { line: index, names };
    }
    // A byline glued to the end of the last paragraph: "……成效明显。（记者 王某）", "……。（撰稿：王某）" (a PDF or a
    // copied page runs it into the paragraph).
    const tail = /[。！？]\s*[（(]([^（）()]{2,40})[）)]\s*$/u.exec(text)?.[1];
    if (tail && !EDITORIAL_MARK.test(tail)) {
      const credited = readInfoLine(tail)?.fields.author;
      if (credited?.length) return { line: index, names: credited };
      if (GLUED_BYLINE.test(tail)) {
        const names = personNames(tail);
        if (names.length > 0) return { line: index, names };
      }
    }
  }
  return null;
}

/** The masthead, 版次 and edition date of a newspaper page in the head lines. */
export function findEditionFrame(lines: readonly SourceLine[], head: readonly number[]): EditionFrame | null {
  const frame: EditionFrame = { lines: [], paper: null, date: null, page: null };
  // Twice over: the date cell may stand above the 版次 that shows the page is a paper's.
  for (const index of [...head, ...head]) {
    if (frame.lines.includes(index)) continue;
    const whole = (lines[index]?.text ?? '').replace(/[\s\u3000]+/g, ' ').trim();
    // A labelled info line ("湖州日报 · 2025-03-12 · 来源：湖州日报", "来源丨温州日报 作者丨王某") is read as one, not as a
    // paper's frame (丨 is a Han character: "来源丨温州日报" would read as a paper's name).
    if (whole.length > 90 || /[。，！？]/.test(whole) || /(?:来源|來源|发布时间|发布日期|作者|编辑)\s*[:：丨|｜]/.test(whole)) continue;
    let matched = false;
    // A frame line is often several cells: "温州日报 数字报纸 | 2023年11月08日 星期三 | 上一期".
    for (const text of whole.split(/\s*[|｜]\s*/)) {
      const masthead = MASTHEAD.exec(text);
      const edition = EDITION.exec(text);
      const dates = findDates(text);
      // "温州日报 2023年…", "庐州晚报数字版2023年3月9日": the paper's name, then its date or 版次.
      const paperFirst = /^《?([\p{Script=Han}]{2,12}?(?:日报|日報|晚报|晚報|早报|晨报|商报|商報|时报|時報|都市报|周报|建设报|報|报))》?(?:\s*(?:数字报(?:纸|刊(?:平台)?)?|數字報(?:紙|刊)?|电子版|電子版|数字版|數字版|电子报刊?|電子報))?(?=\s|$|\d)/u.exec(text);
      if (masthead && !GENERIC_PAPER.test(masthead[1] ?? '') && !NOT_A_PAPER.test(masthead[1] ?? '')) {
        frame.paper ??= masthead[1] ?? null;
        matched = true;
      } else if (paperFirst && (dates.length > 0 || edition) && PAPER.test(paperFirst[1] ?? '')) {
        frame.paper ??= paperFirst[1] ?? null;
        matched = true;
      }
      if (edition && (dates.length > 0 || paperFirst || /版\s*[:：]/.test(text) || text.length <= 24)) {
        frame.page ??= edition[0].replace(/\s+/g, '');
        matched = true;
      }
      // Counted without spaces: a PDF sets "2024 年 7 月 16 日 第 3 版" with a space between digits and words.
      // (The page's navigation may run on after the date and 版次 on the same line: 上一版 下一版 PDF下载.)
      const datePart = text.replace(/星期[一二三四五六日天]|周[一二三四五六日天]/, '').replace(/(?:上一版|下一版|上一期|下一期|PDF\s*下载|版面导航|标题导航|往期回顾)/g, '').replace(/第\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[:：]?\s*[\p{Script=Han}]{0,6}/u, '');
      if (dates.length === 1 && datePart.replace(/[\s\u3000]+/g, '').length <= 28 && (matched || frame.paper !== null || frame.page !== null)) {
        frame.date ??= dates[0]?.iso ?? null;
        matched = true;
      }
    }
    if (matched) frame.lines.push(index);
  }
  frame.lines.sort((a, b) => a - b);
  return frame.lines.length > 0 && (frame.paper !== null || frame.page !== null) ? frame : null;
}

/** The dateline's 3月5日 in the year the other dates of the page give (a report is dated near its edition). */
export function datelineDate(dateline: Dateline, nearby: string | null): string | null {
  if (!dateline.monthDay) return null;
  const year = nearby ? Number(nearby.slice(0, 4)) : null;
  return year ? isoDate(year, dateline.monthDay.month, dateline.monthDay.day) : null;
}

export function isPaperName(name: string): boolean {
  return PAPER.test(name);
}

export interface PressRelease {
  /** The 新闻稿 header and the contact lines closing the release. */
  lines: number[];
  /** The unit that issued it (杭州市余杭区住房和城乡建设局新闻稿, 供稿单位：X). */
  issuer: string | null;
}

const RELEASE_HEADER = /^(.{0,40}?)\s*(?:新闻稿|新闻通稿|通稿|新闻发布稿|新聞稿)\s*$/;
const RELEASE_CONTACT = /^(?:新闻联系人|媒体联系人|新聞聯繫人|供稿单位|供稿|联系人|聯繫人)\s*[:：]/;
const SUPPLIER = /(?:供稿单位|供稿)\s*[:：]\s*(\S+?)(?=\s|$|[，,]|联系)/;

/**
 * A press release (新闻稿, 新闻通稿) a bureau sends out: its header names the issuing unit, its
 * last lines give the contact person and phone. Such a text is news, sourced to the unit.
 */
export function findPressRelease(lines: readonly SourceLine[], closing: readonly number[]): PressRelease | null {
  const header = lines.slice(0, 4).map((line, index) => ({ index, match: RELEASE_HEADER.exec(line.text.replace(/[\s\u3000]+/g, '')) })).find((found) => found.match);
  if (!header?.match) return null;
  const contacts = closing.filter((index) => {
    const text = (lines[index]?.text ?? '').trim();
    return RELEASE_CONTACT.test(text) && text.length <= 90 && /电话|電話|手机|联系|聯繫/.test(text);
  });
  const named = header.match[1] ?? '';
  const supplied = contacts.map((index) => SUPPLIER.exec(lines[index]?.text ?? '')?.[1]).find((name) => name !== undefined && isOrganizationLine(name));
  return { lines: [header.index, ...contacts], issuer: isOrganizationLine(named) ? named : (supplied ?? null) };
}
