import { classList, parentElement, type HElement } from './html-dom';

/**
 * The page's own CSS, as far as it decides what a line looks like: alignment, type size, hiding.
 * Top-level rules of its <style> blocks with simple selectors (tag, class, id, descendant), matched
 * against the page's elements by specificity and order.
 */

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
}
interface StyleRule {
  /** Ancestors first, the element last; child combinators are read as descendant ones. */
  chain: Compound[];
  specificity: number;
  order: number;
  align: string | null;
  fontSize: string | null;
  /** display:none / visibility:hidden → true; another display or visibility → false (".tab.on{display:block}"). */
  hidden: boolean | null;
}

/** What a declaration block says about hiding: true (hidden), false (shown again), null (nothing). */
export function declaredHiding(decls: Map<string, string>): boolean | null {
  const display = decls.get('display');
  const visibility = decls.get('visibility');
  if (display === 'none' || visibility === 'hidden' || visibility === 'collapse') return true;
  return display !== undefined || visibility !== undefined ? false : null;
}

export function parseDeclarations(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase();
    if (name && value) out.set(name, value);
  }
  return out;
}

const SIZE_TOKEN = /(?:^|\s)((?:\d*\.)?\d+(?:px|pt|em|rem|%)|xx-small|x-small|small|medium|large|x-large|xx-large|smaller|larger)(?=\/|\s|$)/;
export function declaredFontSize(decls: Map<string, string>): string | null {
  return decls.get('font-size') ?? SIZE_TOKEN.exec(decls.get('font') ?? '')?.[1] ?? null;
}

function parseCompound(text: string): Compound | null {
  const match = /^([a-z][\w-]*)?((?:[.#][\w-]+)*)$/i.exec(text);
  if (!match || text === '') return null;
  const compound: Compound = { tag: match[1] ? match[1].toUpperCase() : null, id: null, classes: [] };
  for (const part of (match[2] ?? '').match(/[.#][\w-]+/g) ?? []) {
    if (part.startsWith('#')) compound.id = part.slice(1);
    else compound.classes.push(part.slice(1));
  }
  return compound;
}

/** Top-level rules of the page's <style> blocks (@media and other at-rules are skipped: they apply only sometimes). */
export function parseStyleSheets(sheets: string[]): StyleRule[] {
  const rules: StyleRule[] = [];
  for (const sheet of sheets) {
    const css = sheet.replace(/\/\*[\s\S]*?\*\//g, '');
    let at = 0;
    while (at < css.length) {
      const open = css.indexOf('{', at);
      if (open < 0) break;
      let depth = 1;
      let close = open + 1;
      while (close < css.length && depth > 0) {
        if (css[close] === '{') depth += 1;
        else if (css[close] === '}') depth -= 1;
        close += 1;
      }
      const prelude = (css.slice(at, open).split(';').pop() ?? '').trim();
      const body = css.slice(open + 1, close - 1);
      at = close;
      if (prelude.startsWith('@') || prelude === '') continue;
      const decls = parseDeclarations(body);
      const align = decls.get('text-align') ?? null;
      const fontSize = declaredFontSize(decls);
      const hidden = declaredHiding(decls);
      if (!align && !fontSize && hidden === null) continue;
      for (const selector of prelude.split(',')) {
        const text = selector.trim();
        if (text === '' || /[:[\]*+~]/.test(text)) continue;
        const chain = text.split(/\s*>\s*|\s+/).map(parseCompound);
        if (chain.some((compound) => compound === null)) continue;
        const compounds = chain as Compound[];
        const specificity = compounds.reduce((sum, c) => sum + (c.id ? 100 : 0) + 10 * c.classes.length + (c.tag ? 1 : 0), 0);
        rules.push({ chain: compounds, specificity, order: rules.length, align, fontSize, hidden });
      }
    }
  }
  return rules;
}


function matchesCompound(element: HElement, compound: Compound): boolean {
  if (compound.tag && element.tagName.toUpperCase() !== compound.tag) return false;
  if (compound.id && element.getAttribute('id') !== compound.id) return false;
  if (compound.classes.length > 0) {
    const own = classList(element);
    if (!compound.classes.every((name) => own.includes(name))) return false;
  }
  return true;
}

interface ComputedRules {
  align: string | null;
  fontSize: string | null;
  hidden: boolean;
}

export class StyleSheet {
  private readonly byKey = new Map<string, StyleRule[]>();
  private readonly cache = new Map<HElement, ComputedRules>();
  readonly hasHiding: boolean;

  /** Rules naming a class, id or tag the page does not have are dropped (site-wide CSS names many). */
  constructor(rules: StyleRule[], present: Set<string>) {
    const possible = (compound: Compound): boolean =>
      (!compound.tag || present.has(compound.tag)) && (!compound.id || present.has(`#${compound.id}`)) && compound.classes.every((name) => present.has(`.${name}`));
    for (const rule of rules) {
      if (!rule.chain.every(possible)) continue;
      const last = rule.chain[rule.chain.length - 1];
      if (!last) continue;
      const key = last.id ? `#${last.id}` : last.classes[0] ? `.${last.classes[0]}` : (last.tag ?? '');
      const list = this.byKey.get(key) ?? [];
      list.push(rule);
      this.byKey.set(key, list);
    }
    this.hasHiding = [...this.byKey.values()].some((list) => list.some((rule) => rule.hidden === true));
  }

  private matches(element: HElement, rule: StyleRule): boolean {
    const { chain } = rule;
    const last = chain[chain.length - 1];
    if (!last || !matchesCompound(element, last)) return false;
    let ancestor = parentElement(element);
    for (let index = chain.length - 2; index >= 0; index -= 1) {
      const compound = chain[index];
      if (!compound) return false;
      while (ancestor && !matchesCompound(ancestor, compound)) ancestor = parentElement(ancestor);
      if (!ancestor) return false;
      ancestor = parentElement(ancestor);
    }
    return true;
  }

  rulesFor(element: HElement): ComputedRules {
    const cached = this.cache.get(element);
    if (cached) return cached;
    const keys = [element.tagName.toUpperCase(), ...classList(element).map((name) => `.${name}`)];
    const id = element.getAttribute('id');
    if (id) keys.push(`#${id}`);
    const matching = [...new Set(keys.flatMap((key) => this.byKey.get(key) ?? []))]
      .filter((rule) => this.matches(element, rule))
      .sort((a, b) => a.specificity - b.specificity || a.order - b.order);
    const computed: ComputedRules = { align: null, fontSize: null, hidden: false };
    for (const rule of matching) {
      if (rule.align) computed.align = rule.align;
      if (rule.fontSize) computed.fontSize = rule.fontSize;
      if (rule.hidden !== null) computed.hidden = rule.hidden;
    }
    this.cache.set(element, computed);
    return computed;
  }
}
