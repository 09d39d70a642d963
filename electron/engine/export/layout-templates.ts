import type { ExportTemplate } from '../../../shared/model/export';

/**
 * Page and type settings of the three templates, shared by Word (twips, half-points) and the print
 * HTML behind PDF (mm, pt), so both lay a booklet out alike.
 *
 * 公文汇编 follows GB/T 9704-2012 (党政机关公文格式):
 * - A4 (210 × 297 mm); 天头 (top margin) 37 mm, bottom 35 mm, 订口 (left) 28 mm, right 26 mm, which
 *   leaves a 版心 (type area) of 156 × 225 mm.
 * - Body 仿宋_GB2312 三号 (16 pt), 22 lines of 28 characters per page.
 *   Line pitch: 225 mm = 637.8 pt ÷ 22 = 28.99 pt at most. Word stores line spacing in twentieths of a
 *   point: 580 (29.00 pt) would need 638 pt for 22 lines and push the 22nd line to the next page, so
 *   the exact spacing is 579 twips = 28.95 pt — the figure official templates use.
 *   Character pitch: 156 mm = 442.2 pt ÷ 28 = 15.79 pt, a little under the 16 pt font, so 28
 *   characters fit only when each is condensed by 0.205 pt. Word's document grid (linesAndChars,
 *   charSpace −840) would do it in Word, but LibreOffice and WPS lay such a grid out differently
 *   (17 characters a line, taller lines), so the body is condensed with plain character spacing
 *   instead: −5 twentieths of a point (−0.25 pt, a 15.75 pt pitch: 28 characters with 1 pt to
 *   spare), which every word processor honours; the print HTML uses −0.205 pt letter-spacing.
 * - Title 方正小标宋简体 二号 (22 pt); first-level headings 黑体, second-level 楷体_GB2312, third-level
 *   仿宋 bold, all 三号.
 * - Page numbers 四号 (14 pt) 宋体 “— 1 —”, 7 mm below the type area, odd pages at the right and
 *   even pages at the left, one character in from the edge of the type area.
 * Fonts are named as Word on a Chinese Windows PC knows them, with fallbacks (仿宋 / FangSong …) in
 * Word's font table and in CSS, ending with Noto CJK so Chinese never falls back to boxes.
 */

export interface FontSpec {
  /** The name written into Word (w:eastAsia) and first in CSS. */
  name: string;
  /** Alternative names: Word's w:altName and the CSS fallbacks, most alike first. */
  fallbacks: string[];
  /** Generic CSS families to end with (Noto CJK is installed on Linux; serif/sans-serif last). */
  css: string[];
  /** Panose-1 and family for Word's font table, so Word substitutes a similar face when the font is missing. */
  panose: string;
  family: 'roman' | 'modern' | 'swiss' | 'script';
}

export const FONTS = {
  xiaobiaosong: {
    name: '方正小标宋简体',
    fallbacks: ['FZXiaoBiaoSong-B05S', '方正小标宋_GBK', '华文中宋', 'STZhongsong', '宋体', 'SimSun'],
    css: ['"Noto Serif CJK SC"', '"Source Han Serif SC"', 'serif'],
    panose: '02000000000000000000',
    family: 'script',
  },
  fangsong: {
    name: '仿宋_GB2312',
    fallbacks: ['FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', '华文仿宋'],
    css: ['"Noto Serif CJK SC"', '"Source Han Serif SC"', 'serif'],
    panose: '02010609030101010101',
    family: 'modern',
  },
  heiti: {
    name: '黑体',
    fallbacks: ['SimHei', 'STHeiti', '微软雅黑', 'Microsoft YaHei'],
    css: ['"Noto Sans CJK SC"', '"Source Han Sans SC"', 'sans-serif'],
    panose: '02010609060101010101',
    family: 'modern',
  },
  kaiti: {
    name: '楷体_GB2312',
    fallbacks: ['KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', '华文楷体'],
    css: ['"AR PL UKai CN"', '"Noto Serif CJK SC"', 'serif'],
    panose: '02010609030101010101',
    family: 'modern',
  },
  songti: {
    name: '宋体',
    fallbacks: ['SimSun', 'NSimSun', '新宋体', 'STSong'],
    css: ['"Noto Serif CJK SC"', '"Source Han Serif SC"', 'serif'],
    panose: '02010600030101010101',
    family: 'modern',
  },
} satisfies Record<string, FontSpec>;

/** Latin letters and digits in Word runs. */
export const LATIN_FONT = 'Times New Roman';

export interface TextStyle {
  font: FontSpec;
  sizePt: number;
  bold: boolean;
}

export interface LayoutTemplate {
  id: ExportTemplate;
  marginMm: { top: number; bottom: number; left: number; right: number };
  /** Distance from the page's bottom edge to the footer's bottom. */
  footerMm: number;
  title: TextStyle;
  body: TextStyle;
  h1: TextStyle;
  h2: TextStyle;
  h3: TextStyle;
  meta: TextStyle;
  pageNumber: TextStyle & { format: 'dash' | 'plain'; position: 'outside' | 'center' };
  /** Exact line pitch in pt (公文: 28.95) or null for a multiple of single spacing. */
  lineExactPt: number | null;
  lineMultiple: number;
  /** GB/T 9704's lines per page and characters per line, with the line pitch and character condensing that give them. */
  grid: { lines: number; chars: number; linePitchTwips: number; characterSpacingTwips: number } | null;
  /** Each item starts on a new page. */
  itemPageBreak: boolean;
  /** First-line indent of body paragraphs, in characters. */
  indentChars: number;
}

const A4_WIDTH_MM = 210;
const A4_HEIGHT_MM = 297;
export const MM_PER_INCH = 25.4;

export function mmToTwips(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 1440);
}

export function mmToPt(mm: number): number {
  return (mm / MM_PER_INCH) * 72;
}

/** The GB/T 9704 line pitch in twips: the largest whole twip count that still fits `lines` lines. */
export function officialLinePitchTwips(typeAreaHeightMm: number, lines: number): number {
  return Math.floor((mmToPt(typeAreaHeightMm) * 20) / lines);
}

/** Character spacing (twentieths of a point, rounded down) that fits `chars` characters of `sizePt` in the width. */
export function officialCharacterSpacing(typeAreaWidthTwips: number, chars: number, sizePt: number): number {
  return Math.floor((typeAreaWidthTwips / chars - sizePt * 20));
}

const OFFICIAL_MARGINS = { top: 37, bottom: 35, left: 28, right: 26 };
const OFFICIAL_LINE_TWIPS = officialLinePitchTwips(A4_HEIGHT_MM - OFFICIAL_MARGINS.top - OFFICIAL_MARGINS.bottom, 22);
const OFFICIAL_WIDTH_TWIPS = mmToTwips(A4_WIDTH_MM) - mmToTwips(OFFICIAL_MARGINS.left) - mmToTwips(OFFICIAL_MARGINS.right);

export const TEMPLATES: Record<ExportTemplate, LayoutTemplate> = {
  official: {
    id: 'official',
    marginMm: OFFICIAL_MARGINS,
    // The number's top sits 7 mm under the type area; a 四号 line is about 5 mm tall.
    footerMm: OFFICIAL_MARGINS.bottom - 7 - 5,
    title: { font: FONTS.xiaobiaosong, sizePt: 22, bold: false },
    body: { font: FONTS.fangsong, sizePt: 16, bold: false },
    h1: { font: FONTS.heiti, sizePt: 16, bold: false },
    h2: { font: FONTS.kaiti, sizePt: 16, bold: false },
    h3: { font: FONTS.fangsong, sizePt: 16, bold: true },
    meta: { font: FONTS.kaiti, sizePt: 16, bold: false },
    pageNumber: { font: FONTS.songti, sizePt: 14, bold: false, format: 'dash', position: 'outside' },
    lineExactPt: OFFICIAL_LINE_TWIPS / 20,
    lineMultiple: 1,
    grid: { lines: 22, chars: 28, linePitchTwips: OFFICIAL_LINE_TWIPS, characterSpacingTwips: officialCharacterSpacing(OFFICIAL_WIDTH_TWIPS, 28, 16) },
    itemPageBreak: true,
    indentChars: 2,
  },
  plain: {
    id: 'plain',
    marginMm: { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 },
    footerMm: 12,
    title: { font: FONTS.heiti, sizePt: 18, bold: false },
    body: { font: FONTS.songti, sizePt: 12, bold: false },
    h1: { font: FONTS.heiti, sizePt: 14, bold: false },
    h2: { font: FONTS.heiti, sizePt: 12, bold: false },
    h3: { font: FONTS.songti, sizePt: 12, bold: true },
    meta: { font: FONTS.kaiti, sizePt: 12, bold: false },
    pageNumber: { font: FONTS.songti, sizePt: 10.5, bold: false, format: 'plain', position: 'center' },
    lineExactPt: null,
    lineMultiple: 1.5,
    grid: null,
    itemPageBreak: false,
    indentChars: 2,
  },
  handout: {
    id: 'handout',
    // A wide right margin to write notes in during the course.
    marginMm: { top: 25, bottom: 25, left: 25, right: 50 },
    footerMm: 12,
    title: { font: FONTS.heiti, sizePt: 20, bold: false },
    body: { font: FONTS.fangsong, sizePt: 14, bold: false },
    h1: { font: FONTS.heiti, sizePt: 15, bold: false },
    h2: { font: FONTS.kaiti, sizePt: 14, bold: true },
    h3: { font: FONTS.fangsong, sizePt: 14, bold: true },
    meta: { font: FONTS.kaiti, sizePt: 12, bold: false },
    pageNumber: { font: FONTS.songti, sizePt: 10.5, bold: false, format: 'dash', position: 'center' },
    lineExactPt: null,
    lineMultiple: 1.6,
    grid: null,
    itemPageBreak: true,
    indentChars: 2,
  },
};

export const PAGE_SIZE_MM = { width: A4_WIDTH_MM, height: A4_HEIGHT_MM };

/** CSS font-family list: the official name, its fallbacks, then the installed Noto CJK and a generic. */
export function cssFontFamily(font: FontSpec): string {
  const quoted = [font.name, ...font.fallbacks].map((name) => `"${name}"`);
  return [...quoted, ...font.css].join(', ');
}
