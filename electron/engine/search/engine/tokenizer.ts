/**
 * Tokens for the FTS5 index, made from text already passed through `normalizeText`.
 *
 * - A run of CJK characters ABCD gives the overlapping bigrams AB BC CD and then the last
 *   character D on its own, so every character of the run begins a token (a one-character query
 *   is a prefix query) and the lone D keeps two runs apart (AB, CD in "AB，CD" never form "ABCD").
 *   An isolated CJK character is its own token.
 * - A run of other letters and digits is one word (温住建〔2022〕35号 → 温住 住建 建 2022 35 号).
 * - Everything else separates tokens and is not indexed, so 〔2022〕, [2022] and (2022) are equal.
 *
 * A query term becomes a sequence of segments (CJK runs and words) and then one FTS5 phrase; see
 * `phraseTokens` for the rules that make a phrase over bigrams match exactly what `includes()`
 * finds in the normalised text.
 */

export const SEPARATOR = 0;
export const WORD = 1;
export const CJK = 2;
export type CharClass = typeof SEPARATOR | typeof WORD | typeof CJK;

const UNCOMPUTED = 255;
const bmpClass = new Uint8Array(0x10000).fill(UNCOMPUTED);
const wordPattern = /^[\p{L}\p{N}\p{M}]$/u;

function isCjkCodePoint(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    cp === 0x3007 ||
    (cp >= 0x3040 && cp <= 0x30ff && cp !== 0x30fb) ||
    (cp >= 0xac00 && cp <= 0xd7af)
  );
}

function classify(cp: number): CharClass {
  if (isCjkCodePoint(cp)) return CJK;
  return wordPattern.test(String.fromCodePoint(cp)) ? WORD : SEPARATOR;
}

/** The class of the character starting at `index` (a lone low surrogate is a separator). */
export function charClassAt(text: string, index: number): CharClass {
  const unit = text.charCodeAt(index);
  if (unit < 0x80) {
    if ((unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90)) return WORD;
    return SEPARATOR;
  }
  if (unit >= 0xd800 && unit <= 0xdfff) {
    const cp = text.codePointAt(index) ?? unit;
    return cp > 0xffff ? classify(cp) : SEPARATOR;
  }
  let cls = bmpClass[unit] ?? UNCOMPUTED;
  if (cls === UNCOMPUTED) {
    cls = classify(unit);
    bmpClass[unit] = cls;
  }
  return cls as CharClass;
}

/** 2 for a surrogate pair; a stray high surrogate is one unit, and never swallows the character after it. */
function charLengthAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

export interface Segment {
  kind: typeof WORD | typeof CJK;
  text: string;
  start: number;
  end: number;
}

/** Splits normalised text into CJK runs and words, with their offsets. */
export function segments(normalized: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  const length = normalized.length;
  while (i < length) {
    const cls = charClassAt(normalized, i);
    if (cls === SEPARATOR) {
      i += charLengthAt(normalized, i);
      continue;
    }
    const start = i;
    while (i < length && charClassAt(normalized, i) === cls) i += charLengthAt(normalized, i);
    out.push({ kind: cls, text: normalized.slice(start, i), start, end: i });
  }
  return out;
}

/** Characters (code points) of a CJK run. */
function chars(run: string): string[] {
  return run.length === 1 ? [run] : Array.from(run);
}

/**
 * The index tokens of a normalised text, space separated, as the FTS5 'ascii' tokenizer reads them.
 * Written straight into one buffer: a document of millions of characters is tokenised in a tenth of
 * the time and memory an array of token strings took (no string per token).
 */
export function indexTokens(normalized: string): string {
  const length = normalized.length;
  // A BMP character is copied into at most two bigrams, a surrogate pair likewise, plus one space per token.
  const out = new Uint16Array(length * 3 + 1);
  let written = 0;
  const put = (from: number, to: number): void => {
    if (written > 0) out[written++] = 32;
    for (let k = from; k < to; k++) out[written++] = normalized.charCodeAt(k);
  };
  let i = 0;
  while (i < length) {
    const cls = charClassAt(normalized, i);
    const start = i;
    i += charLengthAt(normalized, i);
    if (cls === SEPARATOR) continue;
    if (cls === WORD) {
      while (i < length && charClassAt(normalized, i) === WORD) i += charLengthAt(normalized, i);
      put(start, i);
      continue;
    }
    let previous = start;
    while (i < length && charClassAt(normalized, i) === CJK) {
      const next = i + charLengthAt(normalized, i);
      put(previous, next);
      previous = i;
      i = next;
    }
    put(previous, i);
  }
  // Tokens never hold a lone surrogate (charClassAt makes it a separator), so decoding keeps every unit.
  return utf16.decode(out.subarray(0, written));
}

const utf16 = new TextDecoder('utf-16le');

export interface Phrase {
  tokens: string[];
  /** The last token is a prefix (a single CJK character at the end of a term). */
  prefix: boolean;
}

/**
 * The FTS5 phrase that finds a term, given as its segments. A CJK run that is followed by more of
 * the term must end a run in the text, so it carries its trailing single character as the text's
 * tokens do; the term's last run does not (it may stop inside a longer run), and when that last run
 * is a single character it becomes a prefix token (it may begin a bigram).
 */
export function phraseTokens(parts: readonly Segment[]): Phrase | null {
  const tokens: string[] = [];
  let prefix = false;
  parts.forEach((segment, index) => {
    const last = index === parts.length - 1;
    if (segment.kind === WORD) {
      tokens.push(segment.text);
      return;
    }
    const cs = chars(segment.text);
    for (let k = 0; k + 1 < cs.length; k++) tokens.push((cs[k] ?? '') + (cs[k + 1] ?? ''));
    if (cs.length === 1 || !last) tokens.push(cs[cs.length - 1] ?? '');
    if (last && cs.length === 1) prefix = true;
  });
  return tokens.length === 0 ? null : { tokens, prefix };
}

/** FTS5 query syntax for a phrase; tokens never contain a quote, so this cannot be malformed. */
export function ftsPhrase(phrase: Phrase): string {
  return `"${phrase.tokens.join(' ')}"${phrase.prefix ? ' *' : ''}`;
}
