import { fieldNamed, kindNamed } from './query-fields';

/**
 * Adding and removing one field filter (类型:典型案例, 地区:“温州 龙湾”) in the text of a query, for
 * the facets: the query stays what the user typed, with the filter appended or taken out.
 */

/** The query split into tokens the way the engine reads them: quoted values stay whole. */
export function queryTokens(query: string): string[] {
  const tokens: string[] = [];
  const pattern = /(?:[^\s"“”]*(?:"[^"]*"?|“[^”]*”?))+[^\s"“”]*|\S+/g;
  for (const match of query.matchAll(pattern)) tokens.push(match[0]);
  return tokens;
}

/**
 * One spelling for every way of writing a filter: kind:case, 类型:典型案例 and 类型：案例 all become
 * kind:case; quotes and full-width forms do not count. A token that is no filter stays as it is.
 */
function canonical(token: string): string {
  const plain = token.replace(/[“”"]/g, '').normalize('NFKC');
  const parts = /^(-?)([\p{L}_]+):(.*)$/su.exec(plain);
  const field = parts ? fieldNamed(parts[2] ?? '') : undefined;
  if (!parts || !field) return plain.toLowerCase();
  const value = parts[3] ?? '';
  const shown = field === 'kind' ? (kindNamed(value) ?? value.toLowerCase()) : value.toLowerCase();
  return `${parts[1] ?? ''}${field}:${shown}`;
}

function sameFilter(token: string, filter: string): boolean {
  return canonical(token) === canonical(filter);
}

export function hasFilter(query: string, filter: string): boolean {
  return queryTokens(query).some((token) => sameFilter(token, filter));
}

/** Appends the filter, or removes it (however it was written) when the query has it already. */
export function toggleFilter(query: string, filter: string): string {
  const tokens = queryTokens(query);
  if (tokens.some((token) => sameFilter(token, filter))) {
    return tokens.filter((token) => !sameFilter(token, filter)).join(' ');
  }
  return [...tokens, filter].join(' ');
}

/** Whether a word of a query is a field filter (类型:…, kind:…), not a word to find. */
export function isFieldFilter(word: string): boolean {
  const name = /^-?([\p{L}_]+)[:：]/u.exec(word)?.[1];
  return name !== undefined && fieldNamed(name) !== undefined;
}
