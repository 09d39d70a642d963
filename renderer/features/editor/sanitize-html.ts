import { sanitizeHtml as sanitizeWith } from '../../../shared/model/sanitize-html';

export { isSafeUrl } from '../../../shared/model/sanitize-html';

/** Cleans HTML pasted from the web with the browser's own parser (see shared/model/sanitize-html.ts). */
export function sanitizeHtml(html: string): string {
  return sanitizeWith(html, (source) => new DOMParser().parseFromString(source, 'text/html'));
}
