import { DATE_SOURCE } from './dates';
import { organizationsOnLine } from './organizations';
import { nonEmptyLines } from './text-lines';

const SIGNATURE_DATE = new RegExp(`^[（(]?${DATE_SOURCE}[）)]?$`);
/** 发文机关 + 关于 + 事由 + 文种; a forwarding notice puts 转发 where 关于 goes (某区住建局转发市住建局关于…的通知). */
const TITLE_PREFIX = /^(.{4,80}?)(?:关于|转发|轉發)/;

/** The body or bodies signing the document: the lines right above the closing date. */
export function signatureOrganizations(text: string): string[] {
  const lines = nonEmptyLines(text.slice(-3000)).slice(-12);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    if (!SIGNATURE_DATE.test(lines[index] ?? '')) continue;
    const names: string[] = [];
    for (let above = index - 1; above >= Math.max(0, index - 4); above -= 1) {
      const found = organizationsOnLine(lines[above] ?? '');
      if (found.length === 0) break;
      names.unshift(...found);
    }
    return names;
  }
  return [];
}

/** "温州市住房和城乡建设局关于…的通知" → 温州市住房和城乡建设局 (joint notices: every body named). */
export function titleOrganizations(title: string): string[] {
  const match = TITLE_PREFIX.exec(title.trim());
  // "关于转发《某局关于…》": the name inside the 书名号 is the forwarded document's issuer, not this one's.
  if (!match || /关于|关於|《|“/.test(match[1] ?? '')) return [];
  return organizationsOnLine(match[1] ?? '');
}
