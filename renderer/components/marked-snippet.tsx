import { Fragment, type ReactNode } from 'react';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../shared/model/search';

/**
 * A search snippet whose matches arrive wrapped in \u0001 … \u0002. The text is untrusted, so it is
 * turned into React text nodes and <mark> elements, never into HTML.
 */
export function MarkedSnippet({ snippet }: { snippet: string }) {
  const nodes: ReactNode[] = [];
  let rest = snippet;
  let key = 0;
  while (rest.length > 0) {
    const start = rest.indexOf(SNIPPET_MARK_START);
    if (start < 0) {
      nodes.push(<Fragment key={key++}>{rest}</Fragment>);
      break;
    }
    if (start > 0) nodes.push(<Fragment key={key++}>{rest.slice(0, start)}</Fragment>);
    const end = rest.indexOf(SNIPPET_MARK_END, start + 1);
    const marked = end < 0 ? rest.slice(start + 1) : rest.slice(start + 1, end);
    if (marked.length > 0) nodes.push(<mark key={key++}>{marked}</mark>);
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return <>{nodes}</>;
}

/** The marked spans of a snippet, e.g. to highlight the same words in the reader. */
export function markedTerms(snippet: string): string[] {
  const terms: string[] = [];
  const pattern = new RegExp(`${SNIPPET_MARK_START}([^${SNIPPET_MARK_END}]+)${SNIPPET_MARK_END}`, 'g');
  for (const match of snippet.matchAll(pattern)) {
    if (match[1] && !terms.includes(match[1])) terms.push(match[1]);
  }
  return terms;
}
