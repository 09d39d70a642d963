import { isFieldFilter, queryTokens } from './query-filters';

const DATE_RANGE = /^\d{4}(-\d{1,2})?(-\d{1,2})?\.\.(\d{4}(-\d{1,2})?(-\d{1,2})?)?$/;

/**
 * The words of a search query worth highlighting in the reader: phrases and plain words, without
 * operators (OR, AND, NOT), excluded words (-词), field filters (类型:典型案例, kind:case) or date ranges.
 * A simple client-side reading; the engine's own parser decides what matches.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  let excluded = false;
  for (const token of queryTokens(query)) {
    // NOT 新闻 excludes the next word as -新闻 does.
    const afterNot = excluded;
    excluded = token === 'NOT';
    if (afterNot || excluded || token.startsWith('-')) continue;
    if (/^[a-zA-Z_]+[:：]/.test(token) || isFieldFilter(token)) continue;
    const phrase = /^(?:"([^"]*)"?|“([^”]*)”?)$/.exec(token);
    if (phrase) {
      const text = (phrase[1] ?? phrase[2] ?? '').trim();
      if (text) terms.push(text);
      continue;
    }
    const word = token.replace(/^[()"“”]+|[()"“”*^]+$/g, '');
    if (!word || /^(OR|AND|NOT)$/.test(word) || DATE_RANGE.test(word)) continue;
    terms.push(word);
  }
  return [...new Set(terms)];
}
