import { normalizeText } from '../../text/normalize';
import type { IndexableDocument } from './search-engine';
import { senseMarkers } from './senses';
import { indexTokens } from './tokenizer';

/** The searchable text of a document, per index column. */
export interface SearchableFields {
  title: string;
  practice: string;
  body: string;
  meta: string;
}

/** What a document's searchable fields are made of (an IndexableDocument, or a document about to be written). */
export type SearchableSource = Pick<
  IndexableDocument,
  'title' | 'text' | 'practiceName' | 'issuer' | 'docNumber' | 'source' | 'organization' | 'project' | 'region' | 'tags'
>;

export function searchableFields(doc: SearchableSource): SearchableFields {
  const meta = [doc.issuer, doc.docNumber, doc.source, doc.organization, doc.project, doc.region, ...doc.tags]
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .join('\n');
  return { title: doc.title, practice: doc.practiceName ?? '', body: doc.text, meta };
}

/** What the index stores of a document's fields: their tokens, space separated (tokenizer.ts). */
export interface DocumentTokens {
  title: string;
  practice: string;
  body: string;
  meta: string;
  /** Sense markers (senses.ts), indexed after the meta tokens of document_fts only. */
  senses: string;
}

/**
 * The costly part of indexing a document. Pure and needs no transaction: the parse workers run it for
 * large documents before they are written (fts-index.ts offerTokens), so the write lock is not held for it.
 * `body` gives the body's tokens when they are known already.
 */
export function documentTokens(fields: SearchableFields, body?: string): DocumentTokens {
  return {
    title: indexTokens(normalizeText(fields.title)),
    practice: indexTokens(normalizeText(fields.practice)),
    body: body ?? indexTokens(normalizeText(fields.body)),
    meta: indexTokens(normalizeText(fields.meta)),
    senses: senseMarkers(fields),
  };
}

/** Tags in the order the index reads them (document-rows.ts: ORDER BY the tag's path). */
export function tagsInIndexOrder(tags: readonly string[]): string[] {
  return [...tags].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A document's fields with their tokens, made ahead of the write that stores it. */
export interface TokenizedFields {
  fields: SearchableFields;
  tokens: DocumentTokens;
}

/** Bodies shorter than this are tokenised inside their write: it takes a few milliseconds. */
export const TOKENIZE_AHEAD_MIN_CHARS = 100_000;

/** The fields and tokens of a document about to be written, its tags as the index will read them. */
export function tokenizeAhead(source: SearchableSource): TokenizedFields {
  const fields = searchableFields({ ...source, tags: tagsInIndexOrder(source.tags) });
  return { fields, tokens: documentTokens(fields) };
}

export function sameFields(a: SearchableFields, b: SearchableFields): boolean {
  return a.body === b.body && a.title === b.title && a.practice === b.practice && a.meta === b.meta;
}
