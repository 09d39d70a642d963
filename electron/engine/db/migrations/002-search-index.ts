/**
 * Search index (electron/engine/search/): FTS5 over tokens the engine makes itself (CJK bigrams,
 * words), contentless so the text is stored once, in documents. Column order matters: bm25
 * weights are given per column (title, practice, body, meta). `search_index_state` records which
 * tokenizer built the index so a newer Casebook can tell it must rebuild.
 */
export const searchIndexTableSql = `
CREATE VIRTUAL TABLE document_fts USING fts5(
  title, practice, body, meta,
  content = '',
  contentless_delete = 1,
  tokenize = 'ascii'
);
`;

export const migration002SearchIndex = `${searchIndexTableSql}
CREATE TABLE search_index_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO search_index_state (key, value) VALUES ('tokenizer', '1');
`;
