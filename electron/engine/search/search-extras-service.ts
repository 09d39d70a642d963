import type { DocumentMatches, SearchFacets, TextRange } from '../../../shared/model/search-extras';
import type { Library } from '../core/library';
import { computeFacets } from './engine/facets';
import { compileTerm, findMatches, scanText, type TermPattern } from './engine/matcher';
import { parseQuery } from './engine/query-parser';
import { requireDocumentRow } from '../documents/documents-service';

/** Facets and in-document matches: what the results page and the reader add to a plain search. */

/** Matches returned for one document's text (the reader steps through them). */
export const MAX_TEXT_MATCHES = 2000;

export function searchFacets(library: Library, query: string): SearchFacets {
  const seqs = library.search.matchingSeqs(query);
  return computeFacets(library.db, seqs, library.search.currentStatus() === 'ready');
}

/** The query's positive terms, compiled as the engine matches them (folding included). */
function patternsOf(query: string): TermPattern[] {
  const parsed = parseQuery(query);
  return parsed.groups.flat().flatMap((term) => compileTerm(term.text) ?? []);
}

/** Every match of any term, in reading order, overlaps merged. */
function ranges(text: string, patterns: readonly TermPattern[], limit: number): { ranges: TextRange[]; truncated: boolean } {
  if (text === '' || patterns.length === 0) return { ranges: [], truncated: false };
  const target = scanText(text);
  const all = patterns.flatMap((pattern) => findMatches(pattern, target, limit + 1));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const match of all) {
    const last = merged[merged.length - 1];
    if (last && match.start < last.end) last.end = Math.max(last.end, match.end);
    else merged.push({ start: match.start, end: match.end });
  }
  return { ranges: merged.slice(0, limit), truncated: merged.length > limit };
}

/**
 * Where the query matches in the document's title and text, by the same rules as the search
 * (traditional/simplified folding, full-width forms, 〔2022〕 = [2022]): offsets into the original.
 */
export function documentMatches(library: Library, id: string, query: string): DocumentMatches {
  const row = requireDocumentRow(library, id);
  const patterns = patternsOf(query);
  const text = ranges(row.text, patterns, MAX_TEXT_MATCHES);
  return { title: ranges(row.title, patterns, 100).ranges, text: text.ranges, truncated: text.truncated };
}
