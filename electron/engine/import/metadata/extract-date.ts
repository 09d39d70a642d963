import { DATE_SOURCE, firstDate } from './dates';
import { headLines, tailLines } from './text-lines';

/** Labels in order of trust: an explicit 发布日期 beats a generic 日期/时间. */
const LABELS = [
  String.raw`(?:发布日期|发布时间|发表日期|发表时间|发稿时间|公开日期|印发日期|發布日期|發佈日期|發布時間|發佈時間|發表時間)`,
  String.raw`(?:成文日期|发文日期|签发日期)`,
  String.raw`(?:日\s*期|时\s*间|時\s*間|更新时间)`,
];
const NEWSPAPER = new RegExp(`${DATE_SOURCE}\\s*(?:星期|周|礼拜|禮拜)[一二三四五六日天]|${DATE_SOURCE}.{0,20}(?:第\\s*\\d+\\s*版|\\d{2,5}\\s*版)|(?:第\\s*\\d+\\s*版|\\d{2,5}\\s*版).{0,20}${DATE_SOURCE}`);
const LEADING_DATE = new RegExp(`^${DATE_SOURCE}`);
const SIGNATURE_DATE = new RegExp(`(?:^|\\s)[（(]?${DATE_SOURCE}[）)]?$`);
/** Site clocks ("今天是：2024年11月20日 星期三") show the day the page was saved, not published. */
const CLOCK = /今天是|今日是|现在是|当前时间|欢迎/;

function labelled(area: string): string | null {
  for (const label of LABELS) {
    const match = new RegExp(`${label}\\s*[:：]\\s*(${DATE_SOURCE})`).exec(area);
    const iso = match ? firstDate(match[1] ?? '') : null;
    if (iso) return iso;
  }
  return null;
}

/**
 * 发布日期 from, in order: a labelled date ("发布日期：2024-11-15"), a newspaper date line
 * ("2023年06月02日 星期五"), a date opening the text, a date closing a signature block.
 */
export function extractDate(text: string, headerText = ''): string | null {
  const head = headLines(text, 20);
  const tail = tailLines(text, 8);
  const fromLabel = labelled(`${headerText}\n${head.join('\n')}\n${tail.join('\n')}`);
  if (fromLabel) return fromLabel;
  for (const line of [...headLines(headerText, 10), ...head.slice(0, 8)]) {
    const match = CLOCK.test(line) ? null : NEWSPAPER.exec(line);
    if (match) return firstDate(match[0]);
  }
  for (const line of [...headLines(headerText, 6), ...head.slice(0, 4)]) {
    if (LEADING_DATE.test(line) && !CLOCK.test(line)) return firstDate(line);
  }
  for (const line of [...tail].reverse()) {
    if (SIGNATURE_DATE.test(line) && line.length <= 60) return firstDate(line.slice(-20));
  }
  return null;
}
