import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../../shared/model/search';
import { widthFold } from '../../text/normalize';
import { isTraditionalScript } from '../../text/one-to-many';
import { findMatches, scanText, type Match, type ScanText, type TermPattern } from './matcher';
import { scriptOf } from './senses';
import type { TextExcerpt } from './text-excerpt';

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

type Found = Match & { term: number };

function matchesIn(target: ScanText, patterns: readonly TermPattern[]): Found[] {
  const matches: Found[] = [];
  patterns.forEach((pattern, term) => {
    for (const match of findMatches(pattern, target, MAX_MATCHES_PER_TERM)) matches.push({ ...match, term });
  });
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The window start that shows the most different terms, earliest first. In an excerpt whose text
 * may be cut at `reliableEnd`, null when the excerpt cannot tell what the whole text would: a window
 * tried reaches past it, or anchors past it could still show more terms.
 */
function chooseStart(
  matches: readonly Found[],
  length: number,
  size: number,
  excerpt: { cutBefore: boolean; reliableEnd: number; termCount: number; termsThatOccur?: () => number },
): number | null {
  let best = 0;
  let bestTerms = -1;
  let occurring: number | undefined;
  const anchors = matches.slice(0, ANCHORS);
  for (const anchor of anchors) {
    const wanted = Math.min(anchor.start - LEAD, length - size);
    // The window would begin before the excerpt does.
    if (wanted < 0 && excerpt.cutBefore) return null;
    const start = Math.max(0, wanted);
    if (start + size > excerpt.reliableEnd) return null;
    const terms = new Set<number>();
    for (const match of matches) {
      if (match.start >= start + size) break;
      if (match.start >= start && match.end <= start + size) terms.add(match.term);
    }
    if (terms.size > bestTerms) {
      best = start;
      bestTerms = terms.size;
    }
    // Only a window with more terms replaces the best one: none can once it shows every term the text may hold.
    if (bestTerms >= excerpt.termCount) return best;
    if (excerpt.termsThatOccur && bestTerms >= (occurring ??= excerpt.termsThatOccur())) return best;
  }
  return anchors.length < ANCHORS && excerpt.reliableEnd !== Infinity ? null : best;
}

/**
 * About `size` characters of the original text around the first matches, matched spans wrapped in
 * SNIPPET_MARK_START … SNIPPET_MARK_END. Offsets come from the normalised text, which has the
 * original's length, so a match made through folding (traditional text, full-width digits) is
 * marked in the characters the document really has. Given an excerpt of the text (text-excerpt.ts),
 * the snippet the whole text would give, or null when the excerpt cannot settle it.
 */
function snippetOf(target: ScanText, patterns: readonly TermPattern[], size: number, excerpt: Omit<TextExcerpt, 'text' | 'whole'>): string | null {
  const text = target.original;
  const matches = matchesIn(target, patterns);
  // Excerpts are made only for terms of one run of characters, whose matches have the term's length.
  const longest = Math.max(0, ...patterns.map((pattern) => pattern.parts.reduce((sum, part) => sum + part.text.length, 0)));
  const reliableEnd = excerpt.atEnd ? Infinity : text.length - longest;
  let start: number | null;
  if (matches.length > 0) {
    start = chooseStart(matches, text.length, size, {
      cutBefore: !excerpt.atStart,
      reliableEnd,
      termCount: patterns.length,
      ...(excerpt.termsThatOccur ? { termsThatOccur: excerpt.termsThatOccur } : {}),
    });
  }
  else start = (excerpt.atStart && excerpt.atEnd) || excerpt.noOccurrence ? 0 : null;
  if (start === null || start + size > reliableEnd) return null;
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

  let out = start > 0 || !excerpt.atStart ? '…' : '';
  let cursor = start;
  for (const span of spans) {
    out += clean(text.slice(cursor, span.start));
    out += SNIPPET_MARK_START + clean(text.slice(span.start, span.end)) + SNIPPET_MARK_END;
    cursor = span.end;
  }
  out += clean(text.slice(cursor, end));
  if (end < text.length || !excerpt.atEnd) out += '…';
  return out.trim();
}

/** What decides a one-to-many character's occurrence in a snippet's text (matcher.ts, senses.ts). */
export interface SnippetScripts {
  /** The whole document's script, which a text with no evidence either way takes. */
  documentScript?: () => boolean;
  /** The text's own script, when the caller knows it without reading the text (the index's sense markers). */
  textScript?: () => boolean;
}

/**
 * The snippet of a document's text given an excerpt of it; the whole text is asked for only when the
 * excerpt cannot settle the snippet, or when the script of the whole text decides whether an
 * occurrence of a one-to-many character counts: the text is one unit (the body), its script judged
 * on all of it, never on an excerpt.
 */
export function snippetFor(excerpt: TextExcerpt, patterns: readonly TermPattern[], scripts: SnippetScripts = {}, size = SNIPPET_LENGTH): string {
  const isWhole = excerpt.atStart && excerpt.atEnd;
  let full: string | undefined;
  const whole = () => (full ??= isWhole ? excerpt.text : excerpt.whole());
  let script: boolean | undefined;
  const unitScript = () => {
    if (script !== undefined) return script;
    if (scripts.textScript) return (script = scripts.textScript());
    const width = widthFold(whole());
    return (script = scriptOf(width, scripts.documentScript ?? (() => isTraditionalScript(width))));
  };
  const target = (text: string): ScanText => ({ ...scanText(text), unitScript });
  if (!isWhole) {
    const settled = snippetOf(target(excerpt.text), patterns, size, excerpt);
    if (settled !== null) return settled;
  }
  // A whole text always settles its snippet.
  return snippetOf(target(whole()), patterns, size, { atStart: true, atEnd: true }) ?? '';
}
