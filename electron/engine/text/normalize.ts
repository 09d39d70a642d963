import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * Character-by-character normalisation for search. Every function here returns a string of exactly
 * the same UTF-16 length as its input, with each code point replaced by one code point of the same
 * UTF-16 length, so an offset found in the normalised text is the offset in the original text.
 *
 * - `widthFold`: NFKC (full-width → half-width, compatibility ideographs and Kangxi radicals → the
 *   unified character) then lower case, for letters, digits and ideographs. Punctuation and spaces
 *   are left as they are: they only separate tokens, whichever form they take, and leaving them
 *   means most simplified-Chinese texts come back unchanged (the same string, no copy).
 * - `normalizeText`: `widthFold` then traditional → simplified with opencc's character tables
 *   (Taiwan and Hong Kong variants first, then OpenCC traditional → simplified), one character at
 *   a time, never by phrase. A mapping that would change the length is not applied.
 */

const UNCOMPUTED = 0xffff;

let traditionalToSimplified: Map<number, number> | null = null;
type Mapping = 'width' | 'fold' | 'traditional';
const tables: Partial<Record<Mapping, Uint16Array>> = {};
const astralTables: Record<Mapping, Map<number, number>> = { width: new Map(), fold: new Map(), traditional: new Map() };
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Reads opencc's "from to1 to2|…" entries, keeping those that map one code point to one code point
 * of the same UTF-16 length (phrase entries would change lengths). Walks the string with indexOf
 * instead of splitting it: this runs at the first fold of every process.
 */
function parseDict(dict: string, into: Map<number, number>, chain: Map<number, number> | null): void {
  for (let start = 0; start < dict.length; ) {
    const found = dict.indexOf('|', start);
    const end = found < 0 ? dict.length : found;
    const space = dict.indexOf(' ', start);
    if (space > start && space + 1 < end) {
      const from = dict.codePointAt(start) ?? 0;
      const to = dict.codePointAt(space + 1) ?? 0;
      const width = from > 0xffff ? 2 : 1;
      const toEnd = space + 1 + (to > 0xffff ? 2 : 1);
      const single = start + width === space && (toEnd === end || (toEnd < end && dict.charCodeAt(toEnd) === 0x20));
      if (single && (to > 0xffff ? 2 : 1) === width) into.set(from, chain?.get(to) ?? to);
    }
    start = end + 1;
  }
}

/** opencc's tables, folded into one map: any traditional or regional variant → simplified. */
export function traditionalMap(): Map<number, number> {
  if (traditionalToSimplified) return traditionalToSimplified;
  const ts = new Map<number, number>();
  parseDict(TSCharacters, ts, null);
  const all = new Map(ts);
  // Variant → standard traditional, then → simplified.
  const variants = new Map<number, number>();
  parseDict(TWVariantsRev, variants, ts);
  parseDict(HKVariantsRev, variants, ts);
  for (const [from, to] of variants) if (!all.has(from) && from !== to) all.set(from, to);
  traditionalToSimplified = all;
  return all;
}

const wordish = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * CJK Unified Ideographs and Extension A: no compatibility decomposition and no case, so NFKC and
 * lower case leave them as they are. Most characters of a text are here, and skipping
 * String.prototype.normalize for them makes the first texts a process reads cheaper to fold.
 */
const isUnifiedIdeograph = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf);

function widthOf(cp: number): number {
  if (isUnifiedIdeograph(cp)) return cp;
  const ch = String.fromCodePoint(cp);
  const out = ch.normalize('NFKC').toLowerCase();
  const outCp = out.codePointAt(0);
  if (outCp === undefined || out.length !== ch.length || String.fromCodePoint(outCp) !== out) return cp;
  return wordish.test(ch) || wordish.test(out) ? outCp : cp;
}

function foldOf(cp: number): number {
  const width = widthOf(cp);
  const simplified = traditionalMap().get(width);
  if (simplified === undefined || (simplified > 0xffff) !== (width > 0xffff)) return width;
  return simplified;
}

function simplifiedOf(cp: number): number {
  const simplified = traditionalMap().get(cp);
  return simplified === undefined || (simplified > 0xffff) !== (cp > 0xffff) ? cp : simplified;
}

const COMPUTE: Record<Mapping, (cp: number) => number> = { width: widthOf, fold: foldOf, traditional: simplifiedOf };

function table(kind: Mapping): Uint16Array {
  return (tables[kind] ??= new Uint16Array(0x10000).fill(UNCOMPUTED));
}

/** The mapped form of the BMP code unit (surrogates are handled by the caller). */
function mapUnit(bmp: Uint16Array, compute: (cp: number) => number, unit: number): number {
  if (unit < 0x80) return unit >= 65 && unit <= 90 ? unit + 32 : unit;
  let mapped = bmp[unit] ?? UNCOMPUTED;
  if (mapped === UNCOMPUTED && unit !== UNCOMPUTED) {
    // Lone surrogates and anything mapping outside the BMP stay as they are.
    const computed = unit >= 0xd800 && unit <= 0xdfff ? unit : compute(unit);
    mapped = computed > 0xffff ? unit : computed;
    bmp[unit] = mapped;
  }
  return mapped;
}

function mapAstral(astral: Map<number, number>, compute: (cp: number) => number, cp: number): number {
  let mapped = astral.get(cp);
  if (mapped === undefined) {
    mapped = compute(cp);
    if (mapped <= 0xffff) mapped = cp;
    astral.set(cp, mapped);
  }
  return mapped;
}

function isPairAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

function mapText(text: string, kind: Mapping): string {
  const bmp = table(kind);
  const astral = astralTables[kind];
  const compute = COMPUTE[kind];
  const length = text.length;
  // Most texts need no change: look for the first character that does before copying anything.
  let i = 0;
  for (; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (isPairAt(text, i)) {
      const cp = text.codePointAt(i) ?? unit;
      if (mapAstral(astral, compute, cp) !== cp) break;
      i++;
    } else if (mapUnit(bmp, compute, unit) !== unit) break;
  }
  if (i === length) return text;
  const out = new Uint16Array(length);
  for (let k = 0; k < i; k++) out[k] = text.charCodeAt(k);
  for (; i < length; i++) {
    if (isPairAt(text, i)) {
      const mapped = mapAstral(astral, compute, text.codePointAt(i) ?? 0);
      out[i] = 0xd800 + ((mapped - 0x10000) >> 10);
      out[i + 1] = 0xdc00 + ((mapped - 0x10000) & 0x3ff);
      i++;
    } else out[i] = mapUnit(bmp, compute, text.charCodeAt(i));
  }
  return utf16.decode(out);
}

/** NFKC + full/half width + lower case, without traditional → simplified. Same length as input. */
export function widthFold(text: string): string {
  return mapText(text, 'width');
}

/** The searchable form of a text: `widthFold` plus traditional → simplified. Same length as input. */
export function normalizeText(text: string): string {
  return mapText(text, 'fold');
}

/**
 * Traditional and regional variant characters → simplified, nothing else (no width or case change),
 * one character at a time, same length as the input: a copy for matching cue words and place names
 * (寧波 → 宁波). The document's own text is never converted.
 */
export function foldTraditional(text: string): string {
  return mapText(text, 'traditional');
}

/** The normalised form of one character (a single code point). */
export function normalizeChar(ch: string): string {
  return mapText(ch, 'fold');
}
