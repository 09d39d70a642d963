/**
 * Named practices and slogans: short phrases in Chinese quotation marks (“六有一好”, “一党员一项目”,
 * 「紅領築建」). Quoted speech is longer or has sentence punctuation and is left out.
 */

const QUOTED = /[“「『"]([^“”「」『』"\n]{2,14})[”」』"]/g;
/** The programme itself is quoted in nearly every document; as a suggestion it says nothing. */
const TOO_COMMON = new Set(['红色工地', '紅色工地']);
const MAX_TERMS = 12;

export interface TermCount {
  term: string;
  count: number;
}

export function countQuotedTerms(text: string): TermCount[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const match of text.matchAll(QUOTED)) {
    const term = (match[1] ?? '').trim();
    if (!/\p{Script=Han}/u.test(term) || /[，。；：！？,.;:!?]/.test(term) || TOO_COMMON.has(term)) continue;
    const entry = counts.get(term);
    if (entry) entry.count += 1;
    else counts.set(term, { count: 1, first: match.index ?? 0 });
  }
  return [...counts]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .map(([term, { count }]) => ({ term, count }));
}

/** Terms from the title first (they name what the document is about), then the text by frequency. */
export function extractTerms(title: string, text: string): string[] {
  const fromTitle = countQuotedTerms(title).map(({ term }) => term);
  const fromText = countQuotedTerms(text).map(({ term }) => term);
  return [...new Set([...fromTitle, ...fromText])].slice(0, MAX_TERMS);
}

/**
 * 做法名称: the practice named in the title (of several, the one the text repeats most: in
 * 筑牢“红色堡垒” 推行“党员责任区” the text is about the second), else one that clearly dominates the text.
 */
export function extractPracticeName(title: string, text: string): string | null {
  const inText = countQuotedTerms(text);
  const inTitle = countQuotedTerms(title).map(({ term }, order) => ({ term, order, repeats: inText.find((entry) => entry.term === term)?.count ?? 0 }));
  const named = inTitle.sort((a, b) => b.repeats - a.repeats || a.order - b.order)[0];
  if (named) return named.term;
  const [top, second] = inText;
  if (!top || top.count < 3) return null;
  return !second || top.count >= second.count * 2 ? top.term : null;
}
