import { HeadingLevel, Packer, Paragraph, SectionType, Document as WordDocument, TableOfContents, TextRun, type FileChild, type ISectionOptions } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { itemCount, type ExportBook, type ExportItem } from '../export-model';
import { itemPlacements, type ItemPlacement } from '../item-pagination';
import { mmToTwips, PAGE_SIZE_MM, TEMPLATES, type LayoutTemplate } from '../layout-templates';
import { metaLineRows } from '../meta-line';
import { blockChildren } from './docx-blocks';
import { documentStyles, pageNumberFooters, runFont, STYLE } from './docx-styles';
import { withFontTable } from './font-table';

/**
 * A book as a Word document: cover, 编印说明 and table of contents in a first section without page
 * numbers, then the items in a section numbered from 1 that starts on a right-hand page, in the
 * template's page set-up and styles; odd page numbers at the right, even at the left.
 */

function itemChildren(item: ExportItem, t: LayoutTemplate, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel], placement: ItemPlacement, runOn: boolean): FileChild[] {
  const keepWhole = placement.keepWhole;
  const out: FileChild[] = [
    new Paragraph({
      heading,
      pageBreakBefore: placement.newPage,
      // An item run on after the one before it: a blank line between them.
      ...(runOn ? { spacing: { before: bodyLineTwips(t) } } : {}),
      children: [new TextRun(item.title)],
    }),
  ];
  if (item.metaLine) {
    const rows = metaLineRows(item.metaLine, t);
    out.push(new Paragraph({ style: STYLE.meta, children: rows.map((row, index) => new TextRun({ text: row, break: index === 0 ? 0 : 1 })) }));
  }
  if (item.commentary.length > 0) {
    out.push(new Paragraph({ style: STYLE.commentary, keepNext: true, ...(keepWhole ? { keepLines: true } : {}), children: [new TextRun({ text: '【点评】', bold: true })] }));
    out.push(...blockChildren(item.commentary, t, { style: STYLE.commentary, keepWhole, keepLastWithNext: true }));
  }
  out.push(...blockChildren(item.body, t, { keepWhole }));
  return out;
}

function coverChildren(book: ExportBook, t: LayoutTemplate): FileChild[] {
  const blank = (count: number) => Array.from({ length: count }, () => new Paragraph({ style: STYLE.coverLine, children: [] }));
  const out: FileChild[] = [...blank(4), new Paragraph({ style: STYLE.coverTitle, children: [new TextRun(book.title)] })];
  if (book.subtitle) out.push(new Paragraph({ style: STYLE.coverLine, children: [new TextRun({ text: book.subtitle, font: runFont(t.h2) })] }));
  out.push(...blank(book.subtitle ? 8 : 9));
  if (book.issuer) out.push(new Paragraph({ style: STYLE.coverLine, children: [new TextRun(book.issuer)] }));
  out.push(new Paragraph({ style: STYLE.coverLine, children: [new TextRun(book.date)] }));
  return out;
}

function bodyLineTwips(t: LayoutTemplate): number {
  return t.lineExactPt !== null ? Math.round(t.lineExactPt * 20) : Math.round(t.body.sizePt * t.lineMultiple * 20);
}

function pageProperties(t: LayoutTemplate) {
  return {
    size: { width: mmToTwips(PAGE_SIZE_MM.width), height: mmToTwips(PAGE_SIZE_MM.height) },
    margin: {
      top: mmToTwips(t.marginMm.top),
      bottom: mmToTwips(t.marginMm.bottom),
      left: mmToTwips(t.marginMm.left),
      right: mmToTwips(t.marginMm.right),
      footer: mmToTwips(t.footerMm),
      header: mmToTwips(15),
    },
  };
}

/** Booklets up to this many items get their TOC page numbers worked out when written. */
const MAX_ESTIMATED_ITEMS = 30;

export function buildWordDocument(book: ExportBook): WordDocument {
  const t = TEMPLATES[book.template];
  const named = book.sections.some((section) => section.title !== null);

  const front: FileChild[] = [];
  if (book.cover) front.push(...coverChildren(book, t));
  if (book.intro.length > 0) {
    front.push(new Paragraph({ style: STYLE.frontTitle, pageBreakBefore: front.length > 0, children: [new TextRun('编印说明')] }));
    front.push(...blockChildren(book.intro, t));
  }
  if (book.toc) {
    front.push(new Paragraph({ style: STYLE.frontTitle, pageBreakBefore: front.length > 0, children: [new TextRun('目　录')] }));
    front.push(new TableOfContents('目录', { hyperlink: true, headingStyleRange: named ? '1-2' : '1-1' }));
  }

  const body: FileChild[] = [];
  const placements = itemPlacements(book);
  let first = true;
  for (const section of book.sections) {
    if (section.title) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: !first, children: [new TextRun(section.title)] }));
      body.push(...blockChildren(section.intro, t));
    }
    section.items.forEach((item, index) => {
      const placement = placements.get(item.anchor) ?? { newPage: false, keepWhole: false };
      body.push(...itemChildren(item, t, named ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1, placement, index > 0 && !placement.newPage));
    });
    first = false;
  }
  if (book.notes.length > 0) {
    body.push(new Paragraph({ style: STYLE.h1, children: [new TextRun('注释')] }));
    for (const note of book.notes) body.push(new Paragraph({ style: STYLE.note, children: [new TextRun(`[${note.number}] ${note.text}`)] }));
  }
  if (body.length === 0) body.push(new Paragraph({ children: [] }));

  const sections: ISectionOptions[] = [];
  if (front.length > 0) {
    sections.push({ properties: { page: pageProperties(t) }, children: front });
  }
  // Page 1 on a right-hand page, where an odd number sits at the outside: Word adds a blank page when needed.
  const rightHandStart = front.length > 0 && t.pageNumber.position === 'outside';
  sections.push({
    properties: { type: rightHandStart ? SectionType.ODD_PAGE : SectionType.NEXT_PAGE, page: { ...pageProperties(t), pageNumbers: { start: 1 } } },
    footers: pageNumberFooters(t),
    children: body,
  });
  return new WordDocument({
    title: book.title,
    creator: book.issuer ?? 'Casebook 案例库',
    description: 'Casebook 案例库导出',
    evenAndOddHeaderAndFooters: t.pageNumber.position === 'outside',
    // Word updates the table of contents' page numbers when it opens the file (after asking).
    features: { updateFields: book.toc },
    // The TOC's page numbers are laid out here so LibreOffice and WPS show them too; that layout takes about
    // 0.2 s an item, so a long booklet leaves them to Word, which fills them in when it opens the file.
    ...(book.toc && itemCount(book) <= MAX_ESTIMATED_ITEMS ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    styles: documentStyles(t, named),
    sections,
  });
}

export async function renderDocx(book: ExportBook): Promise<Buffer> {
  const bytes = await Packer.toBuffer(buildWordDocument(book));
  return withFontTable(Buffer.from(bytes), TEMPLATES[book.template]);
}
