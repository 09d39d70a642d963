import { Fragment, memo, type ReactNode } from 'react';
import type { TextRange } from '../../../shared/model/search-extras';

/** Plain text with the given ranges (from the engine's matcher) wrapped in <mark>; never HTML. */
export const RangesText = memo(function RangesText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const nodes: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const range of ranges) {
    if (range.start < last || range.end > text.length) continue;
    if (range.start > last) nodes.push(<Fragment key={key++}>{text.slice(last, range.start)}</Fragment>);
    nodes.push(
      <mark key={key++} data-match="">
        {text.slice(range.start, range.end)}
      </mark>,
    );
    last = range.end;
  }
  if (last < text.length) nodes.push(<Fragment key={key++}>{text.slice(last)}</Fragment>);
  return <>{nodes}</>;
});
