import { normalizeText, widthFold } from '../../text/normalize';
import { constraintsFor, isTraditionalScript, type CharConstraint } from '../../text/one-to-many';
import { CJK, SEPARATOR, WORD, charClassAt, ftsPhrase, phraseTokens, segments, type Segment } from './tokenizer';

/**
 * A query term compiled for both the index (an FTS5 phrase) and a scan of one text (`findMatch`),
 * which follow the same rules so highlights, verification and the index agree:
 * - the term's CJK runs are found as substrings of the normalised text (a run that is followed by
 *   more of the term must end where the text's run ends);
 * - words must be whole words;
 * - between two parts of the term the text may have any separators (〔2022〕 = [2022] = (2022)),
 *   but two CJK runs of the term must be separated in the text too.
 */
export interface TermPattern {
  /** As typed (after NFKC), for messages. */
  display: string;
  parts: Segment[];
  fts: string;
  /** The FTS5 tokens of the phrase; the last is a prefix when `prefix`. */
  tokens: string[];
  prefix: boolean;
  /** Checks on traditional characters of the term that have several meanings (one-to-many.ts). */
  constraints: CharConstraint[];
}

export function compileTerm(text: string): TermPattern | null {
  const normalized = normalizeText(text);
  const parts = segments(normalized);
  const phrase = phraseTokens(parts);
  if (!phrase) return null;
  const width = widthFold(text);
  return {
    display: text,
    parts,
    fts: ftsPhrase(phrase),
    tokens: phrase.tokens,
    prefix: phrase.prefix,
    constraints: constraintsFor(width),
  };
}

export interface Match {
  start: number;
  end: number;
}

function classBefore(text: string, index: number): number {
  if (index <= 0) return SEPARATOR;
  const unit = text.charCodeAt(index - 1);
  const isLow = unit >= 0xdc00 && unit <= 0xdfff && index >= 2;
  return charClassAt(text, isLow ? index - 2 : index - 1);
}

function skipSeparators(text: string, index: number): number {
  let i = index;
  while (i < text.length && charClassAt(text, i) === SEPARATOR) i++;
  return i;
}

/** Where each part matched, when the term matches at `start`; null when it does not. */
function matchAt(text: string, parts: readonly Segment[], start: number): number[] | null {
  const positions: number[] = [];
  let pos = start;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (!part) return null;
    if (k > 0) {
      pos = skipSeparators(text, pos);
      if (!text.startsWith(part.text, pos)) return null;
    }
    if (part.kind === WORD && classBefore(text, pos) === WORD) return null;
    positions.push(pos);
    pos += part.text.length;
    const after = pos < text.length ? charClassAt(text, pos) : SEPARATOR;
    if (part.kind === WORD && after === WORD) return null;
    if (part.kind === CJK && k < parts.length - 1 && after === CJK) return null;
  }
  return positions;
}

export interface ScanText {
  original: string;
  /** normalizeText(original) */
  normalized: string;
  /** widthFold(original), needed only for terms with constraints. */
  width?: string;
  traditional?: boolean;
}

function satisfies(pattern: TermPattern, target: ScanText, positions: number[]): boolean {
  if (pattern.constraints.length === 0) return true;
  target.width ??= widthFold(target.original);
  target.traditional ??= isTraditionalScript(target.width);
  for (const constraint of pattern.constraints) {
    const k = pattern.parts.findIndex((part) => constraint.offset >= part.start && constraint.offset < part.end);
    const part = pattern.parts[k];
    const at = positions[k];
    if (!part || at === undefined) continue;
    const ch = target.width[at + constraint.offset - part.start] ?? '';
    if (!constraint.allows(ch, target.traditional)) return false;
  }
  return true;
}

export function scanText(original: string): ScanText {
  return { original, normalized: normalizeText(original) };
}

/** The first match of the term at or after `from`, or null. */
export function findMatch(pattern: TermPattern, target: ScanText, from = 0): Match | null {
  const first = pattern.parts[0];
  if (!first) return null;
  const text = target.normalized;
  let index = text.indexOf(first.text, from);
  while (index >= 0) {
    const positions = matchAt(text, pattern.parts, index);
    if (positions && satisfies(pattern, target, positions)) {
      const lastPart = pattern.parts[pattern.parts.length - 1];
      const lastAt = positions[positions.length - 1] ?? index;
      return { start: index, end: lastAt + (lastPart?.text.length ?? 0) };
    }
    index = text.indexOf(first.text, index + 1);
  }
  return null;
}

/** All non-overlapping matches, at most `limit`. */
export function findMatches(pattern: TermPattern, target: ScanText, limit: number): Match[] {
  const matches: Match[] = [];
  let from = 0;
  while (matches.length < limit) {
    const match = findMatch(pattern, target, from);
    if (!match) break;
    matches.push(match);
    from = Math.max(match.end, match.start + 1);
  }
  return matches;
}
