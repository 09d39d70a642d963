import { z } from 'zod';
import { ORIGINAL_READ_MAX_BYTES, type OriginalView } from '../../model/original-view';
import { documentId, method } from './common';

export const originalMethods = {
  /** 原件: how the reader shows a document's original file (see shared/model/original-view.ts). */
  'originals.view': method<OriginalView>()(z.object({ id: documentId }).strict()),
  /**
   * A piece of a document's original, byte for byte, as base64: PDFs are read page by page as pdf.js
   * asks (a ranged read), images in a few pieces. `size` is the whole file's.
   */
  'originals.read': method<{ offset: number; size: number; contentBase64: string }>()(
    z
      .object({
        id: documentId,
        offset: z.number().int().min(0).default(0),
        length: z.number().int().min(1).max(ORIGINAL_READ_MAX_BYTES, `一次最多读取 ${ORIGINAL_READ_MAX_BYTES / 1024 / 1024} MB`).default(ORIGINAL_READ_MAX_BYTES),
      })
      .strict(),
  ),
} as const;
