import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { CasebookError, isCasebookError } from '../../../../shared/api/errors';
import { cleanText } from '../cleaning/clean-text';
import { checkDocxContainer } from '../docx/container-check';
import { guardZip } from '../docx/zip-guard';
import { domToText } from '../html/dom-text';
import type { Importer } from '../importer';

/** Word's Title style (English and Chinese names) becomes the document title; mammoth ignores it by default. */
const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='标题'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => h2:fresh", "p[style-name='副标题'] => h2:fresh"];

/** Headings, paragraphs, lists and tables as structured text; images are not unpacked at all. */
export const docxImporter: Importer = {
  id: 'docx',
  label: 'Word 文档',
  extensions: ['.docx'],
  parse: async (input) => {
    checkDocxContainer(input.bytes);
    const entries = guardZip(input.bytes);
    if (!entries.some((entry) => entry.name === 'word/document.xml')) {
      throw new CasebookError('IMPORT_FAILED', '文件已损坏或不是 Word 文档（.docx）：缺少正文部分。', 'no word/document.xml');
    }
    let html: string;
    try {
      const result = await mammoth.convertToHtml(
        { buffer: input.bytes },
        { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
      );
      html = result.value;
    } catch (error) {
      if (isCasebookError(error)) throw error;
      throw new CasebookError('IMPORT_FAILED', '文件已损坏或不完整，无法作为 Word 文档（.docx）打开。', String(error));
    }
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
    // A heading that opens the document is its title; a Heading 1 further down is a section ("一、基本情况").
    const first = document.body.firstElementChild;
    const titled = document.querySelector('h1.doc-title') ?? (first && /^H[12]$/.test(first.tagName) ? first : null);
    const title = titled?.textContent?.replace(/\s+/g, ' ').trim() || null;
    const text = cleanText(domToText(document.body), { chrome: false });
    return { title: title && title.length <= 120 ? title : null, text, meta: {}, fieldOrigins: {}, tags: [], encoding: null, warnings: [] };
  },
};
