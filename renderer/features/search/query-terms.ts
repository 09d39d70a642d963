/**
 * The words of a search query worth highlighting in the reader: phrases and plain words, without
 * operators (OR, AND, NOT), excluded words (-词), field filters (kind:case) or date ranges.
 * A simple client-side reading; the engine's own parser decides what matches.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  const pattern = /(-?)(?:"([^"]*)"|“([^”]*)”|(\S+))/g;
  for (const match of query.matchAll(pattern)) {
    if (match[1] === '-') continue;
    const phrase = match[2] ?? match[3];
    if (phrase !== undefined) {
      if (phrase.trim()) terms.push(phrase.trim());
      continue;
    }
    const word = (match[4] ?? '').replace(/^[()"“”]+|[()"“”*^]+$/g, '');
    if (!word || /^(OR|AND|NOT)$/.test(word)) continue;
    if (/^[a-zA-Z_]+[:：]/.test(word)) continue;
    if (/^\d{4}(-\d{1,2})?(-\d{1,2})?\.\.(\d{4}(-\d{1,2})?(-\d{1,2})?)?$/.test(word)) continue;
    terms.push(word);
  }
  return [...new Set(terms)];
}
