import { z } from 'zod';
import type { OcrLayout, OcrState } from '../../model/ocr';
import { documentId, method } from './common';

export const ocrMethods = {
  /** 文字识别 of one document: its recognised pages with every line's text, box and confidence (for the 原件 viewer), and its status. */
  'documents.ocrLayout': method<OcrLayout>()(z.object({ id: documentId }).strict()),
  /** Where recognition stands for these documents (none given: every document waiting or being recognised). */
  'documents.ocrStatus': method<OcrState[]>()(z.object({ ids: z.array(documentId).max(1000).optional() }).strict()),
  /** 识别文字 / 重新识别: queues a scan's pages for recognition in the background; `redo` forgets the earlier result. */
  'documents.ocr': method<OcrState>()(z.object({ id: documentId, redo: z.boolean().default(false) }).strict()),
  /** 取消识别: stops a document's recognition (pages already read are kept; 识别文字 goes on from them). */
  'documents.ocrCancel': method<OcrState | null>()(z.object({ id: documentId }).strict()),
  /** Runs the queued recognition of these documents in the caller's process and answers when it has ended (the command line waits with it). */
  'documents.ocrWait': method<OcrState[]>()(z.object({ ids: z.array(documentId).min(1).max(1000) }).strict()),
} as const;
