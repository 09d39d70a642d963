/**
 * A note's mark set in superscript inside a sentence ("1100余户[1]，", "机制²。"): it points to a note below the text and
 * is no part of the sentence. A bare figure right after a Latin letter or a figure is an exponent (m², 10⁶) and stays. A
 * circled number (“黔筑红盟”①) is a character people type and the note below repeats (注：①…): it stays too.
 */
const BRACKETED = /^\s*(?:[[［(（]\s*\d{1,3}\s*[\]］)）]|\*{1,3}|注\s*\d{1,2})\s*$/u;
const BARE_FIGURE = /^\s*\d{1,2}\s*$/;

export function isNoteMark(superscript: string, textBefore: string): boolean {
  if (BRACKETED.test(superscript)) return true;
  // (After a unit — 米², 立方米³ — a figure is an exponent.)
  return BARE_FIGURE.test(superscript) && /[\p{Script=Han}”’」』）)。，、；：！？]\s*$/u.test(textBefore) && !/(?:米|里|方)\s*$/u.test(textBefore);
}
