import { readInfoLine } from '../import/reading/info-line';
import { NUMBERED } from '../import/reading/line-features';
import { findEditionFrame } from '../import/reading/news';
import { linesOfPlainText } from '../import/reading/source-lines';

/**
 * A document's text may still open with the page's own info line (“发布日期：2024-07-16 信息来源：
 * 党群工作部 作者：王佳怡”, “来源：X 发布时间：Y”) or a newspaper's edition line (“温州日报 2022年7月15日
 * 第00012版”), right under the 来源/发布日期 line the export prints from the record. Such a line is left
 * out only when everything it says is printed already, so no fact is lost with it.
 */

/** Which facts the line printed under the title gives. */
export interface PrintedInfo {
  source: boolean;
  date: boolean;
  author: boolean;
  docNumber: string | null;
}

const MAX_INFO_LINE_CHARS = 120;

const compact = (text: string) => text.replace(/[\s\u3000]+/g, '');

export function repeatsPrintedInfo(paragraph: string, printed: PrintedInfo): boolean {
  const line = paragraph.trim();
  if (line.includes('\n') || line.length > MAX_INFO_LINE_CHARS || NUMBERED.test(line)) return false;
  if (printed.docNumber && compact(line) === compact(printed.docNumber)) return true;
  const edition = findEditionFrame(linesOfPlainText(line), [0]);
  if (edition) return (edition.paper === null || printed.source) && (edition.date === null || printed.date);
  const info = readInfoLine(line);
  if (!info) return false;
  const { fields } = info;
  const says = Boolean(fields.source || fields.issuer || fields.date || fields.writtenDate || fields.docNumber || fields.author?.length);
  return (
    says &&
    (!(fields.source || fields.issuer) || printed.source) &&
    (!(fields.date || fields.writtenDate) || printed.date) &&
    (!fields.author?.length || printed.author) &&
    (!fields.docNumber || printed.docNumber !== null)
  );
}
