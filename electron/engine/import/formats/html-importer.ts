import type { DocumentMetaField, FieldOrigin } from '../../../../shared/model/document';
import { cleanText } from '../cleaning/clean-text';
import { decodeHtml } from '../html/decode-html';
import { extractPage } from '../html/extract-article';
import type { Importer, ParsedDocument } from '../importer';
import { extractSource } from '../metadata/extract-byline';
import { MAX_PAGE_BYTES, refuseOversized } from '../size-limits';

export interface HtmlSource {
  bytes: Buffer;
  encodingOverride?: string | undefined;
  /** Charset named outside the page (an MHTML part header). */
  charsetHint?: string | null;
  /** Where the page was saved from, when the container says so (MHTML). */
  url?: string | null;
}

/** A saved page → its article, cleaned, with what the page says about itself. Shared with MHTML. */
export function parseHtmlPage(source: HtmlSource): ParsedDocument {
  refuseOversized(source.bytes, MAX_PAGE_BYTES, '网页文件');
  const { html, encoding } = decodeHtml(source.bytes, { override: source.encodingOverride, charsetHint: source.charsetHint ?? null });
  const { info, articleText, headerText } = extractPage(html);
  const text = cleanText(articleText, { chrome: true, title: info.title });
  const header = cleanText(headerText, { chrome: true });

  const meta: ParsedDocument['meta'] = {};
  const fieldOrigins: Partial<Record<DocumentMetaField, FieldOrigin>> = {};
  const set = <K extends DocumentMetaField>(field: K, value: ParsedDocument['meta'][K] | null | undefined, origin: FieldOrigin): void => {
    if (value === null || value === undefined || meta[field] !== undefined) return;
    meta[field] = value;
    fieldOrigins[field] = origin;
  };
  set('date', info.date, 'file');
  set('source', info.source, 'file');
  set('source', extractSource(text, header), 'text');
  set('source', info.siteName, 'file');
  set('author', info.author, 'file');
  set('url', source.url ?? info.url, 'file');

  const warnings = text.includes('\ufffd') ? ['部分文字无法按检测到的编码读出，显示为“�”。可在导入时手动指定编码后重新导入。'] : [];
  return { title: info.title, text, meta, fieldOrigins, tags: [], encoding, warnings, headerText: header };
}

export const htmlImporter: Importer = {
  id: 'html',
  label: '网页',
  extensions: ['.html', '.htm', '.xhtml', '.shtml'],
  parse: async (input) => parseHtmlPage({ bytes: input.bytes, encodingOverride: input.encodingOverride }),
};
