import { isProseLine, NUMBERED } from './line-features';
import type { SourceLine } from './source-lines';

/**
 * Running headers and footers in text copied out of a paginated file (a PDF viewer's copy, a booklet pasted page by
 * page): the same short line comes back right after each page number ("— 2 —", then 城西区住房和城乡建设局) or right
 * before it ("赛罕区住房和城乡建设局编印", then "— 1 —"). The first page's header stands at the very top. Found only
 * beside page numbers and only when repeated, so a 落款 or a heading that happens to sit near one page number stays.
 */

const MAX_RUNNING_LENGTH = 40;

const compact = (text: string): string => text.replace(/[\s\u3000]+/gu, '');

function nextFilled(lines: readonly SourceLine[], from: number, step: 1 | -1): number | null {
  for (let index = from; index >= 0 && index < lines.length; index += step) if (compact(lines[index]?.text ?? '') !== '') return index;
  return null;
}

function repeated(lines: readonly SourceLine[], candidates: readonly (number | null)[], rules: readonly (string | null)[]): number[] {
  const byText = new Map<string, number[]>();
  for (const index of candidates) {
    if (index === null || rules[index]) continue;
    const text = lines[index]?.text ?? '';
    const key = compact(text);
    if (key.length < 4 || key.length > MAX_RUNNING_LENGTH || isProseLine(text) || /[。！？；]/u.test(text)) continue;
    const at = byText.get(key) ?? [];
    if (!at.includes(index)) at.push(index);
    byText.set(key, at);
  }
  return [...byText.values()].filter((at) => at.length >= 2).flat();
}

/**
 * A short line right after a page number where the page cut a sentence ("…站排头", "— 3 —", 某某经验汇编, "、当先锋。"): no
 * heading stands inside a sentence, so it is the page's header, though it comes back only once.
 */
function insideCutSentences(lines: readonly SourceLine[], folios: readonly number[], rules: readonly (string | null)[]): number[] {
  return folios.flatMap((folio) => {
    const before = nextFilled(lines, folio - 1, -1);
    const header = nextFilled(lines, folio + 1, 1);
    if (before === null || header === null || rules[header]) return [];
    const cut = lines[before]?.text.trim() ?? '';
    const text = lines[header]?.text ?? '';
    const key = compact(text);
    const cutMidSentence = isProseLine(cut) && !/[。！？：；…”’」』）)]$/u.test(cut);
    return cutMidSentence && key.length >= 4 && key.length <= MAX_RUNNING_LENGTH && !isProseLine(text) && !/[。！？；，：:]/u.test(text) && !NUMBERED.test(text.trim()) ? [header] : [];
  });
}

/** The lines that run over or under the pages, given each line's chrome rule so far ('page-number' marks a folio). */
export function runningLinesAroundFolios(lines: readonly SourceLine[], rules: readonly (string | null)[]): number[] {
  const folios = rules.flatMap((rule, index) => (rule === 'page-number' ? [index] : []));
  if (folios.length === 0) return [];
  const headers = [nextFilled(lines, 0, 1), ...folios.map((folio) => nextFilled(lines, folio + 1, 1))];
  const footers = folios.map((folio) => nextFilled(lines, folio - 1, -1));
  return [...repeated(lines, headers, rules), ...repeated(lines, footers, rules), ...insideCutSentences(lines, folios, rules)];
}
