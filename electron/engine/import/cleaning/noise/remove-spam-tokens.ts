import { normalizeText } from '../../../text/normalize';
import {
  BRAND_WORDS,
  FILLER_WORDS,
  GAMBLING_WORDS,
  LINK_SUFFIX_WORDS,
  PREFIX_WORDS,
  TRADE_WORDS,
  TRADE_WORDS_WITH_DIGITS,
} from './gambling-words';
import { joinAfterRemoval } from './join-after-removal';

/**
 * Casino spam glued into sentences by hacked sites: "…高峰期现场8899葡京net8899vip作业人员…",
 * "…应急演练【威尼斯人app下载】，…". The glued run goes and the sentence closes over the gap.
 *
 * The text is cut into units: words of gambling-words.ts and runs of Latin letters, digits and web
 * addresses ("8899", "net8899vip", "www.xx88.com", "88%"). Units that touch each other make a chain,
 * and a chain is spam only when it holds a brand (葡京, bet365), a gambling word together with another
 * spam part (digits or Latin, a trade word, another gambling word), or a trade word such as 首存
 * together with digits. Digits and Latin on their own ("2024年", "EPC总承包", "www.gov.cn") never go,
 * and neither does a gambling word on its own ("打击六合彩等违法活动").
 */

type Kind = 'brand' | 'gambling' | 'trade' | 'tradeDigits' | 'link' | 'prefix' | 'filler';

interface Unit {
  start: number;
  end: number;
  kind: Kind;
  /** A filler that may also end a run right after a web address ("app下载"). */
  linkSuffix: boolean;
}

const sticky = (words: string[]): RegExp => new RegExp(`(?:${words.join('|')})`, 'uy');

/** Word tiers, strongest first: of two matches of the same length, the earlier tier wins. */
const TIERS: [Kind, RegExp][] = [
  ['brand', sticky(BRAND_WORDS)],
  ['gambling', sticky(GAMBLING_WORDS)],
  ['tradeDigits', sticky(TRADE_WORDS_WITH_DIGITS)],
  ['trade', sticky(TRADE_WORDS)],
  ['prefix', sticky(PREFIX_WORDS)],
  ['filler', sticky(FILLER_WORDS)],
  ['link', /(?:https?:\/\/)?[a-z0-9](?:[a-z0-9_%％/-]|\.(?=[a-z0-9]))*/uy],
];
const LATIN_BRAND = new RegExp(BRAND_WORDS.filter((word) => /^[a-z0-9]+$/.test(word)).join('|'));
const LINK_SUFFIX = new Set(LINK_SUFFIX_WORDS);
/** Every spam chain holds one of these: texts without any are returned at once. */
const ANCHOR = new RegExp([...BRAND_WORDS, ...GAMBLING_WORDS, ...TRADE_WORDS_WITH_DIGITS].join('|'), 'u');
const SPAM_PART: ReadonlySet<Kind> = new Set<Kind>(['brand', 'gambling', 'trade', 'tradeDigits', 'link']);

function unitAt(folded: string, index: number): Unit | null {
  let best: Unit | null = null;
  for (const [kind, pattern] of TIERS) {
    pattern.lastIndex = index;
    const match = pattern.exec(folded);
    if (!match || match[0].length === 0) continue;
    const end = index + match[0].length;
    if (best && end <= best.end) continue;
    const brandLink = kind === 'link' && LATIN_BRAND.test(match[0]);
    best = { start: index, end, kind: brandLink ? 'brand' : kind, linkSuffix: kind === 'filler' && LINK_SUFFIX.has(match[0]) };
  }
  return best;
}

/** Chains of units that touch each other. */
function chains(folded: string): Unit[][] {
  const found: Unit[][] = [];
  let chain: Unit[] = [];
  let index = 0;
  while (index < folded.length) {
    const unit = unitAt(folded, index);
    if (!unit) {
      if (chain.length > 0) found.push(chain);
      chain = [];
      index += 1;
      continue;
    }
    chain.push(unit);
    index = unit.end;
  }
  if (chain.length > 0) found.push(chain);
  return found;
}

function isSpam(parts: Unit[]): boolean {
  const count = (kind: Kind): number => parts.filter((unit) => unit.kind === kind).length;
  const links = count('link');
  const trade = count('trade') + count('tradeDigits');
  if (count('brand') > 0) return true;
  if (count('gambling') > 0 && links + trade + count('gambling') >= 2) return true;
  return count('tradeDigits') > 0 && links > 0;
}

const BRACKETS: Record<string, string> = { '【': '】', '[': ']', '［': '］' };

/** A casino's name set in brackets of its own in the middle of a sentence: "…等问题【澳门威尼斯人】31个…". */
function bracketedGambling(folded: string, chain: Unit[]): boolean {
  const start = chain[0]?.start ?? 0;
  const end = chain.at(-1)?.end ?? 0;
  const open = folded[start - 1];
  return open !== undefined && BRACKETS[open] === folded[end] && chain.some((unit) => unit.kind === 'gambling');
}

/** The part of a chain that is spam, as [start, end) in the text, or null. */
function spamSpan(folded: string, chain: Unit[]): [number, number] | null {
  let first = chain.findIndex((unit) => SPAM_PART.has(unit.kind));
  let last = chain.findLastIndex((unit) => SPAM_PART.has(unit.kind));
  if (first < 0) return null;
  if (!isSpam(chain.slice(first, last + 1))) return bracketedGambling(folded, chain) ? [chain[0]!.start, chain.at(-1)!.end] : null;
  // 澳门新葡京: prefix words right before a word (not before digits: "全新8899葡京" keeps 新).
  if (chain[first]?.kind !== 'link') while (chain[first - 1]?.kind === 'prefix') first -= 1;
  // app下载, vip注册: after a web address or Latin brand.
  if (/[a-z0-9]$/.test(folded.slice(0, chain[last]?.end ?? 0))) while (chain[last + 1]?.linkSuffix) last += 1;
  // 葡京娱乐, 365bet体育在线: the words a brand's name goes on with are its own.
  if (chain[last]?.kind === 'brand') while (chain[last + 1]?.kind === 'filler') last += 1;
  const start = chain[first]?.start;
  const end = chain[last]?.end;
  return start === undefined || end === undefined ? null : [start, end];
}

/** Whether a text may hold spam at all: a document without any anchor word skips the line-by-line search. */
export function mayHoldSpam(text: string): boolean {
  return ANCHOR.test(normalizeText(text));
}

export function removeSpamTokens(text: string): { text: string; removed: string[] } {
  // Same length as `text`, offset for offset (a space in front keeps a leading BOM from being dropped).
  const folded = normalizeText(` ${text}`).slice(1);
  if (!ANCHOR.test(folded)) return { text, removed: [] };
  const spans = chains(folded)
    .map((chain) => spamSpan(folded, chain))
    .filter((span): span is [number, number] => span !== null);
  if (spans.length === 0) return { text, removed: [] };
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    const joined = joinAfterRemoval(out + text.slice(from, start), text.slice(end));
    out = joined.before;
    from = text.length - joined.after.length;
  }
  out += text.slice(from);
  return { text: out, removed: spans.map(([start, end]) => text.slice(start, end)) };
}
