/**
 * Scrolls only `scroller` so that `target` sits at its top (or middle). Element.scrollIntoView would
 * also scroll every ancestor, pushing the reader's own tabs and title out of view.
 */
export function scrollWithin(scroller: HTMLElement, target: Element, where: 'start' | 'center' | 'nearest'): void {
  const view = scroller.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  if (where === 'nearest') {
    if (box.top < view.top) scroller.scrollTop += box.top - view.top - 8;
    else if (box.bottom > view.bottom) scroller.scrollTop += box.bottom - view.bottom + 8;
    return;
  }
  const offset = where === 'start' ? box.top - view.top - 8 : box.top + box.height / 2 - (view.top + scroller.clientHeight / 2);
  scroller.scrollTop += offset;
}

/** The child marked data-page-number that shows the most of itself in the scroller's view. */
export function mostVisiblePage(scroller: HTMLElement): number | null {
  const view = scroller.getBoundingClientRect();
  let best: { number: number; shown: number } | null = null;
  for (const page of scroller.querySelectorAll<HTMLElement>('[data-page-number]')) {
    const box = page.getBoundingClientRect();
    const shown = Math.min(box.bottom, view.bottom) - Math.max(box.top, view.top);
    if (shown > 0 && (!best || shown > best.shown)) best = { number: Number(page.dataset.pageNumber), shown };
  }
  return best?.number ?? null;
}
