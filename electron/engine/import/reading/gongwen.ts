import { findDates } from '../metadata/dates';
import { normalizeDocNumber } from '../metadata/extract-doc-number';
import { organizationsOnLine } from '../metadata/organizations';
import { hanCount, isOrganizationLine, isProseLine, NUMBERED } from './line-features';
import { isTitleCandidate, TRAILING_DOC_NUMBER } from './title';
import type { SourceLine } from './source-lines';

/**
 * A 公文 read by its elements (GB/T 9704): 发文机关标志 (红头), 发文字号 and 签发人, 标题, 主送机关,
 * 正文, 附件说明, 发文机关署名 and 成文日期 (the 落款), (此件公开发布), the attached document, 抄送 and
 * the 印发 line. A 印发/转发 notice is a short cover notice with its own 落款 followed by what it
 * issues: the first 落款 after the addressees is the notice's, not the one at the end of the file.
 */

export interface GongwenReading {
  /** How many of the elements were found: 2 or more reads as a 公文. */
  evidence: number;
  title: { text: string; lines: number[] } | null;
  docNumber: { text: string; line: number } | null;
  addressees: { text: string; line: number } | null;
  /** Bodies that sign the 落款 (joint notices: several), else the red header's. */
  issuers: string[];
  /** The first line of the 落款 the issuers come from. */
  signatureLine: number | null;
  /** 成文日期 from the 落款, else the 印发 date. */
  date: string | null;
  /** The red header's (or 信函 版头's) bodies, apart from the 落款's. */
  headerIssuers: string[];
  /**
   * Under a 印发/转发 cover whose 落款 is the date alone, the 落款 found lies under the document it issues: the cover's
   * own date is the date line right above that document's repeated title.
   */
  coverDate: string | null;
  attachments: string[];
  /** 版头 (red header, 文号, 签发人) and 版记 (抄送, 印发) lines: structure, not text to read. */
  headerLines: number[];
  footerLines: number[];
}

const DOC_NUMBER = /[\p{Script=Han}]{1,12}\s*[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*[号號]/u;
const SIGNER = /签\s*发\s*人\s*[:：]\s*\S{2,4}/;
const RED_HEADER = /^(.{2,60}?)\s*(?:文\s*件|文件$|紧急通知|通\s*知)$/;
const TITLE_END = /(?:通知|实施方案|工作方案|方案|意见|办法|规定|决定|细则|规则|计划|规划|纲要|指引|要点|通报|批复|函|公告|通告|报告|请示|意见书|标准|导则|制度|章程|规范)(?:[（(][^）)]{1,8}[）)])?$/;
const ADDRESSEES = /^(?:各|全市各|全区各|全县各|市各|区各|县各|有关|\S{2,30}(?:局|委|办|厅|政府|单位|部门|公司|街道|镇|乡)[，、].*)[^。！？]{0,160}[:：]$/;
const ATTACHMENT_NOTE = /^附\s*件\s*[:：]\s*(.*)$/;
const ATTACHMENT_ITEM = /^\s*(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[）)])\s*(.{2,80}?)\s*$/;
const PUBLIC_NOTE = /^[（(]?\s*此件(?:公开发布|不公开|依申请公开|主动公开|发至\S+)\s*[）)]?$/;
const COPY_TO = /^(?:抄\s*送|抄\s*报|分\s*送)\s*[:：]/;
const SENT_TO = /^(?:报|送|发|报送|分发)[:：].{2,80}$/;
/** The 印发 line without its date ("某局办公室印发"), a PDF's page number run into it ("…印发 — 1 —"). */
const PRINTED_BY_UNDATED = /^(\S{4,40}?(?:办公室|综合处|综合科|秘书处|秘书科|文秘处|综合办|局|委员会|委|厅|政府))(?:印发|印制)(?:[-—－–]+\d{1,3}[-—－–]+)?$/;
const PRINTED_BY = /^(.{4,40}?)\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:印\s*发|印\s*制)$/;
const DATE_LINE = /^[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○Ｏ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日|(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})\s*[）)]?$/;
/** What follows a 落款's date: the 附件 heading, (此件公开发布), 抄送, a contact line. */
const RUN_ON_AFTER_DATE = /^(?:附件\d{0,2}[:：]?.{0,40}|[（(]此件[^）)]{2,12}[）)]|[（(]?联系人.*|抄送[:：].*|抄报[:：].*)$/;
const MONTH_LINE = /^[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|[〇零○Ｏ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月)\s*[）)]?$/;
const ISSUES_ANOTHER = /(?:印发|转发|下发|颁发|公布|印發|轉發|下發|頒發|公佈)/;

const compact = (text: string): string => text.replace(/[\s\u3000]+/g, '');
/** Where the seal goes: "（盖章）", "（公章）", "（签章）", "（印）". */
const SEAL_MARK = /[（(]\s*(?:盖章|蓋章|印章|公章|签章|簽章|代章|章|印)\s*[）)]/g;
/** A seal line of its own; "（某局代章）" lends another body's seal to the signer above it, who stays the issuer. */
const SEAL_ONLY = /^(?:[（(]?\s*(?:盖章|蓋章|印章|公章|签章|簽章|章|印)\s*[）)]?|[（(][^（）()]{2,40}代章[）)])$/;

function signatureOrganizations(text: string): string[] {
  return organizationsOnLine(text.replace(SEAL_MARK, ''));
}

/** Lines that close a 落款 (此件公开发布, 抄送, 印发, the 附件 that follow): a date right above one of them is the 成文日期. */
function closesSignature(text: string): boolean {
  return PUBLIC_NOTE.test(text) || COPY_TO.test(text) || PRINTED_BY.test(text) || /^附\s*件\s*\d{0,2}\s*[:：]?$/.test(text);
}

/**
 * A line that carries on a headline broken over lines: any short line that is no sentence, addressee
 * list, 文号 or date, however little it holds by itself ("和优秀临时党支部书记名单的", "通知").
 */
function continuesHeadline(line: SourceLine | undefined): boolean {
  const text = compact(line?.text ?? '');
  if (!text || text.length > 60 || isProseLine(text) || ADDRESSEES.test(text) || DOC_NUMBER.test(text) || SIGNER.test(text) || NUMBERED.test(text)) return false;
  if (/[。；：:！？!?]$/.test(text) || DATE_LINE.test(text) || PUBLIC_NOTE.test(text)) return false;
  return hanCount(text) >= 2 && (text.length < 6 || isTitleCandidate(line as SourceLine) || /^[\p{Script=Han}“”《》（）]+$/u.test(text) || /^[（(][\d—–－\-~～至年度]+[）)]》/u.test(text));
}

/** The title after the 版头: one to three short lines ending in a document word (or before the addressees). */
function findTitle(lines: readonly SourceLine[], from: number, addresseeLine: number | null): { text: string; lines: number[]; names: number[] } | null {
  const stop = addresseeLine ?? Math.min(lines.length, from + 8);
  for (let start = from; start < stop; start += 1) {
    const first = lines[start]?.text ?? '';
    if (isProseLine(first)) return null;
    // "…的通知" alone is the end of a headline wrapped above it, not a 红头 ("…通知" as 发文机关标志).
    const redHeader = RED_HEADER.test(compact(first)) && !/^关于/.test(compact(first)) && !/的通\s*知$/.test(compact(first));
    if (first.length > 80 || DOC_NUMBER.test(first) || SIGNER.test(first) || redHeader || NUMBERED.test(first) || !isTitleCandidate(lines[start] as SourceLine)) continue;
    // A line above a whole headline (…关于…的通报) is no part of it unless it names the issuer: a site's or a
    // column's name left standing ("某县人民政府 政府信息公开") is passed over; so is one above a headline that opens
    // with 关于 and runs on to the next line.
    const nextText = compact(lines[start + 1]?.text ?? '');
    if (!/关于|《/.test(first) && !isOrganizationLine(compact(first)) && /^\S{0,40}关于/.test(nextText) && (TITLE_END.test(nextText) || /^关于/.test(nextText)) && isTitleCandidate(lines[start + 1] as SourceLine)) continue;
    const parts: number[] = [start];
    let text = compact(first);
    // (A title ending a document's name inside an open 《 runs on: "关于印发《…三年行动方案" / "（2025—2027年）》的通知".)
    const open = (value: string): boolean => (value.match(/《/g)?.length ?? 0) > (value.match(/》/g)?.length ?? 0);
    for (let next = start + 1; next < stop && parts.length < 3 && (!TITLE_END.test(text) || open(text)); next += 1) {
      if (!continuesHeadline(lines[next] as SourceLine)) break;
      parts.push(next);
      text += compact(lines[next]?.text ?? '');
    }
    if (!(TITLE_END.test(text) || (addresseeLine !== null && parts.at(-1) === addresseeLine - 1))) continue;
    // 发文机关 + 关于 + 事由 + 文种: the issuer's name may stand on a line of its own above 关于…, and joint issuers' names
    // one to a line (a heading broken at <br> after each name).
    if (!/^关于/.test(text)) return { text, lines: parts, names: [] };
    const names: number[] = [];
    // (A site's name over the heading that repeats the issuer's is the page's, not a second issuer.)
    const named = new Set<string>();
    for (let above = start - 1; above >= from && names.length < 4; above -= 1) {
      const name = compact(lines[above]?.text ?? '');
      if (!isOrganizationLine(name) || named.has(name)) break;
      named.add(name);
      names.unshift(above);
    }
    return { text: names.map((at) => compact(lines[at]?.text ?? '')).join('') + text, lines: [...names, ...parts], names };
  }
  return null;
}

/** The 落款: the first date line after the body start that has an organisation line (or lines) right above it. */
function findSignature(lines: readonly SourceLine[], from: number): { issuers: string[]; date: string | null; lines: number[] } | null {
  for (let index = from; index < lines.length; index += 1) {
    // A 落款 laid out in a table: the empty cells' bars are no part of it.
    const raw = (lines[index]?.text ?? '').trim().replace(/^[|｜\s]+|[|｜\s]+$/g, '');
    const text = compact(raw);
    // A plan or a 方案 may be signed with the month only ("2024年3月"): the signing body still stands above it.
    let dateText = DATE_LINE.test(text) || MONTH_LINE.test(text) ? text : null;
    // Two bodies signing side by side, each with its date under it: "2024年5月6日    2024年5月6日".
    // In a table, the cells: "2024年5月6日 | 2024年5月6日".
    const sideBySide = dateText ? null : findDates(raw);
    const cells = raw.split(/\s{2,}|\u3000+|\s*[|｜]\s*/).filter(Boolean);
    if (sideBySide && sideBySide.length >= 2 && sideBySide.every((date) => date.iso === sideBySide[0]?.iso) && cells.every((cell) => DATE_LINE.test(compact(cell)))) dateText = compact(cells[0] ?? '');
    // A PDF's lines may run the date into what follows the 落款: "2024年5月6日附件1", "2024年5月6日（此件公开发布）".
    const leading = dateText ? null : findDates(text)[0];
    if (leading && leading.index === 0 && RUN_ON_AFTER_DATE.test(text.slice(leading.length))) dateText = text.slice(0, leading.length);
    let names: string[] = [];
    const used: number[] = [index];
    // "温州市住房和城乡建设局  2024年3月5日" on one line; in copied text even run into the last sentence
    // ("……请认真贯彻执行。温州市住房和城乡建设局 2024年3月5日").
    if (!dateText) {
      const date = findDates(raw).at(-1);
      // Under a plan's headline the line may be bracketed whole: "（某市住建局 2024年5月6日）".
      const before = date ? raw.slice(0, date.index).replace(/^.*[。！？；]/, '').replace(/^\s*[（(]/, '') : '';
      const signers = date && date.index + date.length >= raw.length - 1 && compact(before).length >= 4 ? signatureOrganizations(before) : [];
      if (date && signers.length > 0) {
        dateText = compact(raw.slice(date.index));
        names = signers;
      }
    }
    if (!dateText) continue;
    // A date with "印发" on the line under it is the 印发 line's, not a 落款's.
    if (/^(?:印\s*发|印\s*制)$/.test(compact(lines[index + 1]?.text ?? ''))) continue;
    for (let above = index - 1; above >= Math.max(from, index - 5); above -= 1) {
      // A line left for the seal ("（盖章）") stands between the names and the date.
      if (SEAL_ONLY.test(compact(lines[above]?.text ?? ''))) {
        used.unshift(above);
        continue;
      }
      const found = signatureOrganizations(lines[above]?.text ?? '');
      if (found.length === 0) break;
      names.unshift(...found);
      used.unshift(above);
    }
    const iso = findDates(dateText)[0]?.iso ?? null;
    if (names.length > 0 && (iso || MONTH_LINE.test(dateText))) return { issuers: [...new Set(names)], date: iso, lines: used };
  }
  return null;
}

function issuedUnderTitle(text: string): { issuers: string[]; date: string } | null {
  const inner = /^\s*[（(](.{8,60})[）)]\s*$/.exec(text)?.[1];
  const date = inner ? findDates(inner)[0] : undefined;
  if (!inner || !date) return null;
  const rest = (inner.slice(0, date.index) + ' ' + inner.slice(date.index + date.length)).replace(/(?:发布|印发|公布|制定|通过|修订|施行|起施行)\s*$/, '').trim();
  const issuers = signatureOrganizations(rest);
  return issuers.length > 0 ? { issuers, date: date.iso } : null;
}

function nameOnlySignature(lines: readonly SourceLine[], bodyStart: number): { issuers: string[]; line: number; date: string | null } | null {
  let end = lines.length - 1;
  while (end > bodyStart && closesSignature(compact(lines[end]?.text ?? ''))) end -= 1;
  const names: string[] = [];
  let first = end + 1;
  for (let at = end; at > bodyStart && end - at < 3; at -= 1) {
    const found = signatureOrganizations(lines[at]?.text ?? '');
    if (found.length === 0) break;
    names.unshift(...found);
    first = at;
  }
  // The date may stand above the name (copied from a layout that sets them side by side): "2024年5月6日" / "某局".
  const dateAbove = DATE_LINE.test(compact(lines[first - 1]?.text ?? '')) ? first - 1 : null;
  const sentenceAt = dateAbove === null ? first - 1 : dateAbove - 1;
  const above = (lines[sentenceAt]?.text ?? '').trim();
  if (names.length === 0 || sentenceAt < bodyStart || !/[。！]$/.test(above)) return null;
  return { issuers: [...new Set(names)], line: dateAbove ?? first, date: dateAbove === null ? null : (findDates(compact(lines[dateAbove]?.text ?? ''))[0]?.iso ?? null) };
}

export function readGongwen(lines: readonly SourceLine[]): GongwenReading {
  const reading: GongwenReading = { evidence: 0, title: null, docNumber: null, addressees: null, issuers: [], signatureLine: null, date: null, headerIssuers: [], coverDate: null, attachments: [], headerLines: [], footerLines: [] };
  const head = Math.min(lines.length, 14);
  const redIssuers: string[] = [];
  let afterHeader = 0;
  for (let index = 0; index < head; index += 1) {
    const text = compact(lines[index]?.text ?? '');
    if (isProseLine(text)) break;
    const red = RED_HEADER.exec(text);
    const orgs = red ? signatureOrganizations((red[1] ?? '').replace(/\s+/g, ' ')) : [];
    // A joint 红头 sets "文件" beside or below the bodies' names, on a line of its own.
    if (text === '文件' && index > 0 && signatureOrganizations(lines[index - 1]?.text ?? '').length > 0) {
      redIssuers.push(...signatureOrganizations(lines[index - 1]?.text ?? ''));
      reading.headerLines.push(index - 1, index);
      afterHeader = index + 1;
      continue;
    }
    // A joint 红头 laid out as a table (names in one column, "文件" beside them in a merged cell): the rows under
    // the first name are the other bodies.
    const bare = (lines[index]?.text ?? '').replace(/[|｜]/g, ' ').trim();
    const rowNames = signatureOrganizations(bare);
    if (redIssuers.length > 0 && !reading.docNumber && reading.headerLines.at(-1) === index - 1 && rowNames.length > 0 && compact(rowNames.join('')).length >= compact(bare).length - 2) {
      redIssuers.push(...rowNames);
      reading.headerLines.push(index);
      afterHeader = index + 1;
      continue;
    }
    // The 信函格式 版头 (a 函) is the body's name alone, the 文号 under it.
    const letterhead = !red && index + 2 < lines.length && signatureOrganizations(lines[index]?.text ?? '').length > 0 && [1, 2].some((step) => DOC_NUMBER.test(compact(lines[index + step]?.text ?? '')) && compact(lines[index + step]?.text ?? '').length <= 30);
    if (letterhead && reading.headerLines.length === 0) {
      redIssuers.push(...signatureOrganizations(lines[index]?.text ?? ''));
      reading.headerLines.push(index);
      afterHeader = index + 1;
      continue;
    }
    if (red && /文件$/.test(text) && orgs.length > 0) {
      redIssuers.push(...orgs);
      reading.headerLines.push(index);
      afterHeader = index + 1;
      continue;
    }
    const number = DOC_NUMBER.exec(text);
    // (A headline with its 文号 in brackets after it is the title, not the 版头's 文号 line.)
    const numberedTitle = number !== null && number.index > 0 && TRAILING_DOC_NUMBER.test(text) && TITLE_END.test(text.replace(TRAILING_DOC_NUMBER, ''));
    if (number && !numberedTitle && (number.index === 0 || SIGNER.test(text) || text.length <= 30)) {
      reading.docNumber = { text: normalizeDocNumber(number[0]), line: index };
      reading.headerLines.push(index);
      afterHeader = index + 1;
      continue;
    }
    if (SIGNER.test(text) && text.length <= 30) {
      reading.headerLines.push(index);
      afterHeader = index + 1;
    }
  }
  // A joint red header lists the bodies on lines of their own above "文件".
  if (redIssuers.length > 0) {
    const first = reading.headerLines[0] ?? 0;
    for (let index = first - 1; index >= 0 && first - index <= 4; index -= 1) {
      const orgs = signatureOrganizations(lines[index]?.text ?? '');
      if (orgs.length === 0) break;
      redIssuers.unshift(...orgs);
      reading.headerLines.unshift(index);
    }
  }

  let addresseeLine: number | null = null;
  for (let index = afterHeader; index < Math.min(lines.length, afterHeader + 10); index += 1) {
    const text = compact(lines[index]?.text ?? '');
    if (text.length <= 160 && ADDRESSEES.test(text) && !/[。！？]/.test(text)) {
      addresseeLine = index;
      reading.addressees = { text: text.replace(/[:：]$/, ''), line: index };
      break;
    }
  }
  const found = findTitle(lines, afterHeader, addresseeLine);
  reading.title = found && { text: found.text, lines: found.lines };

  const bodyStart = addresseeLine !== null ? addresseeLine + 1 : (reading.title?.lines.at(-1) ?? afterHeader - 1) + 1;
  const signature = findSignature(lines, bodyStart);
  // The name right above 关于… is the issuer's; a name above that is a second issuer's only when the 落款 signs it
  // too (joint issuers, one name to a line). A portal's masthead (某市人民政府) or a different body's name over the
  // issuer's stays out of the title.
  if (found && reading.title && found.names.length > 1) {
    const signed = new Set((signature?.issuers ?? []).map(compact));
    const nameOf = (at: number): string => compact(lines[at]?.text ?? '');
    let keep = 1;
    while (keep < found.names.length && signed.has(nameOf(found.names[found.names.length - 1 - keep] as number))) keep += 1;
    if (!signed.has(nameOf(found.names.at(-1) as number))) keep = 1;
    const names = found.names.slice(found.names.length - keep);
    const parts = found.lines.slice(found.names.length);
    reading.title = { text: [...names, ...parts].map(nameOf).join(''), lines: [...names, ...parts] };
  }
  if (signature) {
    reading.issuers = signature.issuers;
    reading.date = signature.date;
    reading.signatureLine = signature.lines[0] ?? null;
    const issued = reading.title ? issuedTitle(reading.title.text) : null;
    const issuedAt = issued === null ? -1 : lines.findIndex((line, index) => index >= bodyStart && index < (signature.lines[0] ?? 0) && repeatsIssued(line.text, issued));
    for (let index = issuedAt - 1; index >= bodyStart && index >= issuedAt - 3; index -= 1) {
      const text = compact(lines[index]?.text ?? '');
      if (!DATE_LINE.test(text)) continue;
      reading.coverDate = findDates(text)[0]?.iso ?? null;
      break;
    }
    // No repeated title: a date alone on a line right under a sentence, above the 落款 found, closed the cover.
    for (let index = bodyStart + 1; issuedAt < 0 && index < (signature.lines[0] ?? 0); index += 1) {
      const text = compact(lines[index]?.text ?? '');
      if (DATE_LINE.test(text) && /[。！]$/.test(compact(lines[index - 1]?.text ?? ''))) reading.coverDate = findDates(text)[0]?.iso ?? null;
    }
  } else {
    // A 落款 with no name (the seal stood for it): the date line the 公文's closing lines follow, or the last line,
    // or, under a 印发/转发 cover, the title of the document it issues.
    const issued = reading.title ? issuedTitle(reading.title.text) : null;
    for (let index = bodyStart; index < lines.length; index += 1) {
      const text = compact(lines[index]?.text ?? '');
      const next = lines[index + 1];
      if (DATE_LINE.test(text) && (next === undefined || closesSignature(compact(next.text)) || (issued !== null && compact(next.text).startsWith(issued)))) {
        reading.date = findDates(text)[0]?.iso ?? null;
        if (reading.date) break;
      }
    }
  }
  // A rule or plan dated and signed in brackets under its headline: "（2024年5月6日某局发布）", "（某局2024年5月6日印发）".
  const under = signature || !reading.title ? null : issuedUnderTitle(lines[(reading.title.lines.at(-1) ?? -1) + 1]?.text ?? '');
  if (under) {
    reading.issuers = under.issuers;
    reading.date ??= under.date;
  }
  // A 落款 of the name alone (the date left to the page or to the seal): the body's name on the text's last lines,
  // right under its last sentence, above nothing but the closing notes (此件公开发布, 抄送, 印发).
  const nameOnly = signature ? null : nameOnlySignature(lines, bodyStart);
  if (nameOnly) {
    reading.issuers = nameOnly.issuers;
    reading.signatureLine = nameOnly.line;
    reading.date ??= nameOnly.date;
  }
  const signatureAt = signature?.lines[0] ?? nameOnly?.line ?? lines.length;
  let printedBy: string[] = [];
  for (let index = bodyStart; index < lines.length; index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    const note = index < signatureAt ? ATTACHMENT_NOTE.exec(compact(text)) : null;
    if (note) {
      const first = (note[1] ?? '').replace(/^\d{1,2}\s*[.．、]\s*/, '').trim();
      if (first) reading.attachments.push(first);
      for (let next = index + 1; next < signatureAt; next += 1) {
        const item = ATTACHMENT_ITEM.exec(lines[next]?.text ?? '');
        if (!item || isProseLine(item[1] ?? '')) break;
        reading.attachments.push((item[1] ?? '').trim());
      }
    }
    const squashed = compact(text);
    if (COPY_TO.test(squashed)) reading.footerLines.push(index);
    // The 印发 line may break before its date or before 印发 ("某局办公室" / "2024年5月6日印发").
    const next = compact(lines[index + 1]?.text ?? '');
    const split = PRINTED_BY.test(squashed) || next.length > 14 || COPY_TO.test(squashed) ? null : PRINTED_BY.exec(squashed + next);
    const printed = PRINTED_BY.exec(squashed) ?? split;
    if (split) reading.footerLines.push(index + 1);
    if (printed) {
      reading.footerLines.push(index);
      reading.date ??= findDates(printed[2] ?? '')[0]?.iso ?? null;
      // The 印发机关 is the issuer's own office: 某局办公室 (综合处, 秘书科) prints what 某局 issues.
      if (reading.issuers.length === 0) printedBy = signatureOrganizations((printed[1] ?? '').replace(/(?:办公室|综合处|综合科|秘书处|秘书科|文秘处|文秘科|综合办)$/, ''));
    }
    else if (index > signatureAt && PRINTED_BY_UNDATED.test(squashed)) reading.footerLines.push(index);
    if (PUBLIC_NOTE.test(squashed)) reading.evidence += 1;
  }
  // A 纪要's or a 简报's 版记 names who gets it with 报：, 送：, 发： over its 印发 line or its 抄送 line.
  for (const footer of [...reading.footerLines]) {
    for (let above = footer - 1; above >= bodyStart && footer - above <= 3 && SENT_TO.test(compact(lines[above]?.text ?? '')) && !reading.footerLines.includes(above); above -= 1) reading.footerLines.push(above);
  }
  reading.headerIssuers = [...new Set(redIssuers)];
  if (reading.issuers.length === 0 && redIssuers.length > 0) reading.issuers = [...new Set(redIssuers)];
  if (reading.issuers.length === 0) reading.issuers = printedBy;
  // A 版头 that is the body's name alone on the line above the headline (no 文号 under it), the 落款 left to the seal.
  // (findTitle may have joined that line to the headline as 发文机关 + 关于…: the name is the same either way.)
  const [firstLine, secondLine] = reading.title?.lines ?? [];
  const joinedName = firstLine !== undefined && secondLine !== undefined && !/关于/.test(lines[firstLine]?.text ?? '') && /^关于/.test(compact(lines[secondLine]?.text ?? ''));
  const nameLine = firstLine === undefined ? -1 : joinedName ? firstLine : firstLine - 1;
  const nameAbove = compact(lines[nameLine]?.text ?? '');
  if (reading.issuers.length === 0 && nameLine >= afterHeader && nameAbove.length <= 40) {
    const names = signatureOrganizations(lines[nameLine]?.text ?? '');
    if (names.length > 0 && compact(names.join('')).length >= nameAbove.length - 2) reading.issuers = names;
  }

  reading.evidence +=
    (reading.docNumber ? 2 : 0) +
    (redIssuers.length > 0 ? 2 : 0) +
    (reading.addressees ? 1 : 0) +
    (signature ? 1 : 0) +
    (reading.title ? 1 : 0) +
    (reading.attachments.length > 0 ? 1 : 0) +
    (reading.footerLines.length > 0 ? 1 : 0);
  return reading;
}

/** The title of what a 印发/转发 notice issues: 《…》's name, or what follows 转发 (at least eight characters). */
function issuedTitle(title: string): string | null {
  const named = /《([^》]{6,})》/.exec(title)?.[1] ?? /(?:转发|轉發)(.{8,})$/.exec(title)?.[1] ?? null;
  return named && ISSUES_ANOTHER.test(title) ? compact(named) : null;
}

/**
 * The 落款 stands under the document a 印发/转发 notice issues (that title repeated as a heading above it):
 * the notice's own 落款 is missing, and the body signing the issued document need not be the notice's.
 */
export function signedInIssued(title: string, lines: readonly SourceLine[], signatureLine: number | null): boolean {
  const issued = issuedTitle(title);
  if (issued === null || signatureLine === null) return false;
  return lines.slice(0, signatureLine).some((line) => repeatsIssued(line.text, issued));
}

/**
 * A line that sets the issued document's title as its heading: the title itself, or its name with the version note
 * ("（试行）") on the next line, or after "附件1" on the same line.
 */
function repeatsIssued(text: string, issued: string): boolean {
  // ("附件：…" is the cover's note naming its attachment, not the heading of the attachment itself.)
  const line = compact(text).replace(/^附\s*件\s*\d{0,2}(?![:：\d])/, '');
  const core = issued.replace(/[（(][^（）()]{1,12}[）)]$/, '');
  return line.startsWith(issued) || (core.length >= 6 && line === core);
}

/** A title that issues or forwards another document (关于印发《…》的通知). */
export function issuesAnother(title: string): boolean {
  return ISSUES_ANOTHER.test(title) && /《[^》]+》/.test(title);
}
