import { DATE_SOURCE } from './dates';
import { META_LABEL } from './text-lines';

const DATE_LINE = new RegExp(`^[（(]?${DATE_SOURCE}`);
const NEWSPAPER_LINE = /第\s*\d+\s*版|\d{2,5}\s*版|星期[一二三四五六日天]/;
const DOC_NUMBER_LINE = /^[\p{Script=Han}]{1,12}\s*[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*号/u;
const RED_HEADER = /文件$/;
const TITLE_END = /(通知|方案|意见|办法|规定|决定|细则|计划|通报|案例|报告|总结|纪实|侧记|做法)$/;
const MAX_TITLE = 80;

function isTitleCandidate(line: string): boolean {
  if (line.length < 4 || line.length > MAX_TITLE) return false;
  if (META_LABEL.test(line) || DATE_LINE.test(line) || DOC_NUMBER_LINE.test(line)) return false;
  if (NEWSPAPER_LINE.test(line) && line.length <= 40 && !TITLE_END.test(line)) return false;
  if (RED_HEADER.test(line) && line.length <= 30) return false;
  if (/[：:]$/.test(line) || /^各/.test(line) || /^[—\-_=*·•.。\s]+$/.test(line)) return false;
  if (/^(?:•|\d{1,2}\.\s)/.test(line) || line.includes(' | ')) return false;
  return true;
}

/** Pages and copied pages put the title right above their date/source line. */
function lineAboveInfo(lines: string[]): number {
  const info = lines.findIndex((line) => META_LABEL.test(line) && /发布|时间|日期|来源|來源|作者/.test(line));
  return info > 0 && isTitleCandidate(lines[info - 1] ?? '') ? info - 1 : -1;
}

/**
 * The title written at the top of a text: the line right above the date/source line, else the first
 * line that is not a date, source, 文号, red header, list item or table row. A policy title broken over two lines ("…关于深化“红色工地”" / "党建品牌建设的实施方案") is joined.
 */
export function titleFromText(text: string): string | null {
  const lines = text.split('\n').slice(0, 40).map((line) => line.trim()).filter(Boolean).slice(0, 10);
  const above = lineAboveInfo(lines);
  const index = above >= 0 ? above : lines.findIndex(isTitleCandidate);
  if (index < 0) {
    const first = lines[0];
    return first ? (first.length <= MAX_TITLE ? first : `${first.slice(0, 60)}…`) : null;
  }
  const line = lines[index] ?? '';
  const next = lines[index + 1];
  if (next && !TITLE_END.test(line) && !/[。！？；，]$/.test(line) && TITLE_END.test(next) && line.length + next.length <= MAX_TITLE && !META_LABEL.test(next)) {
    return line + next;
  }
  return line;
}

const key = (value: string): string => value.replace(/\s+/g, '');

/** The text without its title line(s) near the top: the title is shown above the text already. */
export function withoutTitleLines(text: string, title: string): string {
  const lines = text.split('\n');
  const wanted = key(title);
  let seen = 0;
  for (let index = 0; index < lines.length && seen < 8; index += 1) {
    const line = key(lines[index] ?? '');
    if (!line) continue;
    seen += 1;
    if (line === wanted) return [...lines.slice(0, index), ...lines.slice(index + 1)].join('\n').trim();
    const nextIndex = lines.findIndex((candidate, at) => at > index && candidate.trim() !== '');
    if (nextIndex > 0 && wanted.startsWith(line) && line + key(lines[nextIndex] ?? '') === wanted) {
      return [...lines.slice(0, index), ...lines.slice(nextIndex + 1)].join('\n').trim();
    }
  }
  return text;
}
