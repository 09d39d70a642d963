import {
  charSignal,
  mayHoldMojibake,
  knownRunLength,
  knownRunOffsets,
  latin1PairCount,
  readsBackFromGbk,
  readsBackFromLatin1,
} from './mojibake-signals';

/**
 * Stretches of mojibake inside an otherwise readable document: UTF-8 read as GBK (鍏氬缓锛屾槸),
 * GBK read as UTF-8 (runs of U+FFFD with odd Armenian, Hangul or IPA letters between them) and UTF-8
 * read as Latin-1 (Ã¤Â¸Â, å…šå»º).
 *
 * Each character is scored (mojibake-signals.ts): rare Han, U+FFFD and letters of odd blocks are bad,
 * common Han is good, the rest (ASCII, digits, punctuation) neutral. Bad characters close to each
 * other make a candidate stretch, kept when it is long and dense enough AND something proves that it
 * is mojibake, not just rare: replacement characters, Latin-1 lead/continuation pairs, or the
 * stretch turning into common Chinese when its characters are put back into the bytes they came
 * from. Rare-character names, a list of them, or a traditional-character paragraph have no such
 * proof and are never flagged.
 *
 * Ranges are UTF-16 offsets into `text`, `end` exclusive, from the first bad character of a stretch
 * to its last; a stretch never crosses a line break.
 */

/** A stretch is at least this many characters long, first bad character to last. */
const MIN_LENGTH = 6;
const MIN_BAD = 4;
/** Share of bad among the bad and good characters of a stretch. */
const MIN_DENSITY = 0.5;
/** Between two bad characters of one stretch: at most this many good ones, and this many in all. */
const MAX_GOOD_GAP = 2;
const MAX_GAP = 6;
/** U+FFFD never stands in real text: this many in a dense stretch are proof on their own. */
const MIN_REPLACEMENTS = 2;
const MIN_LATIN1_PAIRS = 2;
/** 锟斤拷锟斤拷, 烫烫烫烫烫烫: this many characters of known runs are proof. */
const MIN_KNOWN_CHARACTERS = 6;

interface Stretch {
  start: number;
  end: number;
  length: number;
  bad: number;
  good: number;
}

function isMojibake(text: string, stretch: Stretch): boolean {
  if (stretch.length < MIN_LENGTH || stretch.bad < MIN_BAD) return false;
  if (stretch.bad / (stretch.bad + stretch.good) < MIN_DENSITY) return false;
  const slice = text.slice(stretch.start, stretch.end);
  const replacements = slice.split('\ufffd').length - 1;
  if (replacements >= MIN_REPLACEMENTS || knownRunLength(slice) >= MIN_KNOWN_CHARACTERS) return true;
  if (latin1PairCount(slice) >= MIN_LATIN1_PAIRS && readsBackFromLatin1(slice)) return true;
  return readsBackFromGbk(slice);
}

export function findMojibake(text: string): { start: number; end: number }[] {
  if (!mayHoldMojibake(text)) return [];
  const found: { start: number; end: number }[] = [];
  let current: Stretch | null = null;
  // Characters seen since the last bad one: good ones, and all.
  let gapGood = 0;
  let gap = 0;
  const close = (): void => {
    if (current && isMojibake(text, current)) found.push({ start: current.start, end: current.end });
    current = null;
  };
  const known = knownRunOffsets(text);
  let index = 0;
  for (const ch of text) {
    const signal = known.has(index) ? 'bad' : charSignal(ch);
    if (signal === 'break') close();
    else if (signal === 'bad') {
      if (current && gapGood <= MAX_GOOD_GAP && gap <= MAX_GAP) {
        current.length += gap + 1;
        current.good += gapGood;
        current.bad += 1;
        current.end = index + ch.length;
      } else {
        close();
        current = { start: index, end: index + ch.length, length: 1, bad: 1, good: 0 };
      }
      gapGood = 0;
      gap = 0;
    } else {
      gap += 1;
      if (signal === 'good') gapGood += 1;
    }
    index += ch.length;
  }
  close();
  return found;
}
