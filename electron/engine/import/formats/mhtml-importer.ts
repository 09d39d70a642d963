import { CasebookError } from '../../../../shared/api/errors';
import type { Importer } from '../importer';
import { decodeHtml } from '../html/decode-html';
import { decodeEncodedWords, decodePartBody, headerParameter, parseMultipart, type MimePart } from '../mhtml/mime-parts';
import { parseHtmlPage } from './html-importer';

/** Han characters in the sentences (…。) of a part's markup: how much of an article it holds. */
function sentenceChars(part: MimePart): number {
  const { html } = decodeHtml(decodePartBody(part), { charsetHint: headerParameter(part.headers.get('content-type'), 'charset') });
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, '\n');
  let count = 0;
  for (const sentence of text.match(/[^\n。！？]{8,}[。！？]/g) ?? []) count += sentence.match(/\p{Script=Han}/gu)?.length ?? 0;
  return count;
}

function articleFrame(top: MimePart, parts: readonly MimePart[]): MimePart | null {
  if (parts.length < 2 || !/<i?frame\b/i.test(decodePartBody(top).toString('latin1'))) return null;
  const own = sentenceChars(top);
  const [best] = parts.filter((part) => part !== top).map((part) => ({ part, chars: sentenceChars(part) })).sort((a, b) => b.chars - a.chars);
  return best && best.chars >= 40 && best.chars >= 3 * own ? best.part : null;
}

/** A page saved as one file (MHTML): its HTML part is read like a saved page; images and styles are skipped. */
export const mhtmlImporter: Importer = {
  id: 'mhtml',
  label: '网页（单个文件）',
  extensions: ['.mhtml', '.mht'],
  parse: async (input) => {
    const message = parseMultipart(input.bytes);
    const snapshot = message.headers.get('snapshot-content-location') ?? null;
    const htmlParts = message.parts.filter((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''));
    const top = htmlParts.find((part) => snapshot !== null && part.headers.get('content-location') === snapshot) ?? htmlParts[0];
    if (!top) throw new CasebookError('IMPORT_FAILED', '这个 MHTML 文件里没有网页内容。', 'no text/html part');
    // A page that shows its article in a frame (<iframe>) is saved with the frame's document as a part of its own:
    // the article is the part holding the sentences, when the page around it holds next to none.
    const page = articleFrame(top, htmlParts) ?? top;
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
