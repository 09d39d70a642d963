import { foldPreimages } from '../../text/fold-preimages';
import type { TermPattern } from './matcher';
import { CJK } from './tokenizer';

/**
 * Decoding whole texts was most of a results page's cost (about 1 ms for 20 texts of 3,000
 * characters: V8 decodes UTF-8 Chinese at some 200 MB/s). A snippet needs only the text around the
 * first matches, so the page reads each text's bytes, finds the first place a term may occur there
 * and decodes a window around it. snippet.ts uses the window only when it settles the snippet the
 * whole text would give, and reads the whole text otherwise.
 */

export interface TextExcerpt {
  text: string;
  /** The excerpt begins where the text begins. */
  atStart: boolean;
  /** The excerpt ends where the text ends. */
  atEnd: boolean;
  /** No term can occur anywhere in the text (none of its spellings is there). */
  noOccurrence?: boolean;
}

export const wholeText = (text: string): TextExcerpt => ({ text, atStart: true, atEnd: true });

/** Kept before the first possible occurrence: at least the snippet's lead of 24 characters (4 bytes at most each). */
const BYTES_BEFORE = 100;
/** Kept after it: the snippet's 120 characters and more, for the next matches. */
const BYTES_AFTER = 1500;
/** Kept of a text where no term occurs: more than a snippet's length in any script. */
const HEAD_BYTES = 600;

/** A string's UTF-8 bytes as a one-byte string, where a regular expression finds them fast. */
const asBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/**
 * A regular expression over a text's UTF-8 bytes (read as latin1) whose first match is the first
 * place any pattern may occur: each character of the term in every spelling that folds to it. Null
 * when a pattern is not a single run of CJK ideographs (words fold case and width in too many ways).
 */
export function occurrenceNeedle(patterns: readonly TermPattern[]): RegExp | null {
  const alternatives: string[] = [];
  for (const pattern of patterns) {
    const part = pattern.parts[0];
    if (pattern.parts.length !== 1 || part?.kind !== CJK) return null;
    let sequence = '';
    for (const ch of part.text) {
      const spellings = foldPreimages(ch);
      if (spellings === null) return null;
      const bytes = spellings.map((spelling) => escapeRegExp(asBytes(spelling)));
      sequence += bytes.length === 1 ? bytes[0] : `(?:${bytes.join('|')})`;
    }
    alternatives.push(sequence);
  }
  return alternatives.length > 0 ? new RegExp(alternatives.join('|')) : null;
}

const isContinuationByte = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

/** The window of a text (its UTF-8 bytes) around the needle's first match, or its head when none occurs. */
export function excerptAround(bytes: Buffer, needle: RegExp): TextExcerpt {
  const first = needle.exec(bytes.toString('latin1'))?.index ?? -1;
  let from = first < 0 ? 0 : Math.max(0, first - BYTES_BEFORE);
  let to = Math.min(bytes.length, first < 0 ? HEAD_BYTES : first + BYTES_AFTER);
  while (from > 0 && isContinuationByte(bytes[from])) from++;
  while (to < bytes.length && isContinuationByte(bytes[to])) to--;
  const excerpt = { text: bytes.toString('utf8', from, to), atStart: from === 0, atEnd: to === bytes.length };
  return first < 0 ? { ...excerpt, noOccurrence: true } : excerpt;
}
