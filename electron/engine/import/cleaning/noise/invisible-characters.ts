/**
 * Characters that show as nothing — zero-width spaces and joiners, soft hyphens, word joiners, a byte-order mark inside
 * the text — pasted by 公众号 editors and CMS pages into the middle of words (颛\u200b桥, 安全\u00ad生产). Left in, they
 * split the word for search and for the place names the region is read from.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/gu;
/** One no-break space between a figure and a character of a sentence (前5&nbsp;名, 86&nbsp;人): spacing, not a break. */
const NO_BREAK_IN_SENTENCE = /(?<=\d)\u00a0(?=\p{Script=Han})|(?<=\p{Script=Han})\u00a0(?=\d)/gu;

export function removeInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** For a line of running text only: in a page's info bar a no-break space separates fields. */
export function closeNoBreakSpaces(sentence: string): string {
  return sentence.replace(NO_BREAK_IN_SENTENCE, '');
}
