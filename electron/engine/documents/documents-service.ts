import { CasebookError } from '../../../shared/api/errors';
import type { ParsedRequestOf } from '../../../shared/api/contract';
import {
  DOCUMENT_META_FIELDS,
  type DocumentMeta,
  type DocumentMetaField,
  type DocumentRecord,
  type DocumentSummary,
} from '../../../shared/model/document';
import type { HistoryEntry } from '../../../shared/model/history';
import {
  META_COLUMNS,
  deleteDocumentRow,
  findDocumentRow,
  findDocumentRowBySeq,
  listDocumentRows,
  metaFromRow,
  recordFromRow,
  setDeletedAt,
  summaryFromRow,
  updateDocumentColumns,
  type DocumentRow,
} from './documents-repo';
import { listHistory, recordHistory, type HistoryChange } from './history-repo';
import { addDocumentTag, ensureTag, findTagId, removeDocumentTag, tagsOfDocument, tagsOfDocuments, validTagPath } from '../tags/tags-repo';
import { nowIso } from '../core/ids';
import type { Library } from '../core/library';
import type { IndexableDocument } from '../search/engine/search-engine';

export function requireDocumentRow(library: Library, id: string): DocumentRow {
  const row = findDocumentRow(library.db, id);
  if (!row) throw new CasebookError('NOT_FOUND', `找不到编号为“${id}”的资料，它可能已被彻底删除。`, `document ${id}`);
  return row;
}

export function indexableFromRow(row: DocumentRow, tags: string[]): IndexableDocument {
  return {
    seq: row.seq,
    id: row.id,
    kind: row.kind,
    title: row.title,
    text: row.text,
    date: row.date,
    year: row.year,
    region: row.region,
    issuer: row.issuer,
    docNumber: row.doc_number,
    source: row.source,
    organization: row.organization,
    project: row.project,
    practiceName: row.practice_name,
    tags,
    deleted: row.deleted_at !== null,
  };
}

/** Re-reads a document and hands it to the search index; call inside the write's transaction. */
export function reindexDocument(library: Library, seq: number): void {
  const row = findDocumentRowBySeq(library.db, seq);
  if (row) library.search.indexDocument(indexableFromRow(row, tagsOfDocument(library.db, seq)));
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

/** Applies the user's corrections, records each changed field in the history and marks it as the user's. */
export function updateDocument(library: Library, id: string, patch: Partial<DocumentMeta>): DocumentRecord {
  return library.write(() => {
    const row = requireDocumentRow(library, id);
    const before = metaFromRow(row);
    const origins = JSON.parse(row.field_origins) as DocumentRecord['fieldOrigins'];
    const columns: Record<string, unknown> = {};
    const changes: HistoryChange[] = [];
    for (const field of DOCUMENT_META_FIELDS) {
      if (!(field in patch)) continue;
      const value = patch[field as DocumentMetaField];
      if (value === undefined || value === before[field]) continue;
      columns[META_COLUMNS[field]] = value;
      changes.push({ field, oldValue: historyValue(before[field]), newValue: historyValue(value) });
      origins[field] = 'user';
    }
    if (changes.length > 0) {
      columns.field_origins = JSON.stringify(origins);
      updateDocumentColumns(library.db, row.seq, columns, nowIso());
      recordHistory(library.db, row.seq, changes, library.actor, nowIso());
      reindexDocument(library, row.seq);
    }
    return getDocument(library, id);
  });
}

export function setDocumentTags(library: Library, id: string, add: string[], remove: string[]): DocumentRecord {
  return library.write(() => {
    const row = requireDocumentRow(library, id);
    const now = nowIso();
    const before = tagsOfDocument(library.db, row.seq);
    for (const raw of remove) {
      const tagId = findTagId(library.db, validTagPath(raw));
      if (tagId !== undefined) removeDocumentTag(library.db, row.seq, tagId);
    }
    for (const raw of add) addDocumentTag(library.db, row.seq, ensureTag(library.db, raw, now));
    const after = tagsOfDocument(library.db, row.seq);
    if (before.join('\n') !== after.join('\n')) {
      recordHistory(library.db, row.seq, [{ field: 'tags', oldValue: before.join('，'), newValue: after.join('，') }], library.actor, now);
      library.db.prepare('UPDATE documents SET updated_at = ? WHERE seq = ?').run(now, row.seq);
      reindexDocument(library, row.seq);
    }
    return getDocument(library, id);
  });
}

function changeTrashState(library: Library, ids: string[], toTrash: boolean): { count: number } {
  return library.write(() => {
    const now = nowIso();
    let count = 0;
    for (const id of ids) {
      const row = requireDocumentRow(library, id);
      if ((row.deleted_at !== null) === toTrash) continue;
      setDeletedAt(library.db, row.seq, toTrash ? now : null);
      recordHistory(
        library.db,
        row.seq,
        [{ field: 'deletedAt', oldValue: row.deleted_at, newValue: toTrash ? now : null }],
        library.actor,
        now,
      );
      reindexDocument(library, row.seq);
      count += 1;
    }
    return { count };
  });
}

export function trashDocuments(library: Library, ids: string[]): { count: number } {
  return changeTrashState(library, ids, true);
}

export function restoreDocuments(library: Library, ids: string[]): { count: number } {
  return changeTrashState(library, ids, false);
}

/** Deletes documents that are already in the trash for good, with their originals when no one else uses them. */
export function purgeDocuments(library: Library, ids: string[]): { count: number } {
  const orphanedOriginals: string[] = [];
  const result = library.write(() => {
    for (const id of ids) {
      const row = requireDocumentRow(library, id);
      if (row.deleted_at === null) {
        throw new CasebookError('CONFLICT', `“${row.title}”不在回收站中，请先移入回收站再彻底删除。`, `document ${id} not trashed`);
      }
    }
    for (const id of ids) {
      const row = requireDocumentRow(library, id);
      library.search.removeDocument(row.seq);
      deleteDocumentRow(library.db, row.seq);
      if (row.original_sha256 !== null) {
        const stillUsed = library.db.prepare('SELECT 1 FROM documents WHERE original_sha256 = ?').get(row.original_sha256);
        if (!stillUsed) {
          const original = library.db.prepare('SELECT stored_path FROM originals WHERE sha256 = ?').get(row.original_sha256) as
            | { stored_path: string }
            | undefined;
          library.db.prepare('DELETE FROM originals WHERE sha256 = ?').run(row.original_sha256);
          if (original) orphanedOriginals.push(original.stored_path);
        }
      }
    }
    return { count: ids.length };
  });
  // Files go only after the rows are gone for good; a crash in between leaves a harmless orphan file.
  for (const storedPath of orphanedOriginals) library.originals.remove(storedPath);
  return result;
}

export function documentHistory(library: Library, id: string): HistoryEntry[] {
  return listHistory(library.db, requireDocumentRow(library, id).seq);
}
