/**
 * Search index (electron/engine/search/), kept in step with documents by the search engine:
 * - document_fts: FTS5 over tokens the engine makes itself (CJK bigrams, words) for every searchable
 *   field; contentless, so the text is stored once, in documents. bm25 weights are given per column
 *   in this order: title, practice, body, meta.
 * - document_fields_fts: the short fields only, so "which matches are title hits" stays cheap on
 *   queries that match most of a large library.
 * - search_docs: a narrow copy of what filters, sorting and suggestions read (trash, kind, date,
 *   year, region and issuer folded for matching, and as written), so they never touch the wide
 *   documents rows.
 * - search_index_state: which tokenizer built the index, so a newer Casebook can tell it must rebuild.
 * FTS5 merges its segments as documents are written. With its defaults (automerge 4, crisismerge
 * 16) a one-document update on a 50,000-document library now and then waited over a second for a
 * merge; merging later and in larger groups keeps every update in the tens of milliseconds.
 */
export const searchIndexTablesSql = `
CREATE VIRTUAL TABLE document_fts USING fts5(
  title, practice, body, meta,
  content = '', contentless_delete = 1, tokenize = 'ascii'
);
CREATE VIRTUAL TABLE document_fields_fts USING fts5(
  title, practice, meta,
  content = '', contentless_delete = 1, tokenize = 'ascii'
);
INSERT INTO document_fts (document_fts, rank) VALUES ('automerge', 16);
INSERT INTO document_fts (document_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO document_fields_fts (document_fields_fts, rank) VALUES ('automerge', 16);
INSERT INTO document_fields_fts (document_fields_fts, rank) VALUES ('crisismerge', 64);
CREATE TABLE search_docs (
  seq     INTEGER PRIMARY KEY,
  deleted INTEGER NOT NULL,
  kind    TEXT NOT NULL,
  date    TEXT,
  year    INTEGER,
  region  TEXT,
  issuer  TEXT,
  region_label   TEXT,
  issuer_label   TEXT,
  practice_label TEXT
);
CREATE INDEX search_docs_date ON search_docs(date);
CREATE INDEX search_docs_kind ON search_docs(kind, deleted);
`;

export const migration002SearchIndex = `${searchIndexTablesSql}
CREATE TABLE search_index_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO search_index_state (key, value) VALUES ('tokenizer', '1');
`;
