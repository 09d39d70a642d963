import { Fragment, memo, type ReactNode } from 'react';

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regular expression that finds any of the terms, longest first so 党建联建 wins over 党建. */
export function termsPattern(terms: readonly string[]): RegExp | null {
  const unique = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0))];
  if (unique.length === 0) return null;
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(unique.map(escapeRegExp).join('|'), 'giu');
}

/**
 * Plain text with the given terms wrapped in <mark>. Line breaks are kept by the caller's CSS
 * (white-space: pre-wrap); the text is never interpreted as HTML.
 */
export const HighlightedText = memo(function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  const pattern = termsPattern(terms);
  if (!pattern) return <>{text}</>;
  const nodes: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index;
    if (index > last) nodes.push(<Fragment key={key++}>{text.slice(last, index)}</Fragment>);
    nodes.push(
      <mark key={key++} data-match="">
        {match[0]}
      </mark>,
    );
    last = index + match[0].length;
  }
  if (last < text.length) nodes.push(<Fragment key={key++}>{text.slice(last)}</Fragment>);
  return <>{nodes}</>;
});
