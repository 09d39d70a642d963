import type { OriginalFile } from './document';

/**
 * How the reader's 原件 tab shows a document's original file. The engine decides from the file's
 * first bytes and its name; Word files and saved web pages come back as sanitised HTML made in a
 * parse worker, PDFs and images as bytes read in pieces (originals.read).
 */

/** The most one originals.read answers: a few MB a call keeps each IPC message and HTTP body small. */
export const ORIGINAL_READ_MAX_BYTES = 4 * 1024 * 1024;

/** Larger images are not loaded into the window (the 100-megapixel phone photo): 用默认程序打开 instead. */
export const ORIGINAL_IMAGE_MAX_BYTES = 64 * 1024 * 1024;

export type OriginalView =
  | { shownAs: 'pdf'; file: OriginalFile }
  /**
   * A photo or scan. `converted`: a TIFF (which the window cannot draw) as a PNG of its first page,
   * made in the viewing worker; the window then shows that instead of the original's bytes.
   */
  | { shownAs: 'image'; file: OriginalFile; mediaType: string; converted?: { mediaType: 'image/png'; contentBase64: string; note: string | null } }
  /** A Word file or a saved web page, as one sanitised HTML document for a sandboxed frame. */
  | { shownAs: 'page'; file: OriginalFile; from: 'word' | 'web'; html: string; notes: string[] }
  /** A plain-text or Markdown file, decoded as the document was (its encoding), before any cleaning. */
  | { shownAs: 'text'; file: OriginalFile; text: string; truncated: boolean }
  /** Nothing to show in the window, and why (no original kept, a format the window cannot draw). */
  | { shownAs: 'none'; file: OriginalFile | null; reason: string };

/**
 * The policy inside the frame that shows a Word file or web page: nothing may load or run; only the
 * images the engine inlined (data:) and the page's own styles. The frame is also sandboxed without
 * allow-scripts and inherits the window's policy.
 */
export const VIEWING_FRAME_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'";

/** The complete document a sandboxed frame shows: the policy first, then the page's styles and body. */
export function viewingDocument(styles: string, body: string, extraStyle = ''): string {
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${VIEWING_FRAME_POLICY}">`,
    styles,
    extraStyle ? `<style>${extraStyle}</style>` : '',
    '</head><body>',
    body,
    '</body></html>',
  ].join('');
}
