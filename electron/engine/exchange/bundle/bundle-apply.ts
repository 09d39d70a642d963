import { DOCUMENT_META_FIELDS, type DocumentMeta } from '../../../../shared/model/document';
import type { BundleApplyResult, ConflictChoice } from '../../../../shared/model/bundle';
import { isCasebookError } from '../../../../shared/api/errors';
import { blankImportResult, failedImport, type ImportResult } from '../../../../shared/model/import';
import { findDocumentRow, insertDocumentRow, META_COLUMNS, metaFromRow, updateDocumentColumns, type DocumentRow } from '../../documents/documents-repo';
import { recordHistory, type HistoryChange } from '../../documents/history-repo';
import { hasOriginal, insertOriginal } from '../../documents/originals-repo';
import { addDocumentTag, ensureTag, validTagPath } from '../../tags/tags-repo';
import { indexAndLink } from '../../duplicates/near-duplicate-index';
import type { Library } from '../../core/library';
import { crashPoint } from '../../core/crash-points';
import { newId, nowIso } from '../../core/ids';
import { WRITE_BATCH_BUDGET_MS, WRITE_BATCH_ITEMS } from '../../core/write-batches';
import { originalEntryName, type BundleDocument, type BundleDocumentHead } from './bundle-format';
import { planDocuments, type DocumentPlan } from './bundle-plan';
import type { OpenedBundle, StoredBundleDocument } from './bundle-read';
import { applyRecord, planRecords, type RecordCounts } from './bundle-record-merge';
import { insertNoteIfAbsent, setDocumentTimes, updateNoteOfDocument } from './bundle-repo';

export interface ApplyOptions {
  /** Shown as `file` in every result line: the bundle as the user named it. */
  fileName: string;
  /** For conflicts the user did not decide one by one. */
  onConflict: ConflictChoice;
  /** Per item id (document, 专辑 or 草稿). */
  choices: Record<string, ConflictChoice>;
}

function describe(result: ImportResult, meta: DocumentMeta): ImportResult {
  return { ...result, title: meta.title, kind: meta.kind, date: meta.date, source: meta.source, author: meta.author, issuer: meta.issuer, docNumber: meta.docNumber, region: meta.region };
}

function shown(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Stores the originals a batch needs, after the whole bundle was checked and just before the batch's rows refer to them. */
function saveOriginals(library: Library, bundle: OpenedBundle, documents: BundleDocumentHead[]): void {
  for (const document of documents) {
    const original = document.original;
    if (!original) continue;
    if (hasOriginal(library.db, original.sha256)) continue;
    const { bytes } = bundle.reader.read(originalEntryName(original.sha256));
    library.originals.save(original.sha256, original.fileName || 'original', bytes);
  }
}

function insertOriginalRow(library: Library, document: Omit<BundleDocument, 'text'>, now: string): void {
  if (!document.original) return;
  const stored = library.originals.relativePathFor(document.original.sha256, document.original.fileName || 'original');
  insertOriginal(library.db, document.original.sha256, document.original.size, stored, now);
}

function mergeTagsAndNotes(library: Library, seq: number, document: Omit<BundleDocument, 'text'>, now: string, copyNotes: boolean): void {
  for (const raw of document.tags) {
    let tag: string;
    try {
      tag = validTagPath(raw);
    } catch {
      continue;
    }
    addDocumentTag(library.db, seq, ensureTag(library.db, tag, now));
  }
  for (const note of document.notes) {
    insertNoteIfAbsent(library.db, { id: copyNotes ? newId() : note.id, documentSeq: seq, body: note.body, createdAt: note.createdAt, updatedAt: note.updatedAt });
  }
}

function insertDocument(library: Library, document: BundleDocument, id: string, now: string): number {
  insertOriginalRow(library, document, now);
  const seq = insertDocumentRow(library.db, {
    id,
    meta: document.meta,
    text: document.text,
    textSha256: document.textSha256,
    originalSha256: document.original?.sha256 ?? null,
    originalName: document.original?.fileName ?? null,
    encoding: document.original?.encoding ?? null,
    fieldOrigins: document.fieldOrigins,
    now,
  });
  // The same document: it keeps the times it had in the library it came from.
  setDocumentTimes(library.db, seq, document.createdAt, id === document.id ? document.updatedAt : now);
  mergeTagsAndNotes(library, seq, document, now, id !== document.id);
  return seq;
}

/** 采用交换包: the library's copy takes the bundle's metadata, text and original; each change goes into its history. */
function takeTheirs(library: Library, existing: DocumentRow, document: BundleDocument, now: string): void {
  const before = metaFromRow(existing);
  const columns: Record<string, unknown> = {};
  const changes: HistoryChange[] = [];
  for (const field of DOCUMENT_META_FIELDS) {
    if ((before[field] ?? null) === (document.meta[field] ?? null)) continue;
    columns[META_COLUMNS[field]] = document.meta[field];
    changes.push({ field, oldValue: shown(before[field]), newValue: shown(document.meta[field]) });
  }
  if (existing.text_sha256 !== document.textSha256) {
    columns.text = document.text;
    columns.text_sha256 = document.textSha256;
    changes.push({ field: 'text', oldValue: '正文（本库版本）', newValue: '正文（交换包版本）' });
  }
  if ((existing.original_sha256 ?? null) !== (document.original?.sha256 ?? null)) {
    insertOriginalRow(library, document, now);
    columns.original_sha256 = document.original?.sha256 ?? null;
    columns.original_name = document.original?.fileName ?? null;
    columns.encoding = document.original?.encoding ?? null;
    changes.push({ field: 'original', oldValue: existing.original_name, newValue: document.original?.fileName ?? null });
  }
  columns.field_origins = JSON.stringify(document.fieldOrigins);
  updateDocumentColumns(library.db, existing.seq, columns, now);
  if (changes.length > 0) recordHistory(library.db, existing.seq, changes, library.actor, now);
  for (const note of document.notes) updateNoteOfDocument(library.db, note.id, existing.seq, note.body, note.updatedAt);
}

/** 查重 for a stored text, with the signature the parse worker computed beside it. */
function relink(library: Library, seq: number, document: StoredBundleDocument, live: boolean, now: string): void {
  indexAndLink(library.db, { seq, text: document.text, docNumber: document.meta.docNumber, live }, now, document.signature ?? undefined);
}

/** The text a plan stores, read when its batch is written; never the whole bundle's texts at once. */
type TextsOf = (plan: DocumentPlan) => StoredBundleDocument;

function choiceFor(plan: DocumentPlan, options: ApplyOptions): ConflictChoice {
  return options.choices[plan.document.id] ?? options.onConflict;
}

/** Whether applying the plan stores the bundle's text (and original): a new document, or a conflict not kept as ours. */
function storesText(plan: DocumentPlan, options: ApplyOptions): boolean {
  return plan.item.status === 'new' || (plan.item.status === 'conflict' && choiceFor(plan, options) !== 'mine');
}

function applyDocument(library: Library, textOf: TextsOf, plan: DocumentPlan, options: ApplyOptions, now: string): ImportResult {
  const { document, existing, item } = plan;
  const base = blankImportResult(options.fileName, 'duplicate');
  if (item.status === 'new') {
    const stored = textOf(plan);
    const seq = insertDocument(library, stored, document.id, now);
    relink(library, seq, stored, true, now);
    return describe({ ...base, status: 'imported', id: document.id }, document.meta);
  }
  const target = existing ?? (item.existingId ? findDocumentRow(library.db, item.existingId) : undefined);
  if (!target) return describe({ ...base, duplicateOf: item.existingId }, document.meta);
  if (item.status === 'duplicate') {
    // Already here: only what is missing (tags by path, notes by id) is added.
    mergeTagsAndNotes(library, target.seq, document, now, target.id !== document.id);
    return describe({ ...base, duplicateOf: target.id }, document.meta);
  }
  const choice = choiceFor(plan, options);
  if (choice === 'mine') {
    mergeTagsAndNotes(library, target.seq, document, now, false);
    return describe({ ...base, duplicateOf: target.id, warnings: [`与本库中的版本不同（${item.differences.join('、')}），已保留本库版本`] }, metaFromRow(target));
  }
  if (choice === 'theirs') {
    const stored = textOf(plan);
    takeTheirs(library, target, stored, now);
    mergeTagsAndNotes(library, target.seq, document, now, false);
    relink(library, target.seq, stored, target.deleted_at === null, now);
    return describe({ ...base, status: 'imported', id: target.id, warnings: [`已用交换包中的版本更新本库资料（${item.differences.join('、')}）`] }, document.meta);
  }
  const copyId = newId();
  const stored = textOf(plan);
  const seq = insertDocument(library, stored, copyId, now);
  relink(library, seq, stored, true, now);
  return describe({ ...base, status: 'imported', id: copyId, warnings: [`本库已有不同版本的同一资料 [${target.id}]，两份都已保留`] }, document.meta);
}

/** Documents per batch at most, and the texts a batch may read before it is written (one larger document goes alone). */
const BATCH_DOCUMENTS = WRITE_BATCH_ITEMS;
const BATCH_TEXT_CHARS = 4_000_000;

/** Consecutive plans in batches of at most BATCH_DOCUMENTS, whose texts to store add up to at most BATCH_TEXT_CHARS. */
function batches(plans: DocumentPlan[], options: ApplyOptions): DocumentPlan[][] {
  const out: DocumentPlan[][] = [];
  let current: DocumentPlan[] = [];
  let chars = 0;
  for (const plan of plans) {
    const size = storesText(plan, options) ? plan.document.textLength : 0;
    if (current.length > 0 && (current.length >= BATCH_DOCUMENTS || chars + size > BATCH_TEXT_CHARS)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(plan);
    chars += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Writes `items` in short transactions as core/write-batches.ts does (at most WRITE_BATCH_ITEMS, and
 * no more once WRITE_BATCH_BUDGET_MS have passed; the lock left free between them at least as long as
 * it was held), adding to `done` the lines of each transaction once it committed: a transaction that
 * fails takes its own lines with it, and the lines before it stay.
 */
async function writeCommitted<T>(library: Library, items: readonly T[], writeOne: (item: T) => ImportResult, done: ImportResult[]): Promise<void> {
  let next = 0;
  while (next < items.length) {
    const started = performance.now();
    const lines = library.write(() => {
      const written: ImportResult[] = [];
      const end = Math.min(items.length, next + WRITE_BATCH_ITEMS);
      for (let at = next; at < end; at += 1) {
        written.push(writeOne(items[at] as T));
        if (performance.now() - started >= WRITE_BATCH_BUDGET_MS) break;
      }
      return written;
    });
    next += lines.length;
    done.push(...lines);
    const held = performance.now() - started;
    if (next < items.length) await new Promise((resolve) => setTimeout(resolve, Math.max(1, held)));
  }
}

function partlyImported(fileName: string, written: number, error: unknown): ImportResult {
  const reason = isCasebookError(error) ? error.message : '写入资料库时出错';
  if (!isCasebookError(error)) console.error(`导入交换包“${fileName}”时出现程序错误：`, error);
  return failedImport(
    fileName,
    `交换包只导入了一部分：前 ${written} 项已处理并保留，其余未导入（${reason}）。再次导入同一个交换包即可补上其余部分，已导入的会识别为重复。`,
  );
}

/**
 * Imports a checked bundle a batch at a time: each batch's texts are read (in a parse worker) and its
 * originals saved just before its rows are written, in short transactions that leave the write lock
 * free between them; 专辑 and 草稿 follow once every document is in. A failure before anything
 * committed changes nothing and throws; one later stops there and says what was imported, in a
 * failed line: importing the same bundle again adds the rest, the documents already in being
 * recognised as duplicates.
 */
export async function applyBundle(library: Library, bundle: OpenedBundle, options: ApplyOptions): Promise<BundleApplyResult> {
  const documentPlans = planDocuments(library, bundle);
  const now = nowIso();
  const idMap = new Map<string, string>();
  const results: ImportResult[] = [];
  const collections: RecordCounts = { imported: 0, duplicate: 0, updated: 0 };
  const drafts: RecordCounts = { imported: 0, duplicate: 0, updated: 0 };
  try {
    for (const batch of batches(documentPlans, options)) {
      const texts = new Map<DocumentPlan, StoredBundleDocument>();
      for (const plan of batch) if (storesText(plan, options)) texts.set(plan, await bundle.document(plan.document));
      library.search.offerTokens([...texts.values()].flatMap((stored) => (stored.tokens ? [stored.tokens] : [])));
      saveOriginals(library, bundle, batch.filter((plan) => storesText(plan, options)).map((plan) => plan.document));
      crashPoint('bundle:originals-saved');
      const textOf: TextsOf = (plan) => {
        const stored = texts.get(plan);
        if (!stored) throw new Error(`text of ${plan.document.id} not read`);
        return stored;
      };
      await writeCommitted(
        library,
        batch,
        (plan) => {
          const result = applyDocument(library, textOf, plan, options, now);
          const here = result.id ?? result.duplicateOf;
          if (here) idMap.set(plan.document.id, here);
          return result;
        },
        results,
      );
      crashPoint('bundle:batch-written');
    }
    // 专辑 and 草稿 point at the documents as they are in this library (a duplicate under another id, a kept copy).
    const documents = {
      id: (id: string): string => idMap.get(id) ?? id,
      seq: (id: string): number | null => findDocumentRow(library.db, idMap.get(id) ?? id)?.seq ?? null,
    };
    const recordPlans = planRecords(library, bundle);
    await writeCommitted(
      library,
      recordPlans,
      (plan) => applyRecord(library, plan, options.choices[plan.record.id] ?? options.onConflict, documents, plan.kind.type === 'collection' ? collections : drafts, options.fileName),
      results,
    );
  } catch (error) {
    if (results.length === 0) throw error;
    results.push(partlyImported(options.fileName, results.length, error));
  } finally {
    // Tokens of a batch that stopped short (megabytes for a large text) are not kept for the app's lifetime.
    library.search.offerTokens([]);
  }
  return { results, collections, drafts };
}
