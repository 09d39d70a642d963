import { z } from 'zod';
import { DOCUMENT_KINDS, documentMetaSchema } from '../model/document';
import type { DocumentRecord, DocumentSummary } from '../model/document';
import type { CitingDraft, DraftRecord, DraftSaveResult, DraftSummary, DraftVersion, DraftVersionSummary, QuoteResult } from '../model/draft';
import { richTextDocSchema } from '../model/rich-text';
import type { DuplicateList, DuplicatePair, SimilarDocument } from '../model/duplicates';
import type { HistoryEntry } from '../model/history';
import type { ImportResult } from '../model/import';
import { exportRequestSchema, type ExportFileResult, type ExportResult } from '../model/export';
import type { LibraryChanges, LibraryInfo } from '../model/library';
import { progressKeySchema, type WorkProgress } from '../model/progress';
import type { Note } from '../model/note';
import type { SearchResponse, Suggestion } from '../model/search';
import type {
  DocumentMatches,
  RelatedDocument,
  SavedSearch,
  SearchFacets,
  SearchHistoryEntry,
  SearchIndexProgress,
} from '../model/search-extras';
import type { TagNode } from '../model/tag';
import {
  tagRuleInputSchema,
  tagRulePatchSchema,
  type DocumentSuggestions,
  type RuleApplyResult,
  type RuleTestResult,
  type TagRule,
} from '../model/tag-rule';
import {
  roundPatchSchema,
  roundSettingsSchema,
  reviewerName,
  SCORE_MAX,
  SCORE_MIN,
  SELECTION_STAGES,
  type BookletResult,
  type RoundDetail,
  type RoundSummary,
} from '../model/selection';
import type { BackupList, BackupResult, RestoreResult } from '../model/backup';
import type { BundleApplyResult, BundleExportResult, BundlePlan } from '../model/bundle';
import type { CollectionDetail, CollectionItemsAdded, CollectionList, CollectionMembership, RemovedCollectionItem } from '../model/collection';
import {
  collectionAddItemsSchema,
  collectionAddSectionSchema,
  collectionCommentarySchema,
  collectionContainingSchema,
  collectionCreateSchema,
  collectionDeleteSectionSchema,
  collectionDuplicateSchema,
  collectionGetSchema,
  collectionIdsSchema,
  collectionListSchema,
  collectionMoveItemSchema,
  collectionMoveSectionSchema,
  collectionRemoveItemsSchema,
  collectionRenameSectionSchema,
  collectionUpdateSchema,
  folderCreateSchema,
  folderDeleteSchema,
  folderUpdateSchema,
} from './collection-schemas';
import type { ApiEnvelope } from './errors';
import {
  backupCreateSchema,
  backupKeepSchema,
  backupReadSchema,
  backupRestoreSchema,
  bundleApplySchema,
  bundleExportSchema,
  bundlePreviewSchema,
  conflictChoiceSchema,
} from './exchange-schemas';

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
const roundId = z.string().trim().min(1, '缺少评选活动编号').max(64);

const savedSearchId = z.string().trim().min(1, '缺少保存的搜索编号').max(64);
const savedSearchName = z.string().trim().min(1, '请填写名称').max(60, '名称最多 60 个字');
const savedSearchQuery = z.string().trim().min(1, '检索条件不能为空').max(2000, '检索条件最多 2000 个字');

const draftId = z.string().trim().min(1, '缺少草稿编号').max(64);
const draftIds = z.array(draftId).min(1, '请至少选择一篇草稿').max(10_000);
const draftTitle = z.string().max(200, '草稿标题最多 200 个字');

export const documentSortSchema = z.enum(['updated', 'created', 'date', 'title']);

export const methods = {
  'library.info': method<LibraryInfo>()(empty),
  /** Polled by open windows so that changes made elsewhere (another window, the command line) show up. */
  'library.changes': method<LibraryChanges>()(empty),
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
        /** A 交换包 among the files: what to do with documents that differ from the library's copy. */
        onConflict: conflictChoiceSchema.optional(),
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
        onConflict: conflictChoiceSchema.optional(),
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
  /**
   * Rebuilds the search index from the database. With `background`, returns at once (documents: the
   * number to index) and the rebuild's progress is read with search.status.
   */
  'search.rebuild': method<{ documents: number }>()(z.object({ background: z.boolean().default(false) }).strict()),
  /** Counts per kind, region, year, tag, issuer and collection over every match of the query. */
  'search.facets': method<SearchFacets>()(z.object({ query: z.string().max(10_000) }).strict()),
  /** The index status, and progress while it is rebuilt in the background (polled by the app). */
  'search.status': method<SearchIndexProgress>()(empty),
  /** Where the query matches in one document (the reader highlights and steps through them). */
  'search.matches': method<DocumentMatches>()(z.object({ id: documentId, query: z.string().max(10_000) }).strict()),
  /** 相关资料 of a document, each with its reasons, strongest first. */
  'search.related': method<RelatedDocument[]>()(
    z.object({ id: documentId, limit: z.number().int().min(1).max(50).default(8) }).strict(),
  ),
  /** 保存的搜索, each with how many documents match now. */
  'savedSearches.list': method<SavedSearch[]>()(empty),
  'savedSearches.create': method<SavedSearch>()(
    z.object({ name: savedSearchName, query: savedSearchQuery, sort: z.enum(['relevance', 'date']).default('relevance') }).strict(),
  ),
  'savedSearches.update': method<SavedSearch>()(
    z
      .object({
        id: savedSearchId,
        name: savedSearchName.optional(),
        query: savedSearchQuery.optional(),
        sort: z.enum(['relevance', 'date']).optional(),
      })
      .strict(),
  ),
  'savedSearches.delete': method<{ ok: true }>()(z.object({ id: savedSearchId }).strict()),
  /** 最近搜索, newest first. */
  'searchHistory.list': method<SearchHistoryEntry[]>()(z.object({ limit: z.number().int().min(1).max(50).default(50) }).strict()),
  'searchHistory.add': method<{ ok: true }>()(z.object({ query: z.string().max(10_000) }).strict()),
  'searchHistory.clear': method<{ cleared: number }>()(empty),

  // 十大典型案例评选 (shared/model/selection.ts; electron/engine/selection/)
  'rounds.list': method<RoundSummary[]>()(empty),
  'rounds.get': method<RoundDetail>()(z.object({ id: roundId }).strict()),
  'rounds.create': method<RoundDetail>()(roundSettingsSchema),
  /** Changes the settings; a reviewer taken out loses their scores in this round. */
  'rounds.update': method<RoundDetail>()(z.object({ id: roundId, patch: roundPatchSchema }).strict()),
  /** Deletes the round with its scores and stage history; the case documents stay in the library. */
  'rounds.delete': method<{ ok: true }>()(z.object({ id: roundId }).strict()),
  /** 添加申报: case documents enter the round at 收到; ones already in it are skipped. */
  'rounds.addSubmissions': method<RoundDetail & { added: number; skipped: number }>()(z.object({ roundId, documentIds }).strict()),
  'rounds.removeSubmission': method<RoundDetail>()(z.object({ roundId, documentId }).strict()),
  /** 收到 → 初审 → 入围 → 入选 / 未入选; 未入选 needs a reason. */
  'rounds.moveStage': method<RoundDetail>()(
    z
      .object({
        roundId,
        documentId,
        stage: z.enum(SELECTION_STAGES),
        reason: z.string().trim().max(500, '理由最多 500 个字').optional(),
      })
      .strict(),
  ),
  /** One reviewer's scores (0–100 per criterion key) and comment for one case. */
  'rounds.saveScores': method<RoundDetail>()(
    z
      .object({
        roundId,
        documentId,
        reviewer: reviewerName,
        scores: z.record(
          z.string().min(1).max(40),
          z.number().min(SCORE_MIN, `分数应在 ${SCORE_MIN}–${SCORE_MAX} 之间`).max(SCORE_MAX, `分数应在 ${SCORE_MIN}–${SCORE_MAX} 之间`),
        ),
        comment: z.string().trim().max(5000, '评语最多 5000 个字').default(''),
        /** Criterion key → a short note on it; an empty note removes it. */
        notes: z.record(z.string().min(1).max(40), z.string().trim().max(500, '每项评分说明最多 500 个字')).default({}),
      })
      .strict(),
  ),
  /** 生成汇编: the 入选 cases, in rank order or the order given, become a collection. */
  'rounds.makeBooklet': method<BookletResult>()(
    z
      .object({
        roundId,
        name: z.string().trim().min(1, '专辑名称不能为空').max(200).optional(),
        order: z.array(documentId).max(500).optional(),
      })
      .strict(),
  ),
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
  'drafts.trash': method<{ count: number }>()(z.object({ ids: draftIds }).strict()),
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

  /** 交换包: writes the selected documents, 专辑 and 草稿 (with originals, tags, notes, citations) to one file. */
  'bundle.export': method<BundleExportResult>()(bundleExportSchema),
  /** Checks a bundle and says what importing it would add, find already here, or find changed; writes nothing. */
  'bundle.preview': method<BundlePlan>()(bundlePreviewSchema),
  /** Imports a bundle with the user's choice for each conflict (保留本库 / 采用交换包 / 两份都保留). */
  'bundle.apply': method<BundleApplyResult>()(bundleApplySchema),
  /** 备份: the whole library in one file (to the library's backups folder unless `out` is given). */
  'backup.create': method<BackupResult>()(backupCreateSchema),
  'backup.list': method<BackupList>()(empty),
  /** How many backups the backups folder keeps (the desktop app makes one on quit). */
  'backup.setKeep': method<BackupList>()(backupKeepSchema),
  /** One backup from the backups folder as bytes, to save a copy elsewhere. */
  'backup.read': method<{ fileName: string; contentBase64: string }>()(backupReadSchema),
  /** 从备份恢复 into this library, which must be new or empty. */
  'backup.restore': method<RestoreResult>()(backupRestoreSchema),

  // 导出 (shared/model/export.ts; electron/engine/export/, services/export-service.ts)
  /** Makes an export (Word, PDF, HTML, Markdown…) of documents, a collection or a draft; answers with the file's bytes to save. */
  'export.run': method<ExportResult>()(exportRequestSchema),
  /** Writes the export to exactly this file (the command line's --out); an existing file is replaced. */
  'export.toFile': method<ExportFileResult>()(
    exportRequestSchema.extend({ outFile: z.string().trim().min(1, '请指定导出文件').max(4096) }).strict(),
  ),
  /** How far the export sent with this progressKey has come; null once it has ended (or for an unknown key). */
  'progress.get': method<WorkProgress | null>()(z.object({ key: progressKeySchema }).strict()),

  // 专辑 (shared/model/collection.ts; electron/engine/collections/). Every change is an intent on the current state.
  'collections.list': method<CollectionList>()(collectionListSchema),
  'collections.get': method<CollectionDetail>()(collectionGetSchema),
  'collections.create': method<CollectionDetail>()(collectionCreateSchema),
  /** Rename, description, cover title/subtitle, folder: only the fields given change. */
  'collections.update': method<CollectionDetail>()(collectionUpdateSchema),
  'collections.duplicate': method<CollectionDetail>()(collectionDuplicateSchema),
  'collections.trash': method<{ count: number }>()(collectionIdsSchema),
  'collections.restore': method<{ count: number }>()(collectionIdsSchema),
  /** Deletes collections in the 回收站 for good; the documents in them stay. */
  'collections.purge': method<{ count: number }>()(collectionIdsSchema),
  /** The collections that hold a document. */
  'collections.containing': method<CollectionMembership[]>()(collectionContainingSchema),
  /** 加入专辑: documents, excerpts or drafts, at the end or after a given item; whole documents already in it are skipped. */
  'collections.addItems': method<CollectionItemsAdded>()(collectionAddItemsSchema),
  /** 移出专辑; answers what 撤销 needs to add the items back in place. */
  'collections.removeItems': method<{ collection: CollectionDetail; removed: RemovedCollectionItem[] }>()(collectionRemoveItemsSchema),
  /** Moves one item after another (afterItemId null: first in the section). */
  'collections.moveItem': method<CollectionDetail>()(collectionMoveItemSchema),
  /** 编者按 / 点评 of one item (tiptap JSON; null clears it). */
  'collections.setCommentary': method<CollectionDetail>()(collectionCommentarySchema),
  'collections.addSection': method<{ collection: CollectionDetail; sectionId: string }>()(collectionAddSectionSchema),
  'collections.renameSection': method<CollectionDetail>()(collectionRenameSectionSchema),
  'collections.moveSection': method<CollectionDetail>()(collectionMoveSectionSchema),
  /** Deletes a heading; its items join the section before it. */
  'collections.deleteSection': method<CollectionDetail>()(collectionDeleteSectionSchema),
  'collectionFolders.create': method<{ folderId: string; list: CollectionList }>()(folderCreateSchema),
  /** Renames a folder or moves it under another (parentId null: top level). */
  'collectionFolders.update': method<CollectionList>()(folderUpdateSchema),
  /** Deletes a folder; its collections and sub-folders move up to its parent. */
  'collectionFolders.delete': method<CollectionList>()(folderDeleteSchema),
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
