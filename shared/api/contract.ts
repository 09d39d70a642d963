import { z } from 'zod';
import { DOCUMENT_KINDS, documentMetaSchema } from '../model/document';
import type { DocumentRecord, DocumentSummary } from '../model/document';
import type { DuplicateList, DuplicatePair, SimilarDocument } from '../model/duplicates';
import type { HistoryEntry } from '../model/history';
import type { ImportResult } from '../model/import';
import type { LibraryInfo } from '../model/library';
import type { Note } from '../model/note';
import type { SearchResponse, Suggestion } from '../model/search';
import type { TagNode } from '../model/tag';
import {
  tagRuleInputSchema,
  tagRulePatchSchema,
  type DocumentSuggestions,
  type RuleApplyResult,
  type RuleTestResult,
  type TagRule,
} from '../model/tag-rule';
import type { ApiEnvelope } from './errors';

/**
 * The one API contract. Every door (Electron IPC, the HTTP bridge, the command line) validates a
 * request with the schema named here before the engine sees it; the engine's handler table is
 * checked against the same map, so the client, the IPC table and the bridge cannot drift.
 */
function method<Response>() {
  return <RequestSchema extends z.ZodType>(request: RequestSchema) => ({
    request,
    response: undefined as unknown as Response,
  });
}

// Validation messages reach the user through every door, so zod speaks Chinese.
z.config(z.locales.zhCN());

const importEncoding = z.string().trim().min(1).max(40).optional();
const documentId = z.string().trim().min(1, '缺少资料编号').max(64);
const documentIds = z.array(documentId).min(1, '请至少选择一份资料').max(10_000);
const tagPath = z.string().trim().min(1, '标签不能为空').max(200);
const empty = z.object({}).strict();
const tagRuleId = z.string().trim().min(1, '缺少规则编号').max(64);
const suggestionId = z.number().int().min(1);

export const documentSortSchema = z.enum(['updated', 'created', 'date', 'title']);

export const methods = {
  'library.info': method<LibraryInfo>()(empty),
  /** Adds the bundled sample library; only ever on the user's request. */
  'library.loadSample': method<{ imported: number }>()(empty),
  /** The user chose to start with an empty library: stop offering the sample. */
  'library.declineSample': method<{ ok: true }>()(empty),

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
  'documents.update': method<DocumentRecord>()(
    z
      .object({
        id: documentId,
        patch: documentMetaSchema.partial().strict(),
      })
      .strict(),
  ),
  'documents.setTags': method<DocumentRecord>()(
    z
      .object({
        id: documentId,
        add: z.array(tagPath).max(200).default([]),
        remove: z.array(tagPath).max(200).default([]),
      })
      .strict(),
  ),
  'documents.trash': method<{ count: number }>()(z.object({ ids: documentIds }).strict()),
  'documents.restore': method<{ count: number }>()(z.object({ ids: documentIds }).strict()),
  /** Removes documents from the trash for good; refuses documents that are not in the trash. */
  'documents.purge': method<{ count: number }>()(z.object({ ids: documentIds }).strict()),
  'documents.history': method<HistoryEntry[]>()(z.object({ id: documentId }).strict()),
  /** Reads a text document's original again in another encoding (when the detected one gave 乱码). */
  'documents.reread': method<DocumentRecord>()(z.object({ id: documentId, encoding: z.string().trim().min(1, '请选择文字编码').max(40) }).strict()),
  /** Tags suggested by rules and quoted terms found at import, not yet adopted or dismissed. */
  'documents.suggestions': method<DocumentSuggestions>()(z.object({ id: documentId }).strict()),
  /** 采用: adds the suggested tag (a term becomes a tag) to the document. */
  'documents.applySuggestion': method<DocumentRecord>()(z.object({ id: documentId, suggestionId }).strict()),
  /** 忽略: the suggestion is not offered again. */
  'documents.dismissSuggestion': method<{ ok: true }>()(z.object({ id: documentId, suggestionId }).strict()),

  'import.files': method<ImportResult[]>()(
    z
      .object({
        paths: z.array(z.string().min(1).max(4096)).min(1, '请选择要导入的文件').max(10_000),
        kind: z.enum(DOCUMENT_KINDS).optional(),
        tags: z.array(tagPath).max(50).default([]),
        /** A text encoding to read the files in instead of the detected one, e.g. gb18030. */
        encoding: importEncoding,
      })
      .strict(),
  ),
  /** Files picked or dropped in the browser, sent as bytes (base64). */
  'import.upload': method<ImportResult[]>()(
    z
      .object({
        files: z
          .array(
            z
              .object({
                name: z.string().trim().min(1).max(1024),
                contentBase64: z.string().max(400 * 1024 * 1024),
              })
              .strict(),
          )
          .min(1, '请选择要导入的文件')
          .max(1000),
        kind: z.enum(DOCUMENT_KINDS).optional(),
        tags: z.array(tagPath).max(50).default([]),
        encoding: importEncoding,
      })
      .strict(),
  ),

  'tags.list': method<TagNode[]>()(empty),
  'tags.create': method<TagNode[]>()(
    z.object({ path: tagPath, description: z.string().max(500).nullable().default(null) }).strict(),
  ),
  'tags.rename': method<TagNode[]>()(z.object({ path: tagPath, newPath: tagPath }).strict()),
  /** Deletes a tag and its children, and takes them off every document. */
  'tags.delete': method<TagNode[]>()(z.object({ path: tagPath }).strict()),

  'tagRules.list': method<TagRule[]>()(empty),
  'tagRules.create': method<TagRule>()(tagRuleInputSchema),
  'tagRules.update': method<TagRule>()(z.object({ id: tagRuleId, patch: tagRulePatchSchema }).strict()),
  'tagRules.delete': method<{ ok: true }>()(z.object({ id: tagRuleId }).strict()),
  /** Runs a rule (saved or still in the editor) over the library without changing anything. */
  'tagRules.test': method<RuleTestResult>()(z.object({ rule: tagRuleInputSchema }).strict()),
  /** Gives the rule's tag to every matching document, except where the user dismissed it. */
  'tagRules.applyToLibrary': method<RuleApplyResult>()(z.object({ ruleId: tagRuleId }).strict()),

  'notes.list': method<Note[]>()(z.object({ documentId }).strict()),
  'notes.add': method<Note>()(
    z.object({ documentId, body: z.string().trim().min(1, '备注不能为空').max(100_000) }).strict(),
  ),
  'notes.update': method<Note>()(
    z.object({ id: z.string().min(1).max(64), body: z.string().trim().min(1, '备注不能为空').max(100_000) }).strict(),
  ),
  'notes.delete': method<{ ok: true }>()(z.object({ id: z.string().min(1).max(64) }).strict()),

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

  'search.query': method<SearchResponse>()(
    z
      .object({
        query: z.string().max(10_000),
        sort: z.enum(['relevance', 'date']).default('relevance'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
  ),
  /** Search-as-you-type over titles, tags, practice names, issuers and regions. */
  'search.suggest': method<Suggestion[]>()(
    z.object({ prefix: z.string().max(200), limit: z.number().int().min(1).max(50).default(10) }).strict(),
  ),
  /** Rebuilds the search index from the database. */
  'search.rebuild': method<{ documents: number }>()(empty),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const METHOD_NAMES = Object.keys(methods) as MethodName[];

/** What a caller may send (defaults not yet applied). */
export type RequestOf<M extends MethodName> = z.input<Methods[M]['request']>;
/** What a handler receives after validation (defaults applied). */
export type ParsedRequestOf<M extends MethodName> = z.output<Methods[M]['request']>;
export type ResponseOf<M extends MethodName> = Methods[M]['response'];

/** The contract as the renderer sees it: one async function per method. */
export type CasebookApi = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<ResponseOf<M>>;
};

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, value);
}

/**
 * What a transport carries: the same methods, answering with an envelope instead of throwing, because
 * typed errors do not survive Electron's contextBridge or HTTP. The preload object satisfies this;
 * the renderer's client unwraps it into CasebookApi.
 */
export type CasebookBridge = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<ApiEnvelope<ResponseOf<M>>>;
};
