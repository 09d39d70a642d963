/**
 * A note's mark set in superscript inside a sentence ("1100余户[1]，", "机制²。", "示范项目③。"): it points to a note
 * below the text and is no part of the sentence. A bare figure right after a Latin letter or a figure is an exponent
 * (m², 10⁶) and stays.
 */
const BRACKETED_OR_CIRCLED = /^\s*(?:[[［(（]\s*\d{1,3}\s*[\]］)）]|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|\*{1,3}|注\s*\d{1,2})\s*$/u;
const BARE_FIGURE = /^\s*\d{1,2}\s*$/;

export function isNoteMark(superscript: string, textBefore: string): boolean {
  if (BRACKETED_OR_CIRCLED.test(superscript)) return true;
  return BARE_FIGURE.test(superscript) && /[\p{Script=Han}”’」』）)。，、；：！？]\s*$/u.test(textBefore);
}
