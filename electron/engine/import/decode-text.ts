import chardet from 'chardet';
import iconv from 'iconv-lite';
import { CasebookError } from '../../../shared/api/errors';
import { commonHanShare } from './common-han';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as, lower-case: utf-8, utf-16le, gb18030, big5 … */
  encoding: string;
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Share of control bytes other than tab/newline/carriage return: high for binary files named .txt. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control += 1;
  }
  return control > sample.length * 0.02;
}

/** Text characters: Han, CJK and full-width punctuation, and printable ASCII or whitespace. */
const TEXT_CHARACTER = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2000-\u206f\u0020-\u007e\t\n\r]/u;

/**
 * UTF-16 saved without a BOM (some editors and exports do this). Only bytes with NULs are
 * considered (the high byte of every ASCII character and line break), and only a reading that is
 * nearly all text characters, mostly common Han, is kept; binary files fail that test.
 */
function bomlessUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4 || !sample.includes(0)) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = iconv.decode(sample, encoding);
    let textual = 0;
    let total = 0;
    for (const ch of text) {
      total += 1;
      if (TEXT_CHARACTER.test(ch)) textual += 1;
    }
    const hasHan = /\p{Script=Han}/u.test(text);
    if (total > 0 && textual / total >= 0.97 && (!hasHan || commonHanShare(text) >= 0.3)) return encoding;
  }
  return null;
}

function decodeStrictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** chardet's (or a page's) names mapped to the decoder that reads them without loss (GB2312 and GBK are subsets of GB18030). */
export function decoderFor(detected: string): string | null {
  const name = detected.toLowerCase();
  if (name === 'gb18030' || name === 'gbk' || name === 'gb2312' || name === 'x-gbk' || name === 'gb_2312-80' || name === 'cp936') return 'gb18030';
  if (name === 'big5' || name === 'big5-hkscs') return 'big5';
  if (name.startsWith('utf-16')) return name;
  if (name === 'euc-kr' || name === 'euc-jp' || name === 'shift_jis') return null;
  return iconv.encodingExists(name) ? name : null;
}

/**
 * Reads text in the encodings staff actually receive: UTF-8 with or without BOM, UTF-16 with or without a BOM,
 * GB18030/GBK and Big5. A wrong guess between GBK and Big5 is possible on short files; the user can
 * then choose the encoding by hand (encodingOverride).
 */
export function decodeText(bytes: Buffer, encodingOverride?: string): DecodedText {
  if (bytes.length === 0) throw new CasebookError('IMPORT_FAILED', '文件是空的，没有可导入的内容。', 'empty file');
  if (encodingOverride) {
    const name = encodingOverride.toLowerCase();
    if (!iconv.encodingExists(name)) {
      throw new CasebookError('BAD_REQUEST', `不认识的文字编码“${encodingOverride}”。可选：utf-8、gb18030、big5、utf-16le。`, name);
    }
    return { text: iconv.decode(bytes, name), encoding: name };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: iconv.decode(bytes, utf16), encoding: utf16 };
  if (looksBinary(bytes)) {
    throw new CasebookError('IMPORT_FAILED', '这个文件不是文本文件（可能是图片、压缩包或其他格式改了扩展名）。', 'binary content');
  }
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const chosen = detectLegacyEncoding(bytes);
  return { text: iconv.decode(bytes, chosen), encoding: chosen };
}

/** A reading of Chinese text made of common characters, as a right reading is and a wrong one never. */
const CLEARLY_CHINESE = 0.5;
/** How far apart the GBK and Big5 readings' shares of common characters must be to pick one. */
const CLEAR_MARGIN = 0.15;

/** For bytes that are not UTF-8: GB18030 or Big5 as chardet reads them (a sample is enough). */
export function detectLegacyEncoding(bytes: Buffer): string {
  // Read both ways first: Chinese text in GBK or Big5 is told apart by its common characters, and
  // chardet's pass over every single-byte encoding (3-4 ms a file) is left for what is not.
  const sample = bytes.subarray(0, 64 * 1024);
  const asGbk = commonHanShare(iconv.decode(sample, 'gb18030'));
  const asBig5 = commonHanShare(iconv.decode(sample, 'big5'));
  if (Math.max(asGbk, asBig5) >= CLEARLY_CHINESE && Math.abs(asGbk - asBig5) >= CLEAR_MARGIN) return asGbk > asBig5 ? 'gb18030' : 'big5';
  const candidates = chardet
    .analyse(bytes.subarray(0, 256 * 1024))
    .map((match) => decoderFor(match.name))
    .filter((name): name is string => name !== null);
  const guess = candidates.find((name) => name === 'gb18030' || name === 'big5') ?? candidates[0] ?? 'gb18030';
  if (guess !== 'gb18030' && guess !== 'big5') return guess;
  // chardet often mistakes short GBK files for Big5 (and the reverse): keep the reading made of
  // common characters, when one clearly is.
  if (Math.abs(asGbk - asBig5) < CLEAR_MARGIN) return guess;
  return asGbk > asBig5 ? 'gb18030' : 'big5';
}

/** Strict UTF-8, or null when the bytes are not valid UTF-8. */
export function tryUtf8(bytes: Buffer): string | null {
  return decodeStrictUtf8(bytes);
}
