import type { ParsedRequestOf } from '../../../../shared/api/contract';
import type { DocumentKind } from '../../../../shared/model/document';
import type { SearchResponse, Suggestion } from '../../../../shared/model/search';
import type { BatchedRebuildOptions } from './batched-rebuild';
import type { TokenizedFields } from './document-tokens';

/** How far a tidy step merges the index (FtsIndex.tidyStep). */
export type TidyMode = 'full' | 'light';

/** What the search engine needs to know about one document. */
export interface IndexableDocument {
  /** documents.seq: the integer row id shared with the FTS table. */
  seq: number;
  id: string;
  kind: DocumentKind;
  title: string;
  text: string;
  date: string | null;
  year: number | null;
  region: string | null;
  issuer: string | null;
  docNumber: string | null;
  source: string | null;
  organization: string | null;
  project: string | null;
  practiceName: string | null;
  tags: string[];
  /** Trashed documents stay indexed but are never returned. */
  deleted: boolean;
}

export interface SearchEngine {
  /**
   * Runs a write (fn, inside its transaction) and then refreshes in the index, in the same
   * transaction, every document it changed: TEMP triggers report them (index-upkeep.ts). Library.write
   * is the one caller; a document changed outside it fails.
   */
  duringWrite<T>(fn: () => T): T;
  /**
   * Tokens of large documents the next writes will store, made outside the write lock (in the parse
   * worker that read them): the write that indexes exactly these fields uses them instead of
   * tokenising while it holds the lock. Replaces what was offered before and not used.
   */
  offerTokens(tokenized: readonly TokenizedFields[]): void;
  /**
   * Drops and rebuilds the whole index from the documents table in one transaction, holding the write
   * lock throughout: only for a library no other process has open (a restore's new library, tests).
   * Returns documents indexed.
   */
  rebuild(onProgress?: (done: number, total: number) => void): number;
  query(request: ParsedRequestOf<'search.query'>): SearchResponse;
  suggest(prefix: string, limit: number): Suggestion[];
  /**
   * Checks the index against the documents table (tokenizer version, document count). Call at
   * start; anything but 'ready' means: run `rebuildInBackground`. Until then queries scan.
   */
  indexStatus(): 'ready' | 'stale' | 'missing' | 'rebuilding';
  /**
   * The rebuild in short transactions (batched-rebuild.ts) that leave the lock and the event loop free
   * between them, so the app and other processes keep writing; queries meanwhile answer by scanning.
   * Resumes a rebuild interrupted earlier (its cursor is persisted) unless `fresh`.
   */
  rebuildInBackground(
    onProgress?: (done: number, total: number) => void,
    options?: Partial<Omit<BatchedRebuildOptions, 'onProgress'>>,
  ): Promise<number>;
  /** A rebuild was started (by any process) and has not finished: killed, or running elsewhere. */
  rebuildPending(): boolean;
  /** Ids of every document the query matches, in result order, without snippets ("select all"). */
  matchingIds(query: string, sort?: 'relevance' | 'date'): string[];
  /** The same as documents.seq values (facets and counts read other tables by seq). */
  matchingSeqs(query: string, sort?: 'relevance' | 'date'): number[];
  /** The status as last checked (no counting): 'rebuilding' while a background rebuild runs. */
  currentStatus(): 'ready' | 'stale' | 'missing' | 'rebuilding';
  /**
   * One short step of merging the index after writes (its own transaction); false once tidy, after
   * copying the WAL into the database file (so checkpoints happen here, at idle time, not inside
   * writes: open-database.ts WAL_AUTOCHECKPOINT_PAGES). 'full' (the default) merges towards one
   * segment; 'light' only where small segments piled up (FtsIndex.tidyStep).
   */
  tidyStep(mode?: TidyMode): boolean;
}
