import type { DocumentMetaField, FieldOrigin } from '../../../../shared/model/document';
import { decodeHtml } from '../html/decode-html';
import { readHtmlLines } from '../html/read-html-lines';
import type { Importer, ParsedDocument } from '../importer';
import { docNumberWithHeadline, normalizeDocNumber } from '../metadata/extract-doc-number';
import { MAX_PAGE_BYTES, refuseOversized } from '../size-limits';
import { textOfLines } from '../reading/source-lines';

export interface HtmlSource {
  bytes: Buffer;
  encodingOverride?: string | undefined;
  /** Charset named outside the page (an MHTML part header). */
  charsetHint?: string | null;
  /** Where the page was saved from, when the container says so (MHTML). */
  url?: string | null;
}

/**
 * A saved page → its lines with what the page marks about them (headings, links, navigation and
 * footer blocks, the block an article reader takes for the article), and what the page says about
 * itself: CMS meta tags and the 信息公开 table. The structure readers find the article. Shared with MHTML.
 */
export function parseHtmlPage(source: HtmlSource): ParsedDocument {
  refuseOversized(source.bytes, MAX_PAGE_BYTES, '网页文件');
  const { html, encoding } = decodeHtml(source.bytes, { override: source.encodingOverride, charsetHint: source.charsetHint ?? null });
  const { lines, info } = readHtmlLines(html);

  const meta: ParsedDocument['meta'] = {};
  const fieldOrigins: Partial<Record<DocumentMetaField, FieldOrigin>> = {};
  const set = <K extends DocumentMetaField>(field: K, value: ParsedDocument['meta'][K] | null | undefined): void => {
    if (value === null || value === undefined || value === '' || meta[field] !== undefined) return;
    meta[field] = value;
    fieldOrigins[field] = 'file';
  };
  // What the CMS records about the article is the page's own statement; the structure readers do not override it.
  set('source', info.source);
  set('author', info.author);
  set('docNumber', info.docNumber ? normalizeDocNumber(info.docNumber) : docNumberWithHeadline(lines.map((line) => line.text), info.title));
  set('effectiveDate', info.effectiveDate);
  set('url', source.url ?? info.url);

  const text = textOfLines(lines);
  const warnings = text.includes('\ufffd') ? ['部分文字无法按检测到的编码读出，显示为“�”。可在导入时手动指定编码后重新导入。'] : [];
  return {
    title: info.title,
    text,
    lines,
    web: true,
    pageDate: info.date,
    writtenDate: info.writtenDate,
    siteName: info.siteName,
    issuerHint: info.issuer,
    pageFrame: info.documentTitle && info.documentTitlePart ? info.documentTitle.replace(info.documentTitlePart, ' ') : null,
    meta,
    fieldOrigins,
    tags: [],
    encoding,
    warnings,
  };
}

export const htmlImporter: Importer = {
  id: 'html',
  label: '网页',
  extensions: ['.html', '.htm', '.xhtml', '.shtml'],
  parse: async (input) => parseHtmlPage({ bytes: input.bytes, encodingOverride: input.encodingOverride }),
};
