import { normalizeText, widthFold } from '../../text/normalize';
import { constraintsFor, isTraditionalScript, type CharConstraint } from '../../text/one-to-many';
import { riskyMarkers, scriptOf } from './senses';
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
  /** Index markers of the senses that may refuse it (senses.ts); empty when `constraints` is. */
  risky: string[];
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
    risky: riskyMarkers(width),
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
  /** Whether the text is in traditional script (judged on the whole text unless `perLine`). */
  traditional?: boolean;
  /** Each line is a unit of its own (the meta field's values): its script is judged alone. */
  perLine?: boolean;
  lineScripts?: Map<number, boolean>;
  /** The script of the whole document, for a unit that does not tell (senses.ts). */
  documentScript?: () => boolean;
  /** The script of the unit when this text is only part of it (a snippet's first characters). */
  unitScript?: () => boolean;
}

/** The script of the unit holding offset `at`: the whole text, or its line when `perLine`. */
function traditionalAt(target: ScanText & { width: string }, at: number): boolean {
  const documentScript = target.documentScript ?? (() => isTraditionalScript(target.width));
  if (!target.perLine) return (target.traditional ??= target.unitScript?.() ?? scriptOf(target.width, documentScript));
  const start = target.width.lastIndexOf('\n', at - 1) + 1;
  const scripts = (target.lineScripts ??= new Map());
  let traditional = scripts.get(start);
  if (traditional === undefined) {
    const end = target.width.indexOf('\n', at);
    traditional = scriptOf(target.width.slice(start, end < 0 ? undefined : end), documentScript);
    scripts.set(start, traditional);
  }
  return traditional;
}

function satisfies(pattern: TermPattern, target: ScanText, positions: number[]): boolean {
  if (pattern.constraints.length === 0) return true;
  for (const constraint of pattern.constraints) {
    const k = pattern.parts.findIndex((part) => constraint.offset >= part.start && constraint.offset < part.end);
    const part = pattern.parts[k];
    const at = positions[k];
    if (!part || at === undefined) continue;
    const offset = at + constraint.offset - part.start;
    // Width folding maps one UTF-16 unit to one (normalize.ts): the unit alone is enough.
    const ch = target.width?.[offset] ?? widthFold(target.original.charAt(offset));
    const inSimplified = constraint.allows(ch, false);
    // The unit's script is judged (a pass over the whole unit) only where it decides: most
    // occurrences are a form that one sense has or none has, whatever the script.
    if (inSimplified === constraint.allows(ch, true)) {
      if (!inSimplified) return false;
      continue;
    }
    target.width ??= widthFold(target.original);
    if (!constraint.allows(ch, traditionalAt(target as ScanText & { width: string }, offset))) return false;
  }
  return true;
}

export function scanText(original: string, perLine = false): ScanText {
  return perLine ? { original, normalized: normalizeText(original), perLine } : { original, normalized: normalizeText(original) };
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
