import { CasebookError } from '../../../../shared/api/errors';
import { patternProblem, REGEX_CHUNK_LENGTH, regexFlags, ruleWords } from '../../../../shared/model/rule-pattern';
import type { TagRuleFields, TagRuleInput } from '../../../../shared/model/tag-rule';
import { foldTraditional, traditionalMap } from '../../text/normalize';

/**
 * Runs tag rules over a document. Words and phrases are compared on a folded copy of the text
 * (full-width → half-width, traditional → simplified, and lower case unless the rule is
 * case-sensitive), so 「淸廉」 on a traditional page and ＡＢＣ typed full-width still match.
 * Regular expressions see the text as it is, one paragraph at a time (long paragraphs in pieces
 * of REGEX_CHUNK_LENGTH characters that overlap a little), and at most REGEX_TEXT_LIMIT characters
 * of a document: with the pattern checks in rule-pattern.ts this bounds the time any rule can take.
 */

/** A regular expression never sees more than this much of a document (it was checked for safety too). */
export const REGEX_TEXT_LIMIT = 100_000;
const MAX_REGEX_HITS = 5;
const CHUNK_OVERLAP = 100;

/** Paragraphs of the text, long ones cut into overlapping pieces, for expression matching. */
export function regexPieces(text: string): string[] {
  const pieces: string[] = [];
  for (const line of text.slice(0, REGEX_TEXT_LIMIT).split('\n')) {
    if (line.length <= REGEX_CHUNK_LENGTH) {
      if (line.length > 0) pieces.push(line);
      continue;
    }
    for (let start = 0; start < line.length; start += REGEX_CHUNK_LENGTH - CHUNK_OVERLAP) {
      pieces.push(line.slice(start, start + REGEX_CHUNK_LENGTH));
      if (start + REGEX_CHUNK_LENGTH >= line.length) break;
    }
  }
  return pieces;
}

export interface RuleDocument {
  title: string;
  text: string;
}

/** A document prepared once for any number of rules: folded copies are made on first use. */
export class PreparedDocument {
  private readonly folded = new Map<string, string>();
  private readonly pieceCache = new Map<TagRuleFields, string[]>();

  constructor(readonly doc: RuleDocument) {}

  raw(fields: TagRuleFields): string {
    if (fields === 'title') return this.doc.title;
    if (fields === 'text') return this.doc.text;
    return `${this.doc.title}\n${this.doc.text}`;
  }

  pieces(fields: TagRuleFields): string[] {
    let value = this.pieceCache.get(fields);
    if (value === undefined) {
      value = regexPieces(this.raw(fields));
      this.pieceCache.set(fields, value);
    }
    return value;
  }

  fold(fields: TagRuleFields, caseSensitive: boolean): string {
    const key = `${fields}:${caseSensitive}`;
    let value = this.folded.get(key);
    if (value === undefined) {
      value = foldForRules(this.raw(fields), caseSensitive);
      this.folded.set(key, value);
    }
    return value;
  }
}

/** Most documents are in simplified characters: only those with a traditional one pay for conversion. */
function hasTraditional(text: string): boolean {
  const map = traditionalMap();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    if (map.has(code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) ?? code) : code)) return true;
  }
  return false;
}

export function foldForRules(text: string, caseSensitive: boolean): string {
  const normalized = text.normalize('NFKC');
  const folded = (hasTraditional(normalized) ? foldTraditional(normalized) : normalized).replace(/\s+/gu, ' ');
  return caseSensitive ? folded : folded.toLowerCase();
}

export interface CompiledRule<R extends TagRuleInput = TagRuleInput> {
  rule: R;
  /** The words that matched, or the matched text for an expression; null when the rule does not match. */
  match(document: PreparedDocument): string[] | null;
}

/** Checks and compiles a rule; a bad pattern is a BAD_REQUEST with the Chinese reason. */
export function compileRule<R extends TagRuleInput>(rule: R): CompiledRule<R> {
  const problem = patternProblem(rule.match, rule.pattern, rule.caseSensitive);
  if (problem) throw new CasebookError('BAD_REQUEST', `标签规则的匹配内容有误：${problem}`, `rule pattern ${rule.pattern}`);
  const { fields, caseSensitive } = rule;

  if (rule.match === 'regex') {
    const expression = new RegExp(rule.pattern, `${regexFlags(caseSensitive)}g`);
    return {
      rule,
      match(document) {
        const hits = new Set<string>();
        for (const piece of document.pieces(fields)) {
          for (const found of piece.matchAll(expression)) {
            if (found[0].length > 0) hits.add(found[0].slice(0, 40));
            if (hits.size >= MAX_REGEX_HITS) return [...hits];
          }
        }
        return hits.size > 0 ? [...hits] : null;
      },
    };
  }

  const words =
    rule.match === 'exact'
      ? [foldForRules(rule.pattern.trim(), caseSensitive)]
      : ruleWords(rule.pattern).map((word) => foldForRules(word, caseSensitive));
  const shown = rule.match === 'exact' ? [rule.pattern.trim()] : ruleWords(rule.pattern);
  const needAll = rule.match === 'all';
  return {
    rule,
    match(document) {
      const haystack = document.fold(fields, caseSensitive);
      const hits: string[] = [];
      words.forEach((word, index) => {
        if (haystack.includes(word)) hits.push(shown[index] ?? word);
      });
      if (hits.length === 0 || (needAll && hits.length < words.length)) return null;
      return hits;
    },
  };
}
