import { z } from 'zod';
import type { CitingDraft, DraftRecord, DraftSaveResult, DraftSummary, DraftVersion, DraftVersionSummary, QuoteResult } from '../../model/draft';
import { richTextDocSchema } from '../../model/rich-text';
import { method, documentId, draftId, draftIds, draftTitle } from './common';
import type { Undoable } from '../../model/undo';

export const draftMethods = {
  /** 草稿: rich-text drafts with citations, autosave and versions (electron/engine/drafts/). */
  'drafts.list': method<{ total: number; items: DraftSummary[] }>()(
    z
      .object({
        trashed: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
  ),
  'drafts.get': method<DraftRecord>()(z.object({ id: draftId }).strict()),
  'drafts.create': method<DraftRecord>()(z.object({ title: draftTitle.optional(), content: richTextDocSchema.optional() }).strict()),
  /** Autosave and rename; baseRevision is the revision this window loaded (a stale save keeps the overwritten text as a version). */
  'drafts.save': method<DraftSaveResult>()(
    z
      .object({ id: draftId, title: draftTitle.optional(), content: richTextDocSchema.optional(), baseRevision: z.number().int().min(0).optional() })
      .strict(),
  ),
  'drafts.trash': method<{ count: number } & Undoable>()(z.object({ ids: draftIds }).strict()),
  'drafts.restore': method<{ count: number }>()(z.object({ ids: draftIds }).strict()),
  /** Deletes drafts in the 回收站 for good, with their versions. */
  'drafts.purge': method<{ count: number }>()(z.object({ ids: draftIds }).strict()),
  'drafts.versions': method<DraftVersionSummary[]>()(z.object({ id: draftId }).strict()),
  'drafts.version': method<DraftVersion>()(z.object({ id: draftId, versionId: z.number().int().min(1) }).strict()),
  /** 保存版本: a snapshot of the current text, optionally named. */
  'drafts.saveVersion': method<DraftVersionSummary>()(z.object({ id: draftId, label: z.string().max(200).optional() }).strict()),
  /** Makes an old version current; the text it replaces is kept as a version first. */
  'drafts.restoreVersion': method<DraftRecord>()(z.object({ id: draftId, versionId: z.number().int().min(1) }).strict()),
  /** 引用到草稿: a passage [start, end) of a document's cleaned text, into a draft (or a new one when draftId is left out). */
  'drafts.quote': method<QuoteResult>()(
    z
      .object({
        documentId,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        draftId: draftId.optional(),
        newTitle: draftTitle.optional(),
      })
      .strict(),
  ),
  /** 被引用: drafts whose citations point at a document. */
  'drafts.citing': method<CitingDraft[]>()(z.object({ documentId }).strict()),
} as const;
