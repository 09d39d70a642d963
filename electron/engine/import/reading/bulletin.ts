import { findDates } from '../metadata/dates';
import type { SourceLine } from './source-lines';

/**
 * The frame of a 工作简报 (bulletin) as bureaus and companies print it: the masthead ("党建工作简报",
 * "红色工地建设专报", set large and red), the issue ("第9期", "（总第32期）") under it, and a line naming who
 * compiled it and when ("某局机关党委编 2024年10月18日"). Frame, not text: the headline of the item
 * stands under it.
 */
export interface BulletinFrame {
  lines: number[];
  masthead: string;
  /** The issue's date from the compiler's line. */
  date: string | null;
}

const MASTHEAD = /^[\p{Script=Han}“”]{2,16}(?:简报|簡報|专报|專報|快报|快報|工作通讯|信息专刊)$/u;
const ISSUE = /^[（(]?\s*(?:第\s*[\d一二三四五六七八九十百〇零]{1,4}\s*期|总第\s*\d{1,4}\s*期)(?:\s*[（(]?\s*总第\s*\d{1,4}\s*期\s*[）)]?)?\s*[）)]?$/;
/** "某局机关党委编 2024年10月18日", "编印：某局办公室  2024年5月6日", "主办：某局  二〇二四年五月". */
const COMPILER = /^(?:(?:编印|编发|主办|编)\s*[:：]?\s*)?[\p{Script=Han}（）()]{3,40}?(?:编印|编发|编|主办|印发)\s+.{0,4}\d{4}\s*年/u;

const compact = (text: string): string => text.replace(/[\s\u3000]+/g, '');

export function findBulletinFrame(lines: readonly SourceLine[], head: readonly number[]): BulletinFrame | null {
  const top = head.slice(0, 6);
  for (const [at, index] of top.entries()) {
    const masthead = compact(lines[index]?.text ?? '');
    if (!MASTHEAD.test(masthead)) continue;
    const next = top[at + 1];
    // The issue number is what tells a bulletin's masthead from a headline that ends in 简报.
    if (next === undefined || !ISSUE.test(compact(lines[next]?.text ?? ''))) continue;
    const frame: BulletinFrame = { lines: [index, next], masthead, date: null };
    const compiler = top[at + 2];
    const text = (lines[compiler ?? -1]?.text ?? '').trim();
    if (compiler !== undefined && text.length <= 60 && !/[。！？]/.test(text) && (COMPILER.test(text) || (findDates(text).length === 1 && compact(text).length <= 14))) {
      frame.lines.push(compiler);
      frame.date = findDates(text)[0]?.iso ?? null;
    }
    return frame;
  }
  return null;
}
