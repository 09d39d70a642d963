import { unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { CasebookError, isCasebookError } from '../../../../shared/api/errors';
import type { SourceLine } from '../reading/source-lines';
import { inkLength, weightedMedianSize } from '../reading/type-size';
import { checkDocxContainer } from './container-check';
import { guardZip } from './zip-guard';

/**
 * A Word file as SourceLines: one per paragraph (a soft line break inside one starts a further line
 * of the same block), list item or table row, in document order, read straight from the package's
 * XML — mammoth's HTML keeps neither alignment nor type size.
 *
 * - role: heading for Word's heading styles (Heading 1–9, 标题 1–9, Title/标题 → 1, Subtitle/副标题
 *   → 2, or an outline level on the paragraph or its style), list-item for numbered and bulleted
 *   paragraphs (the number as Word shows it, "一、" "（二）" "3.", starts the text; bullets are
 *   left out), table-row for a data table's row (cells joined by " | "). A layout table (one
 *   column, borderless, a table or a long passage inside a cell) is read cell by cell as paragraphs.
 * - scale: the paragraph's type size (runs, their character styles, the paragraph style chain,
 *   the document defaults) relative to the body's, the size most characters are set in.
 * - centered / rightAligned: the paragraph's alignment (w:jc, own or from its style); also a short
 *   paragraph pushed right by its indent or leading spaces (a hand-made 落款), or centred by them.
 * - blockStart: true where a paragraph, a list or a table starts; false for the lines after a soft
 *   break, for a list's items after the first and for a table's rows after the first.
 *
 * Headers and footers (page numbers), comments, footnote marks and deleted text (tracked
 * deletions, moved-away text) are not read; tracked insertions are. Text in text boxes is read as
 * paragraphs where the box is anchored; footnotes and endnotes follow the body.
 */
export interface DocxLines {
  lines: SourceLine[];
  warnings: string[];
}

const TRACKED_DELETIONS_WARNING = '文档含有修订痕迹：已按接受全部修订后的内容读取，删除的文字未导入。';
const COMMENTS_WARNING = '文档中的批注未导入。';
const ALT_CHUNK_WARNING = '文档中嵌入的外部内容（altChunk）未能读取。';

const DAMAGED = '文件已损坏或不完整，无法作为 Word 文档（.docx）打开。';
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

/** The few DOM calls used here; linkedom's XML elements provide them (names keep their prefix). */
interface XmlElement {
  tagName: string;
  children: ArrayLike<XmlElement>;
  textContent: string | null;
  getAttribute(name: string): string | null;
}

const kids = (element: XmlElement | null | undefined): XmlElement[] => (element ? Array.from(element.children) : []);
const child = (element: XmlElement | null | undefined, tag: string): XmlElement | null => kids(element).find((item) => item.tagName === tag) ?? null;
const attr = (element: XmlElement | null | undefined, name: string): string | null => element?.getAttribute(name) ?? null;
const val = (element: XmlElement | null | undefined): string | null => attr(element, 'w:val');
const num = (value: string | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
};
/** An on/off property: present without a value means on. */
const isOn = (element: XmlElement | null): boolean => element !== null && !['0', 'false', 'off'].includes((val(element) ?? 'true').toLowerCase());

function descendants(element: XmlElement, tag: string, out: XmlElement[] = []): XmlElement[] {
  for (const item of kids(element)) {
    if (item.tagName === tag) out.push(item);
    else descendants(item, tag, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The package

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

function parseXml(text: string): XmlElement | null {
  const document = new DOMParser().parseFromString(text, 'text/xml') as unknown as { documentElement: XmlElement | null };
  return document.documentElement;
}

/** "word/document.xml" + "../media/x.png" → "media/x.png"; absolute targets start at the package root. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

class Package {
  private readonly files: Record<string, Uint8Array>;

  constructor(bytes: Buffer) {
    try {
      this.files = unzipSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), { filter: (file) => /\.(?:xml|rels)$/i.test(file.name) });
    } catch (error) {
      throw new CasebookError('IMPORT_FAILED', DAMAGED, String(error));
    }
  }

  has(name: string): boolean {
    return name in this.files;
  }

  xml(name: string): XmlElement | null {
    const data = this.files[name];
    return data ? parseXml(decodeXml(data)) : null;
  }

  /** Targets of a part's relationships, by type (the last segment of the type URI). */
  relationships(part: string): Map<string, string> {
    const out = new Map<string, string>();
    const root = this.xml(relsPath(part));
    for (const rel of kids(root)) {
      const type = attr(rel, 'Type') ?? '';
      const target = attr(rel, 'Target');
      if (!target || attr(rel, 'TargetMode') === 'External') continue;
      const key = type.slice(type.lastIndexOf('/') + 1);
      if (!out.has(key)) out.set(key, resolveTarget(part, target));
    }
    return out;
  }

  mainDocument(): string {
    const root = this.xml('_rels/.rels');
    for (const rel of kids(root)) {
      const target = attr(rel, 'Target');
      if (target && REL_OFFICE_DOCUMENT.test(attr(rel, 'Type') ?? '')) {
        const name = resolveTarget('', target);
        if (this.has(name)) return name;
      }
    }
    return 'word/document.xml';
  }
}

// ---------------------------------------------------------------------------------------------
// Styles

interface Indent {
  left?: number;
  leftChars?: number;
  firstLine?: number;
  firstLineChars?: number;
  hanging?: number;
  hangingChars?: number;
}

interface NumberingRef {
  numId: string;
  ilvl: number | null;
}

interface Style {
  id: string;
  name: string;
  type: string;
  basedOn: string | null;
  /** Half-points. */
  size: number | null;
  jc: string | null;
  outline: number | null;
  indent: Indent;
  numbering: NumberingRef | null;
  hidden: boolean | null;
}

function readIndent(element: XmlElement | null): Indent {
  if (!element) return {};
  const out: Indent = {};
  const set = (key: keyof Indent, ...names: string[]): void => {
    for (const name of names) {
      const value = num(attr(element, name));
      if (value !== null) {
        out[key] = value;
        return;
      }
    }
  };
  set('left', 'w:left', 'w:start');
  set('leftChars', 'w:leftChars', 'w:startChars');
  set('firstLine', 'w:firstLine');
  set('firstLineChars', 'w:firstLineChars');
  set('hanging', 'w:hanging');
  set('hangingChars', 'w:hangingChars');
  return out;
}

function readNumberingRef(pPr: XmlElement | null): NumberingRef | null {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return null;
  const numId = val(child(numPr, 'w:numId'));
  if (numId === null) return null;
  return { numId, ilvl: num(val(child(numPr, 'w:ilvl'))) };
}

const runSize = (rPr: XmlElement | null): number | null => num(val(child(rPr, 'w:sz')));
const vanish = (rPr: XmlElement | null): boolean | null => {
  const element = child(rPr, 'w:vanish') ?? child(rPr, 'w:webHidden');
  return element ? isOn(element) : null;
};

class Styles {
  private readonly byId = new Map<string, Style>();
  readonly defaultSize: number;
  readonly defaultJc: string | null;
  readonly defaultParagraphStyle: string | null;

  constructor(root: XmlElement | null) {
    const defaults = child(root, 'w:docDefaults');
    this.defaultSize = runSize(child(child(defaults, 'w:rPrDefault'), 'w:rPr')) ?? 20;
    this.defaultJc = val(child(child(child(defaults, 'w:pPrDefault'), 'w:pPr'), 'w:jc'));
    let defaultParagraph: string | null = null;
    for (const element of kids(root)) {
      if (element.tagName !== 'w:style') continue;
      const id = attr(element, 'w:styleId');
      if (!id) continue;
      const pPr = child(element, 'w:pPr');
      const rPr = child(element, 'w:rPr');
      const type = attr(element, 'w:type') ?? 'paragraph';
      this.byId.set(id, {
        id,
        name: (val(child(element, 'w:name')) ?? id).trim(),
        type,
        basedOn: val(child(element, 'w:basedOn')),
        size: runSize(rPr),
        jc: val(child(pPr, 'w:jc')),
        outline: num(val(child(pPr, 'w:outlineLvl'))),
        indent: readIndent(child(pPr, 'w:ind')),
        numbering: readNumberingRef(pPr),
        hidden: vanish(rPr),
      });
      if (type === 'paragraph' && ['1', 'true', 'on'].includes((attr(element, 'w:default') ?? '').toLowerCase())) defaultParagraph = id;
    }
    this.defaultParagraphStyle = defaultParagraph;
  }

  /** The style and the ones it is based on, own first. */
  chain(id: string | null): Style[] {
    const out: Style[] = [];
    let current = id ? this.byId.get(id) : undefined;
    while (current && out.length < 20 && !out.includes(current)) {
      out.push(current);
      current = current.basedOn ? this.byId.get(current.basedOn) : undefined;
    }
    return out;
  }

  get(id: string | null): Style | undefined {
    return id ? this.byId.get(id) : undefined;
  }
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;
const TITLE_NAMES = new Set(['title', '标题']);
const SUBTITLE_NAMES = new Set(['subtitle', '副标题']);

/** The heading level Word's styles give: heading N, Title, Subtitle, else an outline level. */
function headingLevel(chain: Style[], ownOutline: number | null): number | null {
  for (const style of chain) {
    const name = style.name.toLowerCase();
    const heading = HEADING_NAME.exec(name) ?? HEADING_NAME.exec(style.id);
    if (heading) return Math.min(6, Number(heading[1]));
    if (TITLE_NAMES.has(name) || style.id.toLowerCase() === 'title') return 1;
    if (SUBTITLE_NAMES.has(name) || style.id.toLowerCase() === 'subtitle') return 2;
  }
  const outline = ownOutline ?? chain.find((style) => style.outline !== null)?.outline ?? null;
  return outline !== null && outline >= 0 && outline < 9 ? Math.min(6, outline + 1) : null;
}

// ---------------------------------------------------------------------------------------------
// Numbering

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function chineseNumber(value: number, digits: string[], units: string[]): string {
  if (value <= 0 || value >= 10000) return String(value);
  const parts: string[] = [];
  const text = String(value);
  let zero = false;
  for (let index = 0; index < text.length; index += 1) {
    const digit = Number(text[index]);
    const unit = units[text.length - 1 - index] ?? '';
    if (digit === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length > 0) parts.push(digits[0] as string);
    zero = false;
    parts.push(`${digits[digit] as string}${unit}`);
  }
  const out = parts.join('');
  // 十一, not 一十一.
  return value >= 10 && value < 20 && digits === CHINESE_DIGITS ? out.slice(1) : out;
}

function roman(value: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

function letters(value: number): string {
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return String(value).padStart(2, '0');
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseNumber(value, CHINESE_DIGITS, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseNumber(value, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return STEMS[(value - 1) % 10] ?? String(value);
    case 'ideographZodiac':
      return BRANCHES[(value - 1) % 12] ?? String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return CIRCLED[value - 1] ?? String(value);
    case 'decimalEnclosedParen':
      return `(${value})`;
    case 'decimalEnclosedFullstop':
      return `${value}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    case 'none':
      return '';
    default:
      return String(value);
  }
}

class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  /** Abstract definitions that only point at a list style (w:numStyleLink). */
  private readonly links = new Map<string, string>();
  private readonly nums = new Map<string, { abstract: string; overrides: Map<number, Partial<Level>> }>();
  private readonly counters = new Map<string, Map<number, number>>();

  constructor(
    root: XmlElement | null,
    private readonly styles: Styles,
  ) {
    for (const element of kids(root)) {
      if (element.tagName === 'w:abstractNum') {
        const id = attr(element, 'w:abstractNumId');
        if (id === null) continue;
        const levels = new Map<number, Level>();
        for (const lvl of kids(element)) {
          if (lvl.tagName !== 'w:lvl') continue;
          levels.set(num(attr(lvl, 'w:ilvl')) ?? 0, readLevel(lvl));
        }
        const link = val(child(element, 'w:numStyleLink'));
        this.abstracts.set(id, levels);
        if (link && levels.size === 0) this.links.set(id, link);
      } else if (element.tagName === 'w:num') {
        const id = attr(element, 'w:numId');
        const abstract = val(child(element, 'w:abstractNumId'));
        if (id === null || abstract === null) continue;
        const overrides = new Map<number, Partial<Level>>();
        for (const override of kids(element)) {
          if (override.tagName !== 'w:lvlOverride') continue;
          const ilvl = num(attr(override, 'w:ilvl')) ?? 0;
          const start = num(val(child(override, 'w:startOverride')));
          const lvl = child(override, 'w:lvl');
          overrides.set(ilvl, { ...(lvl ? readLevel(lvl) : {}), ...(start !== null ? { start } : {}) });
        }
        this.nums.set(id, { abstract, overrides });
      }
    }
  }

  private levelsOf(numId: string, depth = 0): { levels: Map<number, Level>; overrides: Map<number, Partial<Level>> } | null {
    const entry = this.nums.get(numId);
    if (!entry) return null;
    const levels = this.abstracts.get(entry.abstract);
    const link = this.links.get(entry.abstract);
    if (link && depth < 3) {
      // A list style (numStyleLink): the real definition hangs off the numbering style's own numPr.
      const linked = this.styles.get(link)?.numbering?.numId;
      if (linked && linked !== numId) return this.levelsOf(linked, depth + 1);
    }
    return levels ? { levels, overrides: entry.overrides } : null;
  }

  /** The marker Word shows before the paragraph ("一、", "（二）", "3."), "" for a bullet or none. */
  next(ref: NumberingRef): { marker: string; bullet: boolean; depth: number } | null {
    const found = this.levelsOf(ref.numId);
    if (!found) return null;
    const ilvl = Math.max(0, Math.min(8, ref.ilvl ?? 0));
    const level = (at: number): Level | undefined => {
      const base = found.levels.get(at);
      const override = found.overrides.get(at);
      return base || override ? { ...DEFAULT_LEVEL, ...base, ...override } : undefined;
    };
    const own = level(ilvl);
    if (!own) return null;
    let counts = this.counters.get(ref.numId);
    if (!counts) this.counters.set(ref.numId, (counts = new Map()));
    counts.set(ilvl, (counts.get(ilvl) ?? own.start - 1) + 1);
    for (const deeper of [...counts.keys()]) if (deeper > ilvl) counts.delete(deeper);
    if (own.format === 'bullet') return { marker: '', bullet: true, depth: ilvl };
    const marker = own.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const definition = level(at);
      if (!definition) return '';
      const value = counts.get(at) ?? definition.start;
      return formatNumber(value, own.legal && at < ilvl ? 'decimal' : definition.format);
    });
    if (marker.trim() === '') return { marker: '', bullet: false, depth: ilvl };
    // Word follows the number with a tab (or a space); next to Chinese punctuation ("一、") it reads as nothing.
    const spaced = own.suffix !== 'nothing' && /[\x21-\x7e]$/.test(marker);
    return { marker: spaced ? `${marker} ` : marker, bullet: false, depth: ilvl };
  }
}

const DEFAULT_LEVEL: Level = { start: 1, format: 'decimal', text: '', suffix: 'tab', legal: false };

function readLevel(lvl: XmlElement): Level {
  return {
    start: num(val(child(lvl, 'w:start'))) ?? 1,
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
    suffix: val(child(lvl, 'w:suff')) ?? 'tab',
    legal: isOn(child(lvl, 'w:isLgl')),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

interface Piece {
  text: string;
  /** Half-points. */
  size: number;
}

interface Paragraph {
  /** Text between soft line breaks. */
  segments: Piece[][];
  role: SourceLine['role'];
  level: number | null;
  jc: string | null;
  /** Twips from the text column's left edge to where the first line starts (indents only). */
  startIndent: number;
  marker: string;
  /** A list item's nesting (Word's ilvl) and whether Word draws a bullet for it. */
  depth: number;
  bullet: boolean;
}

interface Page {
  /** Width of the text column, twips. */
  textWidth: number;
}

interface Draft {
  text: string;
  role: SourceLine['role'];
  level: number | null;
  size: number;
  centered: boolean;
  rightAligned: boolean;
  blockStart: boolean;
  /** Counts toward the body size (a body paragraph, not a table, note or box). */
  body: boolean;
  /** A list item's nesting, and "• " when Word draws a bullet (a number is already in the text). */
  depth?: number;
  listMarker?: string;
}

/** Whitespace as the HTML path reads it: tabs and runs of spaces are one space; full-width spaces stay. */
const tidy = (text: string): string => text.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
const ems = (text: string): number => {
  let total = 0;
  for (const ch of text) total += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return total;
};

function weightedSize(runs: readonly { text: string; size: number }[], fallback: number): number {
  return weightedMedianSize(runs) || fallback;
}

class Reader {
  readonly drafts: Draft[] = [];
  deletions = 0;
  altChunks = 0;
  private page: Page;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {
    this.page = { textWidth: 11906 - 1800 - 1800 };
  }

  setPage(sectPr: XmlElement | null): void {
    const size = child(sectPr, 'w:pgSz');
    const margin = child(sectPr, 'w:pgMar');
    const width = num(attr(size, 'w:w'));
    if (width === null) return;
    const left = num(attr(margin, 'w:left')) ?? 1800;
    const right = num(attr(margin, 'w:right')) ?? 1800;
    if (width - left - right > 1000) this.page = { textWidth: width - left - right };
  }

  /** Block-level content: paragraphs, tables, content controls. */
  blocks(container: XmlElement, inCell = false, body = true): void {
    for (const element of kids(container)) {
      switch (element.tagName) {
        case 'w:p':
          this.paragraph(element, inCell, body);
          break;
        case 'w:tbl':
          this.table(element, body);
          break;
        case 'w:sdt':
          this.blocks(child(element, 'w:sdtContent') ?? element, inCell, body);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.blocks(element, inCell, body);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.deletions += 1;
          break;
        case 'w:altChunk':
          this.altChunks += 1;
          break;
        case 'mc:AlternateContent':
          this.blocks(alternative(element), inCell, body);
          break;
        default:
          break;
      }
    }
  }

  private readParagraph(p: XmlElement, boxes: XmlElement[]): Paragraph {
    const pPr = child(p, 'w:pPr');
    const styleId = val(child(pPr, 'w:pStyle')) ?? this.styles.defaultParagraphStyle;
    const chain = this.styles.chain(styleId);
    const paragraphSize = chain.find((style) => style.size !== null)?.size ?? this.styles.defaultSize;
    const paragraphHidden = chain.find((style) => style.hidden !== null)?.hidden ?? false;
    const segments: Piece[][] = [[]];
    const add = (text: string, size: number): void => {
      (segments[segments.length - 1] as Piece[]).push({ text, size });
    };
    const runs = (container: XmlElement): void => {
      for (const element of kids(container)) {
        switch (element.tagName) {
          case 'w:r':
            this.run(element, paragraphSize, paragraphHidden, add, () => segments.push([]), boxes);
            break;
          case 'w:hyperlink':
          case 'w:smartTag':
          case 'w:customXml':
          case 'w:ins':
          case 'w:moveTo':
          case 'w:fldSimple':
          case 'w:dir':
          case 'w:bdo':
            runs(element);
            break;
          case 'w:sdt':
            runs(child(element, 'w:sdtContent') ?? element);
            break;
          case 'w:del':
          case 'w:moveFrom':
            if (inkLength(element.textContent ?? '') > 0) this.deletions += 1;
            break;
          case 'mc:AlternateContent':
            runs(alternative(element));
            break;
          case 'm:oMathPara':
          case 'm:oMath':
            add(descendants(element, 'm:t').map((t) => t.textContent ?? '').join(''), paragraphSize);
            break;
          default:
            break;
        }
      }
    };
    runs(p);

    const directNumbering = readNumberingRef(pPr);
    const ref = directNumbering ?? chain.find((style) => style.numbering)?.numbering ?? null;
    const numbered = ref && ref.numId !== '0' ? this.numbering.next(ref) : null;
    const level = headingLevel(chain, num(val(child(pPr, 'w:outlineLvl'))));
    const role: SourceLine['role'] = level !== null ? 'heading' : numbered ? 'list-item' : 'text';
    const jc = val(child(pPr, 'w:jc')) ?? chain.find((style) => style.jc !== null)?.jc ?? this.styles.defaultJc;
    const indent: Indent = {};
    for (const style of [...chain].reverse()) Object.assign(indent, style.indent);
    Object.assign(indent, readIndent(child(pPr, 'w:ind')));
    const charTwips = (paragraphSize / 2) * 20;
    const left = indent.leftChars !== undefined ? (indent.leftChars / 100) * charTwips : (indent.left ?? 0);
    const first =
      indent.hangingChars !== undefined
        ? -(indent.hangingChars / 100) * charTwips
        : indent.hanging !== undefined
          ? -indent.hanging
          : indent.firstLineChars !== undefined
            ? (indent.firstLineChars / 100) * charTwips
            : (indent.firstLine ?? 0);
    return { segments, role, level, jc, startIndent: left + first, marker: numbered?.marker ?? '', depth: numbered?.depth ?? 0, bullet: numbered?.bullet ?? false };
  }

  private run(r: XmlElement, paragraphSize: number, paragraphHidden: boolean, add: (text: string, size: number) => void, lineBreak: () => void, boxes: XmlElement[]): void {
    const rPr = child(r, 'w:rPr');
    const chain = this.styles.chain(val(child(rPr, 'w:rStyle')));
    const hidden = vanish(rPr) ?? chain.find((style) => style.hidden !== null)?.hidden ?? paragraphHidden;
    const size = runSize(rPr) ?? chain.find((style) => style.size !== null)?.size ?? paragraphSize;
    for (const element of kids(r)) {
      switch (element.tagName) {
        case 'w:t':
          if (!hidden) add(element.textContent ?? '', size);
          break;
        case 'w:tab':
        case 'w:ptab':
          if (!hidden) add('\t', size);
          break;
        case 'w:br':
        case 'w:cr':
          if (!hidden) lineBreak();
          break;
        case 'w:noBreakHyphen':
          if (!hidden) add('-', size);
          break;
        case 'w:sym': {
          const code = parseInt(attr(element, 'w:char') ?? '', 16);
          // Symbol-font characters sit in the private use area (F0xx) and mean nothing as text.
          if (!hidden && Number.isFinite(code) && !(code >= 0xe000 && code <= 0xf8ff)) add(String.fromCodePoint(code), size);
          break;
        }
        case 'w:ruby': {
          const base = child(element, 'w:rubyBase');
          for (const inner of kids(base)) if (inner.tagName === 'w:r') this.run(inner, paragraphSize, paragraphHidden, add, lineBreak, boxes);
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
        case 'mc:AlternateContent':
          boxes.push(...textBoxes(element));
          break;
        default:
          break;
      }
    }
  }

  private paragraph(p: XmlElement, inCell: boolean, body: boolean): void {
    const boxes: XmlElement[] = [];
    const paragraph = this.readParagraph(p, boxes);
    // Text boxes anchored in the paragraph come first: a red header or a stamp laid over the page.
    for (const box of boxes) this.blocks(box, true, false);
    const segments = paragraph.segments.map((pieces) => ({ pieces, text: tidy(pieces.map((piece) => piece.text).join('')) })).filter((segment) => segment.text !== '');
    if (segments.length === 0) return;
    const all = segments.flatMap((segment) => segment.pieces);
    const size = weightedSize(all, this.styles.defaultSize);
    const { centered, rightAligned } = this.alignment(paragraph, segments[0]?.pieces ?? [], size, inCell, segments.length);
    // A list is one block: its items after the first go on it, as lines of one paragraph do.
    const listGoesOn = paragraph.role === 'list-item' && this.drafts[this.drafts.length - 1]?.role === 'list-item';
    segments.forEach((segment, index) => {
      this.drafts.push({
        text: index === 0 ? paragraph.marker + segment.text : segment.text,
        role: paragraph.role,
        level: paragraph.level,
        size,
        centered,
        rightAligned,
        blockStart: index === 0 && !listGoesOn,
        body: body && !inCell,
        ...(paragraph.role === 'list-item' && index === 0 ? { depth: paragraph.depth, listMarker: paragraph.bullet ? '• ' : '' } : {}),
      });
    });
  }

  /**
   * Alignment as set (w:jc), or as made by hand: a one-line paragraph pushed right by its indent or
   * leading spaces is set right (a 落款), one with equal room both sides is centred.
   */
  private alignment(paragraph: Paragraph, pieces: Piece[], size: number, inCell: boolean, lines: number): { centered: boolean; rightAligned: boolean } {
    const jc = paragraph.jc;
    if (jc === 'center') return { centered: true, rightAligned: false };
    if (jc === 'right' || jc === 'end') return { centered: false, rightAligned: true };
    if (inCell || lines > 1) return { centered: false, rightAligned: false };
    const raw = pieces.map((piece) => piece.text).join('');
    const leading = /^[\s\u3000]*/.exec(raw)?.[0] ?? '';
    const charTwips = (size / 2) * 20;
    let spaces = 0;
    for (const ch of leading) spaces += ch === '\u3000' ? 1 : ch === '\t' ? 2 : 0.5;
    const start = paragraph.startIndent + spaces * charTwips;
    const width = (ems(tidy(raw)) + ems(paragraph.marker)) * charTwips;
    const column = this.page.textWidth;
    if (start + width > column * 1.02) return { centered: false, rightAligned: false };
    const rightRoom = column - start - width;
    if (start >= charTwips * 3 && rightRoom >= charTwips * 3 && Math.abs(start - rightRoom) <= Math.max(charTwips * 1.5, column * 0.04)) return { centered: true, rightAligned: false };
    return { centered: false, rightAligned: start >= Math.max(charTwips * 4, column * 0.3) && rightRoom <= start - charTwips * 2 };
  }

  private table(tbl: XmlElement, body: boolean): void {
    const rows = rowsOf(tbl);
    if (isLayoutTable(tbl, rows)) {
      for (const row of rows) for (const cell of cellsOf(row)) this.blocks(cell, true, body);
      return;
    }
    let first = true;
    for (const row of rows) {
      const cells: string[] = [];
      const pieces: Piece[] = [];
      const aligns: (string | null)[] = [];
      for (const cell of cellsOf(row)) {
        const texts: string[] = [];
        const read = (container: XmlElement): void => {
          for (const p of descendants(container, 'w:p')) {
            const boxes: XmlElement[] = [];
            const paragraph = this.readParagraph(p, boxes);
            const text = tidy(paragraph.segments.map((segment) => segment.map((piece) => piece.text).join('')).join(' '));
            if (text !== '') {
              texts.push(paragraph.marker + text);
              pieces.push(...paragraph.segments.flat());
              aligns.push(paragraph.jc);
            }
            for (const box of boxes) read(box);
          }
        };
        read(cell);
        cells.push(texts.join(' '));
      }
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      const text = cells.join(' | ').trim();
      if (inkLength(text) === 0) continue;
      const align = aligns.length > 0 && aligns.every((value) => value === aligns[0]) ? aligns[0] : null;
      this.drafts.push({
        text,
        role: 'table-row',
        level: null,
        size: weightedSize(pieces, this.styles.defaultSize),
        centered: align === 'center',
        rightAligned: align === 'right' || align === 'end',
        // A table is one block; its rows are its lines.
        blockStart: first,
        body: false,
      });
      first = false;
    }
  }
}

/** Of an mc:AlternateContent, the branch to read: the fallback (plain VML/Word), else the first choice. */
function alternative(element: XmlElement): XmlElement {
  return child(element, 'mc:Fallback') ?? child(element, 'mc:Choice') ?? element;
}

/** The text-box contents inside a drawing, once (a drawing offers the same box as a choice and a fallback). */
function textBoxes(element: XmlElement): XmlElement[] {
  if (element.tagName === 'mc:AlternateContent') return textBoxes(alternative(element));
  return descendants(element, 'w:txbxContent');
}

function rowsOf(tbl: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const element of kids(tbl)) {
    if (element.tagName === 'w:tr') out.push(element);
    else if (['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo'].includes(element.tagName)) out.push(...rowsOf(element));
  }
  return out;
}

function cellsOf(row: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const element of kids(row)) {
    if (element.tagName === 'w:tc') out.push(element);
    else if (['w:sdt', 'w:sdtContent', 'w:customXml'].includes(element.tagName)) out.push(...cellsOf(element));
  }
  return out;
}

/**
 * A table that only lays the page out: one column, no borders drawn (a joint red header, a 落款
 * beside a seal), or a cell holding a table or a long passage. Read cell by cell as paragraphs.
 */
function isLayoutTable(tbl: XmlElement, rows: XmlElement[]): boolean {
  const widest = Math.max(0, ...rows.map((row) => cellsOf(row).length));
  if (widest <= 1) return true;
  const borders = child(child(tbl, 'w:tblPr'), 'w:tblBorders');
  const sides = kids(borders);
  if (sides.length > 0 && sides.every((side) => ['none', 'nil'].includes(val(side) ?? ''))) return true;
  return rows.some((row) => cellsOf(row).some((cell) => descendants(cell, 'w:tbl').length > 0 || inkLength(cell.textContent ?? '') > 300));
}

/**
 * A .docx → SourceLines. The container and ZIP checks run first (encrypted, an old .doc renamed,
 * a ZIP bomb, a truncated file), as for the Word importer.
 */
export async function readDocxLines(bytes: Buffer): Promise<DocxLines> {
  checkDocxContainer(bytes);
  const entries = guardZip(bytes);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new CasebookError('IMPORT_FAILED', '文件已损坏或不是 Word 文档（.docx）：缺少正文部分。', 'no word/document.xml');
  }
  try {
    return readPackage(new Package(bytes));
  } catch (error) {
    if (isCasebookError(error)) throw error;
    throw new CasebookError('IMPORT_FAILED', DAMAGED, String(error));
  }
}

function readPackage(pkg: Package): DocxLines {
  const main = pkg.mainDocument();
  const rels = pkg.relationships(main);
  const part = (type: string, fallback: string): XmlElement | null => pkg.xml(rels.get(type) ?? fallback);
  const styles = new Styles(part('styles', 'word/styles.xml'));
  const numbering = new Numbering(part('numbering', 'word/numbering.xml'), styles);
  const document = pkg.xml(main);
  const body = child(document, 'w:body');
  if (!body) throw new CasebookError('IMPORT_FAILED', DAMAGED, 'no w:body');
  const reader = new Reader(styles, numbering);
  reader.setPage(child(body, 'w:sectPr'));
  reader.blocks(body);
  for (const [type, fallback, tag] of [
    ['footnotes', 'word/footnotes.xml', 'w:footnote'],
    ['endnotes', 'word/endnotes.xml', 'w:endnote'],
  ] as const) {
    for (const note of kids(part(type, fallback))) {
      const kind = attr(note, 'w:type');
      if (note.tagName === tag && (kind === null || kind === 'normal')) reader.blocks(note, false, false);
    }
  }

  const bodyDrafts = reader.drafts.filter((draft) => draft.body);
  const bodySize = weightedSize(
    (bodyDrafts.length > 0 ? bodyDrafts : reader.drafts).map((draft) => ({ text: draft.text, size: draft.size })),
    styles.defaultSize,
  );
  const lines = reader.drafts.map(
    (draft): SourceLine => ({
      text: draft.text,
      role: draft.role,
      ...(draft.role === 'heading' && draft.level !== null ? { level: draft.level } : {}),
      ...(draft.depth !== undefined ? { depth: draft.depth, marker: draft.listMarker ?? '' } : {}),
      scale: Math.round((draft.size / bodySize) * 100) / 100,
      ...(draft.centered ? { centered: true } : {}),
      ...(draft.rightAligned ? { rightAligned: true } : {}),
      blockStart: draft.blockStart,
    }),
  );

  const warnings: string[] = [];
  if (reader.deletions > 0) warnings.push(TRACKED_DELETIONS_WARNING);
  const comments = part('comments', 'word/comments.xml');
  if (kids(comments).some((element) => element.tagName === 'w:comment')) warnings.push(COMMENTS_WARNING);
  if (reader.altChunks > 0) warnings.push(ALT_CHUNK_WARNING);
  return { lines, warnings };
}
