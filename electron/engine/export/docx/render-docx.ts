import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Document as WordDocument,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { itemCount, type Block, type ExportBook, type ExportItem, type Inline, type ListItem } from '../export-model';
import { mmToTwips, PAGE_SIZE_MM, TEMPLATES, type LayoutTemplate } from '../layout-templates';
import { documentStyles, pageNumberFooters, runFont, STYLE } from './docx-styles';
import { estimatePageNumbersWith } from 'docx/layout';
import { withFontTable } from './font-table';
import { imageInfo } from './image-info';

/**
 * A book as a Word document: cover and table of contents in a first section without page numbers,
 * then the items in a section numbered from 1, in the template's page set-up and styles.
 */

function inlineRuns(inlines: readonly Inline[]): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const inline of inlines) {
    if (inline.note !== undefined) {
      runs.push(new TextRun({ text: `[${inline.note}]`, superScript: true }));
      continue;
    }
    const options = {
      bold: inline.bold,
      italics: inline.italic,
      ...(inline.underline || inline.href ? { underline: {} } : {}),
    };
    const textRuns = inline.text.split('\n').map((line, index) => new TextRun({ text: line, break: index === 0 ? 0 : 1, ...options }));
    if (inline.href) runs.push(new ExternalHyperlink({ link: inline.href, children: textRuns }));
    else runs.push(...textRuns);
  }
  return runs;
}

function listParagraphs(items: readonly ListItem[], depth: number, t: LayoutTemplate): Paragraph[] {
  return items.flatMap((item) => [
    new Paragraph({
      style: STYLE.list,
      indent: { firstLineChars: t.indentChars * 100, firstLine: Math.round(t.indentChars * t.body.sizePt * 20), left: depth * Math.round(t.body.sizePt * 2 * 20) },
      children: [new TextRun({ text: `${item.marker}${/[.．]$/.test(item.marker) ? '' : ' '}` }), ...inlineRuns(item.inlines)],
    }),
    ...listParagraphs(item.children, depth + 1, t),
  ]);
}

function tableOf(block: Extract<Block, { type: 'table' }>): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '444444' };
  const columns = Math.max(1, ...block.rows.map((row) => row.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: block.rows.map(
      (row, index) =>
        new TableRow({
          ...(block.header && index === 0 ? { tableHeader: true } : {}),
          children: Array.from({ length: columns }, (_, column) =>
            new TableCell({
              width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE },
              children: [new Paragraph({ style: STYLE.table, children: [new TextRun({ text: row[column] ?? '', bold: block.header && index === 0 })] })],
            }),
          ),
        }),
    ),
  });
}

function imageParagraph(block: Extract<Block, { type: 'image' }>, t: LayoutTemplate): Paragraph | null {
  const info = imageInfo(block.src);
  if (!info) return block.alt ? new Paragraph({ children: [new TextRun(`[${block.alt}]`)] }) : null;
  const maxWidthPx = ((PAGE_SIZE_MM.width - t.marginMm.left - t.marginMm.right) / 25.4) * 96;
  const scale = Math.min(1, maxWidthPx / info.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { line: 240, lineRule: 'auto' },
    children: [
      new ImageRun({
        type: info.type,
        data: info.data,
        transformation: { width: Math.round(info.width * scale), height: Math.round(info.height * scale) },
        altText: { name: block.alt || '图片', description: block.alt, title: block.alt },
      }),
    ],
  });
}

export function blockChildren(blocks: readonly Block[], t: LayoutTemplate, style?: string): FileChild[] {
  const out: FileChild[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out.push(new Paragraph({ style: block.level === 1 ? STYLE.h1 : block.level === 2 ? STYLE.h2 : STYLE.h3, children: inlineRuns(block.inlines) }));
        break;
      case 'paragraph':
        out.push(new Paragraph({ ...(style ? { style } : {}), children: inlineRuns(block.inlines) }));
        break;
      case 'list':
        out.push(...listParagraphs(block.items, 0, t));
        break;
      case 'table':
        out.push(tableOf(block));
        break;
      case 'quote':
        out.push(...blockChildren(block.blocks, t, STYLE.commentary));
        break;
      case 'image': {
        const paragraph = imageParagraph(block, t);
        if (paragraph) out.push(paragraph);
        break;
      }
      case 'rule':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('———')] }));
        break;
    }
  }
  return out;
}

function itemChildren(item: ExportItem, t: LayoutTemplate, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel] | null, pageBreak: boolean): FileChild[] {
  const out: FileChild[] = [
    new Paragraph({
      ...(heading ? { heading } : { style: STYLE.itemTitle }),
      pageBreakBefore: pageBreak,
      children: [new TextRun(item.title)],
    }),
  ];
  if (item.metaLine) out.push(new Paragraph({ style: STYLE.meta, children: [new TextRun(item.metaLine)] }));
  if (item.commentary.length > 0) {
    out.push(new Paragraph({ style: STYLE.commentary, children: [new TextRun({ text: '【点评】', bold: true })] }));
    out.push(...blockChildren(item.commentary, t, STYLE.commentary));
  }
  out.push(...blockChildren(item.body, t));
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
  if (book.toc) {
    front.push(new Paragraph({ style: STYLE.tocTitle, pageBreakBefore: book.cover, children: [new TextRun('目　录')] }));
    front.push(new TableOfContents('目录', { hyperlink: true, headingStyleRange: named ? '1-2' : '1-1' }));
  }

  const body: FileChild[] = [];
  if (book.intro.length > 0) body.push(...blockChildren(book.intro, t));
  let first = true;
  for (const section of book.sections) {
    if (section.title) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: !first, children: [new TextRun(section.title)] }));
      body.push(...blockChildren(section.intro, t));
    }
    section.items.forEach((item, index) => {
      const breakBefore = t.itemPageBreak && !(first && index === 0) && !(section.title && index === 0);
      body.push(...itemChildren(item, t, named ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1, breakBefore));
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
  sections.push({
    properties: { page: { ...pageProperties(t), pageNumbers: { start: 1 } } },
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
