import { ALIGN_ATTRIBUTE_TAGS, TAG_EM, alignWord, cssSize, fontTagSize } from './css-values';
import { namedChrome } from './chrome-names';
import { SKIP } from './dom-text';
import { childNodesOf, isElement, parentElement, visibleLength, type HElement, type HNode } from './html-dom';
import type { PieceContext } from './line-pieces';
import { POSITION_MARK } from './load-page';
import { declaredFontSize, parseDeclarations, type StyleSheet } from './page-css';

/**
 * What the page says about each element a line passes through: whether it is chrome, whether it
 * lies in the article Readability found, its type size and its alignment (inline style, old HTML
 * attributes, the page's CSS). Counts each element's characters once, before the walk.
 */

interface Measure {
  chars: number;
  linkChars: number;
  articleChars: number;
}

export class ElementFacts {
  private readonly measures = new Map<HElement, Measure>();
  private readonly chromeCache = new Map<HElement, boolean>();
  private bodyMeasure: Measure = { chars: 0, linkChars: 0, articleChars: 0 };
  private readonly explicitSizes = { used: false };

  constructor(
    private readonly styles: StyleSheet,
    private readonly articleIds: Set<string>,
  ) {}

  /** Counts the characters of the body and of every element in it; runs before the walk. */
  measureBody(body: HElement): void {
    this.bodyMeasure = this.measure(body, false);
  }

  /** Whether any element met so far sets a type size (by CSS, <font size> or its tag). */
  get usesExplicitSizes(): boolean {
    return this.explicitSizes.used;
  }

  /** Visible characters inside the element, as counted before the walk. */
  charsIn(element: HElement): number {
    return this.measures.get(element)?.chars ?? 0;
  }

  private inArticle(element: HElement): boolean {
    const mark = element.getAttribute(POSITION_MARK);
    return mark !== null && this.articleIds.has(mark);
  }

  private measure(node: HNode, inLink: boolean): Measure {
    if (node.nodeType === 3) {
      const chars = visibleLength(node.textContent);
      const parent = parentElement(node);
      return { chars, linkChars: inLink ? chars : 0, articleChars: parent && this.inArticle(parent) ? chars : 0 };
    }
    const total: Measure = { chars: 0, linkChars: 0, articleChars: 0 };
    if (!isElement(node) || SKIP.has(node.tagName.toUpperCase())) return total;
    const link = inLink || node.tagName.toUpperCase() === 'A';
    for (const child of childNodesOf(node)) {
      const counts = this.measure(child, link);
      total.chars += counts.chars;
      total.linkChars += counts.linkChars;
      total.articleChars += counts.articleChars;
    }
    this.measures.set(node, total);
    return total;
  }

  /**
   * Named as chrome (tag, role, class or id) and not holding the article: an element that holds a good
   * part of the article Readability found, or of the page's prose, is the page's frame, not chrome
   * (CMSs wrap the article in "content-header" and the like).
   */
  private isChrome(element: HElement): boolean {
    const cached = this.chromeCache.get(element);
    if (cached !== undefined) return cached;
    let chrome = namedChrome(element);
    if (chrome) {
      const own = this.measures.get(element) ?? { chars: 0, linkChars: 0, articleChars: 0 };
      const body = this.bodyMeasure;
      const holdsArticle = own.articleChars >= 100 && own.articleChars >= 0.3 * body.articleChars;
      const prose = own.chars - own.linkChars;
      const holdsProse = prose >= 200 && prose >= 0.4 * (body.chars - body.linkChars);
      chrome = !holdsArticle && !holdsProse;
    }
    this.chromeCache.set(element, chrome);
    return chrome;
  }

  private styleValue(element: HElement, name: string): string | null {
    const style = element.getAttribute('style');
    if (!style) return null;
    const decls = parseDeclarations(style);
    return name === 'font-size' ? declaredFontSize(decls) : (decls.get(name) ?? null);
  }

  private fontPx(element: HElement, parentPx: number): number {
    const tag = element.tagName.toUpperCase();
    const declared = cssSize(this.styleValue(element, 'font-size'), parentPx) ?? cssSize(this.styles.rulesFor(element).fontSize, parentPx);
    const px = declared ?? (tag === 'FONT' ? fontTagSize(element.getAttribute('size')) : null);
    if (px !== null && px > 0) {
      this.explicitSizes.used = true;
      return px;
    }
    const em = TAG_EM[tag];
    if (em) {
      this.explicitSizes.used = true;
      return parentPx * em;
    }
    return parentPx;
  }

  align(element: HElement | null): 'center' | 'right' | 'left' | null {
    if (!element) return null;
    const tag = element.tagName.toUpperCase();
    if (tag === 'CENTER') return 'center';
    const fromStyle = alignWord(this.styleValue(element, 'text-align'));
    if (fromStyle) return fromStyle;
    const fromAttribute = ALIGN_ATTRIBUTE_TAGS.has(tag) ? alignWord(element.getAttribute('align')) : null;
    return fromAttribute ?? alignWord(this.styles.rulesFor(element).align);
  }

  /** The block's own alignment, else its parent's. */
  blockAlign(element: HElement): 'center' | 'right' | 'left' | null {
    return this.align(element) ?? this.align(parentElement(element));
  }

  /** The context inside an element, from the one around it. */
  enter(element: HElement, context: PieceContext): PieceContext {
    return {
      chrome: context.chrome || this.isChrome(element),
      link: element.tagName.toUpperCase() === 'A' ? element : context.link,
      article: this.inArticle(element),
      px: this.fontPx(element, context.px),
    };
  }
}
