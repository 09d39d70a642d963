import { findArticle, type LineVerdict } from './article-block';
import { anchoredTitle, apartFromSiteName, chooseTitle, SERIES_ITEM } from './choose-title';
import { isDisclosureRow, isInfoLine, isLabelOnly, isReprintNotice, readInfoLine, UNKNOWN_LABEL_ON, type InfoFields, type InfoLine } from './info-line';
import { readGongwen, type GongwenReading } from './gongwen';
import { findByline, findDateline, findEditionFrame, findPressRelease, isPhotoCaption, originalTitleOf, type Dateline, type EditionFrame, type PressRelease } from './news';
import { isTitleCandidate, normalizeTitle, titleAt, titleFromFormRow, TRAILING_DOC_NUMBER } from './title';
import { isOrganizationLine, isProseLine } from './line-features';
import { findSubmissionForm, type SubmissionForm } from './submission-form';
import { findBulletinDistribution, findBulletinFrame, type BulletinFrame } from './bulletin';
import { findDates } from '../metadata/dates';
import { openingDocNumber } from '../metadata/extract-doc-number';
import type { SourceLine } from './source-lines';

/**
 * Reads a document's structure from its lines: where the article is, what chrome surrounds it,
 * which line is the title, what the info line, the 公文 elements, the dateline and the newspaper
 * frame say. Decides nothing about fields beyond what the structure states (read-fields.ts does).
 */

export interface StructureReading {
  verdicts: LineVerdict[];
  title: { text: string; lines: number[] } | null;
  /** The page's own title when no line of it was found in the text (a meta tag). */
  info: InfoFields;
  gongwen: GongwenReading;
  edition: EditionFrame | null;
  dateline: Dateline | null;
  byline: { line: number; names: string[] } | null;
  pressRelease: PressRelease | null;
  /** The 申报表 / 推荐表 a case was sent in. */
  form: SubmissionForm | null;
  /** A 工作简报's masthead, issue and compiler line above the item. */
  bulletin: BulletinFrame | null;
  /** A case series' or a case submission's name stands above the headline ("2024年度…典型案例", "…案例材料"). */
  caseSeries: boolean;
  /** A file's (Word, PDF) line above its headline naming a unit ("某集团某项目部党支部"): who wrote it, not text. */
  unitAbove: string | null;
  /** Indices of the lines kept as the text, in order. */
  kept: number[];
}

/** "滨江片区项目党支部 郑晓峰" under a Word file's or a PDF's headline: the writer's unit and name. */
const WRITER_UNDER_HEADLINE = /^([\p{Script=Han}（）()]{3,30}?(?:党支部|支部|党委|党总支|公司|项目部|局|办公室|办|中心|委员会))[\s\u3000]+([\p{Script=Han}·]{2,4})$/u;
const PARALLEL_PHRASES = /^[\p{Script=Han}“”]{2,6}(?:[\s\u3000]+[\p{Script=Han}“”]{2,6}){2,3}$/u;
/** "（某市住建局 供稿）" closing a text: the unit that contributed it, its 来源 (as "供稿：X" is read). */
function contributedBy(text: string): InfoLine | null {
  const unit = /^([\p{Script=Han}（）()]{3,30}?)[\s\u3000]*供稿$/u.exec(text.trim())?.[1];
  return unit && isOrganizationLine(unit) ? { fields: { source: unit }, labels: 1 } : null;
}

const CREDIT_WORD = /^(?:供稿|提供|撰稿|执笔|整理|编印|主办|报送|编辑|审核)$/;
const COVER_MONTH = /^[（(]?[〇零○Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?[）)]?$/;

const FILLED_IN_BY_LINE = /^填\s*报\s*人\s*[:：][^。！？]{2,80}$/u;
/** A submission form's row naming the case, the unit or the project. */
const FORM_ROW = /^(?:案例名称|申报单位|推荐单位|报送单位|填报单位|项目名称|所属项目)\s*[:：]/u;
/** How a unit's name ends (…建设局, …融媒体中心, …党工委): a 来源 that does not is cut short. */
const UNIT_ENDING = /(?:局|委|会|中心|办|院|部|厅|社|站|报|网|台|室|公司|集团|所|处|队|馆|校|支部|政府|端|号)$/u;
/** A unit named whole (区委组织部, 平湖市委宣传部, 县政府办), not a name's cut-off end. */
const WHOLE_UNIT = /^(?:[省市县区镇乡]|\p{Script=Han}{1,4}[省市县区])(?:委|政府|人大|政协)|委员会|宣传部|组织部/u;
/** A form's contact row (联系人：X 联系电话：0572-…): whom to call about a submission, no line of its text. */
const CONTACT_ROW = /^(?:联\s*系\s*人\s*[:：][^。！？：:]{1,20}?\s*(?:联系)?(?:电\s*话|手\s*机)|联系(?:电话|方式))\s*[:：]\s*[\d\-－—()（）*＊ ]{7,20}$/u;

function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

function mergeInfo(into: InfoFields, from: InfoFields): void {
  // A page's 更新时间 read first gives way to its 发布时间 read after it.
  if (from.date !== undefined && into.dateIsUpdate && !from.dateIsUpdate) {
    into.date = from.date;
    into.dateIsUpdate = undefined;
  }
  const dated = into.date !== undefined;
  for (const key of ['source', 'date', 'writtenDate', 'issuer', 'docNumber', 'editor'] as const) {
    if (into[key] === undefined && from[key] !== undefined) into[key] = from[key];
  }
  if (!dated && into.date !== undefined) into.dateIsUpdate = from.dateIsUpdate;
  if (from.author && !into.author) into.author = from.author;
  if (from.reporters) into.reporters = true;
}

export interface StructureInput {
  lines: SourceLine[];
  /** A web page or text copied from one: find the article among the chrome. */
  web: boolean;
  /** The title the file states about itself (a page's meta tag or lone h1, a Markdown heading). */
  statedTitle: string | null;
}

export function readStructure({ lines, web, statedTitle }: StructureInput): StructureReading {
  const verdicts = findArticle(lines, web);
  const remove = (index: number, rule: string) => {
    verdicts[index] = { place: 'removed', rule };
  };
  const live = () => lines.map((_, index) => index).filter((index) => verdicts[index]?.place !== 'removed');
  const head = () => live().filter((index) => verdicts[index]?.place === 'head');
  const firstBody = () => live().find((index) => verdicts[index]?.place === 'body') ?? lines.length;

  // The newspaper frame (masthead, 版次, edition date) anywhere above the first paragraph, chrome or not.
  const firstProse = lines.findIndex((line) => isProseLine(line.text));
  const top = firstProse < 0 ? lines.length : firstProse;
  const frameEnd = Math.max(top, firstBody());
  const beforeBody = lines.map((_, index) => index).filter((index) => index < frameEnd && verdicts[index]?.rule !== 'spam');
  const edition = findEditionFrame(lines, beforeBody);
  for (const index of edition?.lines ?? []) remove(index, 'news-frame');
  const bulletin = edition ? null : findBulletinFrame(lines, beforeBody);
  for (const index of bulletin?.lines ?? []) remove(index, 'bulletin-frame');
  if (bulletin) for (const index of findBulletinDistribution(lines, live())) remove(index, 'bulletin-distribution');

  // The 信息公开 table above a government page's article: read, and not the text.
  const info: InfoFields = {};
  if (bulletin?.date) info.date = bulletin.date;
  const tableScope = live().filter((index) => index < top);
  const rows = new Set(tableScope.filter((index) => isDisclosureRow(lines[index]?.text ?? '')));
  tableScope.forEach((index, at) => {
    const besideRow = rows.has(tableScope[at - 1] ?? -1) || rows.has(tableScope[at + 1] ?? -1);
    if (rows.has(index) || (besideRow && isDisclosureRow(lines[index]?.text ?? '', true))) rows.add(index);
  });
  for (const index of [...rows].sort((a, b) => a - b)) {
    const read = readInfoLine(lines[index]?.text ?? '');
    if (read) mergeInfo(info, read.fields);
    remove(index, 'info-line');
  }

  // Info lines in the head and at the top of the body (copied text often has them right under the title).
  // The lines before the text's first sentence count too, however many (a subtitle, a site's name may stand above it).
  const bodyStart = firstBody();
  const lead = live().filter((index) => index >= bodyStart);
  const firstSentence = lead.findIndex((index) => isProseLine(lines[index]?.text ?? ''));
  const infoScope = [...head(), ...lead.slice(0, Math.min(8, Math.max(3, firstSentence)))];
  let account: string | undefined;
  // The text's first sentence in the body (a headline that asks or exclaims, "…，你见过吗？", reads as
  // prose but is no sentence of the text). Found once: the loop below removes only lines that are no prose.
  const firstSentenceAt = lines.findIndex((line, at) => verdicts[at]?.place === 'body' && isProseLine(line.text) && !isTitleCandidate(line));
  for (let at = 0; at < infoScope.length; at += 1) {
    const index = infoScope[at] as number;
    if (verdicts[index]?.place === 'removed') continue;
    const text = lines[index]?.text ?? '';
    if (isProseLine(text)) continue;
    // "来源：" on a line of its own and its value on the next (copied from a page that sets them as blocks).
    const value = lines[index + 1];
    if (isLabelOnly(text) && value !== undefined && verdicts[index + 1]?.place !== 'removed' && value.text.length <= 40 && !isProseLine(value.text) && !isLabelOnly(value.text) && (readInfoLine(value.text)?.labels ?? 0) === 0) {
      const read = readInfoLine(`${text.trim()}${value.text.trim()}`);
      if (read) mergeInfo(info, read.fields);
      remove(index, 'info-line');
      remove(index + 1, 'info-line');
      // The next pair may stand below the scope: it is read too.
      const next = index + 2;
      if (isLabelOnly(lines[next]?.text ?? '') && !infoScope.includes(next)) infoScope.splice(at + 1, 0, next);
      continue;
    }
    // A date on a line of its own under a headline: "（2025年2月20日）", "2024-03-12 15:30".
    // A date with a short name after it and no label ("2024-05-07 区住建局") is the same line of the page's.
    const dateOnly = /^[（(]?\s*[^\p{Script=Han}]*\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?[^\p{Script=Han}]*(?:星期[一二三四五六日天])?\s*[）)]?(?:[\s\u3000]+[\p{Script=Han}]{2,16})?$/u.test(text.trim().replace(UNLABELLED_COUNTER, '')) || (PLATFORM_BYLINE.test(text.trim()) && !isInfoLine(text));
    const aboveProse = firstSentenceAt === -1 || firstSentenceAt >= index;
    // A cover's month in Chinese numerals under the headline ("二〇二五年六月"): the cover's, the 落款 dates the text.
    if (verdicts[index]?.place === 'head' && COVER_MONTH.test(compact(text))) {
      remove(index, 'info-line');
      continue;
    }
    if (dateOnly && (verdicts[index]?.place === 'head' || aboveProse)) {
      info.date ??= findDates(text)[0]?.iso;
      remove(index, 'info-line');
      continue;
    }
    if (!isInfoLine(text)) continue;
    const read = readInfoLine(text);
    // "温州市住房和城乡建设局 2024年3月5日" under the text of a short notice is its 落款, not a 公众号's head line.
    if (read?.wechatHead && !aboveProse) continue;
    // A 公众号's account is who posted the text; a 来源 the text states (来源丨X, at the top or closing it) says where it comes from.
    if (read?.wechatHead) account ??= read.fields.source;
    if (read) mergeInfo(info, read.wechatHead ? { ...read.fields, source: undefined } : read.fields);
    // A 来源 cut by the copy's line end ("来源：某区住房和城" / "乡建设局"): its last part stands alone on the next line.
    const cutSource = read && !read.wechatHead ? read.fields.source : undefined;
    const rest = lines[index + 1]?.text.trim() ?? '';
    // (A whole unit's name on the next line, "区委组织部", is no such end: it names a place or a 党委 of its own.)
    const cutShort = cutSource !== undefined && !UNIT_ENDING.test(cutSource) && /^\p{Script=Han}{2,6}$/u.test(rest) && UNIT_ENDING.test(rest) && !WHOLE_UNIT.test(rest);
    if (cutSource && cutShort && info.source === cutSource && compact(text).endsWith(compact(cutSource))) {
      info.source = cutSource + rest;
      remove(index + 1, 'info-line');
    }
    // A 文号 opening the info line with no label ("某住建联发〔2025〕3号 发布时间：…") is the document's number.
    const leadingNumber = openingDocNumber(text);
    if (leadingNumber) info.docNumber ??= leadingNumber;
    remove(index, 'info-line');
  }
  for (const index of infoScope) {
    if (verdicts[index]?.place !== 'removed' && originalTitleOf(lines[index]?.text ?? '')) remove(index, 'original-title');
  }
  // The 名称 / 标题 row of a 信息公开 table (above the text) names the document.
  const disclosedTitle = lines.slice(0, top).map((line, index) => (verdicts[index]?.rule === 'info-line' ? titleOfDisclosureRow(line.text) : null)).find((found) => found !== null) ?? null;
  // A write-up's first line labelling its name ("案例名称：“峡江红盔”工地党建工作法"), read as an info line: the case's title.
  // (Two form rows copied onto one line, "案例名称：X 申报单位：Y", name the case with X alone.)
  const namedCase = lines.slice(0, top).map((line, index) => (verdicts[index]?.rule === 'info-line' ? caseNameOf(line.text) : null)).find((found) => found !== null) ?? null;

  // The browser tab's title copied with the page ("headline_site", "headline - site") above the headline itself.
  const headStanding = live().slice(0, 8);
  for (const index of headStanding) {
    const tab = PAGE_TITLE.exec(compact(lines[index]?.text ?? ''));
    const headline = tab?.[1];
    if (headline && headStanding.some((other) => other > index && compact(normalizeTitle(lines[other]?.text ?? '')) === compact(normalizeTitle(headline)))) remove(index, 'page-title');
  }

  // 公文 elements over the lines still standing.
  const standing = live();
  const gongwenView = standing.map((index) => lines[index] as SourceLine);
  const gongwenRaw = readGongwen(gongwenView);
  const mapBack = (at: number) => standing[at] ?? -1;
  const gongwen: GongwenReading = {
    ...gongwenRaw,
    title: gongwenRaw.title ? apartFromSiteName(lines, verdicts, { text: gongwenRaw.title.text, lines: gongwenRaw.title.lines.map(mapBack) }) : null,
    docNumber: gongwenRaw.docNumber ? { ...gongwenRaw.docNumber, line: mapBack(gongwenRaw.docNumber.line) } : null,
    addressees: gongwenRaw.addressees ? { ...gongwenRaw.addressees, line: mapBack(gongwenRaw.addressees.line) } : null,
    signatureLine: gongwenRaw.signatureLine === null ? null : mapBack(gongwenRaw.signatureLine),
    headerLines: gongwenRaw.headerLines.map(mapBack),
    footerLines: gongwenRaw.footerLines.map(mapBack),
  };
  const isGongwen = gongwen.evidence >= 3;
  if (isGongwen) {
    for (const index of gongwen.headerLines) remove(index, 'gongwen-header');
    for (const index of gongwen.footerLines) remove(index, 'gongwen-footer');
  }

  const form = isGongwen ? null : findSubmissionForm(lines, live());
  for (const index of form?.lines ?? []) remove(index, 'submission-form');

  // A newspaper's copy with its headline's parts labelled ("引题：…", "主标题：…", "副题：…"): the 主标题 is the title.
  const labelled = labelledHeadline(lines, lines.map((_, index) => index).filter((index) => verdicts[index]?.place !== 'removed' || verdicts[index]?.rule === 'info-line').slice(0, 12));
  for (const index of labelled?.others ?? []) remove(index, lines[index]?.text.trim().startsWith('引') || /^(?:肩|眉)/.test(lines[index]?.text.trim() ?? '') ? 'kicker' : 'subtitle');
  const chosenFirst = labelled ? { text: labelled.text, lines: [labelled.line] } : chooseTitle(lines, verdicts, { web, statedTitle: statedTitle ?? disclosedTitle, disclosedTitle, gongwenTitle: isGongwen ? gongwen.title : null, formTitle: form?.caseName ?? namedCase, infoScope });
  // On a newspaper's page a 引题 of short parallel phrases ("学技术 考证书 长本领") stands over the headline.
  const kickerAt = edition && chosenFirst?.lines.length === 1 ? (chosenFirst.lines[0] ?? -1) : -1;
  const underKicker = kickerAt >= 0 && PARALLEL_PHRASES.test(lines[kickerAt]?.text.trim() ?? '') ? titleAt(lines, kickerAt + 1, lines.length) : null;
  if (underKicker) remove(kickerAt, 'kicker');
  const picked = underKicker ?? chosenFirst;
  // A headline in a table row beside its column's name ("党建动态 | 某区召开…"): the headline's cell (a date beside it is read).
  const cell = picked && picked.lines.length === 1 && lines[picked.lines[0] ?? -1]?.role === 'table-row' ? headlineCell(picked.text) : null;
  if (cell?.date) info.date ??= cell.date;
  const celled = picked && cell ? { ...picked, text: cell.headline } : picked;
  // A 文号 in brackets after the headline is the document's number, not part of its name.
  const numbered = celled ? TRAILING_DOC_NUMBER.exec(celled.text) : null;
  const trailingNumber = numbered?.[1] ?? numbered?.[2];
  if (trailingNumber) info.docNumber ??= trailingNumber;
  const chosen = celled && numbered ? { ...celled, text: celled.text.slice(0, numbered.index) } : celled;
  // A date set inside the headline's block ("<h1>标题<span>2024-05-15</span></h1>", a list's "2024-05-15 标题"): the page's date, not the title's.
  const dated = chosen ? DATED_TITLE.exec(chosen.text) : null;
  const undated = chosen && dated ? { ...chosen, text: normalizeTitle(dated[1] ?? dated[4] ?? '') } : chosen;
  // A news site's marker after the headline ("（图）", "[组图]", "【视频】", "（全文）") says what the page carries, not what the story is called.
  const unmarked = undated && MEDIA_MARKER.test(undated.text) && undated.text.replace(MEDIA_MARKER, '').length >= 6 ? { ...undated, text: undated.text.replace(MEDIA_MARKER, '') } : undated;
  // A column's tag opening the headline ("【奋进新征程】芜湖：…", "[党建动态]…") files the story; it is no part of its name.
  // (A web page's, printed or not: a Word file's, a booklet PDF's or a 公文's title keeps its brackets.)
  const tagged = unmarked && (web || printedFromBrowser(lines)) ? COLUMN_TAG.exec(unmarked.text) : null;
  const marked = unmarked && tagged?.[1] && isTitleCandidate({ text: tagged[1], role: 'heading' }) ? { ...unmarked, text: tagged[1] } : unmarked;
  // A wire story's 电头 that carries its headline ("新华社北京6月5日电 题：…") opens the text: the headline is what follows 题, the line stays.
  const wire = marked ? WIRE_HEADLINE.exec(compact(marked.text)) : null;
  const wired = marked && wire?.[1] ? { text: normalizeTitle(wire[1]), lines: [] } : marked;
  if (marked && wire?.[1]) for (const index of marked.lines) verdicts[index] = { place: 'body' };
  const title = wired && wired.lines.length === 0 && !web && !wire?.[1] ? anchoredTitle(lines, live(), wired) : wired;
  if (dated) info.date ??= findDates(dated[2] ?? dated[3] ?? '')[0]?.iso;
  // A date with its weekday is the site's "today" bar at the top of a page; set under the breadcrumb, right over the
  // headline, it is the article's date.
  const overHeadline = (title?.lines[0] ?? 0) - 1;
  if (info.date === undefined && verdicts[overHeadline]?.rule === 'today' && verdicts.slice(0, overHeadline).some((verdict) => verdict?.rule === 'breadcrumb')) {
    info.date = findDates(lines[overHeadline]?.text ?? '')[0]?.iso;
    verdicts[overHeadline] = { place: 'removed', rule: 'info-line' };
  }
  // Text with no prose at all (read in the wrong encoding, say) has no article to cut the page's lines from: it stays whole,
  // so that it can be read again in the right encoding.
  const hasProse = lines.some((line) => isProseLine(line.text));
  let caseSeries = false;
  let unitAbove: string | null = null;
  if (title) {
    const [first] = title.lines;
    // Only the file's own head counts: a menu's "工程案例" is the site's. (A numbered item, "案例十", is no menu's; a Word or PDF file has no menu.)
    caseSeries = first !== undefined && lines.slice(0, first).some((line, index) => (verdicts[index]?.place === 'head' || ['form-label', 'kicker'].includes(verdicts[index]?.rule ?? '')) && (compact(line.text).length >= 6 || !web || SERIES_ITEM.test(compact(line.text))) && inCaseSeries(compact(line.text)));
    for (const index of title.lines) verdicts[index] = { place: 'head' };
    // What stands above the title in the head is the page's, not the article's: a kicker right above a
    // news headline, a site or column name further up.
    if (first !== undefined) {
      // On a page the article's stretch may start above the headline (a site's or a body's name there reads like a
      // 落款): the lines above it that hold no sentence are the page's too.
      const aboveInBody = web && hasProse ? live().filter((at) => at < first && verdicts[at]?.place === 'body' && !isProseLine(lines[at]?.text ?? '') && !/[。！？]$/.test(lines[at]?.text.trim() ?? '')) : [];
      for (const index of aboveInBody) verdicts[index] = { place: 'head' };
      for (const index of head().filter((at) => at < first)) {
        const isKicker = index === first - 1 && web && isTitleCandidate(lines[index] as SourceLine) && (lines[index]?.text.length ?? 0) <= 40;
        if (!web && isOrganizationLine(lines[index]?.text ?? '')) unitAbove = compact(lines[index]?.text ?? '');
        remove(index, isKicker ? 'kicker' : web ? 'outside-article' : 'form-label');
      }
      const after = (title.lines.at(-1) ?? first) + 1;
      const subtitle = lines[after];
      const dashed = subtitle !== undefined && /^\s*[—─-]{1,2}/.test(subtitle.text);
      // (A line in the body's stretch is a subtitle only where the info line follows it: "headline / subtitle / 日期：…".)
      const beforeInfo = verdicts[after + 1]?.rule === 'info-line';
      if (web && subtitle && (verdicts[after]?.place === 'head' || (verdicts[after]?.place === 'body' && beforeInfo)) && !isProseLine(subtitle.text) && (dashed || isTitleCandidate(subtitle))) remove(after, 'subtitle');
      // In a Word file or a PDF: a "——" subtitle, 副题：, 关键词： and the writing unit's name under the headline, above the text.
      if (!web) {
        for (const index of live().filter((at) => at >= after).slice(0, 4)) {
          const text = lines[index]?.text.trim() ?? '';
          if (isProseLine(text) || /[。！？]$/.test(text)) break;
          if (/^(?:副\s*题|副\s*标\s*题)\s*[:：]/.test(text) || (/^[—─－]{1,2}/.test(text) && index === after)) remove(index, 'subtitle');
          else if (/^(?:关\s*键\s*[词字]|主\s*题\s*词)\s*[:：]/.test(text)) remove(index, 'form-label');
          else if (isOrganizationLine(text) && index <= after + 1) {
            // The unit that wrote it, named alone under the headline (the corpus takes no author from it).
            unitAbove ??= compact(text);
            remove(index, 'info-line');
          } else if (WRITER_UNDER_HEADLINE.test(text) && index <= after + 1) {
            const [, unit, name] = WRITER_UNDER_HEADLINE.exec(text) ?? [];
            unitAbove ??= compact(unit ?? '');
            // "某局党建办 供稿": the unit contributed it (a 来源, as 供稿：X is read); no one's name follows.
            if (name && CREDIT_WORD.test(name)) {
              if (/供稿|提供/.test(name)) info.source ??= compact(unit ?? '');
            } else if (name) info.author ??= [name];
            remove(index, 'info-line');
          } else break;
        }
      }
      // Who filled in a submission and how to reach them, closing it (填报人：… 联系电话：…): the form's, not the text. (The
      // 申报单位 under the headline stays: the corpus keeps it as the case's own line, and it tells the kind.)
      for (const index of live().slice(-3)) {
        if (FILLED_IN_BY_LINE.test(lines[index]?.text.trim() ?? '')) remove(index, 'form-label');
      }
    }
    // A booklet's name over a case copied out of it comes back at each page's top (after "- 15 -"): a running header.
    const aboveTitle = new Set(lines.slice(0, first ?? 0).filter((line, index) => verdicts[index]?.place === 'removed' && compact(line.text).length >= 6).map((line) => compact(line.text)));
    if (web && aboveTitle.size > 0) {
      for (const index of live().filter((at) => at > (title.lines.at(-1) ?? -1) && verdicts[at]?.place === 'body')) {
        const text = lines[index]?.text ?? '';
        // (A body's name is no running header: the 落款 names the site's own bureau.)
        if (aboveTitle.has(compact(text)) && !isProseLine(text) && !isOrganizationLine(text)) remove(index, 'page-furniture');
      }
    }
    // The headline repeated as the first line of the body.
    const key = compact(title.text);
    for (const index of live().filter((at) => !title.lines.includes(at) && at > (title.lines.at(-1) ?? -1)).slice(0, 3)) {
      if (compact(normalizeTitle(lines[index]?.text ?? '')) === key) {
        remove(index, 'repeated-title');
        break;
      }
    }
  } else if (web) {
    // No headline: the head before the article is page chrome.
    for (const index of head()) remove(index, 'outside-article');
  }
  // A form's contact row among its rows above the text (申报单位：…, 联系人：… 电话：…): whom to call, no line of the text.
  // (In a short notice a 联系电话 line is the notice's own: only rows beside a form's other rows go.)
  const aboveText = lines.slice(0, firstSentenceAt === -1 ? lines.length : firstSentenceAt).map((line) => line.text.trim());
  if (aboveText.some((text) => FORM_ROW.test(text))) {
    aboveText.forEach((text, index) => {
      if (verdicts[index]?.place !== 'removed' && CONTACT_ROW.test(text)) remove(index, 'form-label');
    });
  }
  // A headline stated only in the page's tags (no line of the text): what stands before the article is the page's, as
  // when no headline is found; a site's or a body's name alone at the top of the stretch, before the first sentence, too.
  if (web && title && title.lines.length === 0 && !isGongwen && hasProse) {
    for (const index of head()) remove(index, 'outside-article');
    for (const index of live()) {
      const text = lines[index]?.text ?? '';
      if (isProseLine(text)) break;
      if (verdicts[index]?.place === 'body' && (isOrganizationLine(text) || /(?:网|網|网站|網站|门户网站|门户)$/.test(compact(text))) && compact(text).length <= 30) remove(index, 'site-name');
    }
  }

  // Its contact lines close the text, inside the article or just past it.
  const pressRelease = findPressRelease(lines, lines.map((_, index) => index).slice(-8));
  for (const index of pressRelease?.lines ?? []) if (verdicts[index]?.place !== 'removed' || verdicts[index]?.rule === 'outside-article') remove(index, 'press-release');

  // Info lines closing the text ("作者：X", "（来源：X）", then 责任编辑 / 审核 / 校对): read, and taken out like the
  // one at the top. The block is read from the last line up, and ends at the first line that is not one.
  // The article block may end above them: the lines it left out right after it are read too, while they are credits.
  const lastLive = live().at(-1) ?? -1;
  for (let index = lastLive + 1; index < Math.min(lines.length, lastLive + 5) && verdicts[index]?.rule === 'outside-article'; index += 1) {
    const text = lines[index]?.text.trim() ?? '';
    const inner = /^[（(](.{3,60})[）)]$/.exec(text)?.[1] ?? text;
    const read = text.length > 60 ? null : (contributedBy(inner) ?? (CLOSING_CREDIT.test(inner) ? readInfoLine(inner) : null));
    if (!read) break;
    mergeInfo(info, read.fields);
    remove(index, 'info-line');
  }
  // A credit in the brackets closing the last paragraph ("……成效明显。（来源：温州日报）"): read; the paragraph stays whole.
  const lastText = lines[live().at(-1) ?? -1]?.text ?? '';
  const glued = /[。！？]\s*[（(]([^（）()]{3,60})[）)]\s*$/u.exec(lastText)?.[1];
  if (glued && CLOSING_CREDIT.test(glued)) {
    const read = readInfoLine(glued);
    if (read) mergeInfo(info, read.fields);
  }
  const closing = live().slice(-6).reverse();
  let skipped = false;
  const block: { index: number; read: InfoLine | null }[] = [];
  for (const [at, index] of closing.entries()) {
    const text = lines[index]?.text.trim() ?? '';
    const inner = /^[（(](.{3,60})[）)]$/.exec(text)?.[1] ?? text;
    // (A reprint notice reads as a sentence, "本文转载自某报，如有侵权请联系删除。": a credit all the same.)
    const contributed = text.length > 60 ? null : contributedBy(inner);
    const read = contributed ?? ((isProseLine(text) && !isReprintNotice(text)) || text.length > 60 ? null : readInfoLine(inner));
    const credits = read !== null && (contributed !== null || CLOSING_CREDIT.test(inner));
    // Other credits of the block ("监制：王某", "出品丨某某融媒"): part of it, though they name no writer or source.
    const other = !credits && OTHER_CREDIT.test(inner);
    // Within the last three lines a line that is not one is passed over (a share prompt left standing), as before;
    // above them the block goes on only while every line below it was one.
    if (!credits && !other) {
      skipped = true;
      if (at >= 2) break;
      continue;
    }
    if (at >= 3 && skipped) break;
    block.push({ index, read: credits ? read : null });
  }
  // Lines such as "报送单位：X" close many a write-up: only beside a writer's or a source's credit are they credits.
  if (block.some((line) => line.read !== null)) {
    for (const { index, read } of block) {
      if (read) mergeInfo(info, read.fields);
      remove(index, 'info-line');
    }
  }

  info.source ??= account;

  const body = live().filter((index) => verdicts[index]?.place === 'body' || (verdicts[index]?.place === 'head' && !title?.lines.includes(index)));
  body.forEach((index, at) => {
    const before = body[at - 1];
    const after = body[at + 1];
    if (isPhotoCaption(lines[index] as SourceLine, before === undefined ? undefined : lines[before], after === undefined ? undefined : lines[after])) remove(index, 'caption');
  });

  const titleLines = new Set(title?.lines ?? []);
  const kept = live().filter((index) => !titleLines.has(index));
  const dateline = findDateline(lines, kept[0] ?? 0);
  const byline = findByline(lines, kept);
  return { verdicts, title, info, gongwen, edition, dateline, byline, pressRelease, form, bulletin, caseSeries, unitAbove, kept };
}

/** A closing credit: where the text comes from, who wrote, edited, checked it (责任编辑、审核、校对 are never the author), who issued it and when. */
const CLOSING_CREDIT = /(?:来源|來源|稿源|出处|出處|作者|撰稿|执笔|執筆|供稿|编辑|編輯|审核|審核|审稿|校对|校對|发文单位|发文机关|成文日期)\s*[:：丨|｜]|^(?:文|图文|圖文|文字|撰文)\s*[/／:：丨|｜]|[/／]\s*文(?:\s|$)|^(?:本文|文章|此文|内容)?(?:摘自|转自|转载自|原载|选自|来源于|來源於|来自|源自|刊于|原刊于)|^[\p{Script=Han}]{0,12}?(?:记者|記者|通讯员|通訊員)\s*[\p{Script=Han}·]{2,4}/u;

/** A short credit line of a label this reader does not read: two to four characters, a colon or bar, a name or unit. */
const OTHER_CREDIT = /^[\p{Script=Han}]{2,4}\s*[:：丨|｜]\s*[\p{Script=Han}·、\s]{2,20}$/u;

/** A series of cases or a case submission named over the case ("红色工地典型案例选编", "2024年红色工地案例材料"). */
const CASE_SERIES = /^(?:\d{4}年度?)?\S{0,24}(?:案例|案例材料|案例申报材料|案例推荐材料|案例选编|案例汇编)(?:选编|汇编|集)?$/;

/** A series' name or one numbered item of it above the headline: the file is set in a case series. */
const inCaseSeries = (text: string): boolean => CASE_SERIES.test(text) || (SERIES_ITEM.test(text) && /案例/.test(text));

/** The label of a line naming a case or a practice written up (not a 信息公开 table's 名称/标题, read as its own). */
const CASE_NAME_LABEL = /^\s*(?:案例名称|案例标题|做法名称|材料名称|案例题目)\s*[:：]/;

/** The name a "案例名称：" line gives, up to the next label on the line ("案例名称：X 报送单位：Y" names X). */
function caseNameOf(text: string): string | null {
  const label = CASE_NAME_LABEL.exec(text);
  if (!label) return null;
  return titleFromFormRow(label[0] + text.slice(label[0].length).replace(UNKNOWN_LABEL_ON, ''));
}


const HEADLINE_PART = /^(引题|肩题|眉题|主标题|主题|正题|副题|副标题)\s*[:：]\s*(\S.{3,80})$/;

function labelledHeadline(lines: readonly SourceLine[], scope: readonly number[]): { text: string; line: number; others: number[] } | null {
  const parts = scope.map((index) => ({ index, match: HEADLINE_PART.exec((lines[index]?.text ?? '').trim()) })).filter((part) => part.match !== null);
  const main = parts.find((part) => /^(?:主标题|主题|正题)$/.test(part.match?.[1] ?? ''));
  if (!main?.match?.[2]) return null;
  const others = parts.filter((part) => part !== main).map((part) => part.index);
  // "主题：" alone may be an event's theme; beside an 引题 or 副题 (or as 主标题/正题) it is the headline's.
  if ((main.match[1] ?? '') === '主题' && others.length === 0) return null;
  return { text: normalizeTitle(main.match[2]), line: main.index, others };
}

/** The one cell of a table row that reads as a headline, the others short (a column's name, a date). */
function headlineCell(text: string): { headline: string; date: string | null } | null {
  const cells = text.split(/\s*[|｜]\s*/).map((part) => part.trim()).filter(Boolean);
  if (cells.length < 2) return null;
  const heads = cells.filter((part) => isTitleCandidate({ text: part, role: 'text' }));
  const [headline] = heads;
  if (heads.length !== 1 || headline === undefined) return null;
  const others = cells.filter((part) => part !== headline);
  if (!others.every((part) => compact(part).length <= 12 && !/[。！？]/.test(part))) return null;
  const date = others.map((part) => findDates(part)[0]?.iso).find((iso) => iso !== undefined) ?? null;
  return { headline: normalizeTitle(headline), date };
}

/**
 * A platform's author box copied as one line: the account, the time, the province and a follow button run together
 * ("某州融媒2025-05-14 09:32贵州+关注", "2025-04-28 15:33·某区发布"). The time of day says it is the post's time.
 */
const PLATFORM_BYLINE = /^[\p{Script=Han}A-Za-z]{0,16}\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*[·•|｜]?\s*[\p{Script=Han}]{0,16}\s*(?:[+＋]?\s*关注)?$/u;

/** A counter after a date on a page's date line, without a label's colon: " | 阅读 23", "  浏览 1,024 次". */
const UNLABELLED_COUNTER = /[\s\u3000]*[|｜]?[\s\u3000]*(?:阅读|浏览|点击|访问|阅览)(?:量|数|次数)?[\s\u3000]*[\d,]+[\s\u3000]*次?$/u;

/** "新华社北京6月5日电 题：…", "本报讯 题：…": a 电头 or 讯头 with the headline after 题. */
const WIRE_HEADLINE = /^[\p{Script=Han}A-Za-z]{2,16}?\d{1,2}月\d{1,2}日?(?:电|讯)[)）]?题[:：](.{4,60})$/u;

/** A PDF a browser printed: its margins carry the print's date and time or the page's address. */
function printedFromBrowser(lines: readonly SourceLine[]): boolean {
  return lines.some((line) => line.furniture === true && /^(?:\d{4}\/\d{1,2}\/\d{1,2},?\s+\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}|https?:\/\/)/.test(line.text.trim()));
}

/**
 * A bracketed tag of two to ten characters, no punctuation inside and at least two Han characters (a column's name, not a
 * year or a number: 【2024】某市建筑业发展报告 keeps its year), before the headline proper.
 */
const COLUMN_TAG = /^\s*[【[［]\s*(?=(?:[^】\]］]*?\p{Script=Han}){2})[\p{Script=Han}A-Za-z0-9·]{2,10}\s*[】\]］]\s*(\S.{5,})$/u;

const MEDIA_MARKER = /\s*[（([【](?:图|组图|图文|多图|附图|视频|附视频|音频|全文|附全文|置顶)[）)\]】]$/;
/** (A date in round brackets after a headline, "某会议纪要（2024年5月6日）", is part of it and stays.) */
const DATE_IN_TITLE = String.raw`[\[【]?(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\]】]?`;
/** A headline with a date glued after it or set before it. */
const DATED_TITLE = new RegExp(String.raw`^(?:(\S.{5,}?)\s*(${DATE_IN_TITLE})|(${DATE_IN_TITLE})\s*(\S.{5,}))$`, 'u');

/** A page's <title> as a browser shows it: the headline, a separator, the site's name. */
const PAGE_TITLE = /^(.{6,90}?)(?:_|-|－|—|–|\||｜)+([^_|｜\-－—–]{2,30})$/;

/** "名  称：…", "标题：…", "信息名称 | …" in a 信息公开 table: the document's name. */
const DISCLOSED_TITLE = /^(?:信\s*息\s*名\s*称|文\s*件\s*名\s*称|名\s*称|标\s*题|题\s*名)\s*[:：|｜\t]\s*(?:[|｜]\s*)?([^|｜\t]{6,90}?)\s*(?:[|｜\t].*)?$/;

const DISCLOSED_LABEL_ONLY = /^(?:信\s*息\s*名\s*称|文\s*件\s*名\s*称|名\s*称|标\s*题|题\s*名)$/;

function titleOfDisclosureRow(text: string): string | null {
  const cells = text.split(/\s*[|｜\t]\s*/);
  // A table row holds label and value in cells of their own: "名称： | 关于…的通知", "标题<tab>关于…的通知" (copied).
  for (const [at, cell] of cells.entries()) {
    const joined = /[:：]$/.test(cell) ? `${cell}${cells[at + 1] ?? ''}` : DISCLOSED_LABEL_ONLY.test(cell) ? `${cell}：${cells[at + 1] ?? ''}` : cell;
    const value = DISCLOSED_TITLE.exec(joined.trim())?.[1]?.trim();
    if (value && !/[:：]/.test(value)) return value;
  }
  return null;
}
