import { CasebookError } from '../../../../shared/api/errors';
import type { Importer } from '../importer';
import { decodeEncodedWords, decodePartBody, headerParameter, parseMultipart } from '../mhtml/mime-parts';
import { parseHtmlPage } from './html-importer';

/** A page saved as one file (MHTML): its HTML part is read like a saved page; images and styles are skipped. */
export const mhtmlImporter: Importer = {
  id: 'mhtml',
  label: '网页（单个文件）',
  extensions: ['.mhtml', '.mht'],
  parse: async (input) => {
    const message = parseMultipart(input.bytes);
    const snapshot = message.headers.get('snapshot-content-location') ?? null;
    const htmlParts = message.parts.filter((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''));
    const page = htmlParts.find((part) => snapshot !== null && part.headers.get('content-location') === snapshot) ?? htmlParts[0];
    if (!page) throw new CasebookError('IMPORT_FAILED', '这个 MHTML 文件里没有网页内容。', 'no text/html part');
    const url = snapshot ?? page.headers.get('content-location') ?? null;
    const parsed = parseHtmlPage({
      bytes: decodePartBody(page),
      encodingOverride: input.encodingOverride,
      charsetHint: headerParameter(page.headers.get('content-type'), 'charset'),
      url: url && /^https?:\/\//i.test(url) ? url : null,
    });
    const subject = message.headers.get('subject');
    if (!parsed.title && subject) parsed.title = decodeEncodedWords(subject).trim() || null;
    return parsed;
  },
};
