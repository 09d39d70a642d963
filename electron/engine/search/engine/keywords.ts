import { generalIdf, taggedWords, tfidfKeywords } from '../../text/chinese-words';
import { normalizeText } from '../../text/normalize';

/**
 * Candidate keywords of one document for 相关资料: whole Chinese words (cut by jieba, never character
 * n-grams, so 萧山区 and 党支部 rather than 州市萧山区 or 目公司党支) that the document repeats,
 * best first by TF-IDF over jieba's corpus statistics; only nouns and verbs that are rare in that corpus
 * (考勤, 台账, not 一个, 要求 or 去年). Two words that the document never uses apart
 * (农民工 + 夜校 every time) make one keyword, 农民工夜校. Their rarity in the library is judged by the caller.
 */

const MIN_LENGTH = 2;
const TEXT_READ = 20_000;
/** A compound of two words is kept up to this many characters. */
const MAX_COMPOUND = 6;
const HAN_WORD = /^\p{Script=Han}+$/u;

export interface Keyword {
  text: string;
  /** Occurrences in the document. */
  count: number;
}

/** Parts of speech a keyword may have: nouns and verbs (n…, v…), set phrases, idioms, abbreviations. */
const KEYWORD_TAG = /^(n|v|l|i|j|eng)/;
/** Words at least this rare in jieba's general corpus: 考勤 (12.5) or 加固 (8.7), not 一个 (2.8), 要求 (4.6) or 做到 (6.7). */
const MIN_GENERAL_IDF = 7;

export function documentKeywords(title: string, text: string, limit: number): Keyword[] {
  // Imported texts usually begin with their title: count it once.
  const body = text.slice(0, TEXT_READ);
  const source = normalizeText(body.trimStart().startsWith(title.trim()) ? body : `${title}\n${body}`);
  const tagged = taggedWords(source);
  const words = tagged.map((t) => t.word);
  const ok = new Set(tagged.filter((t) => KEYWORD_TAG.test(t.tag)).map((t) => t.word));
  const isWord = (word: string | undefined): word is string =>
    word !== undefined && Array.from(word).length >= MIN_LENGTH && HAN_WORD.test(word) && ok.has(word);
  const counts = new Map<string, number>();
  const pairs = new Map<string, { first: string; second: string; count: number }>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!isWord(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
    const next = words[i + 1];
    if (!isWord(next) || Array.from(word + next).length > MAX_COMPOUND) continue;
    const pair = pairs.get(word + next) ?? { first: word, second: next, count: 0 };
    pair.count += 1;
    pairs.set(word + next, pair);
  }
  const weights = new Map(tfidfKeywords(source, Math.max(limit * 4, 200)).map((k) => [k.word, k.weight]));
  const candidates = new Map<string, { count: number; weight: number }>();
  const rare = new Map<string, boolean>();
  const isRare = (word: string) => rare.get(word) ?? rare.set(word, generalIdf(word) >= MIN_GENERAL_IDF).get(word);
  for (const [word, count] of counts) if (isRare(word)) candidates.set(word, { count, weight: weights.get(word) ?? 0 });
  for (const [compound, { first, second, count }] of pairs) {
    if (count < 2 || counts.get(first) !== count || counts.get(second) !== count || !(isRare(first) || isRare(second))) continue;
    candidates.delete(first);
    candidates.delete(second);
    candidates.set(compound, { count, weight: (weights.get(first) ?? 0) + (weights.get(second) ?? 0) });
  }
  return [...candidates]
    .filter(([, { count }]) => count >= 2)
    .sort(([a, x], [b, y]) => y.weight - x.weight || y.count * Array.from(b).length - x.count * Array.from(a).length || a.localeCompare(b))
    .slice(0, limit)
    .map(([word, { count }]) => ({ text: word, count }));
}
