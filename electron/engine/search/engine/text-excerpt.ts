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
  /** The whole text (decoded from the bytes already read, when the excerpt cannot settle a snippet). */
  whole(): string;
  /** How many of the terms may occur in the text (some spelling of them is there); all when not told. */
  termsThatOccur?(): number;
}

export const wholeText = (text: string): TextExcerpt => ({ text, atStart: true, atEnd: true, whole: () => text });

/** The first place any term may occur (`any`), and where each may (`each`), in a text's bytes read as latin1. */
export interface OccurrenceNeedles {
  any: RegExp;
  each: RegExp[];
}

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
 * Regular expressions over a text's UTF-8 bytes (read as latin1) that find where the patterns may
 * occur: each character of a term in every spelling that folds to it. Null when a pattern is not a
 * single run of CJK ideographs (words fold case and width in too many ways).
 */
export function occurrenceNeedles(patterns: readonly TermPattern[]): OccurrenceNeedles | null {
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
  if (alternatives.length === 0) return null;
  return { any: new RegExp(alternatives.join('|')), each: alternatives.map((alternative) => new RegExp(alternative)) };
}

const isContinuationByte = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

/** The window of a text (its UTF-8 bytes) around the first place a term may occur, or its head when none does. */
export function excerptAround(bytes: Buffer, needles: OccurrenceNeedles): TextExcerpt {
  const raw = bytes.toString('latin1');
  const first = needles.any.exec(raw)?.index ?? -1;
  let from = first < 0 ? 0 : Math.max(0, first - BYTES_BEFORE);
  let to = Math.min(bytes.length, first < 0 ? HEAD_BYTES : first + BYTES_AFTER);
  while (from > 0 && isContinuationByte(bytes[from])) from++;
  while (to < bytes.length && isContinuationByte(bytes[to])) to--;
  const excerpt: TextExcerpt = {
    text: bytes.toString('utf8', from, to),
    atStart: from === 0,
    atEnd: to === bytes.length,
    whole: () => bytes.toString('utf8'),
    termsThatOccur: () => needles.each.filter((needle) => needle.test(raw)).length,
  };
  return first < 0 ? { ...excerpt, noOccurrence: true } : excerpt;
}
