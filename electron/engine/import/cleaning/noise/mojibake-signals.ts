import iconv from 'iconv-lite';
import { normalizeText } from '../../../text/normalize';
import { commonHanShare } from '../../common-han';

/**
 * What one character says about mojibake, and whether a stretch reads back as real text when its
 * characters are turned back into the bytes they were wrongly decoded from.
 *
 * "Common" Han characters are the ~550 of common-han.ts plus the 3,755 of GB 2312 level 1 (the
 * standard's list of frequently used characters, rows B0–D7), looked up after traditional →
 * simplified folding, so 寧波杭州灣 counts as common. The short list alone would not do: of a real
 * technical run such as 混凝土砌块 it holds only 土.
 */

let level1: Set<string> | null = null;

/** GB 2312 level 1, read out of the GB18030 decoder (no table is copied into the source). */
function gb2312Level1(): Set<string> {
  if (level1) return level1;
  const set = new Set<string>();
  for (let lead = 0xb0; lead <= 0xd7; lead += 1) {
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) {
      const ch = iconv.decode(Buffer.from([lead, trail]), 'gb18030');
      if ([...ch].length === 1 && ch !== '\ufffd') set.add(ch);
    }
  }
  level1 = set;
  return set;
}

const commonCache = new Map<string, boolean>();

export function isCommonHan(ch: string): boolean {
  let common = commonCache.get(ch);
  if (common === undefined) {
    common = commonHanShare(ch) === 1 || gb2312Level1().has(normalizeText(ch));
    commonCache.set(ch, common);
  }
  return common;
}

export type CharSignal = 'bad' | 'good' | 'neutral' | 'break';

const HAN = /^\p{Script=Han}$/u;
/** Pinyin letters with tone marks: ruby notes and names, not mojibake. */
const PINYIN_LETTER = /^[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]$/u;
/** Latin-1 signs that real Chinese documents use: 30°C, ±5mm, 3×4, m², ©, ¥. */
const LATIN1_SIGNS = new Set([...'°±×÷·²³¹µ§©®¥¼½¾']);
/** Windows-1252 letters and signs that appear in UTF-8 read as Latin-1, never in Chinese prose. */
const CP1252_ODD = new Set([...'€‚ƒ„†‡ˆ‰Š‹ŒŽš›œžŸ™']);
/**
 * Blocks that a GBK or UTF-8 decoder yields from the wrong bytes (Greek, Cyrillic and Armenian to
 * NKo, Latin extensions and combining marks, box drawing, braille, kana, bopomofo, Hangul, private use).
 */
const ODD_BLOCK = /^[\u0080-\u009f\u0100-\u036f\u0370-\u08ff\u2500-\u25ff\u2800-\u28ff\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u1100-\u11ff\uac00-\ud7af\ue000-\uf8ff]$/u;

/** One character's signal: bad (mojibake-like), good (common Han), neutral or a line break. */
const signalCache = new Map<string, CharSignal>();

const SIGNALS: readonly CharSignal[] = ['bad', 'good', 'neutral', 'break'];
/** Signals of BMP characters by code unit (0 = not yet known, else index + 1): no string keys for the common case. */
const bmpSignals = new Uint8Array(0x10000);

/** The signal of a BMP character by its code unit, remembered without making a string. */
export function bmpCharSignal(code: number): CharSignal {
  const known = bmpSignals[code] ?? 0;
  if (known > 0) return SIGNALS[known - 1] as CharSignal;
  return charSignal(String.fromCharCode(code));
}

/** Whether any character of the text reads as mojibake or a known run stands in it: most texts have none, and are done at once. */
export function mayHoldMojibake(text: string): boolean {
  if (KNOWN_RUN.test(text)) return true;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x80) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      if (charSignal(text.slice(at, at + 2)) === 'bad') return true;
      at += 1;
    } else if (bmpCharSignal(code) === 'bad') return true;
  }
  return false;
}

/** A character's signal, remembered: a document repeats the same few thousand characters. */
export function charSignal(ch: string): CharSignal {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    const known = bmpSignals[code] ?? 0;
    if (known > 0) return SIGNALS[known - 1] as CharSignal;
    const signal = signalOf(ch);
    bmpSignals[code] = SIGNALS.indexOf(signal) + 1;
    return signal;
  }
  let signal = signalCache.get(ch);
  if (signal === undefined) {
    signal = signalOf(ch);
    signalCache.set(ch, signal);
  }
  return signal;
}

function signalOf(ch: string): CharSignal {
  if (ch === '\n' || ch === '\r') return 'break';
  if (ch === '\ufffd') return 'bad';
  if (HAN.test(ch)) return isCommonHan(ch) ? 'good' : 'bad';
  if (PINYIN_LETTER.test(ch) || LATIN1_SIGNS.has(ch)) return 'neutral';
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0xa0 && cp <= 0xff) return cp === 0xa0 ? 'neutral' : 'bad';
  if (CP1252_ODD.has(ch) || ODD_BLOCK.test(ch)) return 'bad';
  return 'neutral';
}

function commonShareOfHan(text: string): { han: number; common: number } {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han += 1;
    if (isCommonHan(ch)) common += 1;
  }
  return { han, common };
}

/** True when `reread` holds at least two Han characters and clearly more of its Han are common. */
function readsBetter(original: string, reread: string): boolean {
  const after = commonShareOfHan(reread);
  if (after.common < 2 || after.common < after.han * 0.7) return false;
  const replacement = [...reread].filter((ch) => ch === '\ufffd').length;
  if (replacement > after.common) return false;
  const before = commonShareOfHan(original);
  return before.han === 0 || after.common / after.han > before.common / before.han + 0.2;
}

/** UTF-8 read as GBK (鍏氬缓 for 党建): the GBK bytes of the stretch, read as UTF-8. */
export function readsBackFromGbk(stretch: string): boolean {
  return readsBetter(stretch, iconv.encode(stretch, 'gbk').toString('utf8'));
}

let cp1252Bytes: Map<string, number> | null = null;

/** The Windows-1252 byte of each of its characters 0x80–0x9F (€ → 0x80 …). */
function cp1252(): Map<string, number> {
  if (cp1252Bytes) return cp1252Bytes;
  const map = new Map<string, number>();
  for (let byte = 0x80; byte <= 0x9f; byte += 1) map.set(iconv.decode(Buffer.from([byte]), 'win1252'), byte);
  map.delete('\ufffd');
  cp1252Bytes = map;
  return map;
}

/** The Latin-1 / Windows-1252 bytes of `text`; a character with none (U+FFFD for a lost byte) is "?". */
function latin1Bytes(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes.push(cp <= 0xff ? cp : (cp1252().get(ch) ?? 0x3f));
  }
  return Buffer.from(bytes);
}

/** UTF-8 read as Latin-1 or Windows-1252 (å…šå»º for 党建), once or twice over (Ã¥â€¦). */
export function readsBackFromLatin1(stretch: string): boolean {
  let text = stretch;
  for (let round = 0; round < 2; round += 1) {
    text = latin1Bytes(text).toString('utf8');
    if (readsBetter(stretch, text)) return true;
  }
  return false;
}

/**
 * The best-known Chinese mojibake: 锟斤拷 is U+FFFD (already a replacement) written as UTF-8 and read
 * as GBK; 烫烫烫 and 屯屯屯 are uninitialised memory (0xCC, 0xCD bytes) printed as GBK.
 */
const KNOWN_RUNS = /锟斤拷|锟叫斤|斤拷|烫{4,}|屯{4,}/gu;

/** UTF-16 offsets of the characters that belong to a known mojibake run. */
const KNOWN_RUN = new RegExp(KNOWN_RUNS.source, KNOWN_RUNS.flags.replace('g', ''));

export function knownRunOffsets(text: string): Set<number> {
  const offsets = new Set<number>();
  for (const match of text.matchAll(KNOWN_RUNS)) {
    for (let offset = 0; offset < match[0].length; offset += 1) offsets.add((match.index ?? 0) + offset);
  }
  return offsets;
}

/** How many characters of `stretch` belong to a known mojibake run. */
export function knownRunLength(stretch: string): number {
  return (stretch.match(KNOWN_RUNS) ?? []).reduce((sum, run) => sum + run.length, 0);
}

/** The pairs that UTF-8 read as Latin-1 is made of: a lead byte's letter and a continuation byte's. */
const LATIN1_PAIR = /[ÂÃâäåæçèéï][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu;

export function latin1PairCount(stretch: string): number {
  return stretch.match(LATIN1_PAIR)?.length ?? 0;
}
