import type Database from 'better-sqlite3';
import { documentReader } from './document-rows';
import { registerSearchFunctions } from './filters';
import { createFtsIndex } from './fts-index';
import type { SearchEngine } from './search-engine';
import { matchingIds, runQuery } from './search-query';
import { createSuggestIndex } from './suggest';

export type { IndexableDocument, SearchEngine } from './search-engine';
export type { IndexStatus } from './fts-index';

/**
 * The search engine over one library connection (migrations 001 and 002 applied). Cheap to create:
 * nothing is read until the first query or suggestion.
 */
export function createSearchEngine(db: Database.Database): SearchEngine {
  registerSearchFunctions(db);
  const fts = createFtsIndex(db);
  const reader = documentReader(db);
  const suggestions = createSuggestIndex(db);
  const context = { db, reader, fts };

  return {
    indexDocument(doc) {
      fts.write(doc);
      suggestions.touch();
    },
    removeDocument(seq) {
      fts.remove(seq);
      suggestions.touch();
    },
    rebuild(onProgress) {
      return fts.rebuild(onProgress);
    },
    rebuildInBackground(onProgress) {
      return fts.rebuildInBackground(onProgress);
    },
    indexStatus() {
      return fts.check();
    },
    query(request) {
      return runQuery(context, request);
    },
    matchingIds(query, sort) {
      return matchingIds(context, query, sort);
    },
    suggest(prefix, limit) {
      return suggestions.suggest(prefix, limit);
    },
  };
}
