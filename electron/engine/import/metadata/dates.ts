/** Dates as staff see them written, read into YYYY-MM-DD. Only real calendar days are returned. */

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1949 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** 二〇二二 → 2022; 十二 → 12; 二十四 → 24. */
function chineseNumber(text: string, positional: boolean): number {
  if (positional) return Number([...text].map((ch) => CN_DIGITS[ch] ?? 0).join(''));
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const tensValue = text.includes('十') ? (tens ? (CN_DIGITS[tens] ?? 0) : 1) : 0;
  return tensValue * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}

const ARABIC_CN = String.raw`(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`;
const NUMERIC = String.raw`(?<!\d)(\d{4})\s*([-/.．])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)`;
/** "2024-05/21": how some 数字报 systems print an edition's date (their folder names). */
const EDITION_PATH = String.raw`(?<!\d)(\d{4})-(\d{1,2})/(\d{1,2})(?![\d/])`;
const CHINESE = String.raw`([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日`;

/** Source of a regex that matches one written date (no capture groups of its own). */
export const DATE_SOURCE = String.raw`(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*[-/.．]\s*\d{1,2}\s*[-/.．]\s*\d{1,2}(?!\d)|[〇零○Ｏ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)`;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** Every valid date in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const patterns: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [new RegExp(ARABIC_CN, 'g'), (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3]))],
    [new RegExp(NUMERIC, 'g'), (m) => isoDate(Number(m[1]), Number(m[3]), Number(m[4]))],
    [new RegExp(EDITION_PATH, 'g'), (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3]))],
    [new RegExp(CHINESE, 'g'), (m) => isoDate(chineseNumber(m[1] ?? '', true), chineseNumber(m[2] ?? '', false), chineseNumber(m[3] ?? '', false))],
  ];
  for (const [pattern, read] of patterns) {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const iso = read(match);
      if (iso) found.push({ iso, index: match.index, length: match[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function firstDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}
