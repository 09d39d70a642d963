import type { DocumentKind } from '../../../../shared/model/document';
import { fieldNamed, kindNamed, KNOWN_FIELDS_HINT, KNOWN_KINDS_HINT, type FilterField } from '../../../../shared/search/query-fields';
import { parseDateRange, parseYearRange, type DateRange, type YearRange } from './date-range';

/**
 * The query language of the search box and `casebook search`:
 *   党建联建 安置房            both words (AND is the default)
 *   "一党员一项目" “红领筑建”   quoted phrases (ASCII or Chinese quotes)
 *   温州 OR 宁波               either (OR binds tighter than AND: a b OR c = a AND (b OR c))
 *   -新闻 / NOT 新闻           exclude
 *   类型:典型案例 标签:主题/党建联建 地区:温州 发文机关:住建局 年度:2023 年度:2021..2023 专辑:专辑名称
 *   日期:2022-01..2023-06 or a bare 2022-01..2023-06; the English names (kind:case tag: region: issuer:
 *   year: date: collection:) read the same (shared/search/query-fields.ts); a leading - negates a filter too.
 * Repeating a field means either value (类型:政策文件 类型:典型案例). Nothing here throws: whatever
 * cannot be read as typed is read another way and explained in `notices` (zh-CN).
 */

export const MAX_TERMS = 32;
export const MAX_TERM_LENGTH = 100;

export interface Term {
  text: string;
  quoted: boolean;
}

export type Filter =
  | { field: 'kind'; kinds: DocumentKind[]; negated: boolean }
  | { field: Exclude<FilterField, 'kind' | 'year' | 'date'>; value: string; negated: boolean }
  | { field: 'year'; range: YearRange; negated: boolean }
  | { field: 'date'; range: DateRange; negated: boolean };

export interface ParsedQuery {
  /** All groups must match; within a group any term may match. */
  groups: Term[][];
  excluded: Term[];
  filters: Filter[];
  notices: string[];
}

type Item =
  | { type: 'term'; term: Term; negated: boolean }
  | { type: 'filter'; filter: Filter }
  | { type: 'or' };

const OPEN_QUOTES: Record<string, string> = { '"': '"', '“': '”', '”': '“', '「': '」', '『': '』' };
const RANGE_PATTERN = /^(\d{4}(?:[-./]\d{1,2}){0,2})?(?:\.\.|~|至)(\d{4}(?:[-./]\d{1,2}){0,2})?$/;

interface RawToken {
  text: string;
  quoted: boolean;
  negated: boolean;
}

/** Splits the query into whitespace-separated tokens, keeping quoted phrases whole. */
function lex(query: string, notices: Set<string>): RawToken[] {
  const tokens: RawToken[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] ?? '';
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    while (query[i] === '-' || query[i] === '+') {
      negated = negated || query[i] === '-';
      i++;
    }
    const opener = query[i] ?? '';
    const closer = OPEN_QUOTES[opener];
    if (closer !== undefined) {
      const end = query.indexOf(closer, i + 1);
      if (end < 0) notices.add('引号不成对，已把引号后的全部内容当作一个短语检索。');
      const text = query.slice(i + 1, end < 0 ? query.length : end);
      tokens.push({ text, quoted: true, negated });
      i = end < 0 ? query.length : end + 1;
      continue;
    }
    let end = i;
    while (end < query.length && !/\s/u.test(query[end] ?? '')) {
      // A field value may be quoted: tag:"主题/党建 联建".
      const q = OPEN_QUOTES[query[end] ?? ''];
      if (q !== undefined && end > i && query[end - 1] === ':') {
        const close = query.indexOf(q, end + 1);
        if (close < 0) notices.add('引号不成对，已把引号后的全部内容当作一个短语检索。');
        end = close < 0 ? query.length : close + 1;
        continue;
      }
      end++;
    }
    const text = query.slice(i, end);
    i = end;
    if (text === '') {
      if (negated) notices.add('单独的减号“-”后面没有内容，已忽略。');
      continue;
    }
    tokens.push({ text, quoted: false, negated });
  }
  return tokens;
}

function stripQuotes(value: string): string {
  const first = value[0] ?? '';
  const closer = OPEN_QUOTES[first];
  if (closer === undefined) return value;
  return value.endsWith(closer) && value.length > 1 ? value.slice(1, -1) : value.slice(1);
}

function parseFilter(field: FilterField, name: string, rawValue: string, negated: boolean, notices: Set<string>): Filter | null {
  const value = stripQuotes(rawValue).trim();
  if (value === '') {
    notices.add(`筛选条件“${name}:”缺少取值，已忽略。`);
    return null;
  }
  switch (field) {
    case 'kind': {
      const kinds: DocumentKind[] = [];
      for (const part of value.split(/[,、|/]/)) {
        const kind = kindNamed(part);
        if (kind) kinds.push(kind);
        else if (part.trim() !== '') notices.add(`不认识的资料类型“${part.trim()}”，可用：${KNOWN_KINDS_HINT}。`);
      }
      return kinds.length > 0 ? { field, kinds, negated } : null;
    }
    case 'year': {
      const range = parseYearRange(value);
      if (!range) notices.add(`年度“${value}”无法识别，应为 2023 或 2021..2023，已忽略。`);
      return range ? { field, range, negated } : null;
    }
    case 'date': {
      const range = parseDateRange(value);
      if (!range) notices.add(`日期“${value}”无法识别，应为 2022-01..2023-06 这样的形式，已忽略。`);
      return range ? { field, range, negated } : null;
    }
    default:
      return { field, value, negated };
  }
}

function classify(token: RawToken, notices: Set<string>): Item | null {
  if (token.quoted) return { type: 'term', term: { text: token.text, quoted: true }, negated: token.negated };
  const text = token.text;
  if (!token.negated && (text === 'OR' || text === '|' || text === '||')) return { type: 'or' };
  if (!token.negated && (text === 'AND' || text === '&&' || text === '&')) return null;
  const range = RANGE_PATTERN.exec(text);
  if (range && (range[1] !== undefined || range[2] !== undefined)) {
    return classify({ text: `date:${text}`, quoted: false, negated: token.negated }, notices);
  }
  const field = /^([\p{L}_]+):(.*)$/su.exec(text);
  if (field) {
    const name = field[1] ?? '';
    const known = fieldNamed(name);
    if (known) {
      const filter = parseFilter(known, name, field[2] ?? '', token.negated, notices);
      return filter ? { type: 'filter', filter } : null;
    }
    if (!/^https?$/i.test(name)) {
      notices.add(`不认识的筛选条件“${name}:”，已按普通检索词处理。可用：${KNOWN_FIELDS_HINT}。`);
    }
  }
  if (/[*^]/.test(text)) notices.add('检索按包含匹配，不需要通配符，“*”“^”已忽略。');
  return { type: 'term', term: { text, quoted: false }, negated: token.negated };
}

/** Reads a query; never throws. */
export function parseQuery(input: string): ParsedQuery {
  const notices = new Set<string>();
  const query = input.normalize('NFKC');
  const items: Item[] = [];
  const tokens = lex(query, notices);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (!token) continue;
    if (!token.quoted && token.text === 'NOT' && !token.negated) {
      const next = tokens[k + 1];
      if (next) next.negated = true;
      else notices.add('“NOT”后面没有内容，已忽略。');
      continue;
    }
    const item = classify(token, notices);
    if (item) items.push(item);
  }

  const parsed: ParsedQuery = { groups: [], excluded: [], filters: [], notices: [] };
  let pendingOr = false;
  let afterPositiveTerm = false;
  let termCount = 0;
  const strayOr = '“OR”两边应各有一个检索词，多余的“OR”已忽略。';
  for (const item of items) {
    if (item.type === 'or') {
      if (pendingOr || !afterPositiveTerm) notices.add(strayOr);
      else pendingOr = true;
      continue;
    }
    if (item.type === 'filter') {
      if (pendingOr) notices.add('“OR”不能连接筛选条件，已按同时满足处理。');
      pendingOr = afterPositiveTerm = false;
      parsed.filters.push(item.filter);
      continue;
    }
    if (termCount >= MAX_TERMS) {
      notices.add(`检索词太多，只使用了前 ${MAX_TERMS} 个。`);
      continue;
    }
    termCount++;
    const term = item.term;
    if (Array.from(term.text).length > MAX_TERM_LENGTH) {
      term.text = Array.from(term.text).slice(0, MAX_TERM_LENGTH).join('');
      notices.add(`检索词过长，只按前 ${MAX_TERM_LENGTH} 个字检索。`);
    }
    if (item.negated) {
      if (pendingOr) notices.add('“OR”不能连接排除词，已按同时满足处理。');
      pendingOr = afterPositiveTerm = false;
      parsed.excluded.push(term);
      continue;
    }
    const previous = parsed.groups[parsed.groups.length - 1];
    if (pendingOr && previous) previous.push(term);
    else parsed.groups.push([term]);
    pendingOr = false;
    afterPositiveTerm = true;
  }
  if (pendingOr) notices.add(strayOr);
  parsed.notices = [...notices];
  return parsed;
}
