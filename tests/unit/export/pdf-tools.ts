import { createCanvas } from '@napi-rs/canvas';
import { loadPdfjs, pdfjsCMapUrl } from '../../../electron/engine/core/load-pdfjs';

/** Reading exported PDFs back in tests: the text of each page, and a page drawn to PNG. */

async function open(bytes: Uint8Array) {
  const pdfjs = await loadPdfjs();
  const cMapUrl = pdfjsCMapUrl();
  return pdfjs.getDocument({ data: new Uint8Array(bytes), ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}), disableFontFace: true, useSystemFonts: false }).promise;
}

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await open(bytes);
  const pages: string[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/** Internal link targets of the first pages (the clickable table of contents). */
export async function pdfLinkCount(bytes: Uint8Array, pages = 3): Promise<number> {
  const doc = await open(bytes);
  let count = 0;
  for (let number = 1; number <= Math.min(pages, doc.numPages); number += 1) {
    const annotations = await (await doc.getPage(number)).getAnnotations();
    count += annotations.filter((annotation) => annotation.subtype === 'Link' && annotation.dest).length;
  }
  await doc.destroy();
  return count;
}

export async function pdfPageSizePt(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  const doc = await open(bytes);
  const viewport = (await doc.getPage(1)).getViewport({ scale: 1 });
  await doc.destroy();
  return { width: viewport.width, height: viewport.height };
}

export async function renderPdfPage(bytes: Uint8Array, number: number, scale = 1.5): Promise<Buffer> {
  const doc = await open(bytes);
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
  await doc.destroy();
  return canvas.toBuffer('image/png');
}

export interface PlacedText {
  str: string;
  /** From the page's left edge and bottom edge, in points. */
  x: number;
  y: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PlacedText[];
}

/** Each page's text pieces with where they sit: page numbers are told from the text by their place. */
export async function pdfPlacedText(bytes: Uint8Array): Promise<PdfPageText[]> {
  const doc = await open(bytes);
  const pages: PdfPageText[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []));
    pages.push({ width: viewport.width, height: viewport.height, items });
  }
  await doc.destroy();
  return pages;
}
