import { createCanvas } from '@napi-rs/canvas';
import { CasebookError } from '../../../shared/api/errors';
import { loadPdfjs, pdfjsCMapUrl } from '../core/load-pdfjs';
import { MAX_RECOGNISED_LONG_SIDE, type RgbaImage } from './page-image';

/** Scanned pages are rendered at this resolution: 五号 body text comes out 25–30 px high, what the recogniser reads best. */
const RENDER_DPI = 200;
/** A page with fewer visible characters than this in its text layer is a scan (a stray page number does not count as text). */
const MIN_TEXT_LAYER_CHARS = 8;

type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']>;

async function withPdf<T>(bytes: Uint8Array, use: (pdf: PdfDocument) => Promise<T>): Promise<T> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: false, cMapUrl: pdfjsCMapUrl(), cMapPacked: true });
  let pdf: PdfDocument;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw new CasebookError('IMPORT_FAILED', 'PDF 文件已损坏或不完整，无法识别文字。', String(error));
  }
  try {
    return await use(pdf);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** The 1-based numbers of the pages that have no text layer (scanned pages): the ones to recognise. */
export function pdfPagesWithoutText(bytes: Uint8Array): Promise<number[]> {
  return withPdf(bytes, async (pdf) => {
    const pages: number[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const visible = content.items.reduce((sum, item) => sum + ('str' in item ? item.str.replace(/\s+/g, '').length : 0), 0);
      if (visible < MIN_TEXT_LAYER_CHARS) pages.push(number);
      page.cleanup();
    }
    return pages;
  });
}

/** One page rendered to pixels for recognition, on white, at RENDER_DPI (or smaller for a huge page). */
export function renderPdfPage(bytes: Uint8Array, pageNumber: number): Promise<RgbaImage> {
  return withPdf(bytes, async (pdf) => {
    if (pageNumber < 1 || pageNumber > pdf.numPages) throw new CasebookError('IMPORT_FAILED', `PDF 没有第 ${pageNumber} 页。`, `page ${pageNumber} of ${pdf.numPages}`);
    const page = await pdf.getPage(pageNumber);
    const base = page.getViewport({ scale: 1 });
    const scale = Math.min(RENDER_DPI / 72, MAX_RECOGNISED_LONG_SIDE / Math.max(base.width, base.height));
    const viewport = page.getViewport({ scale });
    const width = Math.max(1, Math.round(viewport.width));
    const height = Math.max(1, Math.round(viewport.height));
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    page.cleanup();
    const pixels = context.getImageData(0, 0, width, height);
    return { width, height, data: new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength) };
  });
}
