import type Database from 'better-sqlite3';
import { documentReader } from './document-rows';
import { registerSearchFunctions } from './filters';
import { createFtsIndex } from './fts-index';
import type { SearchEngine } from './search-engine';
import { matchingIds, matchingSeqs, runQuery } from './search-query';
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
  // Cleared on every write: a token's rarity may change with any document.
  const rarity = new Map<string, boolean>();
  const context = { db, reader, fts, rarity };

  return {
    indexDocument(doc) {
      rarity.clear();
      fts.write(doc);
      suggestions.touch();
    },
    removeDocument(seq) {
      rarity.clear();
      fts.remove(seq);
      suggestions.touch();
    },
    rebuild(onProgress) {
      rarity.clear();
      return fts.rebuild(onProgress);
    },
    rebuildInBackground(onProgress) {
      rarity.clear();
      return fts.rebuildInBackground((done, total) => {
        rarity.clear();
        onProgress?.(done, total);
      });
    },
    indexStatus() {
      return fts.check();
    },
    currentStatus() {
      return fts.status();
    },
    tidyStep() {
      return fts.tidyStep();
    },
    query(request) {
      return runQuery(context, request);
    },
    matchingIds(query, sort) {
      return matchingIds(context, query, sort);
    },
    matchingSeqs(query, sort) {
      return matchingSeqs(context, query, sort);
    },
    suggest(prefix, limit) {
      return suggestions.suggest(prefix, limit);
    },
  };
}
