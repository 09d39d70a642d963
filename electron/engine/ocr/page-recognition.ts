import type { OcrLine, OcrPage } from '../../../shared/model/ocr';
import { layoutPage, type OcrParagraph } from './ocr-layout';
import { recognizeImage } from './ocr-recognizer';
import { decodePageImage } from './page-image';
import { renderPdfPage } from './pdf-page-images';

/** One page to recognise: an image file, or one page of a PDF. */
export interface PageRecognitionTask {
  source: 'image' | 'pdf';
  bytes: Uint8Array;
  page: number;
  /** Where ocr-models/ is in a packaged app. */
  resourcesFolder: string;
}

/** A recognised page: what the viewer draws (lines with boxes) and what the readers take (paragraphs). */
export interface RecognisedPage extends OcrPage {
  paragraphs: OcrParagraph[];
}

/** Mean confidence weighted by each line's length: one doubtful character in a short line weighs little. */
export function pageConfidence(lines: readonly OcrLine[]): number | null {
  const characters = lines.reduce((sum, line) => sum + line.text.length, 0);
  if (characters === 0) return null;
  return Math.round((lines.reduce((sum, line) => sum + line.confidence * line.text.length, 0) / characters) * 1000) / 1000;
}

/** Decodes or renders one page, recognises it and lays it out. Runs in the OCR worker (ocr-pool.ts). */
export async function recognizePage(task: PageRecognitionTask): Promise<RecognisedPage> {
  const image = task.source === 'pdf' ? await renderPdfPage(task.bytes, task.page) : await decodePageImage(task.bytes);
  const recognised = await recognizeImage(image, task.resourcesFolder);
  const layout = layoutPage(recognised.lines, task.page, recognised.skew);
  return { page: task.page, width: image.width, height: image.height, lines: layout.ordered, confidence: pageConfidence(layout.ordered), paragraphs: layout.lines };
}
