/**
 * Drafts (草稿) written beside the sources (electron/engine/drafts/):
 * - drafts: the current text as tiptap JSON (content) with its plain text for previews, the command
 *   line and exports; revision counts saves so a save from a stale window is noticed; deleted_at is
 *   the 回收站.
 * - draft_versions: snapshots the user can open and restore (automatic on a time/size cadence, on
 *   demand, before a restore and before a save from a stale window overwrote newer text).
 * - draft_citations: the citations of each draft's current text in footnote order, kept in step with
 *   the content on every save, so a document can list the drafts that quote it (被引用) and a draft can
 *   show that a source went to the 回收站. document_id is the document's public id, not a foreign
 *   key: a citation outlives a purged source and shows it as missing.
 */
export const migration007Drafts = `
CREATE TABLE drafts (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  content     TEXT NOT NULL,
  plain_text  TEXT NOT NULL,
  char_count  INTEGER NOT NULL DEFAULT 0,
  revision    INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE INDEX drafts_updated ON drafts(deleted_at, updated_at);

CREATE TABLE draft_versions (
  id          INTEGER PRIMARY KEY,
  draft_id    TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  title       TEXT NOT NULL,
  content     TEXT NOT NULL,
  char_count  INTEGER NOT NULL DEFAULT 0,
  reason      TEXT NOT NULL CHECK (reason IN ('auto', 'manual', 'before_restore', 'restore', 'conflict')),
  label       TEXT,
  created_at  TEXT NOT NULL
);
CREATE INDEX draft_versions_draft ON draft_versions(draft_id, id);

CREATE TABLE draft_citations (
  draft_id     TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  number       INTEGER NOT NULL,
  citation_id  TEXT NOT NULL,
  document_id  TEXT NOT NULL,
  quote        TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  title        TEXT NOT NULL,
  source       TEXT,
  date         TEXT,
  PRIMARY KEY (draft_id, number)
);
CREATE INDEX draft_citations_document ON draft_citations(document_id);
`;
