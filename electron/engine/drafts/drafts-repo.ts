import type Database from 'better-sqlite3';
import type { CitationAttrs } from '../../../shared/model/rich-text';
import type { CitingDraft, DraftVersionReason, DraftVersionSummary } from '../../../shared/model/draft';

export interface DraftRow {
  id: string;
  title: string;
  content: string;
  plain_text: string;
  char_count: number;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface DraftListRow extends Omit<DraftRow, 'content' | 'plain_text'> {
  excerpt: string;
  citation_count: number;
}

export interface DraftVersionRow {
  id: number;
  draft_id: string;
  title: string;
  content: string;
  char_count: number;
  reason: DraftVersionReason;
  label: string | null;
  created_at: string;
}

export interface CitationRow {
  number: number;
  citation_id: string;
  document_id: string;
  quote: string;
  start_offset: number;
  end_offset: number;
  title: string;
  source: string | null;
  date: string | null;
  /** From the documents table now: null when the source was deleted for good. */
  live_title: string | null;
  live_source: string | null;
  live_date: string | null;
  live_deleted_at: string | null;
  live_exists: number;
}

export function findDraftRow(db: Database.Database, id: string): DraftRow | undefined {
  return db.prepare('SELECT * FROM drafts WHERE id = ?').get(id) as DraftRow | undefined;
}

export function listDraftRows(db: Database.Database, trashed: boolean, offset: number, limit: number): { total: number; rows: DraftListRow[] } {
  const where = trashed ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM drafts WHERE ${where}`).get() as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT d.id, d.title, substr(d.plain_text, 1, 160) AS excerpt, d.char_count, d.revision, d.created_at, d.updated_at, d.deleted_at,
              (SELECT COUNT(*) FROM draft_citations c WHERE c.draft_id = d.id) AS citation_count
         FROM drafts d WHERE ${where}
        ORDER BY ${trashed ? 'd.deleted_at' : 'd.updated_at'} DESC, d.id LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as DraftListRow[];
  return { total, rows };
}

export function insertDraft(db: Database.Database, row: Omit<DraftRow, 'deleted_at' | 'revision'>): void {
  db.prepare(
    `INSERT INTO drafts (id, title, content, plain_text, char_count, revision, created_at, updated_at)
     VALUES (@id, @title, @content, @plain_text, @char_count, 1, @created_at, @updated_at)`,
  ).run(row);
}

export function updateDraftContent(
  db: Database.Database,
  id: string,
  fields: { title: string; content: string; plain_text: string; char_count: number; updated_at: string },
): void {
  db.prepare(
    `UPDATE drafts SET title = @title, content = @content, plain_text = @plain_text, char_count = @char_count,
            updated_at = @updated_at, revision = revision + 1 WHERE id = @id`,
  ).run({ ...fields, id });
}

export function updateDraftTitle(db: Database.Database, id: string, title: string, now: string): void {
  db.prepare('UPDATE drafts SET title = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(title, now, id);
}

export function setDraftsDeleted(db: Database.Database, ids: readonly string[], deletedAt: string | null): number {
  const statement = db.prepare(
    deletedAt === null
      ? 'UPDATE drafts SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL'
      : 'UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL',
  );
  let count = 0;
  for (const id of ids) count += (deletedAt === null ? statement.run(id) : statement.run(deletedAt, id)).changes;
  return count;
}

export function deleteDraftRows(db: Database.Database, ids: readonly string[]): number {
  const statement = db.prepare('DELETE FROM drafts WHERE id = ?');
  let count = 0;
  for (const id of ids) count += statement.run(id).changes;
  return count;
}

/** Replaces a draft's citation rows with the citations of its current content. */
export function replaceCitations(db: Database.Database, draftId: string, citations: readonly CitationAttrs[]): void {
  db.prepare('DELETE FROM draft_citations WHERE draft_id = ?').run(draftId);
  const insert = db.prepare(
    `INSERT INTO draft_citations (draft_id, number, citation_id, document_id, quote, start_offset, end_offset, title, source, date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  citations.forEach((citation, index) => {
    insert.run(draftId, index + 1, citation.citationId, citation.documentId, citation.quote, citation.start, citation.end, citation.title, citation.source, citation.date);
  });
}

export function countCitations(db: Database.Database, draftId: string): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM draft_citations WHERE draft_id = ?').get(draftId) as { n: number }).n;
}

export function citationRows(db: Database.Database, draftId: string): CitationRow[] {
  return db
    .prepare(
      `SELECT c.number, c.citation_id, c.document_id, c.quote, c.start_offset, c.end_offset, c.title, c.source, c.date,
              d.title AS live_title, COALESCE(d.issuer, d.source, d.organization) AS live_source, d.date AS live_date,
              d.deleted_at AS live_deleted_at, d.id IS NOT NULL AS live_exists
         FROM draft_citations c LEFT JOIN documents d ON d.id = c.document_id
        WHERE c.draft_id = ? ORDER BY c.number`,
    )
    .all(draftId) as CitationRow[];
}

export function citingDrafts(db: Database.Database, documentId: string): CitingDraft[] {
  const rows = db
    .prepare(
      `SELECT d.id AS draftId, d.title, COUNT(*) AS citationCount, d.deleted_at AS deletedAt, d.updated_at AS updatedAt
         FROM draft_citations c JOIN drafts d ON d.id = c.draft_id
        WHERE c.document_id = ? GROUP BY d.id ORDER BY d.deleted_at IS NOT NULL, d.updated_at DESC`,
    )
    .all(documentId) as CitingDraft[];
  return rows;
}

export function insertVersion(
  db: Database.Database,
  version: { draft_id: string; title: string; content: string; char_count: number; reason: DraftVersionReason; label: string | null; created_at: string },
): number {
  const result = db
    .prepare(
      `INSERT INTO draft_versions (draft_id, title, content, char_count, reason, label, created_at)
       VALUES (@draft_id, @title, @content, @char_count, @reason, @label, @created_at)`,
    )
    .run(version);
  return Number(result.lastInsertRowid);
}

export function latestVersionRow(db: Database.Database, draftId: string): DraftVersionRow | undefined {
  return db.prepare('SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY id DESC LIMIT 1').get(draftId) as DraftVersionRow | undefined;
}

export function findVersionRow(db: Database.Database, draftId: string, versionId: number): DraftVersionRow | undefined {
  return db.prepare('SELECT * FROM draft_versions WHERE draft_id = ? AND id = ?').get(draftId, versionId) as DraftVersionRow | undefined;
}

export function listVersionSummaries(db: Database.Database, draftId: string): DraftVersionSummary[] {
  return db
    .prepare(
      `SELECT id, draft_id AS draftId, title, char_count AS charCount, reason, label, created_at AS createdAt
         FROM draft_versions WHERE draft_id = ? ORDER BY id DESC`,
    )
    .all(draftId) as DraftVersionSummary[];
}

/** Keeps the newest `keep` automatic snapshots of a draft; versions the user made or a restore made stay. */
export function pruneAutoVersions(db: Database.Database, draftId: string, keep: number): void {
  db.prepare(
    `DELETE FROM draft_versions WHERE draft_id = ? AND reason = 'auto' AND id NOT IN
       (SELECT id FROM draft_versions WHERE draft_id = ? AND reason = 'auto' ORDER BY id DESC LIMIT ?)`,
  ).run(draftId, draftId, keep);
}
