import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { LATIN_FONT, type LayoutTemplate, type TextStyle } from '../layout-templates';

/**
 * Word styles of a template. Every run names its fonts per script (w:ascii/w:hAnsi Times New Roman,
 * w:eastAsia the official Chinese font), so Word on a Chinese Windows PC picks 仿宋_GB2312, 黑体…;
 * the fallbacks are in the font table (font-table.ts).
 */

export const STYLE = {
  itemTitle: 'CbItemTitle',
  sectionTitle: 'CbSectionTitle',
  coverTitle: 'CbCoverTitle',
  coverLine: 'CbCoverLine',
  frontTitle: 'CbFrontTitle',
  meta: 'CbMeta',
  commentary: 'CbCommentary',
  h1: 'CbHeading1',
  h2: 'CbHeading2',
  h3: 'CbHeading3',
  list: 'CbList',
  table: 'CbTable',
  note: 'CbNote',
  signature: 'CbSignature',
} as const;

export function runFont(style: TextStyle) {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: style.font.name, cs: LATIN_FONT };
}

function run(style: TextStyle) {
  return { font: runFont(style), size: Math.round(style.sizePt * 2), bold: style.bold };
}

function bodySpacing(t: LayoutTemplate) {
  return t.lineExactPt !== null
    ? { line: Math.round(t.lineExactPt * 20), lineRule: LineRuleType.EXACT, before: 0, after: 0 }
    : { line: Math.round(t.lineMultiple * 240), lineRule: LineRuleType.AUTO, before: 0, after: 0 };
}

function paragraphStyle(id: string, name: string, text: TextStyle, t: LayoutTemplate, extra: Partial<IParagraphStyleOptions['paragraph']> & object = {}, based = 'Normal'): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: based,
    next: 'Normal',
    quickFormat: true,
    run: run(text),
    paragraph: { spacing: bodySpacing(t), ...extra },
  };
}

/**
 * Heading1/Heading2 are Word's own heading styles, so the TOC field (\o "1-2") and the navigation
 * pane list them: the item titles (and section titles when the book has sections). Headings inside an
 * item's text use the Cb heading styles, outline levels 3–5, kept out of the table of contents.
 */
export function documentStyles(t: LayoutTemplate, namedSections: boolean): IStylesOptions {
  const titleSpacing = { line: Math.round(t.title.sizePt * 1.4 * 20), lineRule: LineRuleType.AT_LEAST, before: 0, after: Math.round(t.body.sizePt * 20) };
  const itemTitle = (id: string, outlineLevel: number): IParagraphStyleOptions =>
    paragraphStyle(id, id === 'Heading1' ? 'heading 1' : 'heading 2', t.title, t, { alignment: AlignmentType.CENTER, spacing: titleSpacing, outlineLevel, keepNext: true, indent: { firstLine: 0 } });
  const sectionTitle = (id: string): IParagraphStyleOptions =>
    paragraphStyle(id, 'heading 1', { ...t.h1, sizePt: t.title.sizePt }, t, { alignment: AlignmentType.CENTER, spacing: titleSpacing, outlineLevel: 0, keepNext: true, indent: { firstLine: 0 } });
  // Both forms: Word reads the indent in characters, LibreOffice and WPS the same indent in twips.
  const indent = { firstLineChars: t.indentChars * 100, firstLine: Math.round(t.indentChars * t.body.sizePt * 20) };
  const bodyRun = { ...run(t.body), ...(t.grid ? { characterSpacing: t.grid.characterSpacingTwips } : {}) };
  return {
    default: {
      document: { run: bodyRun, paragraph: { spacing: bodySpacing(t), indent, alignment: AlignmentType.JUSTIFIED } },
    },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, run: bodyRun, paragraph: { spacing: bodySpacing(t), indent, alignment: AlignmentType.JUSTIFIED } },
      namedSections ? sectionTitle('Heading1') : itemTitle('Heading1', 0),
      ...(namedSections ? [itemTitle('Heading2', 1)] : []),
      { ...itemTitle(STYLE.itemTitle, 9), name: 'Casebook 标题' },
      { ...paragraphStyle(STYLE.coverTitle, 'Casebook 封面标题', { ...t.title, sizePt: t.title.sizePt + 4 }, t, { alignment: AlignmentType.CENTER, spacing: { ...titleSpacing, line: Math.round((t.title.sizePt + 4) * 1.5 * 20) }, indent: { firstLine: 0 } }) },
      paragraphStyle(STYLE.coverLine, 'Casebook 封面信息', t.h1, t, { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } }),
      paragraphStyle(STYLE.frontTitle, 'Casebook 目录与编印说明标题', t.h1, t, { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { ...bodySpacing(t), after: Math.round(t.body.sizePt * 20) } }),
      paragraphStyle(STYLE.meta, 'Casebook 来源行', t.meta, t, { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true }),
      paragraphStyle(STYLE.commentary, 'Casebook 点评', t.meta, t, { indent: { left: Math.round(t.body.sizePt * 20), ...indent } }),
      paragraphStyle(STYLE.h1, 'Casebook 一级标题', t.h1, t, { keepNext: true, outlineLevel: 2 }),
      paragraphStyle(STYLE.h2, 'Casebook 二级标题', t.h2, t, { keepNext: true, outlineLevel: 3 }),
      paragraphStyle(STYLE.h3, 'Casebook 三级标题', t.h3, t, { keepNext: true, outlineLevel: 4 }),
      paragraphStyle(STYLE.list, 'Casebook 列表', t.body, t, {}),
      // The table of contents' entries: level 1 flush left, level 2 two characters in, wrapped lines aligned.
      { ...paragraphStyle('TOC1', 'toc 1', t.body, t, { indent: { left: 0, firstLine: 0 }, alignment: AlignmentType.LEFT }), quickFormat: false },
      { ...paragraphStyle('TOC2', 'toc 2', t.body, t, { indent: { left: Math.round(t.indentChars * t.body.sizePt * 20), firstLine: 0 }, alignment: AlignmentType.LEFT }), quickFormat: false },
      paragraphStyle(STYLE.table, 'Casebook 表格', { ...t.body, sizePt: Math.max(10.5, t.body.sizePt - 4) }, t, {
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        indent: { firstLine: 0 },
        alignment: AlignmentType.LEFT,
      }),
      paragraphStyle(STYLE.signature, 'Casebook 落款', t.body, t, { alignment: AlignmentType.RIGHT, indent: { firstLine: 0 } }),
      paragraphStyle(STYLE.note, 'Casebook 注释', { ...t.body, sizePt: Math.max(10.5, t.body.sizePt - 2) }, t, { indent: { firstLine: 0 } }),
    ],
  };
}

/** “— 1 —” (or “1”) at the outside bottom: odd pages right, even pages left, one character in. */
export function pageNumberFooters(t: LayoutTemplate): { default: Footer; even?: Footer } {
  const style = t.pageNumber;
  const oneChar = Math.round(style.sizePt * 20);
  const number = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], indent: { left?: number; right?: number }) =>
    new Footer({
      children: [
        new Paragraph({
          alignment,
          indent: { ...indent, firstLine: 0 },
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          children: [
            new TextRun({
              ...run(style),
              children: style.format === 'dash' ? ['— ', PageNumber.CURRENT, ' —'] : [PageNumber.CURRENT],
            }),
          ],
        }),
      ],
    });
  if (style.position === 'outside') {
    return { default: number(AlignmentType.RIGHT, { right: oneChar }), even: number(AlignmentType.LEFT, { left: oneChar }) };
  }
  return { default: number(AlignmentType.CENTER, {}) };
}
