/**
 * Adding and removing one field filter (kind:case, region:“温州 龙湾”) in the text of a query, for
 * the facets: the query stays what the user typed, with the filter appended or taken out.
 */

/** The query split into tokens the way the engine reads them: quoted values stay whole. */
export function queryTokens(query: string): string[] {
  const tokens: string[] = [];
  const pattern = /(?:[^\s"“”]*(?:"[^"]*"?|“[^”]*”?))+[^\s"“”]*|\S+/g;
  for (const match of query.matchAll(pattern)) tokens.push(match[0]);
  return tokens;
}

/** The same filter, however it was quoted or spelled (标签:x = tag:x is not attempted). */
function sameFilter(token: string, filter: string): boolean {
  const plain = (value: string) => value.replace(/[“”"]/g, '').normalize('NFKC').toLowerCase();
  return plain(token) === plain(filter);
}

export function hasFilter(query: string, filter: string): boolean {
  return queryTokens(query).some((token) => sameFilter(token, filter));
}

/** Appends the filter, or removes it when the query has it already. */
export function toggleFilter(query: string, filter: string): string {
  const tokens = queryTokens(query);
  if (tokens.some((token) => sameFilter(token, filter))) {
    return tokens.filter((token) => !sameFilter(token, filter)).join(' ');
  }
  return [...tokens, filter].join(' ');
}
