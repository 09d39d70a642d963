import type { ParsedRequestOf } from '../../../../shared/api/contract';
import type { DocumentKind } from '../../../../shared/model/document';
import type { SearchResponse, Suggestion } from '../../../../shared/model/search';

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
  /**
   * Trashed documents stay indexed but are never returned. Call `indexDocument` again when a
   * document is trashed or restored: the index keeps its own copy of this flag.
   */
  deleted: boolean;
}

export interface SearchEngine {
  /**
   * Adds or replaces a document; the caller runs it inside the write's transaction. Needed after
   * any change to the fields above, including tags and trash/restore.
   */
  indexDocument(doc: IndexableDocument): void;
  /** Forgets a document for good (purge); inside the caller's transaction. */
  removeDocument(seq: number): void;
  /** Drops and rebuilds the whole index from the documents table. Returns documents indexed. */
  rebuild(onProgress?: (done: number, total: number) => void): number;
  query(request: ParsedRequestOf<'search.query'>): SearchResponse;
  suggest(prefix: string, limit: number): Suggestion[];
  /**
   * Checks the index against the documents table (tokenizer version, document count). Call at
   * start; anything but 'ready' means: run `rebuildInBackground`. Until then queries scan.
   */
  indexStatus?(): 'ready' | 'stale' | 'missing' | 'rebuilding';
  /**
   * `rebuild` in batches (one transaction each) that yields to the event loop between them, so the
   * app stays responsive; queries meanwhile answer by scanning the documents.
   */
  rebuildInBackground?(onProgress?: (done: number, total: number) => void): Promise<number>;
  /** Ids of every document the query matches, in result order, without snippets ("select all"). */
  matchingIds?(query: string, sort?: 'relevance' | 'date'): string[];
  /** The same as documents.seq values (facets and counts read other tables by seq). */
  matchingSeqs?(query: string, sort?: 'relevance' | 'date'): number[];
  /** The status as last checked (no counting): 'rebuilding' while a background rebuild runs. */
  currentStatus?(): 'ready' | 'stale' | 'missing' | 'rebuilding';
  /** One short step of merging the index after writes (its own transaction); false once tidy. */
  tidyStep?(): boolean;
}
