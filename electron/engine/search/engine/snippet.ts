import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../../shared/model/search';
import { widthFold } from '../../text/normalize';
import { isTraditionalScript } from '../../text/one-to-many';
import { findMatch, findMatches, scanText, type Match, type ScanText, type TermPattern } from './matcher';
import { scriptOf } from './senses';

export const SNIPPET_LENGTH = 120;
/** Characters of context kept before the first match in the window. */
const LEAD = 24;
const MAX_MATCHES_PER_TERM = 12;

function clean(piece: string): string {
  // Control characters (including the marks themselves) would corrupt the markup.
  return piece.replace(/[\u0000-\u001f\u007f\s]+/gu, ' ');
}

function isLowSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Windows tried: one starting just before each of the first matches. */
const ANCHORS = 8;

/** The window start that shows the most different terms, earliest first. */
function chooseStart(matches: readonly (Match & { term: number })[], length: number, size: number): number {
  let best = 0;
  let bestTerms = -1;
  for (const anchor of matches.slice(0, ANCHORS)) {
    const start = Math.max(0, Math.min(anchor.start - LEAD, length - size));
    const terms = new Set<number>();
    for (const match of matches) {
      if (match.start >= start + size) break;
      if (match.start >= start && match.end <= start + size) terms.add(match.term);
    }
    if (terms.size > bestTerms) {
      best = start;
      bestTerms = terms.size;
    }
  }
  return best;
}

/**
 * About `size` characters of the original text around the first matches, matched spans wrapped in
 * SNIPPET_MARK_START … SNIPPET_MARK_END. Offsets come from the normalised text, which has the
 * original's length, so a match made through folding (traditional text, full-width digits) is
 * marked in the characters the document really has.
 */
export function makeSnippet(target: ScanText, patterns: readonly TermPattern[], size = SNIPPET_LENGTH, fullLength?: number): string {
  const text = target.original;
  const matches: (Match & { term: number })[] = [];
  patterns.forEach((pattern, term) => {
    for (const match of findMatches(pattern, target, MAX_MATCHES_PER_TERM)) matches.push({ ...match, term });
  });
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  let start = matches.length === 0 ? 0 : chooseStart(matches, text.length, size);
  if (start > 0 && isLowSurrogate(text, start)) start--;
  let end = Math.min(text.length, start + size);
  if (end < text.length && isLowSurrogate(text, end)) end++;

  const spans: Match[] = [];
  for (const match of matches) {
    const s = Math.max(match.start, start);
    const e = Math.min(match.end, end);
    if (s >= e) continue;
    const previous = spans[spans.length - 1];
    if (previous && s <= previous.end) previous.end = Math.max(previous.end, e);
    else spans.push({ start: s, end: e });
  }

  let out = start > 0 ? '…' : '';
  let cursor = start;
  for (const span of spans) {
    out += clean(text.slice(cursor, span.start));
    out += SNIPPET_MARK_START + clean(text.slice(span.start, span.end)) + SNIPPET_MARK_END;
    cursor = span.end;
  }
  out += clean(text.slice(cursor, end));
  if (end < (fullLength ?? text.length)) out += '…';
  return out.trim();
}

/** Characters read first: the hits of a common term usually match early in the text. */
export const SNIPPET_HEAD = 1200;

/** What decides a one-to-many character's occurrence in a snippet's text (matcher.ts, senses.ts). */
export interface SnippetScripts {
  /** The whole document's script, which a text with no evidence either way takes. */
  documentScript?: () => boolean;
  /** The text's own script, when the caller knows it without reading the text (the index's sense markers). */
  textScript?: () => boolean;
}

/**
 * The snippet of a document's text given its first SNIPPET_HEAD characters; `fullText` is asked
 * for only when no match lies early enough in them, or when the script of the whole text decides
 * whether an occurrence of a one-to-many character counts: the text is one unit (the body), its
 * script judged on all of it, never on its first characters.
 */
export function snippetFor(
  head: string,
  patterns: readonly TermPattern[],
  fullText: () => string,
  scripts: SnippetScripts = {},
  size = SNIPPET_LENGTH,
): string {
  let full: string | undefined;
  const whole = () => (full ??= head.length < SNIPPET_HEAD ? head : fullText());
  let script: boolean | undefined;
  const unitScript = () => {
    if (script !== undefined) return script;
    if (scripts.textScript) return (script = scripts.textScript());
    const width = widthFold(whole());
    return (script = scriptOf(width, scripts.documentScript ?? (() => isTraditionalScript(width))));
  };
  const target = (text: string): ScanText => ({ ...scanText(text), unitScript });
  if (head.length < SNIPPET_HEAD) return makeSnippet(target(head), patterns, size);
  if (patterns.length > 0) {
    const cut = isLowSurrogate(head, SNIPPET_HEAD - 1) ? SNIPPET_HEAD - 1 : SNIPPET_HEAD;
    const first = target(head.slice(0, cut));
    const early = patterns.some((pattern) => {
      const match = findMatch(pattern, first);
      return match !== null && match.end + size <= cut;
    });
    if (early) return makeSnippet(first, patterns, size, Infinity);
  }
  return makeSnippet(target(whole()), patterns, size);
}
