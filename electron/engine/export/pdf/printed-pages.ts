import { loadPdfjs } from '../../core/load-pdfjs';

/**
 * What a printed booklet says about its own pages: where the body begins (the first page with text in
 * its bottom margin, which only the page number puts there) and the page each table-of-contents entry
 * landed on. Chromium writes every in-page link target as a named destination (“item-3”), so the
 * TOC's links say which page each item starts on.
 */

export interface PrintedPages {
  /** Index (from 0) of the body's first page, the one numbered 1; null when no page carries a number. */
  bodyStart: number | null;
  /** Index (from 0) of the page each anchor landed on. */
  anchorPages: Map<string, number>;
}

/** The front matter rarely runs this long; past it the body has begun. */
const MAX_PAGES_READ = 40;

export async function readPrintedPages(pdf: Buffer, anchors: ReadonlySet<string>, bottomMarginPt: number): Promise<PrintedPages> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  try {
    const anchorPages = new Map<string, number>();
    let bodyStart: number | null = null;
    for (let index = 0; index < Math.min(doc.numPages, MAX_PAGES_READ); index += 1) {
      const page = await doc.getPage(index + 1);
      if (bodyStart === null) {
        const content = await page.getTextContent();
        const inMargin = content.items.some((item) => 'str' in item && item.str.trim() !== '' && item.transform[5] < bottomMarginPt - 1);
        if (inMargin) bodyStart = index;
      }
      for (const annotation of await page.getAnnotations()) {
        const name = annotation.subtype === 'Link' && typeof annotation.dest === 'string' ? annotation.dest : null;
        if (!name || !anchors.has(name) || anchorPages.has(name)) continue;
        const dest = await doc.getDestination(name);
        if (dest) anchorPages.set(name, await doc.getPageIndex(dest[0] as never));
      }
      if (bodyStart !== null && anchorPages.size === anchors.size) break;
    }
    return { bodyStart, anchorPages };
  } finally {
    await doc.destroy();
  }
}
