import { z } from 'zod';
import { CasebookError } from '../../../shared/api/errors';
import type { CitingDraft, DraftCitation, DraftRecord, DraftSaveResult, DraftSummary } from '../../../shared/model/draft';
import { collectCitations, emptyRichText, richTextDocSchema, richTextToPlainText, type RichTextDoc } from '../../../shared/model/rich-text';
import {
  citationRows,
  citingDrafts,
  countCitations,
  deleteDraftRows,
  findDraftRow,
  insertDraft,
  insertVersion,
  latestVersionRow,
  listDraftRows,
  pruneAutoVersions,
  replaceCitations,
  setDraftsDeleted,
  updateDraftContent,
  updateDraftTitle,
  type DraftListRow,
  type DraftRow,
} from './drafts-repo';
import { sanitizeRichText } from './sanitize-rich-text';
import type { Library } from '../core/library';
import type { UndoApplier } from '../core/undo-log';
import { newId, nowIso } from '../core/ids';

export const UNTITLED_DRAFT = '未命名草稿';

/** A snapshot is taken on save when this long has passed since the last one… */
export const AUTO_VERSION_INTERVAL_MS = 10 * 60 * 1000;
/** …or when the text grew or shrank by this many characters. */
export const AUTO_VERSION_CHAR_DELTA = 2000;
/** Automatic snapshots kept per draft (versions the user saved or a restore made are all kept). */
export const AUTO_VERSIONS_KEPT = 60;

function summaryFromRow(row: DraftListRow): DraftSummary {
  return {
    id: row.id,
    title: row.title,
    excerpt: row.excerpt.replace(/\s+/g, ' ').trim(),
    charCount: row.char_count,
    citationCount: row.citation_count,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function requireDraftRow(library: Library, id: string): DraftRow {
  const row = findDraftRow(library.db, id);
  if (!row) throw new CasebookError('NOT_FOUND', '找不到这篇草稿，它可能已被彻底删除。', `draft ${id}`);
  return row;
}

export function draftCitations(library: Library, draftId: string): DraftCitation[] {
  return citationRows(library.db, draftId).map((row) => ({
    number: row.number,
    citationId: row.citation_id,
    documentId: row.document_id,
    quote: row.quote,
    start: row.start_offset,
    end: row.end_offset,
    title: row.live_title ?? row.title,
    source: row.live_exists ? row.live_source : row.source,
    date: row.live_exists ? row.live_date : row.date,
    status: !row.live_exists ? 'missing' : row.live_deleted_at ? 'trashed' : 'ok',
  }));
}

export function draftSummary(library: Library, row: DraftRow): DraftSummary {
  return summaryFromRow({
    ...row,
    excerpt: row.plain_text.slice(0, 160),
    citation_count: countCitations(library.db, row.id),
  });
}

function recordFromRow(library: Library, row: DraftRow): DraftRecord {
  return { ...draftSummary(library, row), content: JSON.parse(row.content) as RichTextDoc, citations: draftCitations(library, row.id) };
}

export function listDrafts(library: Library, request: { trashed: boolean; offset: number; limit: number }): { total: number; items: DraftSummary[] } {
  const { total, rows } = listDraftRows(library.db, request.trashed, request.offset, request.limit);
  return { total, items: rows.map(summaryFromRow) };
}

export function getDraft(library: Library, id: string): DraftRecord {
  return recordFromRow(library, requireDraftRow(library, id));
}

function cleanTitle(title: string | undefined): string {
  const trimmed = (title ?? '').replace(/\s+/g, ' ').trim();
  return trimmed || UNTITLED_DRAFT;
}

/** Validates (bounded size and depth), sanitises and serialises a document from any door. */
export function prepareContent(content: unknown): { doc: RichTextDoc; json: string; plain: string } {
  const parsed = richTextDocSchema.safeParse(content);
  if (!parsed.success) {
    throw new CasebookError('BAD_REQUEST', parsed.error.issues[0]?.message ?? '草稿内容的格式不正确', parsed.error.message.slice(0, 500));
  }
  const doc = sanitizeRichText(parsed.data);
  const json = JSON.stringify(doc);
  if (json.length > 60 * 1024 * 1024) {
    throw new CasebookError('BAD_REQUEST', '草稿太大（超过 60 MB，多半是图片太多），请删去一些图片或拆分成几篇。', `${json.length} chars`);
  }
  return { doc, json, plain: richTextToPlainText(doc) };
}

/** Writes new content into a draft inside the caller's transaction: revision, citations, cadence snapshot. */
export function writeDraftContent(
  library: Library,
  row: DraftRow,
  prepared: { doc: RichTextDoc; json: string; plain: string },
  title: string,
  now: string,
): { versionCreated: boolean } {
  const charCount = [...prepared.plain].length;
  updateDraftContent(library.db, row.id, { title, content: prepared.json, plain_text: prepared.plain, char_count: charCount, updated_at: now });
  replaceCitations(library.db, row.id, collectCitations(prepared.doc));

  const latest = latestVersionRow(library.db, row.id);
  const since = Date.parse(now) - Date.parse(latest?.created_at ?? row.created_at);
  const delta = Math.abs(charCount - (latest?.char_count ?? 0));
  const changed = latest ? latest.content !== prepared.json || latest.title !== title : charCount > 0;
  const due = changed && (since >= AUTO_VERSION_INTERVAL_MS || delta >= AUTO_VERSION_CHAR_DELTA);
  if (due) {
    insertVersion(library.db, { draft_id: row.id, title, content: prepared.json, char_count: charCount, reason: 'auto', label: null, created_at: now });
    pruneAutoVersions(library.db, row.id, AUTO_VERSIONS_KEPT);
  }
  return { versionCreated: due };
}

export function createDraft(library: Library, request: { title?: string; content?: unknown }): DraftRecord {
  const prepared = prepareContent(request.content ?? emptyRichText());
  return library.write(() => {
    const id = newId();
    const now = nowIso();
    insertDraft(library.db, { id, title: cleanTitle(request.title), content: prepared.json, plain_text: prepared.plain, char_count: [...prepared.plain].length, created_at: now, updated_at: now });
    replaceCitations(library.db, id, collectCitations(prepared.doc));
    return getDraft(library, id);
  });
}

/**
 * Autosave and rename. One transaction: content, plain text, citations and (on cadence) a snapshot.
 * A save based on an older revision still wins, but the text it overwrites is kept as a version.
 */
export function saveDraft(
  library: Library,
  request: { id: string; title?: string; content?: unknown; baseRevision?: number },
): DraftSaveResult {
  const prepared = request.content === undefined ? null : prepareContent(request.content);
  return library.write(() => {
    const row = requireDraftRow(library, request.id);
    const now = nowIso();
    const title = request.title === undefined ? row.title : cleanTitle(request.title);
    const conflict = request.baseRevision !== undefined && request.baseRevision !== row.revision;
    let versionCreated = false;
    if (prepared) {
      if (conflict && row.content !== prepared.json) {
        insertVersion(library.db, { draft_id: row.id, title: row.title, content: row.content, char_count: row.char_count, reason: 'conflict', label: null, created_at: now });
      }
      versionCreated = writeDraftContent(library, row, prepared, title, now).versionCreated;
    } else if (title !== row.title) {
      updateDraftTitle(library.db, row.id, title, now);
    }
    const saved = requireDraftRow(library, row.id);
    return {
      id: saved.id,
      title: saved.title,
      revision: saved.revision,
      updatedAt: saved.updated_at,
      charCount: saved.char_count,
      citations: draftCitations(library, saved.id),
      versionCreated,
      conflict,
    };
  });
}

function requireAll(library: Library, ids: readonly string[]): void {
  for (const id of ids) requireDraftRow(library, id);
}

export const DRAFTS_TRASHED_STEP = 'drafts.trashed';

export function trashDrafts(library: Library, ids: readonly string[]): { count: number } {
  return library.write(() => {
    requireAll(library, ids);
    const live = ids.filter((id) => requireDraftRow(library, id).deleted_at === null);
    const count = setDraftsDeleted(library.db, live, nowIso());
    if (live.length > 0) library.undo.record({ type: DRAFTS_TRASHED_STEP, data: { ids: live } });
    return { count };
  });
}

export function restoreDrafts(library: Library, ids: readonly string[]): { count: number } {
  return library.write(() => {
    requireAll(library, ids);
    return { count: setDraftsDeleted(library.db, ids, null) };
  });
}

/** Deletes drafts for good, with their versions and citations; only drafts already in the 回收站. */
export function purgeDrafts(library: Library, ids: readonly string[]): { count: number } {
  return library.write(() => {
    for (const id of ids) {
      const row = requireDraftRow(library, id);
      if (!row.deleted_at) {
        throw new CasebookError('CONFLICT', `草稿“${row.title}”不在回收站中，不能彻底删除。请先移入回收站。`, `draft ${id} not trashed`);
      }
    }
    return { count: deleteDraftRows(library.db, ids) };
  });
}

export function draftsCitingDocument(library: Library, documentId: string): CitingDraft[] {
  return citingDrafts(library.db, documentId);
}

/** 撤销 of 移入回收站 for drafts. */
export function draftUndoAppliers(library: Library): Record<string, UndoApplier> {
  return {
    [DRAFTS_TRASHED_STEP]: (data) => void restoreDrafts(library, z.object({ ids: z.array(z.string()) }).parse(data).ids),
  };
}
