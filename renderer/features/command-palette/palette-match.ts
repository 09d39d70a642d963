/**
 * How the command palette matches what was typed against a command's name: case and full-width
 * forms folded, every word typed must be found (a Chinese substring, no pinyin), and a word of three
 * or more characters may have one character wrong. Lower is better; null: no match.
 */

export interface Matchable {
  label: string;
  /** Other words the command answers to (新建专辑 also answers to 创建, 专辑, collection). */
  keywords?: readonly string[];
}

export function foldForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function words(typed: string): string[] {
  return foldForMatch(typed)
    .split(' ')
    .filter((word) => word.length > 0);
}

/** `left`, then `gap` characters (0 or 1), then `right`, somewhere in the haystack. */
function inOrder(haystack: string, left: string, right: string, gaps: readonly number[]): boolean {
  for (let at = haystack.indexOf(left); at >= 0; at = haystack.indexOf(left, at + 1)) {
    const after = at + left.length;
    if (gaps.some((gap) => haystack.startsWith(right, after + gap))) return true;
  }
  return false;
}

/** The word with one character wrong, extra or missing (what is on either side of it is found, in order). */
function nearlyIncludes(haystack: string, word: string): boolean {
  const chars = Array.from(word);
  if (chars.length < 3) return false;
  for (let i = 0; i < chars.length; i++) {
    const left = chars.slice(0, i).join('');
    const right = chars.slice(i + 1).join('');
    if (left === '' || right === '') {
      // The first or last character off: what is left must still say something (three or more).
      if (chars.length >= 4 && haystack.includes(left + right)) return true;
      continue;
    }
    // Character i replaced (one character between) or typed in excess (none between).
    if (inOrder(haystack, left, right, [1, 0])) return true;
    // A character left out before character i.
    if (inOrder(haystack, left, chars.slice(i).join(''), [1])) return true;
  }
  return false;
}

/** 0 the name starts with it, 1 the name contains it, 2 a keyword does, 3 one character off. */
export function matchRank(item: Matchable, typed: string): number | null {
  const wanted = words(typed);
  if (wanted.length === 0) return 0;
  const label = foldForMatch(item.label);
  const all = [label, ...(item.keywords ?? []).map(foldForMatch)].join('\n');
  const whole = wanted.join(' ');
  if (label.startsWith(whole)) return 0;
  if (label.includes(whole)) return 1;
  if (wanted.every((word) => all.includes(word))) return 2;
  if (wanted.every((word) => all.includes(word) || nearlyIncludes(all, word))) return 3;
  return null;
}

/** The items that match, best first; ties keep their given order. */
export function filterByMatch<T extends Matchable>(items: readonly T[], typed: string): T[] {
  return items
    .map((item, order) => ({ item, order, rank: matchRank(item, typed) }))
    .filter((entry): entry is { item: T; order: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((entry) => entry.item);
}
