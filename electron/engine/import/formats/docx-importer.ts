import { readDocxLines } from '../docx/read-docx-lines';
import type { Importer } from '../importer';
import { textOfLines } from '../reading/source-lines';

/**
 * A Word file's paragraphs, list items and table rows with their layout (type size, alignment,
 * heading styles), for the structure readers; headers, footers, comments and deleted revisions are
 * not part of the text. Images are not unpacked at all.
 */
export const docxImporter: Importer = {
  id: 'docx',
  label: 'Word 文档',
  extensions: ['.docx'],
  parse: async (input) => {
    const { lines, warnings } = await readDocxLines(input.bytes);
    return { title: null, text: textOfLines(lines), lines, web: false, meta: {}, fieldOrigins: {}, tags: [], encoding: null, warnings };
  },
};
