import type { DocumentKind } from './document';

export interface SearchHit {
  id: string;
  title: string;
  kind: DocumentKind;
  date: string | null;
  score: number;
  /** Plain text around the first matches; matched spans are wrapped in \u0001 … \u0002 markers. */
  snippet: string;
  region: string | null;
  source: string | null;
  issuer: string | null;
  tags: string[];
}

export interface SearchResponse {
  total: number;
  /** The total is an estimate (a broad query sorted by relevance): show it as “约 N”. */
  estimated: boolean;
  tookMs: number;
  hits: SearchHit[];
  /** Set when the query could not be read as typed and was read another way, in Chinese. */
  notice: string | null;
}

/** One search-as-you-type suggestion (search box and command palette). */
export interface Suggestion {
  type: 'document' | 'collection' | 'tag' | 'practice' | 'issuer' | 'region';
  label: string;
  /** Set for a document: picking it opens the reader. */
  documentId: string | null;
  /** Set for a collection (专辑): picking it opens the collection. */
  collectionId: string | null;
  detail: string | null;
}

export const SNIPPET_MARK_START = '\u0001';
export const SNIPPET_MARK_END = '\u0002';
