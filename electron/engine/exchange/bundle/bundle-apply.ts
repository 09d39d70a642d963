import { DOCUMENT_META_FIELDS, type DocumentMeta } from '../../../../shared/model/document';
import type { BundleApplyResult, ConflictChoice } from '../../../../shared/model/bundle';
import { blankImportResult, type ImportResult } from '../../../../shared/model/import';
import { findDocumentRow, insertDocumentRow, META_COLUMNS, metaFromRow, updateDocumentColumns, type DocumentRow } from '../../documents/documents-repo';
import { recordHistory, type HistoryChange } from '../../documents/history-repo';
import { hasOriginal, insertOriginal } from '../../documents/originals-repo';
import { addDocumentTag, ensureTag, validTagPath } from '../../tags/tags-repo';
import { indexAndLink } from '../../duplicates/near-duplicate-index';
import { signatureSources } from '../../duplicates/signatures-repo';
import type { Library } from '../../core/library';
import { newId, nowIso } from '../../core/ids';
import { originalEntryName, type BundleDocument, type BundleDocumentHead } from './bundle-format';
import { planDocuments, type DocumentPlan } from './bundle-plan';
import type { OpenedBundle } from './bundle-read';
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

/** Stores the originals the chosen actions need, after the whole bundle was checked and before the rows refer to them. */
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

function relink(library: Library, seq: number, now: string): void {
  const row = signatureSources(library.db, [seq])[0]!;
  indexAndLink(library.db, { seq, text: row.text, docNumber: row.doc_number, live: row.deleted_at === null }, now);
}

function applyDocument(library: Library, bundle: OpenedBundle, plan: DocumentPlan, options: ApplyOptions, now: string): ImportResult {
  const { document, existing, item } = plan;
  const base = blankImportResult(options.fileName, 'duplicate');
  if (item.status === 'new') {
    const seq = insertDocument(library, bundle.document(document), document.id, now);
    relink(library, seq, now);
    return describe({ ...base, status: 'imported', id: document.id }, document.meta);
  }
  const target = existing ?? (item.existingId ? findDocumentRow(library.db, item.existingId) : undefined);
  if (!target) return describe({ ...base, duplicateOf: item.existingId }, document.meta);
  if (item.status === 'duplicate') {
    // Already here: only what is missing (tags by path, notes by id) is added.
    mergeTagsAndNotes(library, target.seq, document, now, target.id !== document.id);
    return describe({ ...base, duplicateOf: target.id }, document.meta);
  }
  const choice = options.choices[document.id] ?? options.onConflict;
  if (choice === 'mine') {
    mergeTagsAndNotes(library, target.seq, document, now, false);
    return describe({ ...base, duplicateOf: target.id, warnings: [`与本库中的版本不同（${item.differences.join('、')}），已保留本库版本`] }, metaFromRow(target));
  }
  if (choice === 'theirs') {
    takeTheirs(library, target, bundle.document(document), now);
    mergeTagsAndNotes(library, target.seq, document, now, false);
    relink(library, target.seq, now);
    return describe({ ...base, status: 'imported', id: target.id, warnings: [`已用交换包中的版本更新本库资料（${item.differences.join('、')}）`] }, document.meta);
  }
  const copyId = newId();
  const seq = insertDocument(library, bundle.document(document), copyId, now);
  relink(library, seq, now);
  return describe({ ...base, status: 'imported', id: copyId, warnings: [`本库已有不同版本的同一资料 [${target.id}]，两份都已保留`] }, document.meta);
}

/** Imports a checked bundle: originals first, then every row in one transaction. */
export function applyBundle(library: Library, bundle: OpenedBundle, options: ApplyOptions): BundleApplyResult {
  const documentPlans = planDocuments(library, bundle);
  const needOriginals = documentPlans.filter(({ item, document }) => item.status === 'new' || (item.status === 'conflict' && (options.choices[document.id] ?? options.onConflict) !== 'mine'));
  saveOriginals(library, bundle, needOriginals.map((plan) => plan.document));
  return library.write(() => {
    const now = nowIso();
    const idMap = new Map<string, string>();
    const results = documentPlans.map((plan) => {
      const result = applyDocument(library, bundle, plan, options, now);
      const here = result.id ?? result.duplicateOf;
      if (here) idMap.set(plan.document.id, here);
      return result;
    });
    const collections: RecordCounts = { imported: 0, duplicate: 0, updated: 0 };
    const drafts: RecordCounts = { imported: 0, duplicate: 0, updated: 0 };
    // 专辑 and 草稿 point at the documents as they are in this library (a duplicate under another id, a kept copy).
    const documents = {
      id: (id: string): string => idMap.get(id) ?? id,
      seq: (id: string): number | null => findDocumentRow(library.db, idMap.get(id) ?? id)?.seq ?? null,
    };
    for (const plan of planRecords(library, bundle)) {
      const choice = options.choices[plan.record.id] ?? options.onConflict;
      results.push(applyRecord(library, plan, choice, documents, plan.kind.type === 'collection' ? collections : drafts, options.fileName));
    }
    return { results, collections, drafts };
  });
}
