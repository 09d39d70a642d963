/**
 * 文字识别 (OCR) of scans and photos: what each recognised page holds, and where a document's
 * recognition stands. Boxes are in the pixels of the page image that was recognised (`width` ×
 * `height`): a viewer scales them to the page it draws.
 */

export interface OcrBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OcrLine {
  text: string;
  box: OcrBox;
  /** The recogniser's score, 0–1; below OCR_UNCERTAIN_BELOW the line is shown as 不确定. */
  confidence: number;
}

/** A line recognised with a score below this is marked 不确定 in the reader. */
export const OCR_UNCERTAIN_BELOW = 0.85;

export interface OcrPage {
  /** 1-based: the PDF page, or 1 for an image. */
  page: number;
  width: number;
  height: number;
  /** In reading order. */
  lines: OcrLine[];
  /** Mean line confidence weighted by length; null for a page without text. */
  confidence: number | null;
}

export type OcrStatus = 'queued' | 'running' | 'done' | 'cancelled' | 'failed';

export const OCR_STATUS_LABELS: Record<OcrStatus, string> = {
  queued: '等待识别文字',
  running: '正在识别文字…',
  done: '文字识别完成',
  cancelled: '文字识别已取消',
  failed: '文字识别失败',
};

/** Where a document's recognition stands. */
export interface OcrState {
  documentId: string;
  status: OcrStatus;
  /** Pages that need recognition (a PDF's pages without a text layer; 1 for an image). */
  pagesTotal: number;
  pagesDone: number;
  /** zh-CN: the status as the reader shows it, or why it failed. */
  message: string;
  /** Mean confidence over the recognised pages, once done. */
  confidence: number | null;
}

/** documents.ocrLayout: the recognised pages with their lines, for the 原件 viewer's boxes. */
export interface OcrLayout {
  state: OcrState | null;
  pages: OcrPage[];
}
