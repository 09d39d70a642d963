import { decodeHtml } from '../import/html/decode-html';
import { decodeEncodedWords, decodePartBody, headerParameter, parseMultipart, type MimePart } from '../import/mhtml/mime-parts';
import { MAX_PAGE_BYTES, refuseOversized } from '../import/size-limits';
import { CasebookError } from '../../../shared/api/errors';
import { viewingDocument } from '../../../shared/model/original-view';
import { pageForViewing, type PageResources } from './page-for-viewing';
import type { OriginalPage } from './original-page-task';

/** One image may add at most this much to the page, all of them together the second figure. */
const MAX_INLINED_IMAGE_BYTES = 8 * 1024 * 1024;
const MAX_INLINED_TOTAL_BYTES = 48 * 1024 * 1024;
const MAX_STYLE_SHEET_BYTES = 2 * 1024 * 1024;

/** The frame's own look under the page's CSS: a white sheet, images within its width. */
const WEB_FRAME_STYLE = 'html{background:#fff}img{max-width:100%;height:auto}';

function notesFor(missingImages: number): string[] {
  return missingImages > 0 ? [`网页中有 ${missingImages} 张图片没有随文件保存，无法显示。`] : [];
}

/** A page saved as .html: only the one file is kept, so its images and style sheets are not. */
export function savedPageView(bytes: Buffer, encoding: string | null): OriginalPage {
  refuseOversized(bytes, MAX_PAGE_BYTES, '网页');
  const { html } = decodeHtml(bytes, { override: encoding ?? undefined });
  const page = pageForViewing(html);
  return { kind: 'page', from: 'web', html: viewingDocument(page.styles, page.body, WEB_FRAME_STYLE), notes: notesFor(page.missingImages) };
}

function partResources(parts: MimePart[], base: string | null): PageResources {
  const byAddress = new Map<string, MimePart>();
  for (const part of parts) {
    const location = part.headers.get('content-location');
    if (location) byAddress.set(location, part);
    const contentId = part.headers.get('content-id')?.replace(/^<|>$/g, '');
    if (contentId) byAddress.set(`cid:${contentId}`, part);
  }
  const find = (url: string) => {
    if (byAddress.has(url)) return byAddress.get(url);
    try {
      return base ? byAddress.get(new URL(url, base).href) : undefined;
    } catch {
      return undefined;
    }
  };
  let inlinedBytes = 0;
  return {
    image(url) {
      const part = find(url);
      const type = (part?.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!part || !/^image\/(png|jpeg|gif|webp|bmp|avif)$/.test(type)) return null;
      const body = decodePartBody(part);
      if (body.length > MAX_INLINED_IMAGE_BYTES || inlinedBytes + body.length > MAX_INLINED_TOTAL_BYTES) return null;
      inlinedBytes += body.length;
      return `data:${type};base64,${body.toString('base64')}`;
    },
    styleSheet(url) {
      const part = find(url);
      if (!part || !/^text\/css\b/i.test(part.headers.get('content-type') ?? '')) return null;
      const body = decodePartBody(part);
      return body.length > MAX_STYLE_SHEET_BYTES ? null : body.toString('utf8');
    },
  };
}

/** A page saved as one file (MHTML, as Chrome and Edge save): its images and style sheets come from the file's parts. */
export function mhtmlPageView(bytes: Buffer, encoding: string | null): OriginalPage {
  refuseOversized(bytes, 4 * MAX_PAGE_BYTES, '网页');
  const message = parseMultipart(bytes);
  const snapshot = message.headers.get('snapshot-content-location') ?? null;
  const htmlParts = message.parts.filter((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''));
  const page = htmlParts.find((part) => snapshot !== null && part.headers.get('content-location') === snapshot) ?? htmlParts[0];
  if (!page) throw new CasebookError('IMPORT_FAILED', '这个 MHTML 文件里没有网页内容。', 'no text/html part');
  const pageBytes = decodePartBody(page);
  refuseOversized(pageBytes, MAX_PAGE_BYTES, '网页');
  const { html } = decodeHtml(pageBytes, { override: encoding ?? undefined, charsetHint: headerParameter(page.headers.get('content-type'), 'charset') });
  const base = snapshot ?? page.headers.get('content-location') ?? null;
  const viewable = pageForViewing(html, partResources(message.parts, base && /^https?:/i.test(base) ? base : null));
  const subject = message.headers.get('subject');
  const notes = notesFor(viewable.missingImages);
  if (subject) notes.unshift(`保存自：${decodeEncodedWords(subject).trim()}${base ? `（${base}）` : ''}`);
  return { kind: 'page', from: 'web', html: viewingDocument(viewable.styles, viewable.body, WEB_FRAME_STYLE), notes };
}
