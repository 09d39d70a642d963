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

const MASTHEAD = /^[\p{Script=Han}“”]{2,16}(?:简报|簡報|简讯|簡訊|专报|專報|快报|快報|工作通讯|通讯|通訊|信息专刊|专刊|專刊|内刊|內刊|动态|動態|周报|月报)$/u;
/** An issue's contents on its first page ("本期目录" and its numbered items): the bulletin's, not the item's text. */
const CONTENTS_LABEL = /^(?:本期)?(?:目录|目錄|要目)$/;
const CONTENTS_ITEM = /^(?:\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,2}\s*[、.．]|[（(]\s*\d{1,2}\s*[）)]|[·•▪■◆●]|【[^】]{2,8}】)\s*\S.{1,48}$/u;
const ISSUE = /^[（(]?\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:第\s*[\d一二三四五六七八九十百〇零]{1,4}\s*期|总第\s*\d{1,4}\s*期)(?:\s*[（(]?\s*总第\s*\d{1,4}\s*期\s*[）)]?)?\s*[）)]?$/;
/** "某局机关党委编 2024年10月18日", "编印：某局办公室  2024年5月6日", "主办：某局  二〇二四年五月". */
const COMPILER = /^(?:(?:编印|编发|主办|编)\s*[:：]?\s*)?[\p{Script=Han}（）()]{3,40}?(?:编印|编发|编|主办|印发)\s+.{0,4}\d{4}\s*年/u;

/** The compiler named alone ("某区住建局党建办编"), its date on the next line. */
const COMPILER_ALONE = /^(?:(?:编印|编发|主办)\s*[:：]\s*)?[\p{Script=Han}（）()]{3,40}?(?:编印|编发|编|主办)$/u;
/** A rule printed under the masthead: a line of ━, ─, ═, — or = alone. */
const RULE_LINE = /^[━─═—=＝_＿\-~～*＊·•]{6,}$/u;
/** The 版记 a bulletin closes with: who it goes to ("报：市住建局党组。", "报：…；送：…；发：…"). */
const DISTRIBUTION = /^(?:报|送|发|抄报|抄送|分送|报送)\s*[:：]/u;

const compact = (text: string): string => text.replace(/[\s\u3000]+/g, '');
const isDateAlone = (text: string): boolean => findDates(text).length === 1 && compact(text).length <= 14 && !/[。！？]/.test(text);

export function findBulletinFrame(lines: readonly SourceLine[], head: readonly number[]): BulletinFrame | null {
  const top = head.slice(0, 6);
  for (const [at, index] of top.entries()) {
    const masthead = compact(lines[index]?.text ?? '');
    // A bulletin's own name ("某区住建党建") set large over its issue number in a Word file or a PDF is its masthead too
    // (a page's short heading over a "第3期" is a series' headline more often).
    const setLarge = (lines[index]?.scale ?? 1) >= 1.5 && lines[index]?.page !== undefined && /^[\p{Script=Han}“”]{2,16}$/u.test(masthead);
    if (!MASTHEAD.test(masthead) && !setLarge) continue;
    const next = top[at + 1];
    // The issue number is what tells a bulletin's masthead from a headline that ends in 简报.
    if (next === undefined || !ISSUE.test(compact(lines[next]?.text ?? ''))) continue;
    const frame: BulletinFrame = { lines: [index, next], masthead, date: null };
    const compiler = top[at + 2];
    const text = (lines[compiler ?? -1]?.text ?? '').trim();
    if (compiler !== undefined && text.length <= 60 && !/[。！？]/.test(text) && (COMPILER.test(text) || isDateAlone(text))) {
      frame.lines.push(compiler);
      frame.date = findDates(text)[0]?.iso ?? null;
    } else if (compiler !== undefined && COMPILER_ALONE.test(compact(text))) {
      frame.lines.push(compiler);
      const dated = head[head.indexOf(compiler) + 1];
      if (dated !== undefined && isDateAlone(lines[dated]?.text ?? '')) {
        frame.lines.push(dated);
        frame.date = findDates(lines[dated]?.text ?? '')[0]?.iso ?? null;
      }
    }
    const takeRule = () => {
      const below = lines.findIndex((line, index) => index > (frame.lines.at(-1) as number) && compact(line.text) !== '');
      if (below >= 0 && RULE_LINE.test(compact(lines[below]?.text ?? ''))) frame.lines.push(below);
    };
    takeRule();
    // The issue's contents under the masthead, closed by another rule or by the first item's headline.
    const label = lines.findIndex((line, index) => index > (frame.lines.at(-1) as number) && compact(line.text) !== '');
    if (label >= 0 && CONTENTS_LABEL.test(compact(lines[label]?.text ?? ''))) {
      frame.lines.push(label);
      for (let index = label + 1; index < lines.length && index <= label + 20; index += 1) {
        const text = (lines[index]?.text ?? '').trim();
        if (text === '') continue;
        if (!CONTENTS_ITEM.test(text) || /[。！？]$/.test(text)) break;
        frame.lines.push(index);
      }
      takeRule();
    }
    return frame;
  }
  return null;
}

/** The print run under a bulletin's 版记: "（共印30份）", "共印发50份". */
const PRINT_RUN = /^[（(]?共印(?:发)?[\d一二三四五六七八九十百]+份[）)]?$/u;

/** The distribution lines closing a bulletin (报：…，送：…，发：…, with its print run and rules): its 版记, not the item's text. */
export function findBulletinDistribution(lines: readonly SourceLine[], live: readonly number[]): number[] {
  const found: number[] = [];
  let distribution = 0;
  for (let at = live.length - 1; at >= 0 && found.length < 6; at -= 1) {
    const index = live[at] as number;
    const text = compact(lines[index]?.text ?? '');
    if (text === '') continue;
    const listed = DISTRIBUTION.test(text) && text.length <= 80;
    if (!listed && !PRINT_RUN.test(text) && !RULE_LINE.test(text)) break;
    if (listed) distribution += 1;
    found.push(index);
  }
  return distribution > 0 ? found : [];
}
