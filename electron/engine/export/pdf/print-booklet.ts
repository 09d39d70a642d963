import type { PdfPrinter, PdfRenderer } from '../../core/pdf-renderer';
import type { ReportProgress } from '../../core/progress-board';
import { tocEntries, type ExportBook } from '../export-model';
import { renderHtml, type PrintLayout } from '../html/render-html';
import { mmToPt, TEMPLATES } from '../layout-templates';
import { readPrintedPages, type PrintedPages } from './printed-pages';

/**
 * A booklet printed to PDF. Two things are known only once it is printed: the page each TOC entry
 * landed on, and how many pages the front matter (cover, 编印说明, contents) took. With the page
 * numbers at the outside (GB/T 9704: odd at the right, even at the left) page 1 must be a right-hand
 * page, as the first page of the file is; when the front matter ends on one, the booklet is printed
 * again with a blank page after it. It prints until nothing moves (normally twice), three more times at
 * most, all in one browser session.
 */

const MAX_REPRINTS = 3;

interface Needs {
  toc: boolean;
  rightHandStart: boolean;
}

function nextLayout(current: PrintLayout, printed: PrintedPages, needs: Needs): PrintLayout {
  const anchorIndexes = [...printed.anchorPages.values()];
  const bodyStart = printed.bodyStart ?? (anchorIndexes.length > 0 ? Math.min(...anchorIndexes) : null);
  if (bodyStart === null) return current;
  const next: PrintLayout = {};
  if (needs.toc) next.tocPages = new Map([...printed.anchorPages].map(([anchor, index]) => [anchor, index - bodyStart + 1]));
  // Pages at odd indexes are left-hand pages: the blank page goes in, or out again if it made one.
  if (needs.rightHandStart) next.blankAfterFront = bodyStart % 2 === 1 ? !current.blankAfterFront : Boolean(current.blankAfterFront);
  return next;
}

function sameLayout(a: PrintLayout, b: PrintLayout): boolean {
  const pagesA = a.tocPages ?? new Map<string, number>();
  const pagesB = b.tocPages ?? new Map<string, number>();
  return Boolean(a.blankAfterFront) === Boolean(b.blankAfterFront) && pagesA.size === pagesB.size && [...pagesA].every(([anchor, page]) => pagesB.get(anchor) === page);
}

export async function printBooklet(book: ExportBook, renderer: PdfRenderer, progress: ReportProgress): Promise<{ pdf: Buffer; html: string }> {
  const t = TEMPLATES[book.template];
  const frontMatter = book.cover || book.toc || book.intro.length > 0;
  const needs: Needs = { toc: book.toc, rightHandStart: frontMatter && t.pageNumber.position === 'outside' };
  const anchors = new Set(book.toc ? tocEntries(book).map((entry) => entry.anchor) : []);
  const session = renderer.openSession ? await renderer.openSession() : null;
  const printer: PdfPrinter = session ?? renderer;
  try {
    // The contents' page numbers sit in boxes of one width whether filled or not (render-html.ts), so
    // filling them in moves nothing: the first print only shows where the pages fall.
    let layout: PrintLayout = needs.toc ? { tocPages: new Map() } : {};
    let html = renderHtml(book, layout);
    progress('排版并打印 PDF', 15);
    let measureOnly = anchors.size > 0;
    let pdf = await printer.render(html, { measureOnly });
    if (!needs.toc && !needs.rightHandStart) return { pdf, html };
    for (let pass = 1; pass <= MAX_REPRINTS; pass += 1) {
      const next = nextLayout(layout, await readPrintedPages(pdf, anchors, mmToPt(t.marginMm.bottom)), needs);
      if (sameLayout(next, layout)) break;
      layout = next;
      html = renderHtml(book, layout);
      const step = needs.toc ? '填入目录页码' : '使正文从右页开始';
      progress(`${step}，再次打印（第 ${pass + 1} 遍）`, Math.min(90, 30 + pass * 25));
      pdf = await printer.render(html);
      measureOnly = false;
    }
    // The measured print needed nothing filled in: it is printed once more with its outline and tags.
    if (measureOnly) pdf = await printer.render(html);
    return { pdf, html };
  } finally {
    await session?.close();
  }
}
