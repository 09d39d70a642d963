import { findDates } from '../metadata/dates';
import { hanCount, isProseLine } from './line-features';
import type { SourceLine } from './source-lines';
import { isFormHeading, normalizeTitle } from './title';

/**
 * A 申报表 / 推荐表 as units send their cases in: "附件N", the form's heading, rows of label | value
 * (申报单位, 案例名称, 联系人, ☑ categories), the recommending unit's opinion with its seal and date,
 * 填表说明, sometimes "案例材料" before the write-up. The form is the envelope, not the case: its
 * lines go (the reader shows them under 查看清理掉的内容), and it gives the case's name, the unit
 * and the date the case was signed off. Rows whose value is the write-up itself (基本情况 | …) stay.
 */

export interface SubmissionForm {
  lines: number[];
  caseName: string | null;
  unit: string | null;
  /** The project the case happened on (所属项目, 项目名称): where it is, as a reader of the form takes it. */
  project: string | null;
  /** The date beside the seal of the opinion (推荐意见 … （盖章） 2024年6月10日). */
  date: string | null;
}

const CASE_NAME = /^(?:案例名称|案例标题|案例题目|材料名称|做法名称|典型案例名称)$/;
const PROJECT = /^(?:所属项目|项目名称|依托项目|项目地址|所在项目)$/;
const UNIT = /^(?:申报单位|报送单位|推荐单位|填报单位|申报单位（盖章）|单位名称)$/;
const OPINION = /^(?:推荐(?:单位)?意见|申报单位意见|审核意见|审查意见|主管部门意见|所在单位意见|[\p{Script=Han}]{0,8}党组织意见)$/u;
const SEAL = /[（(]\s*(?:盖章|蓋章|公章|签章|签字盖章)\s*[）)]/;
const INSTRUCTIONS = /^(?:填表说明|填报说明|说明|注)\s*[:：]/;
const WRITE_UP_LABEL = /^(?:案例材料|案例正文|案例内容|典型案例材料|材料正文|正文|案例全文|具体内容)\s*[:：]?$/;
/** "南宁市住房和城乡建设局制": who printed the form. */
const FORM_MAKER = /^[\p{Script=Han}（）()]{4,30}(?:局|厅|委员会|委|办公室|办|中心)\s*制$/u;
const ATTACHMENT_LABEL = /^附\s*件\s*\d{0,2}\s*[:：]?$/;

function cellsOf(text: string): string[] {
  return text.split(/\s*[|｜]\s*/).map((cell) => cell.trim());
}

/** A label cell: a short name of a field, not a sentence. */
function isLabel(cell: string): boolean {
  const squashed = cell.replace(/[\s\u3000]+/g, '');
  return squashed.length >= 2 && squashed.length <= 10 && hanCount(squashed) >= 2 && !/[，。；！？]/.test(squashed);
}

/** A value that is the write-up itself rather than a field of the form. */
function isWriteUp(value: string): boolean {
  return isProseLine(value) && hanCount(value) >= 25 && !SEAL.test(value);
}

export function findSubmissionForm(lines: readonly SourceLine[], standing: readonly number[]): SubmissionForm | null {
  const top = standing.slice(0, 8);
  // (申报材料 and 推荐材料 name a submission in four characters.)
  const headingAt = top.findIndex((index) => isFormHeading(lines[index]?.text ?? '') && hanCount(lines[index]?.text ?? '') >= 4);
  if (headingAt < 0) return null;
  const form: SubmissionForm = { lines: [standing[headingAt] as number], caseName: null, unit: null, project: null, date: null };
  const above = standing[headingAt - 1];
  if (above !== undefined && ATTACHMENT_LABEL.test((lines[above]?.text ?? '').trim())) form.lines.unshift(above);

  let rows = 0;
  for (const index of standing.slice(headingAt + 1)) {
    const text = (lines[index]?.text ?? '').trim();
    const squashed = text.replace(/[\s\u3000]+/g, '');
    if (FORM_MAKER.test(squashed) || INSTRUCTIONS.test(squashed) || (rows > 0 && WRITE_UP_LABEL.test(squashed))) {
      form.lines.push(index);
      continue;
    }
    const cells = cellsOf(text);
    if (cells.length < 2 || !isLabel(cells[0] ?? '')) {
      // The form ends at the first line that is not one of its rows.
      if (rows > 0) break;
      continue;
    }
    rows += 1;
    const label = (cells[0] ?? '').replace(/[\s\u3000]+/g, '');
    const value = cells.slice(1).join(' ').trim();
    if (OPINION.test(label) || SEAL.test(value)) {
      form.date = findDates(value).at(-1)?.iso ?? form.date;
      form.lines.push(index);
      continue;
    }
    if (cells.slice(1).some(isWriteUp)) continue;
    if (CASE_NAME.test(label) && value) form.caseName ??= normalizeTitle(value);
    if (UNIT.test(label) && value) form.unit ??= value.replace(SEAL, '').trim();
    if (PROJECT.test(label) && value) form.project ??= value;
    form.lines.push(index);
  }
  return rows >= 2 ? form : null;
}
