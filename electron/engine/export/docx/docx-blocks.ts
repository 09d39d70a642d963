import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, Inline, ListItem } from '../export-model';
import { widthChars } from '../text-width';
import { PAGE_SIZE_MM, type LayoutTemplate } from '../layout-templates';
import { STYLE } from './docx-styles';
import { imageInfo } from './image-info';

/**
 * An item's blocks as Word paragraphs and tables, with the keep settings that hold a page together:
 * the paragraph before the 落款 goes with it (keep with next, and widow control, so at least its last
 * two lines move along), the 落款's lines stay together, and a short item kept whole chains every
 * paragraph to the next.
 */

interface Keep {
  next?: boolean;
  lines?: boolean;
  widows?: boolean;
}

export interface BlockOptions {
  style?: string;
  /** Every paragraph kept with the next and not split: a short item that moves to a new page whole. */
  keepWhole?: boolean;
  /** With keepWhole: the last paragraph kept with what follows the blocks too (commentary before the text). */
  keepLastWithNext?: boolean;
}

function keepOptions(keep: Keep): Partial<IParagraphOptions> {
  return { ...(keep.next ? { keepNext: true } : {}), ...(keep.lines ? { keepLines: true } : {}), ...(keep.widows ? { widowControl: true } : {}) };
}

export function inlineRuns(inlines: readonly Inline[]): ParagraphChild[] {
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

function flattenList(items: readonly ListItem[], depth: number): { item: ListItem; depth: number }[] {
  return items.flatMap((item) => [{ item, depth }, ...flattenList(item.children, depth + 1)]);
}

function listParagraphs(items: readonly ListItem[], t: LayoutTemplate, keepInner: Keep, keepLast: Keep): Paragraph[] {
  const flat = flattenList(items, 0);
  return flat.map(
    ({ item, depth }, index) =>
      new Paragraph({
        style: STYLE.list,
        indent: { firstLineChars: t.indentChars * 100, firstLine: Math.round(t.indentChars * t.body.sizePt * 20), left: depth * Math.round(t.body.sizePt * 2 * 20) },
        ...keepOptions(index === flat.length - 1 ? keepLast : keepInner),
        children: [new TextRun({ text: `${item.marker}${/[.．]$/.test(item.marker) ? '' : ' '}` }), ...inlineRuns(item.inlines)],
      }),
  );
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

function imageParagraph(block: Extract<Block, { type: 'image' }>, t: LayoutTemplate, keep: Keep): Paragraph | null {
  const info = imageInfo(block.src);
  if (!info) return block.alt ? new Paragraph({ ...keepOptions(keep), children: [new TextRun(`[${block.alt}]`)] }) : null;
  const maxWidthPx = ((PAGE_SIZE_MM.width - t.marginMm.left - t.marginMm.right) / 25.4) * 96;
  const scale = Math.min(1, maxWidthPx / info.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { line: 240, lineRule: 'auto' },
    ...keepOptions(keep),
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

/**
 * GB/T 9704's 落款 without a seal: one blank line under the text, the signing bodies two characters in
 * from the right, the date under them and centred on them; the 附注 under the date, two characters in.
 */
function signatureParagraphs(block: Extract<Block, { type: 'signature' }>, t: LayoutTemplate, keepLast: Keep): Paragraph[] {
  const charTwips = Math.round(t.body.sizePt * 20) + (t.grid?.characterSpacingTwips ?? 0);
  const lineTwips = t.lineExactPt !== null ? Math.round(t.lineExactPt * 20) : Math.round(t.body.sizePt * t.lineMultiple * 20);
  const widest = Math.max(...block.lines.map(widthChars));
  const lastLine = block.lines.length - 1;
  const lines = block.lines.map(
    (line, index) =>
      new Paragraph({
        style: STYLE.signature,
        indent: { right: Math.round((2 + (widest - widthChars(line)) / 2) * charTwips), firstLine: 0, firstLineChars: 0 },
        ...(index === 0 ? { spacing: { before: lineTwips } } : {}),
        ...keepOptions(index < lastLine || block.note ? { next: true, lines: true } : { ...keepLast, lines: true }),
        children: [new TextRun(line)],
      }),
  );
  if (block.note) lines.push(new Paragraph({ ...keepOptions({ ...keepLast, lines: true }), children: [new TextRun(block.note)] }));
  return lines;
}

export function blockChildren(blocks: readonly Block[], t: LayoutTemplate, options: BlockOptions = {}): FileChild[] {
  const { style, keepWhole = false, keepLastWithNext = false } = options;
  const out: FileChild[] = [];
  blocks.forEach((block, index) => {
    const last = index === blocks.length - 1;
    const keep: Keep = keepWhole ? { next: !last || keepLastWithNext, lines: true } : blocks[index + 1]?.type === 'signature' ? { next: true, widows: true } : {};
    const inner: Keep = keepWhole ? { next: true, lines: true } : {};
    switch (block.type) {
      case 'heading':
        out.push(new Paragraph({ style: block.level === 1 ? STYLE.h1 : block.level === 2 ? STYLE.h2 : STYLE.h3, ...keepOptions(keep), children: inlineRuns(block.inlines) }));
        break;
      case 'paragraph':
        out.push(new Paragraph({ ...(style ? { style } : {}), ...keepOptions(keep), children: inlineRuns(block.inlines) }));
        break;
      case 'list':
        out.push(...listParagraphs(block.items, t, inner, keep));
        break;
      case 'table':
        out.push(tableOf(block));
        break;
      case 'quote':
        out.push(...blockChildren(block.blocks, t, { style: STYLE.commentary, keepWhole, keepLastWithNext: !last || keepLastWithNext }));
        break;
      case 'image': {
        const paragraph = imageParagraph(block, t, keep);
        if (paragraph) out.push(paragraph);
        break;
      }
      case 'rule':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, ...keepOptions(keep), children: [new TextRun('———')] }));
        break;
      case 'signature':
        out.push(...signatureParagraphs(block, t, keep));
        break;
    }
  });
  return out;
}
