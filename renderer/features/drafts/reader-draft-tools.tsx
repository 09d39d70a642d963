import { Alert } from 'antd';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { QuoteSelectionButton } from './quote-to-draft';
import { resolvePassage, type PassageTarget } from './passage';

const HIGHLIGHT_NAME = 'casebook-passage';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

/** The element holding the document text inside the reader (its text content is the cleaned text). */
export function documentTextElement(wrapper: HTMLElement | null): HTMLElement | null {
  return wrapper?.querySelector<HTMLElement>('.casebook-document-text') ?? null;
}

/** A DOM range over [start, end) of the element's text, walking its text nodes. */
function rangeAt(element: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/**
 * Marks a quoted passage in the reader's text (the CSS Custom Highlight API, so the text's own
 * rendering is untouched; the selection where that API is missing) and scrolls it into view.
 */
function usePassageHighlight(wrapper: RefObject<HTMLElement | null>, text: string, range: { start: number; end: number } | null) {
  useEffect(() => {
    if (!range) return;
    let frame = 0;
    let attempts = 0;
    const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
    const apply = () => {
      const element = documentTextElement(wrapper.current);
      const dom = element ? rangeAt(element, range.start, range.end) : null;
      if (!dom) {
        if (attempts++ < 30) frame = requestAnimationFrame(apply);
        return;
      }
      const HighlightClass = (globalThis as { Highlight?: new (range: Range) => unknown }).Highlight;
      if (registry && HighlightClass) registry.set(HIGHLIGHT_NAME, new HighlightClass(dom));
      else {
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(dom);
      }
      element?.setAttribute('data-passage-start', String(range.start));
      element?.setAttribute('data-passage-end', String(range.end));
      const marker = dom.startContainer.parentElement;
      const box = dom.getBoundingClientRect();
      const scroller = element?.closest('.ant-drawer-body, .casebook-reader-pane-body');
      if (scroller && box.height > 0) {
        const target = scroller.scrollTop + box.top - scroller.getBoundingClientRect().top - scroller.clientHeight / 3;
        scroller.scrollTo({ top: Math.max(0, target) });
      } else marker?.scrollIntoView({ block: 'center' });
    };
    frame = requestAnimationFrame(apply);
    return () => {
      cancelAnimationFrame(frame);
      registry?.delete(HIGHLIGHT_NAME);
    };
  }, [wrapper, text, range]);
}

/**
 * Drafts in the reader: the quoted passage a citation led to, marked and scrolled to, and the
 * "引用到草稿" button over any selection in the text.
 */
export function ReaderDraftTools({
  wrapper,
  documentId,
  text,
  passage,
}: {
  wrapper: RefObject<HTMLElement | null>;
  documentId: string;
  text: string;
  passage?: PassageTarget;
}) {
  const range = useMemo(() => (passage ? resolvePassage(text, passage) : null), [text, passage]);
  usePassageHighlight(wrapper, text, range);
  const [container] = useState(() => ({
    get current() {
      return documentTextElement(wrapper.current);
    },
  }));
  return (
    <>
      {passage && !range && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`这份资料的正文已修改，找不到引用的段落：“${passage.quote.length > 60 ? `${passage.quote.slice(0, 60)}…` : passage.quote}”`}
        />
      )}
      <QuoteSelectionButton containerRef={container} documentId={documentId} />
    </>
  );
}
