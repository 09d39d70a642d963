/**
 * Closes the gap left where something was cut out of a sentence, so that it reads as if the cut part
 * had never been there: an emptied bracket pair goes (演练【…】，→ 演练，), two punctuation marks meet
 * as one (，…， → ，; ，…。 → 。), a line does not start with a comma or a space, and two spaces
 * become one. Only the characters right at the cut are looked at.
 */

const CLAUSE = new Set([...'，、；：,;:']);
const SENTENCE_END = new Set([...'。！？!?']);
const CLOSING_PUNCTUATION = new Set([...'，、；：。！？）】」』》〕”’']);
const PAIRS: Record<string, string> = {
  '【': '】', '[': ']', '（': '）', '(': ')', '「': '」', '『': '』', '《': '》', '〔': '〕', '“': '”', '‘': '’',
};
const SPACE = /^[ \t\u3000\u00a0]$/;

const isPunctuation = (ch: string): boolean => CLAUSE.has(ch) || SENTENCE_END.has(ch);

export function joinAfterRemoval(before: string, after: string): { before: string; after: string } {
  // Each step shortens one side, so a handful of rounds settles any cut.
  for (let round = 0; round < 8; round += 1) {
    const prev = before.at(-1);
    const next = after.at(0);
    if (prev !== undefined && next !== undefined && PAIRS[prev] === next) {
      before = before.slice(0, -1);
      after = after.slice(1);
    } else if (prev !== undefined && SPACE.test(prev) && (next === undefined || next === '\n' || SPACE.test(next) || CLOSING_PUNCTUATION.has(next))) {
      // The space before the cut, when nothing or a space, a line end or a closing mark follows.
      before = before.slice(0, -1);
    } else if ((prev === undefined || prev === '\n') && next !== undefined && (SPACE.test(next) || isPunctuation(next))) {
      after = after.slice(1);
    } else if (prev !== undefined && next !== undefined && isPunctuation(prev) && isPunctuation(next)) {
      // Keep the stronger mark: a full stop over a comma before it, else the first one.
      if (CLAUSE.has(prev) && SENTENCE_END.has(next)) before = before.slice(0, -1);
      else after = after.slice(1);
    } else if (prev !== undefined && next !== undefined && isPunctuation(prev) && SPACE.test(next)) {
      after = after.slice(1);
    } else break;
  }
  return { before, after };
}
