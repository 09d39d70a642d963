import { Readability } from '@mozilla/readability';
import { childNodesOf, isElement, visibleLength, type HElement, type HNode } from './html-dom';
import { removeLinkDenseBlocks } from './link-density';
import { POSITION_MARK, loadPage } from './load-page';

/**
 * The article Readability picks, as the position marks of the page's elements it keeps: run on a
 * copy of the page of its own (Readability rewrites the tree), after link-dense blocks are removed.
 */

/** The elements (by mark) that Readability keeps as the article, run on its own copy of the page. */
export function articleElements(html: string): Set<string> {
  const { document } = loadPage(html);
  const ids = new Set<string>();
  try {
    if (document.body) removeLinkDenseBlocks(document.body);
    const reader = new Readability<HElement>(document as never, { charThreshold: 100, serializer: (node) => node as unknown as HElement });
    // Readability renames elements (DIV → P) by copying them; the copy keeps the mark.
    const internals = reader as unknown as { _setNodeTag?: (node: HElement, tag: string) => HElement };
    const setNodeTag = internals._setNodeTag;
    if (typeof setNodeTag === 'function') {
      internals._setNodeTag = (node, tag) => {
        const mark = node.getAttribute(POSITION_MARK);
        const replacement = setNodeTag.call(reader, node, tag);
        if (mark !== null && replacement.getAttribute(POSITION_MARK) === null) replacement.setAttribute(POSITION_MARK, mark);
        return replacement;
      };
    }
    // Readability also moves text into new <p>s; the text nodes themselves keep their identity
    // (unless it has to re-read the page for a second attempt, when the marks still hold).
    const textParents = new Map<HNode, string>();
    const visitText = (node: HNode): void => {
      for (const child of childNodesOf(node)) {
        if (child.nodeType === 3) {
          const mark = isElement(node) ? node.getAttribute(POSITION_MARK) : null;
          if (mark !== null && visibleLength(child.textContent) > 0) textParents.set(child, mark);
        } else if (isElement(child)) visitText(child);
      }
    };
    if (document.body) visitText(document.body);
    const content = reader.parse()?.content;
    if (!content || typeof content.querySelectorAll !== 'function') return ids;
    for (const element of [content, ...Array.from(content.querySelectorAll(`[${POSITION_MARK}]`))]) {
      const mark = element.getAttribute(POSITION_MARK);
      if (mark !== null) ids.add(mark);
    }
    const collectText = (node: HNode): void => {
      for (const child of childNodesOf(node)) {
        if (child.nodeType === 3) {
          const mark = textParents.get(child);
          if (mark !== undefined) ids.add(mark);
        } else if (isElement(child)) collectText(child);
      }
    };
    collectText(content);
  } catch {
    ids.clear();
  }
  return ids;
}
