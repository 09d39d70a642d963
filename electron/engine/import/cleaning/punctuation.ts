/**
 * Punctuation clean-up in Chinese context. Only punctuation, spaces and full-width Latin letters and
 * digits change; Han characters never do (traditional text stays traditional).
 */

const HAN = String.raw`\p{Script=Han}`;
const HAN_OR_CLOSE = String.raw`[\p{Script=Han}”’）》」』】]`;
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const SPACE = String.raw`[ \t\u00a0\u3000]`;

/** ＡＢＣ１２３ → ABC123: the same letters and digits, as people type them in search. */
function halfWidthAlphanumerics(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const MARK_AFTER_HAN = new RegExp(`(${HAN_OR_CLOSE})${SPACE}*([,;?!])${SPACE}*`, 'gu');
const MARK_BEFORE_HAN = new RegExp(`${SPACE}*([,;?!])${SPACE}*(?=${HAN})`, 'gu');
const COLON_AFTER_HAN = new RegExp(`(${HAN})${SPACE}*:(?!//)${SPACE}*`, 'gu');
const STOP_AFTER_HAN = new RegExp(`(${HAN_OR_CLOSE})\\.(?=$|${SPACE}|${HAN})`, 'gmu');
const SPACE_BEFORE_MARK = new RegExp(`(?<=\\S)${SPACE}+(?=[，。；：？！、）》」』”’】])`, 'gu');
const SPACE_AFTER_MARK = new RegExp(`(?<=[（《「『“‘【，。；：？！、])${SPACE}+(?=\\S)`, 'gu');
const INDENT_BEFORE_HAN = new RegExp(`^${SPACE}+(?=[\\p{Script=Han}“‘（《「【])`, 'u');

/** "红领筑建 ,清廉筑基" → "红领筑建，清廉筑基"; "来源:工程部" → "来源：工程部". Not inside numbers or URLs. */
function fullWidthPunctuation(text: string): string {
  return text
    .replace(MARK_AFTER_HAN, (_m, before: string, mark: string) => `${before}${FULL_WIDTH[mark]}`)
    .replace(MARK_BEFORE_HAN, (_m, mark: string) => FULL_WIDTH[mark] ?? mark)
    .replace(COLON_AFTER_HAN, '$1：')
    .replace(STOP_AFTER_HAN, '$1。')
    .replace(/\(([^()\n]{0,80})\)/g, (match, inner: string, offset: number, whole: string) => {
      const before = whole.slice(Math.max(0, offset - 1), offset);
      return /\p{Script=Han}/u.test(inner) || /\p{Script=Han}/u.test(before) ? `（${inner}）` : match;
    });
}

/** No spaces hugging full-width punctuation: "清廉 ， 筑基" → "清廉，筑基". */
function tightenAroundPunctuation(text: string): string {
  return text.replace(SPACE_BEFORE_MARK, '').replace(SPACE_AFTER_MARK, '');
}

/** Paragraph indents ("\u3000\u3000为进一步…", full-width or before Chinese) go; indents before bullets stay. Runs of spaces become one. */
function tidySpaces(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]*[\u3000\u00a0][ \t\u3000\u00a0]*/, '')
        .replace(INDENT_BEFORE_HAN, '')
        .replace(/(\S)[ \t\u00a0\u3000]{2,}(?=\S)/g, (_m, before: string) => `${before}${_m.includes('\u3000') ? '\u3000' : ' '}`),
    )
    .join('\n');
}

export function normalizePunctuation(text: string): string {
  return tightenAroundPunctuation(fullWidthPunctuation(tidySpaces(halfWidthAlphanumerics(text))));
}
