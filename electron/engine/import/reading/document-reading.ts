import path from 'node:path';
import { emptyMeta, type DocumentKind, type DocumentMeta, type DocumentMetaField, type FieldOrigin } from '../../../../shared/model/document';
import { repairRadicals, repairSharedGlyphs } from '../../text/radicals';
import { findMojibake } from '../cleaning/noise/detect-mojibake';
import { closeNoBreakSpaces, removeInvisibleCharacters } from '../cleaning/noise/invisible-characters';
import { removePinyinNotes } from '../cleaning/noise/remove-pinyin-notes';
import { mayHoldSpam, removeSpamTokens } from '../cleaning/noise/remove-spam-tokens';
import { normalizePunctuation } from '../cleaning/punctuation';
import { repeatedParagraphs } from '../cleaning/repeated-body';
import { findDates } from '../metadata/dates';
import { extractDocNumber, normalizeDocNumber } from '../metadata/extract-doc-number';
import { signatureOrganizations, titleOrganizations } from '../metadata/extract-issuer';
import { isOrganizationName } from '../metadata/organizations';
import { extractPracticeName, extractTerms } from '../metadata/extract-terms';
import { extractYear } from '../metadata/extract-year';
import { normalizeWhitespace } from '../normalize-text';
import { findPlaceCues, resolvePlace, CUE_WEIGHTS } from '../places/resolve-place';
import type { PlaceIndex } from '../places/places-data';
import { splitGluedBreadcrumb } from './chrome-rules';
import { isPlaceholderName } from './info-line';
import { readKind } from './kind';
import { isProseLine, NUMBERED } from './line-features';
import { datelineDate, isPaperName } from './news';
import { signedInIssued } from './gongwen';
import { readStructure, type StructureReading } from './read-document';
import { textOfLines, type SourceLine } from './source-lines';
import { titleFromFirstSentence } from './title';

/** What a format reader hands over: the lines, and what the file states about itself. */
export interface ReadableDocument {
  lines: SourceLine[];
  /** A web page or text copied from one (chrome expected), rather than a Word or PDF file. */
  web: boolean;
  /** Fields the file states (a page's meta tags and 信息公开 table, Markdown front matter), with their origins. */
  stated: Partial<DocumentMeta>;
  statedOrigins: Partial<Record<DocumentMetaField, FieldOrigin>>;
  /** The publication date a web page states apart from its text (meta tag). */
  pageDate?: string | null;
  /** 成文日期 a 信息公开 table states. */
  writtenDate?: string | null;
  /** The website's name, a source of last resort for a web page. */
  siteName?: string | null;
  /** The publishing body a page's 信息公开 table names (发布机构): a 发文机关 when the 落款 names none. */
  issuerHint?: string | null;
  /** The page's name and column from its <title>: context for same-named places only. */
  pageFrame?: string | null;
  /** Named practices the file lists (front matter tags aside). */
  suggestedTerms?: string[];
  /** What the format takes for the title (a page's meta tag or lone h1, the largest type on a PDF's first page): a hint, checked against the lines. */
  titleHint?: string | null;
}

export interface ReadContext {
  fileName: string;
  places: PlaceIndex;
  /** A kind the user chose for the whole import. */
  kind?: DocumentKind | undefined;
}

/** A line cleaning took out, kept so the reader can show it and the user can put it back. */
export interface RemovedBlock {
  /** Where in the cleaned text it stood (a character offset, at a line boundary); -1 for pieces taken out of a line (pinyin notes, spam, 乱码), which are shown but not put back. */
  offset: number;
  text: string;
  /** The rule that removed it (reading/chrome-rules.ts). */
  rule: string;
}

export interface DocumentReading {
  meta: DocumentMeta;
  text: string;
  fieldOrigins: Partial<Record<DocumentMetaField, FieldOrigin>>;
  /** Fields the reading is unsure of: the UI asks the user (待确认). */
  toConfirm: DocumentMetaField[];
  removed: RemovedBlock[];
  suggestedTerms: string[];
  /** What the user should know about the reading (乱码 taken out). */
  warnings: string[];
}

/**
 * A line's own noise goes before its structure is read: pinyin left by copied ruby text (業(yè)),
 * spam glued into sentences (8899葡京net…), stretches of 乱码. What goes is kept in `removed`.
 */
function prepare(line: SourceLine, removed: RemovedBlock[], warnings: Set<string>, spamFree: boolean): SourceLine {
  let text = repairSharedGlyphs(repairRadicals(removeInvisibleCharacters(line.text)));
  if (isProseLine(text)) text = closeNoBreakSpaces(text);
  const pinyin = removePinyinNotes(text);
  const spam = spamFree ? { text: pinyin.text, removed: [] } : removeSpamTokens(pinyin.text);
  text = spam.text;
  for (const piece of pinyin.removed) removed.push({ offset: -1, text: piece, rule: 'pinyin' });
  for (const piece of spam.removed) removed.push({ offset: -1, text: piece, rule: 'spam-token' });
  const garbled = findMojibake(text);
  if (garbled.length > 0) {
    for (const range of garbled) removed.push({ offset: -1, text: text.slice(range.start, range.end), rule: 'mojibake' });
    text = garbled.reduceRight((kept, range) => kept.slice(0, range.start) + kept.slice(range.end), text);
    warnings.add('部分文字疑似乱码（编码读错），已从正文中移出，可在“查看清理掉的内容”中看到。');
  }
  return { ...line, text: normalizePunctuation(text).trim() };
}

/**
 * Every line prepared at once, as one text (each step keeps the line breaks where they are): a
 * document has a hundred lines, and each step costs far less once than a hundred times. When the
 * steps would change the line count (spam joined over a gap, a line with a break of its own), line by line.
 */
function prepareAll(lines: readonly SourceLine[], removed: RemovedBlock[], warnings: Set<string>, spamFree: boolean): SourceLine[] {
  const byLine = (): SourceLine[] => lines.map((line) => prepare(line, removed, warnings, spamFree));
  if (!spamFree || lines.some((line) => line.text.includes('\n'))) return byLine();
  const ownRemoved: RemovedBlock[] = [];
  const ownWarnings = new Set<string>();
  const whole = prepare({ text: lines.map((line) => line.text).join('\n'), role: 'text' }, ownRemoved, ownWarnings, spamFree);
  const texts = whole.text.split('\n');
  if (texts.length !== lines.length) return byLine();
  removed.push(...ownRemoved);
  for (const warning of ownWarnings) warnings.add(warning);
  return lines.map((line, index) => ({ ...line, text: (texts[index] ?? '').trim() }));
}

const SENTENCE_END = /[。！？；：…”」』）)]\s*$/;
const PUNCTUATION_START = /^[，、。；：？！）」』”]/;

/** The kept lines as text (a blank line between blocks) and where each removed line stood. */
function assemble(lines: readonly SourceLine[], reading: StructureReading): { text: string; removed: RemovedBlock[] } {
  const keep = new Set(reading.kept);
  const titleLines = new Set(reading.title?.lines ?? []);
  // A body printed twice on one page: the repeat goes.
  const keptTexts = reading.kept.map((index) => lines[index]?.text ?? '');
  const repeated = new Set([...repeatedParagraphs(keptTexts)].map((order) => reading.kept[order] as number));

  let text = '';
  const removed: RemovedBlock[] = [];
  let previous: SourceLine | undefined;
  let pageBreak = false;
  lines.forEach((line, index) => {
    if (titleLines.has(index)) return;
    if (keep.has(index) && !repeated.has(index)) {
      if (previous && pageBreak && !SENTENCE_END.test(previous.text)) {
        // A paragraph the page break cut (a page number between its halves): one paragraph again.
        // (A line long enough to be no heading was cut mid-sentence: its halves join as they were printed.)
        const opensPart = NUMBERED.test(line.text.trim()) || line.role === 'heading' || (line.scale ?? 1) >= 1.2;
        text += PUNCTUATION_START.test(line.text) || (isProseLine(previous.text) && !opensPart) ? line.text : `\n${line.text}`;
      } else {
        // The same layout as textOfLines (source-lines.ts): the exports read lists and tables back from it.
        const piece = textOfLines(previous ? [previous, line] : [line]);
        text += previous ? piece.slice(textOfLines([previous]).length) : piece;
      }
      previous = line;
      pageBreak = false;
      return;
    }
    const rule = repeated.has(index) ? 'repeated-body' : (reading.verdicts[index]?.rule ?? 'outside-article');
    if (rule === 'page-number' || rule === 'page-furniture') pageBreak = true;
    if (line.text.trim()) removed.push({ offset: text.length, text: line.text, rule });
  });
  return { text, removed };
}

function firstDefined<T>(...values: (T | null | undefined)[]): T | null {
  for (const value of values) if (value !== null && value !== undefined && value !== '') return value;
  return null;
}

const GENERIC_SITE = /^(?:微信公众平台|微信|首页|网站首页|政府门户网站|门户网站)$/;

/**
 * A document read from its lines: the cleaned text, every field the structure states, the kind,
 * the region and the lines cleaning took out. Fields the file states (front matter, meta tags) and
 * the user's choices win over what is read here.
 */
export function readDocument(given: ReadableDocument, context: ReadContext): DocumentReading {
  const input = withoutPlaceholders(given);
  const inline: RemovedBlock[] = [];
  const warnings = new Set<string>();
  const spamFree = !mayHoldSpam(input.lines.map((line) => line.text).join('\n'));
  const split = input.lines.flatMap((line): SourceLine[] => {
    const glued = splitGluedBreadcrumb(line.text);
    return glued ? [{ ...line, text: glued[0] }, { ...line, text: glued[1], blockStart: true }] : [line];
  });
  const lines = prepareAll(withSealsOverDates(split), inline, warnings, spamFree).filter((line) => line.text.length > 0);
  const reading = readStructure({ lines, web: input.web, statedTitle: input.stated.title ?? input.titleHint ?? null });
  const assembled = assemble(lines, reading);
  assembled.removed.push(...inline);
  const text = normalizeWhitespace(assembled.text);
  const toConfirm: DocumentMetaField[] = [];
  const origins: Partial<Record<DocumentMetaField, FieldOrigin>> = { ...input.statedOrigins };
  const open = (field: DocumentMetaField): boolean => origins[field] === undefined && (input.stated[field] === undefined || input.stated[field] === null);

  let title: string;
  if (!open('title') && input.stated.title) title = input.stated.title;
  else if (reading.title) {
    title = reading.title.text;
    origins.title = reading.title.lines.length > 0 ? 'text' : 'file';
  } else {
    title = titleFromFirstSentence(text, path.parse(context.fileName).name);
    origins.title = 'text';
    toConfirm.push('title');
  }

  const meta: DocumentMeta = { ...emptyMeta(title, 'practice'), ...stripUndefined(input.stated), title };
  const fill = <K extends DocumentMetaField>(field: K, value: DocumentMeta[K] | null | undefined): void => {
    if (!open(field) || value === null || value === undefined || value === '') return;
    meta[field] = value;
    origins[field] = 'text';
  };
  if (meta.docNumber && origins.docNumber !== 'user') meta.docNumber = normalizeDocNumber(meta.docNumber);

  const { gongwen, info, edition, dateline, byline, pressRelease, form } = reading;
  const isGongwen = gongwen.evidence >= 3;
  const head = text.slice(0, 1200);
  fill('docNumber', firstDefined(isGongwen ? gongwen.docNumber?.text : null, info.docNumber ? normalizeDocNumber(info.docNumber) : null, extractDocNumber(head)));

  const reporters = [...(info.reporters ? (info.author ?? []) : []), ...(dateline?.reporters ?? [])];
  const newsOutlet = [info.source, edition?.paper, dateline?.outlet].some((name) => name !== null && name !== undefined && (isPaperName(name) || /(?:网|網|电视台|广播|新闻|客户端|融媒|融媒体中心|融媒体)$/.test(name)));

  if (context.kind) {
    meta.kind = context.kind;
    origins.kind = 'user';
  } else if (open('kind')) {
    const kind = readKind({
      title,
      text,
      gongwen,
      docNumber: meta.docNumber,
      hasDateline: dateline !== null,
      hasByline: byline !== null,
      hasEditionFrame: edition !== null,
      bulletinFrame: reading.bulletin !== null,
      pressRelease: pressRelease !== null,
      newsOutlet,
      reporters: reporters.length > 0,
      paginated: !input.web,
      submissionForm: form !== null,
      caseSeries: reading.caseSeries,
      headline: reading.title?.lines.map((index) => lines[index]?.text.trim() ?? '').join(''),
      // What a Word or PDF file sets above its headline (a cover, a title page, a grid of 报送单位 fields), and the page's breadcrumb.
      above: input.web ? [] : lines.slice(0, reading.title?.lines[0] ?? 0).map((line) => line.text.trim()),
      breadcrumb: lines.find((_, index) => reading.verdicts[index]?.rule === 'breadcrumb')?.text.trim() ?? null,
      subtitle: lines.find((_, index) => reading.verdicts[index]?.rule === 'subtitle')?.text.trim() ?? null,
    });
    meta.kind = kind.kind;
    origins.kind = 'text';
    if (kind.uncertain) toConfirm.push('kind');
  }

  // 发布日期: a policy's 成文日期 in its 落款; news: the edition, the dateline, the info line.
  const datelineDay = dateline ? datelineDate(dateline, firstDefined(edition?.date, info.date, input.pageDate)) : null;
  // The 落款 under what a 印发/转发 notice issues, while the title names the notice's own (the cover signed with its date alone).
  // (A 转发 notice's 落款 found under the forwarded text names the forwarded document's issuer: 《某市住建局关于…》.)
  const forwarded = /转发|轉發/.test(title);
  const forwardedName = compact(/《([^》]+)》/.exec(title)?.[1] ?? '');
  const signsForwarded = forwarded && gongwen.issuers.length > 0 && gongwen.issuers.every((name) => forwardedName.startsWith(compact(name))) && titleOrganizations(title).every((name) => !gongwen.issuers.includes(name));
  const underIssued = signedInIssued(title, lines, gongwen.signatureLine) || signsForwarded;
  const signedDate = meta.kind === 'policy' ? firstDefined(underIssued ? gongwen.coverDate : null, gongwen.date, input.writtenDate, info.writtenDate) : null;
  const closingDate = meta.kind === 'case' || meta.kind === 'practice' ? closingDateOf(text) : null;
  fill('date', firstDefined(signedDate, edition?.date, info.date, form?.date, datelineDay, input.pageDate, input.writtenDate, gongwen.date, closingDate));

  const outlet = dateline?.outlet && !/^本/.test(dateline.outlet) ? dateline.outlet : null;
  const site = input.siteName && !GENERIC_SITE.test(input.siteName) ? input.siteName : null;
  // A government page's 发布机构 is where the document comes from when no 来源 says otherwise.
  fill('source', firstDefined(info.source, edition?.paper, outlet, pressRelease?.issuer, info.issuer, input.web ? site : null));

  const authors = [...new Set([...(info.author ?? []), ...(dateline?.reporters ?? []), ...(byline?.names ?? [])])];
  fill('author', authors.length > 0 ? authors.join('、') : null);

  // The 落款 names the issuer, unless it signs what a 印发/转发 notice issues while the title names the notice's own.
  const signed = underIssued ? [] : gongwen.issuers;
  // Last, the body a notice's page names in full as its 来源 (来源：温州市住房和城乡建设局) published it.
  // (the info line's 来源, else the page's own ContentSource tag).
  const pageSource = info.source ?? (typeof input.stated.source === 'string' ? input.stated.source : null);
  const sourceBody = pageSource && isOrganizationName(pageSource) && /^(?:中共)?[\p{Script=Han}]{2,}?(?:省|市|县|区|自治州|盟|旗)/u.test(pageSource) ? pageSource : null;
  const stated = [info.issuer ?? input.issuerHint ?? sourceBody].filter((name): name is string => Boolean(name));
  // The 落款 under an issued plan is the issuer only when nothing else names the notice's.
  // The 落款 under a forwarded (转发) document is another body's: never the forwarding notice's issuer.
  const issuers = meta.kind === 'policy' ? (signed.length > 0 ? signed : titleOrganizations(title).length > 0 ? titleOrganizations(title) : underIssued && gongwen.headerIssuers.length > 0 ? gongwen.headerIssuers : stated.length > 0 ? stated : underIssued && !forwarded ? gongwen.issuers : []) : [];
  if (meta.kind === 'policy') fill('issuer', issuers.length > 0 ? issuers.join('、') : null);
  else fill('organization', form?.unit ?? (signatureOrganizations(text).join('、') || reading.unitAbove));
  if (gongwen.addressees) fill('addressees', gongwen.addressees.text);
  if (gongwen.attachments.length > 0) fill('attachments', gongwen.attachments.join('\n'));

  // An issuer's name says where a notice applies; a company's name only where it is registered (浙江某集团).
  // A 转发 title names the forwarded document's (higher) body inside its 书名号: where this notice applies is its own.
  fill('region', regionOf(context.places, { title: forwarded ? title.replace(/《[^》]*》/g, '') : title, issuer: meta.kind === 'policy' ? meta.issuer : null, organization: meta.kind === 'policy' ? null : meta.organization, project: form?.project ?? null, dateline: dateline?.place ?? null, text, source: meta.source, frame: frameOf(input.pageFrame ?? null, meta.source) }));
  fill('year', extractYear(title, meta.date, text));
  if (meta.kind === 'practice') fill('practiceName', extractPracticeName(title, text));

  const suggestedTerms = [...new Set([...(input.suggestedTerms ?? []), ...extractTerms(title, text)])];
  return { meta, text, fieldOrigins: origins, toConfirm, removed: assembled.removed, suggestedTerms, warnings: [...warnings] };
}

/**
 * Lines read from pictures' alt text (a seal naming a body, set over the 落款's date as an image) stay where a date
 * follows them, as under a signature; anywhere else (a logo over the page) they are no text and go.
 */
function withSealsOverDates(lines: readonly SourceLine[]): SourceLine[] {
  const dated = (line: SourceLine | undefined): boolean => {
    if (!line) return false;
    const cells = line.role === 'table-row' ? line.text.split(/\s*[|｜]\s*/) : [line.text];
    // (A page's bar with today's date under its logo is no 落款's: "2024年5月7日 星期二".)
    return cells.every((cell) => cell.trim().length <= 24 && findDates(cell).length > 0 && !/星期|礼拜|周[一二三四五六日天]|欢迎|今天/.test(cell));
  };
  return lines.filter((line, index) => {
    if (!line.fromImages) return true;
    let next = index + 1;
    while (lines[next]?.fromImages) next += 1;
    return dated(lines[next]);
  });
}

function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** A write-up dated at its end: a date on one of the last lines by itself (or after the signing unit), not one inside a sentence. */
function closingDateOf(text: string): string | null {
  for (const line of text.split('\n').slice(-3).reverse()) {
    const trimmed = line.trim();
    const date = findDates(trimmed).at(-1);
    if (date && date.index + date.length >= trimmed.length - 1 && !/[，。；：]/.test(trimmed) && trimmed.length <= 40) return date.iso;
  }
  return null;
}

/** The page's own name and the stated 来源 (福州新闻网) say which 鼓楼区 a text means, without being a mention of a place themselves. */
function frameOf(pageFrame: string | null, source: string | null): string | null {
  const parts = [pageFrame, source].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join('\n') : null;
}

function regionOf(places: PlaceIndex, parts: { title: string; issuer: string | null; organization: string | null; project: string | null; dateline: string | null; text: string; source: string | null; frame: string | null }): string | null {
  const paragraphs = parts.text.split('\n').filter((line) => line.trim().length > 0);
  const cues = findPlaceCues(
    [
      { weight: CUE_WEIGHTS.issuer, text: parts.issuer ?? '' },
      { weight: CUE_WEIGHTS.head, text: parts.organization ?? '' },
      // A submission form's 所属项目 row says where the case is, though the form's rows are not the text.
      { weight: CUE_WEIGHTS.head, text: parts.project ?? '' },
      { weight: CUE_WEIGHTS.dateline, text: parts.dateline ?? '' },
      { weight: CUE_WEIGHTS.title, text: parts.title },
      { weight: CUE_WEIGHTS.head, text: paragraphs.slice(0, 2).join('\n') },
      { weight: CUE_WEIGHTS.body, text: paragraphs.slice(2).join('\n').slice(0, 20_000) },
      // A stated 来源 that is a unit of the place (中天建设集团上城区望江项目党支部) names it as little as a body's passing mention.
      { weight: CUE_WEIGHTS.body, text: parts.source ?? '' },
    ].filter((part) => part.text.length > 0),
    places,
    parts.frame ?? '',
  );
  return resolvePlace(cues)?.fullName ?? null;
}

/**
 * A CMS's author or source tag that holds an account or a placeholder (admin, 管理员, 佚名, 本站) states nothing:
 * the page's own info line says who wrote it.
 */
function withoutPlaceholders(input: ReadableDocument): ReadableDocument {
  const placeholder = (field: 'author' | 'source') => input.statedOrigins[field] === 'file' && typeof input.stated[field] === 'string' && isPlaceholderName(input.stated[field]);
  if (!placeholder('author') && !placeholder('source')) return input;
  const stated = { ...input.stated };
  const statedOrigins = { ...input.statedOrigins };
  for (const field of ['author', 'source'] as const) {
    if (!placeholder(field)) continue;
    delete stated[field];
    delete statedOrigins[field];
  }
  return { ...input, stated, statedOrigins };
}

function stripUndefined(meta: Partial<DocumentMeta>): Partial<DocumentMeta> {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as Partial<DocumentMeta>;
}
