import { searchableFields, type SearchableFields } from './fts-index';
import { findMatch, scanText, type ScanText, type TermPattern } from './matcher';
import type { IndexableDocument } from './search-engine';
import { widthFold } from '../../text/normalize';
import { isTraditionalScript } from '../../text/one-to-many';

const FIELDS = ['title', 'practice', 'body', 'meta'] as const satisfies readonly (keyof SearchableFields)[];
/** Scan-mode relevance: the same preference as the index's bm25 column weights. */
export const FIELD_WEIGHT: Record<keyof SearchableFields, number> = { title: 10, practice: 8, body: 1, meta: 3 };

export interface CompiledQuery {
  groups: TermPattern[][];
  excluded: TermPattern[];
}

/**
 * Checks one document against a query without the index (verification of folded candidates, and
 * the scan used while the index is rebuilt). Returns a relevance score, or null when it does not match.
 */
export function evaluateDocument(doc: IndexableDocument, query: CompiledQuery): number | null {
  const fields = searchableFields(doc);
  const texts: Partial<Record<keyof SearchableFields, ScanText>> = {};
  // The script of each field (each metadata value) decides some traditional characters
  // (one-to-many.ts): a simplified tag on a traditional page is judged as simplified (senses.ts).
  let document: boolean | undefined;
  const documentScript = () => (document ??= isTraditionalScript(widthFold(FIELDS.map((f) => fields[f]).join('\n'))));
  const text = (field: keyof SearchableFields): ScanText => {
    const existing = texts[field];
    if (existing) return existing;
    const created = scanText(fields[field], field === 'meta');
    created.documentScript = documentScript;
    return (texts[field] = created);
  };
  let score = 0;
  const matches = (pattern: TermPattern): boolean => {
    let found = false;
    for (const field of FIELDS) {
      if (fields[field] === '' || findMatch(pattern, text(field)) === null) continue;
      found = true;
      score += FIELD_WEIGHT[field];
    }
    return found;
  };
  for (const group of query.groups) {
    let any = false;
    for (const pattern of group) if (matches(pattern)) any = true;
    if (!any) return null;
  }
  for (const pattern of query.excluded) if (matches(pattern)) return null;
  return score;
}

/**
 * Relevance from the title, practice name and metadata alone: each query term found there adds its
 * field's weight (the index's column weights). Ranks a few candidates whose bm25 would cost more
 * than reading them (a term common in the metadata of most documents).
 */
export function fieldScore(fields: SearchableFields, query: CompiledQuery): number {
  let score = 0;
  for (const field of ['title', 'practice', 'meta'] as const) {
    if (fields[field] === '') continue;
    const text = scanText(fields[field], field === 'meta');
    for (const pattern of query.groups.flat()) if (findMatch(pattern, text) !== null) score += FIELD_WEIGHT[field];
  }
  return score;
}
