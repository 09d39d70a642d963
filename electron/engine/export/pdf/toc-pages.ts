import { loadPdfjs } from '../../core/load-pdfjs';

/**
 * Where each table-of-contents entry landed in a printed PDF, as the page number printed on that page.
 * Chromium writes every in-page link target as a named destination (“item-3”), so the TOC's links
 * say which page each item starts on; the pages up to the last TOC page are the cover and the TOC,
 * which are not numbered. The PDF is then printed again with these numbers in the TOC.
 */
export async function tocPageNumbers(pdf: Buffer, anchors: ReadonlySet<string>): Promise<Map<string, number>> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  try {
    const targets = new Map<string, number>();
    const linkPages: number[] = [];
    for (let index = 0; index < Math.min(doc.numPages, 40); index += 1) {
      const annotations = await (await doc.getPage(index + 1)).getAnnotations();
      for (const annotation of annotations) {
        const name = annotation.subtype === 'Link' && typeof annotation.dest === 'string' ? annotation.dest : null;
        if (!name || !anchors.has(name) || targets.has(name)) continue;
        const dest = await doc.getDestination(name);
        if (!dest) continue;
        targets.set(name, await doc.getPageIndex(dest[0] as never));
        linkPages.push(index);
      }
      // Past the table of contents: every entry has been seen.
      if (targets.size === anchors.size) break;
    }
    const front = linkPages.length > 0 ? Math.max(...linkPages) + 1 : 0;
    return new Map([...targets].map(([name, pageIndex]) => [name, pageIndex - front + 1]));
  } finally {
    await doc.destroy();
  }
}
