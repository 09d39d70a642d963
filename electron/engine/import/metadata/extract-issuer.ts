import { DATE_SOURCE } from './dates';
import { organizationsOnLine } from './organizations';
import { nonEmptyLines } from './text-lines';

const LABELLED = /(?:发文机关|发文单位|发布机构|发布单位|印发机关|發文機關|發布機構)\s*[:：]\s*([^\s\u3000|｜]{4,40})/;
const SIGNATURE_DATE = new RegExp(`^[（(]?${DATE_SOURCE}[）)]?$`);
const TITLE_PREFIX = /^(.{4,80}?)关于/;
const RED_HEADER = /^(.{4,40}?)文件$/;

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
  return match ? organizationsOnLine(match[1] ?? '') : [];
}

/** 发文机关: a labelled value, else the signature block, else the 关于 title prefix, else a red header ("…文件"). */
export function extractIssuer(title: string, text: string, headerText = ''): string | null {
  const labelled = LABELLED.exec(`${headerText}\n${text.slice(0, 3000)}`);
  if (labelled?.[1] && organizationsOnLine(labelled[1]).length > 0) return labelled[1];
  const fromSignature = signatureOrganizations(text);
  if (fromSignature.length > 0) return fromSignature.join('、');
  const fromTitle = titleOrganizations(title);
  if (fromTitle.length > 0) return fromTitle.join('、');
  const firstLine = nonEmptyLines(text.slice(0, 500))[0] ?? '';
  const red = RED_HEADER.exec(firstLine);
  const fromHeader = red ? organizationsOnLine(red[1] ?? '') : [];
  return fromHeader.length > 0 ? fromHeader.join('、') : null;
}
