import { headLines } from './text-lines';

/** 温住建〔2022〕35号 and its variants: [2022], ［2022］, (2022), （2022）, 【2022】. */
const DOC_NUMBER = /([\p{Script=Han}]{1,12})\s*[〔[［(（【]\s*((?:19|20)\d{2})\s*[〕\]］)）】]\s*(\d{1,4})\s*号/u;
const LABELLED = /(?:发文字号|文\s*号|文件编号|發文字號)\s*[:：]\s*([^\n]{4,40})/;

function normalize(match: RegExpExecArray): string {
  return `${match[1]}〔${match[2]}〕${Number(match[3])}号`;
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
  }
  return null;
}

export function normalizeDocNumber(value: string): string {
  const match = DOC_NUMBER.exec(value);
  return match ? normalize(match) : value.trim();
}
