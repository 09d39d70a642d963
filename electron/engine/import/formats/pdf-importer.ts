import type { Importer, ParsedDocument } from '../importer';
import { readPdfLines } from '../pdf/read-pdf-lines';
import { textOfLines } from '../reading/source-lines';

export { NO_TEXT_LAYER_WARNING } from '../pdf/read-pdf-lines';

/**
 * Text in the order the pages draw it, as paragraphs with their type size and position, running
 * headers, footers and page numbers removed, a paragraph broken by a page break joined. A PDF
 * without a text layer is kept as a file with a warning.
 */
export const pdfImporter: Importer = {
  id: 'pdf',
  label: 'PDF',
  extensions: ['.pdf'],
  parse: async (input): Promise<ParsedDocument> => {
    const { lines, warnings, textless } = await readPdfLines(input.bytes);
    return { title: null, text: textOfLines(lines), lines, web: false, meta: {}, fieldOrigins: {}, tags: [], encoding: null, warnings, textless };
  },
};
