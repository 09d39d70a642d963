import { z } from 'zod';
import { CasebookError } from '../../../shared/api/errors';
import type { ParsedRequestOf } from '../../../shared/api/contract';
import {
  DOCUMENT_META_FIELDS,
  type DocumentMeta,
  type DocumentMetaField,
  type DocumentRecord,
  type DocumentSummary,
  type FieldOrigin,
} from '../../../shared/model/document';
import type { HistoryEntry } from '../../../shared/model/history';
import {
  META_COLUMNS,
  deleteDocumentRow,
  findDocumentRow,
  listDocumentRows,
  metaFromRow,
  recordFromRow,
  setDeletedAt,
  summaryFromRow,
  touchDocument,
  updateDocumentColumns,
  type DocumentRow,
} from './documents-repo';
import { listHistory, recordHistory, type HistoryChange } from './history-repo';
import { deleteOriginal, isOriginalInUse, isStoredPathListed, originalStoredPath } from './originals-repo';
import { addDocumentTag, ensureTag, findTagId, removeDocumentTag, tagsOfDocument, tagsOfDocuments, validTagPath } from '../tags/tags-repo';
import { nowIso } from '../core/ids';
import type { Library } from '../core/library';
import { writeInBatches } from '../core/write-batches';
import type { UndoApplier } from '../core/undo-log';

export function requireDocumentRow(library: Library, id: string): DocumentRow {
  const row = findDocumentRow(library.db, id);
  if (!row) throw new CasebookError('NOT_FOUND', `找不到编号为“${id}”的资料，它可能已被彻底删除。`, `document ${id}`);
  return row;
}

export function listDocuments(
  library: Library,
  request: ParsedRequestOf<'documents.list'>,
): { total: number; items: DocumentSummary[] } {
  const { total, rows } = listDocumentRows(library.db, {
    kind: request.kind,
    tagPath: request.tag === undefined ? undefined : validTagPath(request.tag),
    trashed: request.trashed,
    sort: request.sort,
    order: request.order,
    offset: request.offset,
    limit: request.limit,
  });
  const tags = tagsOfDocuments(library.db, rows.map((row) => row.seq));
  return { total, items: rows.map((row) => summaryFromRow(row, tags.get(row.seq) ?? [])) };
}

export function getDocument(library: Library, id: string): DocumentRecord {
  const row = requireDocumentRow(library, id);
  return recordFromRow(row, tagsOfDocument(library.db, row.seq));
}

function historyValue(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Applies the user's corrections, records each changed field in the history and marks it as the user's.
 * A field the patch names is also no longer 待确认, even when its value stays: sending it is how the
 * user says the value import guessed is right (确认无误).
 */
export function updateDocument(library: Library, id: string, patch: Partial<DocumentMeta>): DocumentRecord {
  return library.write(() => {
    const row = requireDocumentRow(library, id);
    const before = metaFromRow(row);
    const beforeOrigins = originsOf(row);
    const beforeToConfirm = toConfirmOf(row);
    const values: Partial<Record<DocumentMetaField, unknown>> = {};
    for (const field of DOCUMENT_META_FIELDS) {
      if (!(field in patch)) continue;
      const value = patch[field];
      if (value !== undefined && value !== before[field]) values[field] = value;
    }
    const changed = Object.keys(values) as DocumentMetaField[];
    const confirmed = beforeToConfirm.filter((field) => patch[field] !== undefined);
    if (changed.length > 0 || confirmed.length > 0) {
      library.undo.record({
        type: DOCUMENT_FIELDS_STEP,
        data: { id, fields: Object.fromEntries(changed.map((field) => [field, { value: before[field], origin: beforeOrigins[field] ?? null }])), confirmed },
      });
      const origins = { ...beforeOrigins, ...Object.fromEntries(changed.map((field) => [field, 'user' as const])) };
      const toConfirm = beforeToConfirm.filter((field) => !confirmed.includes(field));
      writeFields(library, row, values, { origins, toConfirm }, null);
    }
    return getDocument(library, id);
  });
}

function originsOf(row: DocumentRow): DocumentRecord['fieldOrigins'] {
  return JSON.parse(row.field_origins) as DocumentRecord['fieldOrigins'];
}

function toConfirmOf(row: DocumentRow): DocumentMetaField[] {
  return JSON.parse(row.to_confirm) as DocumentMetaField[];
}

/**
 * Writes field values with the origins they now have and the fields still 待确认, with one history
 * entry per changed field (note: why, e.g. 撤销).
 */
function writeFields(
  library: Library,
  row: DocumentRow,
  values: Partial<Record<DocumentMetaField, unknown>>,
  marks: { origins: DocumentRecord['fieldOrigins']; toConfirm: DocumentMetaField[] },
  note: string | null,
): void {
  const before = metaFromRow(row);
  const columns: Record<string, unknown> = { field_origins: JSON.stringify(marks.origins), to_confirm: JSON.stringify(marks.toConfirm) };
  const changes: HistoryChange[] = [];
  for (const [field, value] of Object.entries(values) as [DocumentMetaField, unknown][]) {
    columns[META_COLUMNS[field]] = value;
    changes.push({ field, oldValue: historyValue(before[field]), newValue: historyValue(value), note });
  }
  const now = nowIso();
  updateDocumentColumns(library.db, row.seq, columns, now);
  recordHistory(library.db, row.seq, changes, library.actor, now);
}

export function setDocumentTags(library: Library, id: string, add: string[], remove: string[]): DocumentRecord {
  return library.write(() => {
    const row = requireDocumentRow(library, id);
    const before = tagsOfDocument(library.db, row.seq);
    changeTags(library, row, add, remove, null);
    const after = tagsOfDocument(library.db, row.seq);
    const added = after.filter((tag) => !before.includes(tag));
    const removed = before.filter((tag) => !after.includes(tag));
    if (added.length + removed.length > 0) library.undo.record({ type: DOCUMENT_TAGS_STEP, data: { id, added, removed } });
    return getDocument(library, id);
  });
}

function changeTags(library: Library, row: DocumentRow, add: string[], remove: string[], note: string | null): void {
  const now = nowIso();
  const before = tagsOfDocument(library.db, row.seq);
  for (const raw of remove) {
    const tagId = findTagId(library.db, validTagPath(raw));
    if (tagId !== undefined) removeDocumentTag(library.db, row.seq, tagId);
  }
  for (const raw of add) addDocumentTag(library.db, row.seq, ensureTag(library.db, raw, now));
  const after = tagsOfDocument(library.db, row.seq);
  if (before.join('\n') !== after.join('\n')) {
    recordHistory(library.db, row.seq, [{ field: 'tags', oldValue: before.join('，'), newValue: after.join('，'), note }], library.actor, now);
    touchDocument(library.db, row.seq, now);
  }
}

function changeTrashState(library: Library, ids: string[], toTrash: boolean, note: string | null = null): { count: number } {
  return library.write(() => {
    const now = nowIso();
    const moved: string[] = [];
    for (const id of ids) {
      const row = requireDocumentRow(library, id);
      if ((row.deleted_at !== null) === toTrash) continue;
      setDeletedAt(library.db, row.seq, toTrash ? now : null);
      recordHistory(library.db, row.seq, [{ field: 'deletedAt', oldValue: row.deleted_at, newValue: toTrash ? now : null, note }], library.actor, now);
      moved.push(id);
    }
    if (moved.length > 0) library.undo.record({ type: toTrash ? DOCUMENTS_TRASHED_STEP : DOCUMENTS_RESTORED_STEP, data: { ids: moved } });
    return { count: moved.length };
  });
}

export function trashDocuments(library: Library, ids: string[]): { count: number } {
  return changeTrashState(library, ids, true);
}

export function restoreDocuments(library: Library, ids: string[]): { count: number } {
  return changeTrashState(library, ids, false);
}

const DOCUMENT_FIELDS_STEP = 'documents.fields';
const DOCUMENT_TAGS_STEP = 'documents.tags';
const DOCUMENTS_TRASHED_STEP = 'documents.trashed';
const DOCUMENTS_RESTORED_STEP = 'documents.restored';
const UNDO_NOTE = '撤销';

const fieldsStepSchema = z.object({
  id: z.string(),
  fields: z.partialRecord(z.enum(DOCUMENT_META_FIELDS), z.object({ value: z.unknown(), origin: z.enum(['user', 'file', 'text']).nullable() })),
  // Fields the change took off 待确认 (absent in steps saved before 待确认 existed).
  confirmed: z.array(z.enum(DOCUMENT_META_FIELDS)).default([]),
});
const tagsStepSchema = z.object({ id: z.string(), added: z.array(z.string()), removed: z.array(z.string()) });
const idsStepSchema = z.object({ ids: z.array(z.string()) });

/**
 * 撤销 of the document changes above: values come back with the origin they had (a region read from
 * the text is again marked as read from the text), fields the change confirmed are 待确认 again, and
 * the history says 撤销.
 */
export function documentUndoAppliers(library: Library): Record<string, UndoApplier> {
  return {
    [DOCUMENT_FIELDS_STEP]: (data) => {
      const { id, fields, confirmed } = fieldsStepSchema.parse(data);
      const row = requireDocumentRow(library, id);
      const origins = originsOf(row);
      const toConfirm = [...new Set([...toConfirmOf(row), ...confirmed])];
      const values: Partial<Record<DocumentMetaField, unknown>> = {};
      for (const [field, before] of Object.entries(fields) as [DocumentMetaField, { value: unknown; origin: FieldOrigin | null }][]) {
        values[field] = before.value;
        if (before.origin === null) delete origins[field];
        else origins[field] = before.origin;
      }
      writeFields(library, row, values, { origins, toConfirm }, UNDO_NOTE);
    },
    [DOCUMENT_TAGS_STEP]: (data) => {
      const { id, added, removed } = tagsStepSchema.parse(data);
      changeTags(library, requireDocumentRow(library, id), removed, added, UNDO_NOTE);
    },
    [DOCUMENTS_TRASHED_STEP]: (data) => void changeTrashState(library, idsStepSchema.parse(data).ids, false, UNDO_NOTE),
    [DOCUMENTS_RESTORED_STEP]: (data) => void changeTrashState(library, idsStepSchema.parse(data).ids, true, UNDO_NOTE),
  };
}

/**
 * Deletes documents that are already in the 回收站 for good, with their originals when no one else
 * uses them. All are checked first: one not in the 回收站 stops the purge before anything is deleted.
 * Then they go in short transactions (core/write-batches.ts), so emptying a large 回收站 never holds
 * the library's write lock for long; a crash part-way leaves the rest in the 回收站, to be deleted again.
 */
export async function purgeDocuments(library: Library, ids: string[]): Promise<{ count: number }> {
  for (const id of ids) {
    const row = requireDocumentRow(library, id);
    if (row.deleted_at === null) {
      throw new CasebookError('CONFLICT', `“${row.title}”不在回收站中，请先移入回收站再彻底删除。`, `document ${id} not trashed`);
    }
  }
  let orphanedOriginals: string[] = [];
  let count = 0;
  // Each batch's files go right after its rows commit, before another window can write: one imported
  // again meanwhile gets its row back and keeps its file. A batch that rolls back deletes no file.
  const removeCommittedFiles = () => {
    for (const storedPath of orphanedOriginals) if (!isStoredPathListed(library.db, storedPath)) library.originals.remove(storedPath);
    orphanedOriginals = [];
  };
  await writeInBatches(
    library,
    [...new Set(ids)],
    () => {
      orphanedOriginals = [];
      return (id) => {
        const row = findDocumentRow(library.db, id);
        // Restored or deleted meanwhile, in another window: what the user sees there stands.
        if (!row || row.deleted_at === null) return;
        deleteDocumentRow(library.db, row.seq);
        count += 1;
        if (row.original_sha256 !== null && !isOriginalInUse(library.db, row.original_sha256)) {
          const storedPath = originalStoredPath(library.db, row.original_sha256);
          deleteOriginal(library.db, row.original_sha256);
          if (storedPath !== undefined) orphanedOriginals.push(storedPath);
        }
      };
    },
    { afterCommit: removeCommittedFiles },
  );
  return { count };
}

export function documentHistory(library: Library, id: string): HistoryEntry[] {
  return listHistory(library.db, requireDocumentRow(library, id).seq);
}
