import { CasebookError } from '../../../../shared/api/errors';
import { loadPdfjs, pdfjsCMapUrl } from '../../core/load-pdfjs';
import type { SourceLine } from '../reading/source-lines';
import { weightedMedianSize } from '../reading/type-size';
import { isPageNumber, splitPageFurniture, type PdfPage } from './page-furniture';
import { itemsToLines, type PdfLine, type PdfTextItem } from './page-lines';
import {
  HEADING_SCALE,
  indentsParagraphs,
  isCenteredLine,
  isRightSetLine,
  joinWrapped,
  linesToBlocks,
  pageColumn,
  runsOn,
  startsAtMargin,
  textColumn,
  type BlockOptions,
  type PdfBlock,
  type TextColumn,
} from './paragraphs';

/** Same wording as the PDF importer's warning (pdf-importer.ts can re-export this one). */
export const NO_TEXT_LAYER_WARNING = '该 PDF 没有文字层（可能是扫描件），需要 OCR 后才能检索';
/** A PDF with some scanned pages among pages of text: recognition reads them (see ocr/). */
export function scannedPagesWarning(pages: readonly number[]): string {
  return `第 ${pages.join('、')} 页没有文字层（可能是扫描页），这些页的内容无法检索。`;
}
const TRUNCATED_WARNING = 'PDF 文件不完整（可能没有下载或复制完），只读出了部分内容。';

export interface PdfLines {
  lines: SourceLine[];
  warnings: string[];
  /** No page has a text layer (a scan): lines is empty and warnings say so. */
  textless: boolean;
  /** The 1-based pages without a text layer (scanned pages). */
  pagesWithoutText: number[];
}

function pdfError(error: unknown): CasebookError {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') {
    return new CasebookError('IMPORT_FAILED', '文件已加密（设置了打开密码），无法读取。请先在 PDF 阅读器中去掉密码后再导入。', String(error));
  }
  return new CasebookError('IMPORT_FAILED', 'PDF 文件已损坏或不完整，无法读取。', String(error));
}

/** The pages' text lines, positions relative to the page's visible box. */
async function readPages(bytes: Buffer): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  // pdf.js takes ownership of (detaches) the buffer it is given; the caller still needs the original bytes.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
    cMapUrl: pdfjsCMapUrl(),
    cMapPacked: true,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw pdfError(error);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = content.items.flatMap((item) =>
        'str' in item ? [{ str: item.str, transform: item.transform as number[], width: item.width, height: item.height }] : [],
      );
      const [left = 0, bottom = 0, right = 595, top = 842] = page.view;
      const lines = itemsToLines(items).map((line) => shift(line, left, bottom));
      pages.push({ lines, height: top - bottom, width: right - left });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof CasebookError) throw error;
    throw pdfError(error);
  } finally {
    await pdf.destroy();
  }
}

function shift(line: PdfLine, dx: number, dy: number): PdfLine {
  if (dx === 0 && dy === 0) return line;
  const parts = line.parts?.map((part) => ({ ...part, x: part.x - dx, right: part.right - dx }));
  return { ...line, x: line.x - dx, right: line.right - dx, y: line.y - dy, ...(parts ? { parts } : {}) };
}

interface PageBlock extends PdfBlock {
  page: number;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * A PDF as SourceLines, one per paragraph in reading order: lines wrapped by the page joined back
 * (also across a page break), headings and title lines kept as their own entries, running headers,
 * footers and page numbers dropped. Each line carries its type size relative to the body
 * (`scale`), whether it is centred or set right in the text column, and its page; type clearly
 * larger than the body is a heading, the largest on page 1 at level 1. Which large line is the
 * title (a 公文's red header is often larger) is left to the structure readers.
 */
export async function readPdfLines(bytes: Buffer): Promise<PdfLines> {
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (!head.includes('%PDF-')) throw new CasebookError('IMPORT_FAILED', '文件已损坏或不是 PDF 文件，无法读取。', 'no %PDF- header');
  const pages = await readPages(bytes);
  const warnings: string[] = [];
  if (!bytes.subarray(-2048).toString('latin1').includes('%%EOF')) warnings.push(TRUNCATED_WARNING);
  const emptyPages = pages.flatMap((page, index) => (page.lines.length === 0 ? [index + 1] : []));
  if (emptyPages.length === pages.length) return { lines: [], warnings: [NO_TEXT_LAYER_WARNING, ...warnings], textless: true, pagesWithoutText: emptyPages };
  if (emptyPages.length > 0) warnings.push(scannedPagesWarning(emptyPages));

  const { kept, removed } = splitPageFurniture(pages);
  if (kept.every((lines) => lines.length === 0)) return { lines: [], warnings, textless: false, pagesWithoutText: emptyPages };
  const bodySize = weightedMedianSize(kept.flat()) || 12;
  // Too little body text to find the column (a title and a line or two): the extent of all the text.
  const documentColumn = textColumn(kept.flat(), bodySize) ?? fallbackColumn(kept.flat());
  const columns = kept.map((lines) => pageColumn(lines, bodySize, documentColumn));

  // Whether paragraphs start indented decides if a full line ending a sentence may still go on.
  const firstPass = kept.flatMap((lines, index) => linesToBlocks(lines, columns[index] as TextColumn, bodySize));
  const options = { indentedParagraphs: indentsParagraphs(firstPass, documentColumn, bodySize) };
  const blocks: PageBlock[] = [];
  kept.forEach((lines, index) => {
    const column = columns[index] as TextColumn;
    const pageBlocks = linesToBlocks(lines, column, bodySize, options).map((block) => ({ ...block, page: index + 1 }));
    const first = pageBlocks[0];
    const previous = blocks[blocks.length - 1];
    if (first && previous && runsOverPage(previous, columns[previous.page - 1] as TextColumn, first, column, bodySize, options)) {
      previous.text = joinWrapped(previous.text, first.text);
      previous.lines.push(...first.lines);
      pageBlocks.shift();
    }
    blocks.push(...pageBlocks);
  });

  const sizes = blocks.map((block) => weightedMedianSize(block.lines) || (block.lines[0]?.size ?? bodySize));
  const levels = headingLevels(blocks, sizes, bodySize);
  const lines = blocks.map((block, index): SourceLine => {
    const size = sizes[index] ?? bodySize;
    const column = columns[block.page - 1] as TextColumn;
    const level = levels.get(index);
    const centered = block.lines.every((line, at) => isCenteredLine(line, column, bodySize) || (at < block.lines.length - 1 && runsOn(line, column)));
    const rightAligned = !centered && block.lines.every((line) => isRightSetLine(line, column));
    return {
      text: block.text,
      role: level ? 'heading' : 'text',
      ...(level ? { level } : {}),
      scale: round2(size / bodySize),
      ...(centered ? { centered } : {}),
      ...(rightAligned ? { rightAligned } : {}),
      page: block.page,
      blockStart: true,
    };
  });
  return { lines: withFurniture(lines, pages[0], removed[0] ?? []), warnings, textless: false, pagesWithoutText: emptyPages };
}

/**
 * The running header and footer as the first page has them, marked as furniture: the structure
 * readers take a newspaper's name and edition date from them and list them as removed.
 */
function withFurniture(lines: SourceLine[], firstPage: PdfPage | undefined, removed: readonly PdfLine[]): SourceLine[] {
  const kept = removed.filter((line) => !isPageNumber(line.text));
  const asLine = (line: PdfLine): SourceLine => ({ text: line.text, role: 'text', page: 1, blockStart: true, furniture: true });
  const half = (firstPage?.height ?? 0) / 2;
  return [...kept.filter((line) => line.y >= half).map(asLine), ...lines, ...kept.filter((line) => line.y < half).map(asLine)];
}

function fallbackColumn(lines: PdfLine[]): TextColumn {
  return { left: Math.min(...lines.map((line) => line.x)), right: Math.max(...lines.map((line) => line.right)) };
}

/**
 * A paragraph broken by the page: the last block of a page runs to the margin without ending a
 * sentence (or, where paragraphs start indented, just runs to the margin), and the next page starts
 * at the margin (not indented, not a heading) in the same type.
 */
function runsOverPage(previous: PageBlock, previousColumn: TextColumn, next: PageBlock, nextColumn: TextColumn, bodySize: number, options: BlockOptions): boolean {
  const last = previous.lines[previous.lines.length - 1];
  const first = next.lines[0];
  if (!last || !first || next.page !== previous.page + 1) return false;
  if (Math.abs(last.size - first.size) > last.size * 0.1 || first.size >= bodySize * HEADING_SCALE) return false;
  return runsOn(last, previousColumn, options.indentedParagraphs, first) && startsAtMargin(first, nextColumn);
}

/**
 * Heading levels by type size: the largest type on page 1 (the title candidate, or a red header
 * printed larger still) and anything as large is level 1; smaller heading sizes follow in order.
 */
function headingLevels(blocks: PageBlock[], sizes: number[], bodySize: number): Map<number, number> {
  const minimum = bodySize * HEADING_SCALE;
  const headingSizes = sizes.filter((size) => size >= minimum);
  const levels = new Map<number, number>();
  if (headingSizes.length === 0) return levels;
  const firstPage = sizes.filter((size, index) => blocks[index]?.page === 1 && size >= minimum);
  const top = firstPage.length > 0 ? Math.max(...firstPage) : Math.max(...headingSizes);
  // Sizes below the top one, largest first, within 5% counted as one.
  const steps: number[] = [];
  for (const size of [...new Set(headingSizes)].sort((a, b) => b - a)) {
    if (size >= top * 0.95) continue;
    const lastStep = steps[steps.length - 1];
    if (lastStep === undefined || size < lastStep * 0.95) steps.push(size);
  }
  sizes.forEach((size, index) => {
    if (size < minimum) return;
    if (size >= top * 0.95) {
      levels.set(index, 1);
      return;
    }
    const step = steps.findIndex((head) => size >= head * 0.95);
    levels.set(index, Math.min(6, (step < 0 ? steps.length - 1 : step) + 2));
  });
  return levels;
}
