import type { Importer, ParsedDocument } from '../importer';
import { NO_TEXT_LAYER_WARNING, readPdfLines, scannedPagesWarning } from '../pdf/read-pdf-lines';
import { textOfLines } from '../reading/source-lines';
import { recognitionPendingWarning, withRecognisedPages } from './recognised-lines';

export { NO_TEXT_LAYER_WARNING } from '../pdf/read-pdf-lines';

/**
 * Text in the order the pages draw it, as paragraphs with their type size and position, running
 * headers, footers and page numbers removed, a paragraph broken by a page break joined. Pages
 * without a text layer (scans) are named for recognition (OCR), which runs after import; read again
 * with what it recognised, those pages join the text in their place.
 */
export const pdfImporter: Importer = {
  id: 'pdf',
  label: 'PDF',
  extensions: ['.pdf'],
  parse: async (input): Promise<ParsedDocument> => {
    const read = await readPdfLines(input.bytes);
    const scanned = read.pagesWithoutText;
    const pageWarnings = new Set([NO_TEXT_LAYER_WARNING, scannedPagesWarning(scanned)]);
    const warnings = read.warnings.filter((warning) => scanned.length === 0 || !pageWarnings.has(warning));
    if (input.recognised) {
      const lines = withRecognisedPages(read.lines, input.recognised);
      const textless = lines.length === 0;
      return { title: null, text: textOfLines(lines), lines, web: false, meta: {}, fieldOrigins: {}, tags: [], encoding: null, warnings: textless ? [...warnings, '扫描页中没有识别出文字。'] : warnings, textless };
    }
    const pending = scanned.length > 0 ? [recognitionPendingWarning(scanned)] : [];
    return { title: null, text: textOfLines(read.lines), lines: read.lines, web: false, meta: {}, fieldOrigins: {}, tags: [], encoding: null, warnings: [...warnings, ...pending], textless: read.textless, pagesToRecognise: scanned };
  },
};
