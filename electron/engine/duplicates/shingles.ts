/**
 * Shingles of a cleaned text, for near-duplicate detection. The text is reduced to its letters and
 * digits (CJK characters, Latin letters, numbers): whitespace, punctuation and symbols go, full-width
 * forms fold to half-width (NFKC), Latin letters to lower case and traditional characters to simplified,
 * so "红领筑建 ,清廉筑基" and "红领筑建，清廉筑基" give the same shingles. Every run of SHINGLE_SIZE consecutive characters is one
 * shingle, hashed to 32 bits.
 */
import { foldTraditional } from '../text/normalize';

/** Characters per shingle. 4 CJK characters are about two words: common phrases and slogans
 * (“党建联建”) are single shingles, so shared slogans weigh little against a whole story. */
export const SHINGLE_SIZE = 4;

/** Below this many distinct shingles a text is too short to compare (a title, a caption, a scan). */
export const MIN_SHINGLES = 30;

const KEEP = /[\p{L}\p{N}]/u;

function keeps(code: number, char: string): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true; // the common CJK block, most of every text
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0x3000 && code <= 0x303f) return code === 0x3007; // CJK punctuation, but 〇 is a digit
  return KEEP.test(char);
}

/** The characters that take part in shingling, as code points. */
export function shingleCharacters(text: string): number[] {
  const codes: number[] = [];
  for (const char of text.normalize('NFKC').toLowerCase()) {
    const code = char.codePointAt(0) ?? 0;
    if (keeps(code, char)) codes.push(code);
  }
  return codes;
}

/** murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashRun(codes: readonly number[], start: number, length: number): number {
  let h = 0x811c9dc5; // FNV-1a over whole code points, then mixed
  for (let i = start; i < start + length; i += 1) h = Math.imul(h ^ (codes[i] ?? 0), 0x01000193);
  return mix32(h ^ length);
}

/**
 * Characters that only exist in traditional writing (國 會 這 們 為 發 區 經 說 黨 …). Any one of them
 * sends the text through the traditional → simplified converter first, so a story republished in
 * traditional characters (寧波杭州灣新區) still matches; other texts skip the converter's cost.
 */
const TRADITIONAL_HINT = /[國會這們個為與時對發區經來說實業當學現動長開關點進間問題體務員設黨組織項灣寧縣鎮產資應過電後頭將東從]/u;

export function foldForShingles(text: string): string {
  return TRADITIONAL_HINT.test(text) ? foldTraditional(text) : text;
}

/** The distinct shingle hashes of a text. A text shorter than one shingle is a single shingle. */
export function shingleHashes(text: string, size = SHINGLE_SIZE): Uint32Array {
  const codes = shingleCharacters(foldForShingles(text));
  if (codes.length === 0) return new Uint32Array(0);
  if (codes.length < size) return Uint32Array.of(hashRun(codes, 0, codes.length));
  const seen = new Set<number>();
  for (let i = 0; i + size <= codes.length; i += 1) seen.add(hashRun(codes, i, size));
  return Uint32Array.from(seen);
}

/** Exact Jaccard similarity of two shingle sets (for measurements and tests; matching uses MinHash). */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  const left = new Set(a);
  let shared = 0;
  for (const value of b) if (left.has(value)) shared += 1;
  return shared / (a.length + b.length - shared);
}
