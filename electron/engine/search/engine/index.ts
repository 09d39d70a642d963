import type Database from 'better-sqlite3';
import { IDLE_CHECKPOINT_PAGES, checkpointWal } from '../../db/open-database';
import { documentReader } from './document-rows';
import { registerSearchFunctions } from './filters';
import { createFtsIndex } from './fts-index';
import { installIndexUpkeep } from './index-upkeep';
import type { SearchEngine } from './search-engine';
import { matchingIds, matchingSeqs, runQuery } from './search-query';
import { createSuggestIndex } from './suggest';

export type { IndexableDocument, SearchEngine, TidyMode } from './search-engine';
export type { IndexStatus } from './fts-index';
export type { RebuildBatch } from './batched-rebuild';
export { TOKENIZE_AHEAD_MIN_CHARS, tokenizeAhead, type TokenizedFields } from './document-tokens';

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
  const rarity = new Map<string, number>();
  let trashedSeqs: Set<number> | null = null;
  // Another connection (the command line while the app runs) may have written: PRAGMA data_version
  // changes then, and the caches above and the suggestion values are dropped.
  let seenVersion = -1;
  const forgetIfChangedElsewhere = () => {
    const version = db.pragma('data_version', { simple: true }) as number;
    if (version !== seenVersion) {
      seenVersion = version;
      rarity.clear();
      trashedSeqs = null;
      suggestions.touch();
    }
  };
  const readTrashed = () => new Set(db.prepare<[], number>('SELECT seq FROM search_docs WHERE deleted = 1').pluck().all());
  // Never cache inside a transaction: it may still roll back.
  const trashed = () => (db.inTransaction ? readTrashed() : (trashedSeqs ??= readTrashed()));
  const changed = () => {
    rarity.clear();
    trashedSeqs = null;
  };
  const context = { db, reader, fts, rarity, trashed };
  const upkeep = installIndexUpkeep(db, fts, reader, () => {
    changed();
    suggestions.touch();
  });

  return {
    duringWrite(fn) {
      return upkeep.during(fn);
    },
    offerTokens(tokenized) {
      fts.offerTokens(tokenized);
    },
    rebuild(onProgress) {
      changed();
      return fts.rebuild(onProgress);
    },
    rebuildInBackground(onProgress, options) {
      changed();
      return fts.rebuildInBackground({
        fresh: options?.fresh ?? false,
        ...(options?.onCommit ? { onCommit: options.onCommit } : {}),
        ...(options?.holdBudgetMs !== undefined ? { holdBudgetMs: options.holdBudgetMs } : {}),
        onProgress: (done, total) => {
          changed();
          onProgress?.(done, total);
        },
      });
    },
    rebuildPending() {
      return fts.rebuildPending();
    },
    indexStatus() {
      return fts.check();
    },
    currentStatus() {
      return fts.status();
    },
    tidyStep(mode) {
      if (fts.tidyStep(mode)) return true;
      checkpointWal(db, IDLE_CHECKPOINT_PAGES);
      return false;
    },
    query(request) {
      forgetIfChangedElsewhere();
      return runQuery(context, request);
    },
    matchingIds(query, sort) {
      forgetIfChangedElsewhere();
      return matchingIds(context, query, sort);
    },
    matchingSeqs(query, sort) {
      forgetIfChangedElsewhere();
      return matchingSeqs(context, query, sort);
    },
    suggest(prefix, limit) {
      forgetIfChangedElsewhere();
      return suggestions.suggest(prefix, limit);
    },
  };
}
