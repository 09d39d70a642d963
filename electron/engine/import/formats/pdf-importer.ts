import { CasebookError } from '../../../../shared/api/errors';
import { cleanText } from '../cleaning/clean-text';
import type { Importer, ParsedDocument } from '../importer';
import { loadPdfjs, pdfjsCMapUrl } from '../../core/load-pdfjs';
import { removePageFurniture, type PdfPage } from '../pdf/page-furniture';
import { itemsToLines, type PdfTextItem } from '../pdf/page-lines';
import { linesToParagraphs, titleFromFirstPage } from '../pdf/paragraphs';

export const NO_TEXT_LAYER_WARNING = '该 PDF 没有文字层（可能是扫描件），需要 OCR 后才能检索';

function pdfError(error: unknown): CasebookError {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') {
    return new CasebookError('IMPORT_FAILED', '文件已加密（设置了打开密码），无法读取。请先在 PDF 阅读器中去掉密码后再导入。', String(error));
  }
  return new CasebookError('IMPORT_FAILED', 'PDF 文件已损坏或不完整，无法读取。', String(error));
}

/**
 * Text in the order the pages draw it, grouped into lines and paragraphs, with running headers,
 * footers and page numbers removed and a blank line between pages. A PDF without a text layer is
 * kept as a file with a warning.
 */
export const pdfImporter: Importer = {
  id: 'pdf',
  label: 'PDF',
  extensions: ['.pdf'],
  parse: async (input): Promise<ParsedDocument> => {
    const head = input.bytes.subarray(0, 1024).toString('latin1');
    if (!head.includes('%PDF-')) throw new CasebookError('IMPORT_FAILED', '文件已损坏或不是 PDF 文件，无法读取。', 'no %PDF- header');
    const pdfjs = await loadPdfjs();
    // pdf.js takes ownership of (detaches) the buffer it is given; the caller still needs the original bytes.
    const data = new Uint8Array(input.bytes);
    const task = pdfjs.getDocument({
      data,
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
      const emptyPages: number[] = [];
      for (let number = 1; number <= pdf.numPages; number += 1) {
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        const items: PdfTextItem[] = content.items.flatMap((item) =>
          'str' in item ? [{ str: item.str, transform: item.transform as number[], width: item.width, height: item.height }] : [],
        );
        const lines = itemsToLines(items);
        if (lines.length === 0) emptyPages.push(number);
        pages.push({ lines, height: page.view[3] ?? 842 });
        page.cleanup();
      }
      const warnings: string[] = [];
      if (!input.bytes.subarray(-2048).toString('latin1').includes('%%EOF')) {
        warnings.push('PDF 文件不完整（可能没有下载或复制完），只读出了部分内容。');
      }
      if (emptyPages.length === pages.length) {
        return { title: null, text: '', meta: {}, fieldOrigins: {}, tags: [], encoding: null, warnings: [NO_TEXT_LAYER_WARNING, ...warnings], textless: true };
      }
      if (emptyPages.length > 0) warnings.push(`第 ${emptyPages.join('、')} 页没有文字层（可能是扫描页），这些页的内容无法检索。`);
      const kept = removePageFurniture(pages);
      const firstPage = pages[0];
      const title = firstPage ? titleFromFirstPage(kept[0] ?? [], firstPage.height) : null;
      const raw = kept.map((lines) => linesToParagraphs(lines).join('\n\n')).filter(Boolean).join('\n\n');
      return { title, text: cleanText(raw, { chrome: false }), meta: {}, fieldOrigins: {}, tags: [], encoding: null, warnings };
    } catch (error) {
      if (error instanceof CasebookError) throw error;
      throw pdfError(error);
    } finally {
      await pdf.destroy();
    }
  },
};
