import { CasebookError } from '../../../shared/api/errors';
import type { DraftRecord, DraftVersion, DraftVersionSummary } from '../../../shared/model/draft';
import type { RichTextDoc } from '../../../shared/model/rich-text';
import { findVersionRow, insertVersion, latestVersionRow, listVersionSummaries, type DraftVersionRow } from './drafts-repo';
import type { Library } from '../core/library';
import { nowIso } from '../core/ids';
import { getDraft, prepareContent, requireDraftRow, writeDraftContent } from './drafts-service';

function summaryOf(row: DraftVersionRow): DraftVersionSummary {
  return { id: row.id, draftId: row.draft_id, title: row.title, charCount: row.char_count, reason: row.reason, label: row.label, createdAt: row.created_at };
}

function requireVersion(library: Library, draftId: string, versionId: number): DraftVersionRow {
  const row = findVersionRow(library.db, draftId, versionId);
  if (!row) throw new CasebookError('NOT_FOUND', '找不到这个版本，它可能已被清理。', `draft ${draftId} version ${versionId}`);
  return row;
}

export function listDraftVersions(library: Library, draftId: string): DraftVersionSummary[] {
  requireDraftRow(library, draftId);
  return listVersionSummaries(library.db, draftId);
}

export function getDraftVersion(library: Library, draftId: string, versionId: number): DraftVersion {
  requireDraftRow(library, draftId);
  const row = requireVersion(library, draftId, versionId);
  return { ...summaryOf(row), content: JSON.parse(row.content) as RichTextDoc };
}

/** 保存版本: a snapshot of the current text on the user's request, with an optional name. */
export function saveDraftVersion(library: Library, draftId: string, label: string | null): DraftVersionSummary {
  return library.write(() => {
    const draft = requireDraftRow(library, draftId);
    const id = insertVersion(library.db, {
      draft_id: draft.id,
      title: draft.title,
      content: draft.content,
      char_count: draft.char_count,
      reason: 'manual',
      label: label?.trim() || null,
      created_at: nowIso(),
    });
    return summaryOf(requireVersion(library, draftId, id));
  });
}

/**
 * Restores an old version without destroying anything: the current text is kept as a version first
 * (unless the newest version already holds it), then the old text becomes current and is recorded
 * as a new version of its own.
 */
export function restoreDraftVersion(library: Library, draftId: string, versionId: number): DraftRecord {
  return library.write(() => {
    const draft = requireDraftRow(library, draftId);
    const version = requireVersion(library, draftId, versionId);
    const now = nowIso();
    const latest = latestVersionRow(library.db, draftId);
    if (!latest || latest.content !== draft.content || latest.title !== draft.title) {
      insertVersion(library.db, { draft_id: draftId, title: draft.title, content: draft.content, char_count: draft.char_count, reason: 'before_restore', label: null, created_at: now });
    }
    const prepared = prepareContent(JSON.parse(version.content));
    writeDraftContent(library, draft, prepared, version.title, now);
    insertVersion(library.db, {
      draft_id: draftId,
      title: version.title,
      content: prepared.json,
      char_count: [...prepared.plain].length,
      reason: 'restore',
      label: `恢复自版本 ${version.id}`,
      created_at: now,
    });
    return getDraft(library, draftId);
  });
}
