import { z } from 'zod';
import type { DuplicateList, DuplicatePair, SimilarDocument } from '../../model/duplicates';
import { method, documentId } from './common';

export const duplicateMethods = {
  /** 查重: pairs of near-duplicate documents; pending ones (both documents in the library) by default. */
  'duplicates.list': method<DuplicateList>()(
    z
      .object({
        status: z.enum(['pending', 'all']).default('pending'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
  ),
  /** 保留两份 (keepBoth), or 合并 (merge): keepId stays, the other goes to the 回收站 after giving it its tags and notes. */
  'duplicates.resolve': method<DuplicatePair>()(
    z
      .object({
        pairId: z.number().int().min(1),
        action: z.enum(['keepBoth', 'merge']),
        /** The document to keep when merging; the one that was in the library first if left out. */
        keepId: documentId.optional(),
      })
      .strict()
      .refine((request) => request.action === 'merge' || request.keepId === undefined, {
        message: '只有合并时才需要指定保留哪一份',
        path: ['keepId'],
      }),
  ),
  /** Documents whose text resembles this one's (the reader's 相似资料). */
  'duplicates.check': method<SimilarDocument[]>()(z.object({ id: documentId }).strict()),
} as const;
