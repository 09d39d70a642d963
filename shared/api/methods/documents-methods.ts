import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentRecord, type DocumentSummary, documentMetaSchema } from '../../model/document';
import type { RemovedBlockView } from '../../model/cleaning';
import type { HistoryEntry } from '../../model/history';
import type { Note } from '../../model/note';
import type { DocumentSuggestions } from '../../model/tag-rule';
import { method, documentId, documentIds, tagPath, suggestionId, documentSortSchema } from './common';
import type { Undoable } from '../../model/undo';

export const documentMethods = {
  'documents.list': method<{ total: number; items: DocumentSummary[] }>()(
    z
      .object({
        kind: z.enum(DOCUMENT_KINDS).optional(),
        tag: tagPath.optional(),
        trashed: z.boolean().default(false),
        sort: documentSortSchema.default('updated'),
        order: z.enum(['asc', 'desc']).default('desc'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  'documents.get': method<DocumentRecord>()(z.object({ id: documentId }).strict()),
  'documents.update': method<DocumentRecord & Undoable>()(
    z
      .object({
        id: documentId,
        patch: documentMetaSchema.partial().strict(),
      })
      .strict(),
  ),
  'documents.setTags': method<DocumentRecord & Undoable>()(
    z
      .object({
        id: documentId,
        add: z.array(tagPath).max(200).default([]),
        remove: z.array(tagPath).max(200).default([]),
      })
      .strict(),
  ),
  'documents.trash': method<{ count: number } & Undoable>()(z.object({ ids: documentIds }).strict()),
  'documents.restore': method<{ count: number }>()(z.object({ ids: documentIds }).strict()),
  /** Removes documents from the trash for good; refuses documents that are not in the trash. */
  'documents.purge': method<{ count: number }>()(z.object({ ids: documentIds }).strict()),
  'documents.history': method<HistoryEntry[]>()(z.object({ id: documentId }).strict()),
  /** 查看清理掉的内容: what import's cleaning took out of the document, each with the rule that did. */
  'documents.removed': method<RemovedBlockView[]>()(z.object({ id: documentId }).strict()),
  /** 恢复: a removed line goes back into the text where it stood (a user correction a re-read keeps); 撤销 takes it out again. */
  'documents.restoreRemoved': method<DocumentRecord & Undoable>()(z.object({ id: documentId, blockId: z.number().int().min(1) }).strict()),
  /** Reads a text document's original again in another encoding (when the detected one gave 乱码). */
  'documents.reread': method<DocumentRecord>()(z.object({ id: documentId, encoding: z.string().trim().min(1, '请选择文字编码').max(40) }).strict()),
  /** Tags suggested by rules and quoted terms found at import, not yet adopted or dismissed. */
  'documents.suggestions': method<DocumentSuggestions>()(z.object({ id: documentId }).strict()),
  /** 采用: adds the suggested tag (a term becomes a tag) to the document. */
  'documents.applySuggestion': method<DocumentRecord>()(z.object({ id: documentId, suggestionId }).strict()),
  /** 忽略: the suggestion is not offered again. */
  'documents.dismissSuggestion': method<{ ok: true }>()(z.object({ id: documentId, suggestionId }).strict()),

  'notes.list': method<Note[]>()(z.object({ documentId }).strict()),
  'notes.add': method<Note>()(
    z.object({ documentId, body: z.string().trim().min(1, '备注不能为空').max(100_000) }).strict(),
  ),
  'notes.update': method<Note>()(
    z.object({ id: z.string().min(1).max(64), body: z.string().trim().min(1, '备注不能为空').max(100_000) }).strict(),
  ),
  'notes.delete': method<{ ok: true }>()(z.object({ id: z.string().min(1).max(64) }).strict()),
} as const;
