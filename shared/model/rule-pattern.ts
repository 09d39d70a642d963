/**
 * Checks a tag rule's pattern before it is saved or run, on every side (the editor shows the same
 * message the engine would send). Regular expressions are user input that runs over the whole
 * library, and JavaScript's engine backtracks, so besides being valid they must stay cheap:
 * - nested repetition ((a+)+), a repeated group with alternatives ((a|ab)*) and back-references,
 *   which can take exponential time, are refused;
 * - the engine matches paragraph by paragraph, in pieces of at most REGEX_CHUNK_LENGTH characters,
 *   so one unbounded repeat costs at most that much per start position; the product of all repeats'
 *   choices (an unbounded one counting as a whole piece) is capped at MAX_BACKTRACK_COST, which
 *   allows one * or + (and small {m,n}) but not two;
 * - library-wide runs also stop at a time budget (tag-rules-service.ts).
 */

export const MAX_PATTERN_LENGTH = 200;
export const MAX_RULE_WORDS = 30;
const MAX_REPEAT_COUNT = 1000;
/** Expressions see one paragraph at a time, longer paragraphs in pieces of this many characters. */
export const REGEX_CHUNK_LENGTH = 1000;
const MAX_BACKTRACK_COST = 2 * REGEX_CHUNK_LENGTH;

/** Words of an any/all pattern: separated by spaces (half- or full-width), commas or 、. */
export function ruleWords(pattern: string): string[] {
  return [...new Set(pattern.split(/[\s,，、;；]+/u).map((word) => word.trim()).filter((word) => word.length > 0))];
}

/** Regex flags the engine compiles a rule with. */
export function regexFlags(caseSensitive: boolean): string {
  return caseSensitive ? 'u' : 'iu';
}

function skipEscape(source: string, start: number): number {
  const next = source[start + 1];
  if (next === 'u' && source[start + 2] === '{') return source.indexOf('}', start) + 1;
  if ((next === 'p' || next === 'P') && source[start + 2] === '{') return source.indexOf('}', start) + 1;
  if (next === 'u') return start + 6;
  if (next === 'x') return start + 4;
  if (next === 'c') return start + 3;
  return start + 2;
}

function skipClass(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') i = skipEscape(source, i);
    else if (char === ']') return i + 1;
    else i += 1;
  }
  return i;
}

interface Frame {
  repeats: boolean;
  alternation: boolean;
}

type Last = { kind: 'atom' } | { kind: 'group'; frame: Frame } | null;

/** Reads a quantifier at `start`: its upper bound and where it ends, or null when there is none. */
function readQuantifier(source: string, start: number): { max: number; min: number; end: number } | null {
  const char = source[start];
  let result: { max: number; min: number; end: number } | null = null;
  if (char === '*') result = { min: 0, max: Infinity, end: start + 1 };
  else if (char === '+') result = { min: 1, max: Infinity, end: start + 1 };
  else if (char === '?') result = { min: 0, max: 1, end: start + 1 };
  else if (char === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(start));
    if (!match) return null;
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    result = { min, max, end: start + match[0].length };
  }
  if (result && source[result.end] === '?') result.end += 1; // lazy
  return result;
}

/** A reason the (already valid) expression could backtrack catastrophically, or null. */
function backtrackingRisk(source: string): string | null {
  const stack: Frame[] = [{ repeats: false, alternation: false }];
  let last: Last = null;
  let cost = 1;
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    const top = stack[stack.length - 1] as Frame;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return '不支持反向引用（如 \\1、\\k<名称>），请改写。';
      i = skipEscape(source, i);
      last = { kind: 'atom' };
      continue;
    }
    if (char === '[') {
      i = skipClass(source, i);
      last = { kind: 'atom' };
      continue;
    }
    if (char === '(') {
      stack.push({ repeats: false, alternation: false });
      const named = /^\(\?<([^=!>][^>]*)>/.exec(source.slice(i));
      i += named ? named[0].length : /^\(\?(<?[=!]|:)/.exec(source.slice(i))?.[0].length ?? 1;
      last = null;
      continue;
    }
    if (char === ')') {
      const frame = stack.pop() as Frame;
      const parent = stack[stack.length - 1] as Frame;
      parent.repeats ||= frame.repeats;
      parent.alternation ||= frame.alternation;
      last = { kind: 'group', frame };
      i += 1;
      continue;
    }
    if (char === '|') {
      top.alternation = true;
      last = null;
      i += 1;
      continue;
    }
    const quantifier = readQuantifier(source, i);
    if (quantifier) {
      if (quantifier.min > MAX_REPEAT_COUNT || (quantifier.max !== Infinity && quantifier.max > MAX_REPEAT_COUNT)) {
        return `重复次数不能超过 ${MAX_REPEAT_COUNT}。`;
      }
      if (quantifier.max > 1 && last?.kind === 'group') {
        if (last.frame.repeats) return '不允许嵌套的重复（如 (a+)+），这类写法可能让匹配卡住，请改写。';
        if (last.frame.alternation) return '不允许对含“|”的分组整体重复（如 (a|ab)*），请改用方括号字符集，或拆成多条规则。';
      }
      cost *= quantifier.max === Infinity ? REGEX_CHUNK_LENGTH : quantifier.max - quantifier.min + 1;
      if (cost > MAX_BACKTRACK_COST) return '重复写得太多：*、+、{n,} 这类不限次数的重复最多用一处，其余请写成有上限的形式，如 {0,10}。';
      top.repeats = true;
      last = null;
      i = quantifier.end;
      continue;
    }
    last = { kind: 'atom' };
    i += 1;
  }
  return null;
}

/** Why a regular expression is refused, in Chinese; null when it may be used. */
export function regexProblem(source: string, caseSensitive = false): string | null {
  if (source.length === 0) return '请填写正则表达式。';
  if (source.length > MAX_PATTERN_LENGTH) return `正则表达式不能超过 ${MAX_PATTERN_LENGTH} 个字符。`;
  try {
    new RegExp(source, regexFlags(caseSensitive));
  } catch {
    return '正则表达式写法有误，请检查括号、方括号、花括号和转义符“\\”。';
  }
  if (new RegExp(source, regexFlags(caseSensitive)).test('')) return '这个正则表达式能匹配空白内容，会命中所有资料，请写得更具体。';
  return backtrackingRisk(source);
}

/** Why a pattern cannot be used with this match type, in Chinese; null when it is fine. */
export function patternProblem(match: 'any' | 'all' | 'exact' | 'regex', pattern: string, caseSensitive = false): string | null {
  if (pattern.trim().length === 0) return '请填写要匹配的内容。';
  if (pattern.length > MAX_PATTERN_LENGTH) return `匹配内容不能超过 ${MAX_PATTERN_LENGTH} 个字符。`;
  if (match === 'regex') return regexProblem(pattern, caseSensitive);
  if (match === 'any' || match === 'all') {
    if (ruleWords(pattern).length > MAX_RULE_WORDS) return `最多填写 ${MAX_RULE_WORDS} 个词。`;
  }
  return null;
}
