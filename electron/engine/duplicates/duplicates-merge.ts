import { CasebookError } from '../../../shared/api/errors';
import { setDeletedAt, touchDocument, type DocumentRow } from '../documents/documents-repo';
import { recordHistory } from '../documents/history-repo';
import { resolvePair, type NearDuplicateRow } from './near-duplicates-repo';
import { insertNote, listNotes } from '../documents/notes-repo';
import { copyDocumentTags, tagsOfDocument } from '../tags/tags-repo';
import { newId, nowIso } from '../core/ids';
import type { Library } from '../core/library';

/** History fields written by 查重, shown by the reader's 修改记录. */
export const MERGED_FIELD = 'mergedFrom';
export const MERGED_INTO_FIELD = 'mergedInto';

function percent(similarity: number): string {
  return `${Math.round(similarity * 100)}%`;
}

/** 保留两份: both stay; the pair is settled and no longer listed. Call inside a write. */
export function keepBothDocuments(library: Library, pair: NearDuplicateRow): void {
  resolvePair(library.db, pair.id, { status: 'kept', keptSeq: null, actor: library.actor, now: nowIso() });
}

/**
 * 合并: `kept` stays and receives the other's tags and notes (each note marked with where it came
 * from); `other` goes to the 回收站 — restorable, never deleted — and both histories say so. Call
 * inside a write.
 */
export function mergeDocuments(library: Library, pair: NearDuplicateRow, kept: DocumentRow, other: DocumentRow): void {
  const { db } = library;
  if (kept.deleted_at !== null || other.deleted_at !== null) {
    const trashed = kept.deleted_at !== null ? kept : other;
    throw new CasebookError('CONFLICT', `《${trashed.title}》已在回收站中，请先恢复后再合并。`, `document ${trashed.id} is trashed`);
  }
  const now = nowIso();

  const tagsBefore = tagsOfDocument(db, kept.seq);
  copyDocumentTags(db, other.seq, kept.seq);
  const tagsAfter = tagsOfDocument(db, kept.seq);
  if (tagsAfter.join('\n') !== tagsBefore.join('\n')) {
    recordHistory(db, kept.seq, [{ field: 'tags', oldValue: tagsBefore.join('，'), newValue: tagsAfter.join('，') }], library.actor, now);
  }

  for (const note of listNotes(db, other.seq)) {
    insertNote(db, newId(), kept.seq, `（合并自《${other.title}》的备注）\n${note.body}`, now);
  }

  recordHistory(db, kept.seq, [{ field: MERGED_FIELD, oldValue: null, newValue: `《${other.title}》（编号 ${other.id}，相似度 ${percent(pair.similarity)}），原资料已移入回收站` }], library.actor, now);
  touchDocument(db, kept.seq, now);

  setDeletedAt(db, other.seq, now);
  recordHistory(
    db,
    other.seq,
    [
      { field: MERGED_INTO_FIELD, oldValue: null, newValue: `《${kept.title}》（编号 ${kept.id}）` },
      { field: 'deletedAt', oldValue: null, newValue: now },
    ],
    library.actor,
    now,
  );

  resolvePair(db, pair.id, { status: 'merged', keptSeq: kept.seq, actor: library.actor, now });
}
