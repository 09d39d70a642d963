import { normalizeText } from '../../text/normalize';
import { CJK, segments } from './tokenizer';

/**
 * Candidate keywords of one document for 相关资料: Chinese word-like strings (2–5 characters) that
 * the document repeats, kept only when no longer candidate repeats them as often (安置 gives way to
 * 安置房 when both occur three times). Their rarity in the library is judged by the caller.
 */

const MIN_LENGTH = 2;
const MAX_LENGTH = 5;
/** Characters that do not begin or end a keyword (particles, prepositions, conjunctions). */
const EDGE_STOPS = new Set(Array.from('的了和与及是为对将把等并也都而之其在被从向以于或个这那有我们他她它'));
const TEXT_READ = 20_000;

export interface Keyword {
  text: string;
  /** Occurrences in the document. */
  count: number;
}

export function documentKeywords(title: string, text: string, limit: number): Keyword[] {
  // Imported texts usually begin with their title: count it once.
  const body = text.slice(0, TEXT_READ);
  const source = normalizeText(body.trimStart().startsWith(title.trim()) ? body : `${title}\n${body}`);
  const counts = new Map<string, number>();
  for (const segment of segments(source)) {
    if (segment.kind !== CJK) continue;
    const chars = Array.from(segment.text);
    for (let i = 0; i < chars.length; i++) {
      if (EDGE_STOPS.has(chars[i] ?? '')) continue;
      let gram = chars[i] ?? '';
      for (let n = 2; n <= MAX_LENGTH && i + n <= chars.length; n++) {
        gram += chars[i + n - 1] ?? '';
        if (EDGE_STOPS.has(chars[i + n - 1] ?? '')) continue;
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
  const repeated = [...counts].filter(([, count]) => count >= 2);
  const dominated = new Set<string>();
  for (const [gram, count] of repeated) {
    const chars = Array.from(gram);
    if (chars.length <= MIN_LENGTH) continue;
    for (const part of [chars.slice(1).join(''), chars.slice(0, -1).join('')]) {
      if (counts.get(part) === count) dominated.add(part);
    }
  }
  return repeated
    .filter(([gram]) => !dominated.has(gram))
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count * Array.from(b.text).length - a.count * Array.from(a.text).length || a.text.localeCompare(b.text))
    .slice(0, limit);
}
