import { headLines } from './text-lines';

/** 温住建〔2022〕35号 and its variants: [2022], ［2022］, (2022), （2022）, 【2022】. */
const DOC_NUMBER = /([\p{Script=Han}]{1,12})\s*[〔[［(（【]\s*((?:19|20)\d{2})\s*[〕\]］)）】]\s*(\d{1,4})\s*([号號])/u;
const LABELLED = /(?:发文字号|文\s*号|文件编号|發文字號)\s*[:：]\s*([^\n]{4,40})/;

/** 义乌市住房和城乡建设局公告（2025年第3号）, （2025年第3号）, 第3号: a 公告's number on a line of its own. */
const NOTICE_NUMBER = /^(?:\p{Script=Han}{2,40}?(?:公告|通告))?\s*[（(]?\s*(?:((?:19|20)\d{2})\s*年\s*)?第\s*(\d{1,4})\s*号\s*[）)]?$/u;

// The year's brackets become GB/T 9704's 〔〕 on purpose: one form to search and to compare.
function normalize(match: RegExpExecArray): string {
  // (號 stays in a document written in traditional characters.)
  return `${match[1]}〔${match[2]}〕${Number(match[3])}${match[4] ?? '号'}`;
}

/** The 文号 a whole line is: 温住建〔2022〕35号 or a 公告's 2025年第3号. */
function numberLine(line: string): string | null {
  const match = DOC_NUMBER.exec(line);
  if (match && match.index === 0 && match[0].length === line.length) return normalize(match);
  const notice = NOTICE_NUMBER.exec(line);
  if (!notice) return null;
  return notice[1] ? `${notice[1]}年第${Number(notice[2])}号` : `第${Number(notice[2])}号`;
}

/** The 文号 opening a line before its other fields ("某住建联发〔2025〕3号 发布时间：…"), normalised. */
export function openingDocNumber(line: string): string | null {
  const first = line.trim().split(/[\s\u3000]+/)[0] ?? '';
  const match = DOC_NUMBER.exec(first);
  return match && match.index === 0 && match[0].length === first.length ? normalize(match) : null;
}

/**
 * 发文字号 from a labelled value or a line that starts with one near the top. Numbers cited inside a
 * paragraph ("根据《…》（浙建〔2021〕5号）") are other documents' and are not taken.
 */
export function extractDocNumber(text: string, headerText = ''): string | null {
  const labelled = LABELLED.exec(`${headerText}\n${text.slice(0, 3000)}`);
  const fromLabel = labelled ? DOC_NUMBER.exec(labelled[1] ?? '') : null;
  if (fromLabel) return normalize(fromLabel);
  for (const line of headLines(text, 12)) {
    const match = DOC_NUMBER.exec(line);
    if (match && match.index === 0) return normalize(match);
    const notice = NOTICE_NUMBER.test(line) ? numberLine(line) : null;
    if (notice) return notice;
  }
  return null;
}

/**
 * A page's 文号 written with its headline: after it on the same line (关于…的通知 神住建（2025）12号)
 * or on a line of its own right under it (…公告（2025年第3号）), or first on the info line under it. `lines` are the page's lines,
 * `headline` the one the page marks as its title.
 */
export function docNumberWithHeadline(lines: readonly string[], headline: string | null): string | null {
  if (!headline) return null;
  const at = lines.findIndex((line) => line.trim() === headline.trim());
  if (at < 0) return null;
  const tail = /\s(\S+)$/.exec(headline.trim())?.[1];
  const afterHeadline = tail ? numberLine(tail) : null;
  if (afterHeadline) return afterHeadline;
  for (const line of lines.slice(at + 1, at + 3)) {
    // The line alone, or the first item of an info line (赛住建联发〔2025〕3号\u3000\u3000发布时间：2025-05-08).
    const number = numberLine(line.trim()) ?? numberLine(line.trim().split(/[\s\u3000]+/)[0] ?? '');
    if (number) return number;
  }
  return null;
}

export function normalizeDocNumber(value: string): string {
  const match = DOC_NUMBER.exec(value);
  return match ? normalize(match) : value.trim();
}
