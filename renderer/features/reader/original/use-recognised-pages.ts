import type { RecognisedPage } from './recognised-lines';

/** Below this score a recognised line is marked 不确定 (shared/model/ocr.ts's OCR_UNCERTAIN_BELOW, once OCR lands). */
const UNCERTAIN_BELOW = 0.85;

const NONE: ReadonlyMap<number, RecognisedPage> = new Map();

/**
 * The pages 文字识别 read for this document, by page number. The seam for OCR: until the contract
 * carries documents.ocrLayout, no page is recognised and the viewers show no boxes.
 */
export function useRecognisedPages(_documentId: string): { pages: ReadonlyMap<number, RecognisedPage>; uncertainBelow: number } {
  return { pages: NONE, uncertainBelow: UNCERTAIN_BELOW };
}
