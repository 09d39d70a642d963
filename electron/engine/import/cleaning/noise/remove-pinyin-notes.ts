import { readPinyin } from './pinyin-syllables';

/**
 * Pinyin left behind by pages that show ruby annotations: 業(yè)績, 创(chuàng)新, 积（jī）极,
 * 业(ye4)务, 建设 (jiàn shè). The note breaks the word for search, so it goes; every other bracket
 * stays ((试行), (2023), （记者 王某）, (EPC), (m²), (a)).
 *
 * A bracket is a pinyin note only when all of these hold:
 * - it directly follows a Han character (spaces or tabs between them are allowed);
 * - its content is lower-case Mandarin syllables (see pinyin-syllables.ts), no more of them than the
 *   Han characters just before it;
 * - at least half of its syllables carry a tone, as a mark or a number. Toneless notes are too
 *   easily English or a list marker: (an), (die), (a). The one exception: on a page that already has
 *   two or more toned notes (it shows ruby), a single neutral-tone syllable such as 们(men) or 的(de),
 *   written right after its character, goes too.
 */

const SPACE = '[ \\t\\u3000\\u00a0]*';
const NOTE = new RegExp(`(${SPACE})([(（])([^()（）\\n]{1,60})([)）])(${SPACE})`, 'gu');
const HAN_RUN_BEFORE = /\p{Script=Han}+$/u;
const HAN = /^\p{Script=Han}/u;

/** Syllables usually read in the neutral tone, whose ruby has no tone mark. */
const NEUTRAL_TONE = new Set(['de', 'le', 'men', 'zi', 'me', 'ma', 'ne', 'ba', 'zhe', 'tou', 'ge', 'guo']);

/** Notes with this many toned syllables or more make a page one that shows ruby. */
const RUBY_PAGE = 2;

interface Candidate {
  /** Where the removal starts (leading spaces included) and ends. */
  start: number;
  end: number;
  note: string;
  toned: boolean;
  neutral: boolean;
}

function hanRunBefore(text: string, index: number): number {
  const run = HAN_RUN_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
  return run ? [...run[0]].length : 0;
}

function candidateAt(text: string, match: RegExpMatchArray): Candidate | null {
  const [whole, leading = '', open = '', content = '', close = '', trailing = ''] = match;
  const start = match.index ?? 0;
  const hanBefore = hanRunBefore(text, start);
  if (hanBefore === 0) return null;
  const reading = readPinyin(content);
  if (!reading || reading.syllables > hanBefore) return null;
  const end = start + whole.length;
  // Spaces after the note go only where the text goes on in Chinese, which has none between words.
  const keepTrailing = trailing.length > 0 && !HAN.test(text.slice(end));
  const note = `${open}${content}${close}`;
  return {
    start,
    end: keepTrailing ? end - trailing.length : end,
    note,
    toned: reading.toned > 0 && reading.toned * 2 >= reading.syllables,
    neutral:
      reading.toned === 0 && reading.syllables === 1 && leading === '' && NEUTRAL_TONE.has(content.trim()),
  };
}

/** Every note is Latin letters: a text without any has none. */
const LATIN = /[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;

export function removePinyinNotes(text: string): { text: string; removed: string[] } {
  if (!LATIN.test(text)) return { text, removed: [] };
  const candidates = [...text.matchAll(NOTE)]
    .map((match) => candidateAt(text, match))
    .filter((candidate): candidate is Candidate => candidate !== null);
  const rubyPage = candidates.filter((candidate) => candidate.toned).length >= RUBY_PAGE;
  const chosen = candidates.filter((candidate) => candidate.toned || (rubyPage && candidate.neutral));
  if (chosen.length === 0) return { text, removed: [] };
  let out = '';
  let from = 0;
  for (const candidate of chosen) {
    out += text.slice(from, candidate.start);
    from = candidate.end;
  }
  out += text.slice(from);
  return { text: out, removed: chosen.map((candidate) => candidate.note) };
}
