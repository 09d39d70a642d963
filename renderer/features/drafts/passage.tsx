import { HighlightedText } from '../../components/highlighted-text';

export interface PassageTarget {
  start: number;
  end: number;
  quote: string;
}

/**
 * Where a quoted passage is in a document's text now: at its offsets if the text there is still the
 * quote, else the nearest place the quoted words appear (the text was corrected or re-read since),
 * else nowhere.
 */
export function resolvePassage(text: string, passage: PassageTarget): { start: number; end: number } | null {
  if (passage.end <= text.length && text.slice(passage.start, passage.end) === passage.quote) return { start: passage.start, end: passage.end };
  if (!passage.quote) return null;
  let best = -1;
  for (let index = text.indexOf(passage.quote); index >= 0; index = text.indexOf(passage.quote, index + 1)) {
    if (best < 0 || Math.abs(index - passage.start) < Math.abs(best - passage.start)) best = index;
  }
  return best >= 0 ? { start: best, end: best + passage.quote.length } : null;
}

/** The document text with one passage marked (and search terms still highlighted around it). */
export function PassageText({ text, terms, range }: { text: string; terms: readonly string[]; range: { start: number; end: number } }) {
  return (
    <>
      <HighlightedText text={text.slice(0, range.start)} terms={terms} />
      <mark className="casebook-passage" data-passage="" aria-label="引用的段落">
        {text.slice(range.start, range.end)}
      </mark>
      <HighlightedText text={text.slice(range.end)} terms={terms} />
    </>
  );
}

/** Offsets of the current selection inside `container`, whose text content is exactly the document text. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const measure = (node: Node, offset: number) => {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const start = measure(range.startContainer, range.startOffset);
  const end = measure(range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}
