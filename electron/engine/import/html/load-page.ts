import { parseHTML } from 'linkedom';
import { CasebookError } from '../../../../shared/api/errors';
import { MAX_PAGE_ELEMENTS, TOO_COMPLEX } from '../size-limits';
import { classList, parentElement, visibleLength, type HDocument, type HElement } from './html-dom';
import { StyleSheet, declaredHiding, parseDeclarations, parseStyleSheets } from './page-css';

/**
 * A page parsed for reading (never run): scripts, styles, frames and form controls removed, hidden
 * elements (hidden, aria-hidden, inline display:none/visibility:hidden, and what the page's own CSS
 * hides) removed, and every element marked with its position so two parses of the page line up.
 */

const REMOVED = 'script, style, noscript, template, iframe, frame, frameset, object, embed, svg, canvas, applet, textarea, input, select, button';
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]';
/** Marks each element with its position in the page, so the article Readability returns can be found in the page. */
export const POSITION_MARK = 'data-casebook-line';

export interface LoadedPage {
  document: HDocument;
  styles: StyleSheet;
}

function removeAll(root: HDocument, selector: string): void {
  for (const element of Array.from(root.querySelectorAll(selector))) element.remove();
}

/** Refuses a page with more elements than MAX_PAGE_ELEMENTS before the parser builds them. */
function refuseOverbuilt(html: string): void {
  let tags = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    // A start tag: "<" then a letter.
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) tags += 1;
  }
  if (tags > MAX_PAGE_ELEMENTS) {
    throw new CasebookError('IMPORT_FAILED', `${TOO_COMPLEX}：网页中的元素超过 ${MAX_PAGE_ELEMENTS / 10_000} 万个，超出正常网页的规模。`, `${tags} start tags`);
  }
}

/**
 * Real pages nest a few dozen levels (CMS tables inside tables reach sixty or so); thousands of
 * levels make the readers' walks up and down the tree take minutes.
 */
const MAX_PAGE_DEPTH = 400;

function refuseOverdeep(document: HDocument): void {
  const depth = new Map<HElement, number>();
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const parent = parentElement(element);
    const level = (parent ? (depth.get(parent) ?? 0) : 0) + 1;
    if (level > MAX_PAGE_DEPTH) throw new CasebookError('IMPORT_FAILED', `${TOO_COMPLEX}：网页的元素层层嵌套超过 ${MAX_PAGE_DEPTH} 层。`, `depth > ${MAX_PAGE_DEPTH}`);
    depth.set(element, level);
  }
}

export function loadPage(html: string): LoadedPage {
  refuseOverbuilt(html);
  const { document: parsed } = parseHTML(html);
  const document = parsed as unknown as HDocument;
  refuseOverdeep(document);
  const sheets = Array.from(document.querySelectorAll('style')).map((style) => style.textContent ?? '');
  removeAll(document, REMOVED);
  removeAll(document, HIDDEN);
  const all = Array.from(document.querySelectorAll('*'));
  const present = new Set<string>();
  for (const element of all) {
    present.add(element.tagName.toUpperCase());
    for (const name of classList(element)) present.add(`.${name}`);
    const id = element.getAttribute('id');
    if (id) present.add(`#${id}`);
  }
  const styles = new StyleSheet(parseStyleSheets(sheets), present);
  const body = document.body;
  if (body && styles.hasHiding) {
    // Hidden by the page's own CSS, as injected spam often is; never the bulk of the page (a page that
    // hides its content until a script runs still shows it here).
    const total = visibleLength(body.textContent);
    const shownInline = (element: HElement): boolean => declaredHiding(parseDeclarations(element.getAttribute('style') ?? '')) === false;
    const hidden = all.filter((element) => styles.rulesFor(element).hidden && !shownInline(element));
    for (const element of hidden) {
      if (visibleLength(element.textContent) < total / 2) element.remove();
    }
  }
  // Marked in the same order on both copies of the page (removed elements too: the order stays the same).
  all.forEach((element, index) => element.setAttribute(POSITION_MARK, String(index)));
  return { document, styles };
}
