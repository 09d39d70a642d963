/**
 * The search index's segments are merged only by the tidy steps the app takes when idle (search-index-service.ts
 * tidySearchIndex) and after imports, never inside a write: with FTS5's automerge on, one update in a few on a
 * 50,000-document library also merged a level of small segments and took 10–25 ms instead of 2–3 (measured with
 * `npm run bench -- search`). crisismerge (64, migration 002) still bounds the small segments if the app never idles.
 */
export const searchMergesAtIdleSql = `
INSERT INTO document_fts (document_fts, rank) VALUES ('automerge', 0);
INSERT INTO document_fields_fts (document_fields_fts, rank) VALUES ('automerge', 0);
`;

export const migration014SearchMergesAtIdle = searchMergesAtIdleSql;
