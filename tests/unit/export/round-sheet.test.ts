import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { roundSheetBytes } from '../../../electron/engine/export/sheets/sheet-service';
import { XLSX_MIME_TYPE } from '../../../shared/model/sheet';
import { withTempLibrary } from '../../helpers/temp-library';
import { EXPECTED, REVIEWERS, threeReviewerRound } from './round-sheet-fixtures';

let library: Library;
let cleanup: () => void;
beforeEach(() => {
  ({ library, cleanup } = withTempLibrary());
});
afterEach(() => cleanup());

async function readBack(contentBase64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(Buffer.from(contentBase64, 'base64')).buffer);
  const sheet = workbook.getWorksheet('评审汇总表');
  if (!sheet) throw new Error('no sheet 评审汇总表');
  return sheet;
}

const text = (cell: ExcelJS.Cell) => String(cell.value ?? '');
const formulaOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).formula;
const resultOf = (cell: ExcelJS.Cell) => {
  const result = (cell.value as ExcelJS.CellFormulaValue).result;
  return result === '' || result === undefined ? null : result;
};

describe('评审汇总表 (rounds.sheet)', () => {
  it('writes one row per case in rank order, scores per reviewer and criterion, totals, average, spread and rank as formulas with their results', async () => {
    const { round, ids } = await threeReviewerRound(library);
    const made = await roundSheetBytes(library, round.id);
    expect(made.fileName).toBe('2025年度红色工地十大典型案例评选评审汇总表.xlsx');
    expect(made.mimeType).toBe(XLSX_MIME_TYPE);
    expect(made.rows).toBe(4);
    const sheet = await readBack(made.contentBase64);

    expect(text(sheet.getCell('A1'))).toBe('2025年度红色工地十大典型案例评选评审汇总表');
    expect(text(sheet.getCell('A2'))).toContain('年度：2025');
    expect(text(sheet.getCell('A2'))).toContain('党建引领 60%、成效实绩 40%');
    expect(['A3', 'B3', 'C3', 'D3', 'E3'].map((ref) => text(sheet.getCell(ref)))).toEqual(['序号', '案例名称', '申报单位', '地区', '阶段']);
    // Reviewer groups of three columns (two criteria and 总分), from F.
    expect([text(sheet.getCell('F3')), text(sheet.getCell('I3')), text(sheet.getCell('L3'))]).toEqual(REVIEWERS.map((name) => `评委：${name}`));
    expect([text(sheet.getCell('F4')), text(sheet.getCell('G4')), text(sheet.getCell('H4'))]).toEqual(['党建引领', '成效实绩', '总分']);
    expect([sheet.getCell('F5').value, sheet.getCell('G5').value]).toEqual([60, 40]);
    expect(formulaOf(sheet.getCell('I5'))).toBe('F$5');
    expect(['O3', 'P3', 'Q3', 'R3'].map((ref) => text(sheet.getCell(ref)))).toEqual(['平均分', '极差', '排名', '编号']);

    const order = ['xuexiao', 'anzhi', 'shizheng', 'anzhiAgain'] as const;
    order.forEach((key, index) => {
      const row = sheet.getRow(6 + index);
      const expected = EXPECTED[key];
      expect(row.getCell(1).value).toBe(index + 1);
      expect(text(row.getCell(18))).toBe(ids[key]);
      expect(text(row.getCell(4))).toBe(expected.region);
      expect(text(row.getCell(5))).toBe(expected.stage);
      expect(resultOf(row.getCell(15))).toBe(expected.average);
      expect(resultOf(row.getCell(16))).toBe(expected.spread);
      expect(resultOf(row.getCell(17))).toBe(expected.rank);
    });
    // 安置 (row 7): the scores as typed and each reviewer's weighted total.
    expect([6, 7, 9, 10, 12, 13].map((column) => sheet.getRow(7).getCell(column).value)).toEqual([90, 80, 80, 70, 85, 85]);
    expect([8, 11, 14].map((column) => resultOf(sheet.getRow(7).getCell(column)))).toEqual([86, 76, 85]);
    expect(formulaOf(sheet.getCell('H7'))).toBe('IF(COUNT(F7:G7)<2,"",ROUND(SUMPRODUCT(F7:G7,$F$5:$G$5)/SUM($F$5:$G$5),2))');
    expect(formulaOf(sheet.getCell('O7'))).toBe('IF(COUNT(H7,K7,N7)=0,"",ROUND(AVERAGE(H7,K7,N7),2))');
    expect(formulaOf(sheet.getCell('P7'))).toBe('IF(COUNT(H7,K7,N7)<2,"",ROUND(MAX(H7,K7,N7)-MIN(H7,K7,N7),2))');
    expect(formulaOf(sheet.getCell('Q7'))).toContain('COUNTIFS($O$6:$O$9,">"&O7,$E$6:$E$9,"<>未入选")+1');
    // 学校: 李评审 scored one criterion only, so no total of theirs counts.
    expect(sheet.getCell('I6').value).toBe(88);
    expect(sheet.getCell('J6').value).toBeNull();
    expect(resultOf(sheet.getCell('K6'))).toBeNull();

    // Checks: 入选 2 of 3; 温州市 has 2 against a maximum of 1.
    expect(text(sheet.getCell('B11'))).toBe('入选数量');
    expect(formulaOf(sheet.getCell('C11'))).toBe('COUNTIF($E$6:$E$9,"入选")');
    expect(resultOf(sheet.getCell('C11'))).toBe(2);
    expect(resultOf(sheet.getCell('F11'))).toBe('还差 1 个');
    expect(['B13', 'C13', 'D13', 'E13', 'F13'].map((ref) => text(sheet.getCell(ref)))).toEqual(['地区名额', '入选数', '最少', '最多', '检查']);
    expect(text(sheet.getCell('B14'))).toBe('温州市');
    expect(formulaOf(sheet.getCell('C14'))).toBe('COUNTIFS($D$6:$D$9,B14,$E$6:$E$9,"入选")');
    expect(resultOf(sheet.getCell('C14'))).toBe(2);
    expect(sheet.getCell('E14').value).toBe(1);
    expect(resultOf(sheet.getCell('F14'))).toBe('超出名额');

    // Frozen header and case names, A4 landscape fit to one page wide.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(24);
  });

  it('agrees with the round as the app ranks it', async () => {
    const { round } = await threeReviewerRound(library);
    const sheet = await readBack((await roundSheetBytes(library, round.id)).contentBase64);
    round.submissions.forEach((submission, index) => {
      const row = sheet.getRow(6 + index);
      expect(text(row.getCell(2))).toBe(submission.document.title);
      expect(resultOf(row.getCell(15))).toBe(submission.score);
      expect(resultOf(row.getCell(17))).toBe(submission.rank);
    });
  });

  it('refuses a round that does not exist', async () => {
    await expect(roundSheetBytes(library, 'no-such-round')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
