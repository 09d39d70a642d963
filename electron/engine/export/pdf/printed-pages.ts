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
    const numbered = async (index: number) => {
      const content = await (await doc.getPage(index + 1)).getTextContent();
      return content.items.some((item) => 'str' in item && item.str.trim() !== '' && item.transform[5] < bottomMarginPt - 1);
    };
    // Every destination at once from the catalogue: reading each page's links costs a page's parse.
    const anchorPages = new Map<string, number>();
    const destinations = anchors.size > 0 ? await doc.getDestinations() : {};
    for (const anchor of anchors) {
      const target = (destinations as Record<string, unknown[] | undefined>)[anchor]?.[0];
      if (target) anchorPages.set(anchor, await doc.getPageIndex(target as never));
    }
    const firstAnchor = anchorPages.size > 0 ? Math.min(...anchorPages.values()) : null;
    if (firstAnchor !== null) {
      // The body begins on the first entry's page, or a page or two before when a section's opening text has no entry.
      if (!(await numbered(firstAnchor))) return { bodyStart: null, anchorPages };
      let bodyStart = firstAnchor;
      while (bodyStart > 0 && (await numbered(bodyStart - 1))) bodyStart -= 1;
      return { bodyStart, anchorPages };
    }
    for (let index = 0; index < Math.min(doc.numPages, MAX_PAGES_READ); index += 1) {
      if (await numbered(index)) return { bodyStart: index, anchorPages };
    }
    return { bodyStart: null, anchorPages };
  } finally {
    await doc.destroy();
  }
}
