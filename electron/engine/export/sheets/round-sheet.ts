import type ExcelJS from 'exceljs';
import { exceljs } from './load-exceljs';
import { STAGE_LABELS, SPREAD_WARNING, type RankedSubmission, type RoundDetail } from '../../../../shared/model/selection';
import { THIN_BORDER, fitWidth, headerCell, printable, wrappedRowHeight } from './xlsx-layout';

/**
 * 评审汇总表: one row per case in the ranked order, a column per reviewer and criterion, each
 * reviewer's weighted total, the average, the spread (极差) and the rank as Excel formulas, so a clerk
 * who corrects a score, a weight or a stage sees the table follow; below it the 入选 count against the
 * target and, when the round has quotas, each region's 入选 against its quota (COUNTIFS). Cached
 * results are written beside the formulas (computed by ranking.ts, as the app shows them), so a viewer
 * that does not recalculate still shows numbers; Excel and LibreOffice recalculate on opening.
 */

export interface RoundSheetOptions {
  /** Write each formula's result beside it (default). Tests turn it off to see LibreOffice compute them. */
  cachedValues?: boolean;
  /** The date printed under the title; today by default. */
  now?: Date;
}

const FIXED = ['序号', '案例名称', '申报单位', '地区', '阶段'] as const;
const FIRST_DATA_ROW = 6;

/** 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function unitOf(row: RankedSubmission): string {
  return row.document.organization ?? row.document.source ?? row.document.issuer ?? '';
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

type CachedValue = number | string | null;

export function buildRoundSheet(round: RoundDetail, options: RoundSheetOptions = {}): ExcelJS.Workbook {
  const cached = options.cachedValues ?? true;
  const workbook = new (exceljs().Workbook)();
  workbook.creator = '案例库';
  workbook.created = options.now ?? new Date();
  // Excel recalculates every formula on opening, whatever the cached results say.
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheet = workbook.addWorksheet('评审汇总表');

  const criteria = round.criteria;
  const reviewers = round.reviewers;
  const groupWidth = criteria.length + 1;
  const firstScoreColumn = FIXED.length + 1;
  const scoreColumn = (reviewer: number, criterion: number) => firstScoreColumn + reviewer * groupWidth + criterion;
  const totalColumn = (reviewer: number) => firstScoreColumn + reviewer * groupWidth + criteria.length;
  const averageColumn = firstScoreColumn + reviewers.length * groupWidth;
  const spreadColumn = averageColumn + 1;
  const rankColumn = averageColumn + 2;
  const idColumn = averageColumn + 3;
  const lastColumn = idColumn;
  const lastDataRow = FIRST_DATA_ROW + Math.max(round.submissions.length, 1) - 1;
  const L = columnLetter;

  const formula = (cell: ExcelJS.Cell, text: string, result: CachedValue) => {
    cell.value = cached && result !== null ? ({ formula: text, result } as ExcelJS.CellFormulaValue) : cached ? ({ formula: text, result: '' } as ExcelJS.CellFormulaValue) : { formula: text };
  };

  // Title and the round's line.
  sheet.mergeCells(1, 1, 1, lastColumn);
  const title = sheet.getCell(1, 1);
  title.value = `${round.name}评审汇总表`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, lastColumn);
  const rubric = criteria.map((criterion) => `${criterion.name} ${criterion.weight}%`).join('、');
  sheet.getCell(2, 1).value = `年度：${round.year}\u3000评委：${reviewers.join('、') || '（未设置）'}\u3000评分标准：${rubric}（每项 0–100 分，按权重加权，取各评委总分的平均）\u3000导出日期：${isoDay(options.now ?? new Date())}`;
  sheet.getCell(2, 1).alignment = { wrapText: true, vertical: 'middle' };
  sheet.getRow(2).height = 32;

  // Three header rows: the reviewer, the criterion, its weight (the first reviewer's weights are the ones to edit).
  FIXED.forEach((label, index) => {
    sheet.mergeCells(3, index + 1, 5, index + 1);
    headerCell(sheet.getCell(3, index + 1), label);
  });
  const weightRange = `$${L(scoreColumn(0, 0))}$5:$${L(scoreColumn(0, criteria.length - 1))}$5`;
  reviewers.forEach((reviewer, r) => {
    sheet.mergeCells(3, scoreColumn(r, 0), 3, totalColumn(r));
    headerCell(sheet.getCell(3, scoreColumn(r, 0)), `评委：${reviewer}`);
    criteria.forEach((criterion, c) => {
      headerCell(sheet.getCell(4, scoreColumn(r, c)), criterion.name);
      const weight = sheet.getCell(5, scoreColumn(r, c));
      headerCell(weight, '');
      if (r === 0) weight.value = criterion.weight;
      else formula(weight, `${L(scoreColumn(0, c))}$5`, criterion.weight);
      weight.numFmt = '0"%"';
    });
    sheet.mergeCells(4, totalColumn(r), 5, totalColumn(r));
    headerCell(sheet.getCell(4, totalColumn(r)), '总分');
  });
  (
    [
      [averageColumn, '平均分'],
      [spreadColumn, '极差'],
      [rankColumn, '排名'],
      [idColumn, '编号'],
    ] as const
  ).forEach(([column, label]) => {
    sheet.mergeCells(3, column, 5, column);
    headerCell(sheet.getCell(3, column), label);
  });

  const stageRange = `$E$${FIRST_DATA_ROW}:$E$${lastDataRow}`;
  const regionRange = `$D$${FIRST_DATA_ROW}:$D$${lastDataRow}`;
  const averageRange = `$${L(averageColumn)}$${FIRST_DATA_ROW}:$${L(averageColumn)}$${lastDataRow}`;
  const rejected = STAGE_LABELS.rejected;
  const selected = STAGE_LABELS.selected;

  round.submissions.forEach((submission, index) => {
    const n = FIRST_DATA_ROW + index;
    const row = sheet.getRow(n);
    row.getCell(1).value = index + 1;
    row.getCell(2).value = submission.document.title;
    row.getCell(3).value = unitOf(submission);
    row.getCell(4).value = submission.quotaRegion ?? '';
    row.getCell(5).value = STAGE_LABELS[submission.stage];
    const totals: string[] = [];
    reviewers.forEach((reviewer, r) => {
      const review = submission.reviews.find((item) => item.reviewer === reviewer);
      criteria.forEach((criterion, c) => {
        const score = review?.scores[criterion.key];
        if (score !== undefined) row.getCell(scoreColumn(r, c)).value = score;
      });
      const scores = `${L(scoreColumn(r, 0))}${n}:${L(scoreColumn(r, criteria.length - 1))}${n}`;
      const total = row.getCell(totalColumn(r));
      // Null until every criterion has a score, as ranking.ts: a half-filled form never ranks a case.
      formula(total, `IF(COUNT(${scores})<${criteria.length},"",ROUND(SUMPRODUCT(${scores},${weightRange})/SUM(${weightRange}),2))`, review?.total ?? null);
      total.numFmt = '0.00';
      total.font = { bold: true };
      totals.push(`${L(totalColumn(r))}${n}`);
    });
    const list = totals.join(',');
    const average = row.getCell(averageColumn);
    formula(average, reviewers.length === 0 ? '""' : `IF(COUNT(${list})=0,"",ROUND(AVERAGE(${list}),2))`, submission.score);
    average.numFmt = '0.00';
    average.font = { bold: true };
    const spread = row.getCell(spreadColumn);
    formula(spread, reviewers.length === 0 ? '""' : `IF(COUNT(${list})<2,"",ROUND(MAX(${list})-MIN(${list}),2))`, submission.spread);
    spread.numFmt = '0.00';
    // Cases in the running by average, highest first; equal averages share a rank; 未入选 and unscored have none.
    const avg = `${L(averageColumn)}${n}`;
    formula(row.getCell(rankColumn), `IF(OR(${avg}="",E${n}="${rejected}"),"",COUNTIFS(${averageRange},">"&${avg},${stageRange},"<>${rejected}")+1)`, submission.rank);
    row.getCell(idColumn).value = submission.document.id;
    for (let column = 1; column <= lastColumn; column += 1) {
      const cell = row.getCell(column);
      cell.border = THIN_BORDER;
      cell.alignment = { vertical: 'middle', horizontal: column === 2 || column === 3 ? 'left' : 'center', wrapText: column === 2 || column === 3 };
    }
  });

  if (reviewers.length > 0 && round.submissions.length > 0) {
    const spreadRange = `${L(spreadColumn)}${FIRST_DATA_ROW}:${L(spreadColumn)}${lastDataRow}`;
    sheet.addConditionalFormatting({
      ref: spreadRange,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`AND(ISNUMBER(${L(spreadColumn)}${FIRST_DATA_ROW}),${L(spreadColumn)}${FIRST_DATA_ROW}>${SPREAD_WARNING})`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFD8D8' } }, font: { color: { argb: 'FFC00000' } } },
        },
      ],
    });
  }

  // Checks under the table: the 入选 count against the target, then each region's quota.
  let n = FIRST_DATA_ROW + round.submissions.length + 1;
  const target = round.target;
  const status = target.status === 'met' ? '已达到' : target.status === 'under' ? `还差 ${target.target - target.selected} 个` : `超出 ${target.selected - target.target} 个`;
  sheet.getCell(n, 2).value = '入选数量';
  sheet.getCell(n, 2).font = { bold: true };
  formula(sheet.getCell(n, 3), `COUNTIF(${stageRange},"${selected}")`, target.selected);
  sheet.getCell(n, 4).value = '目标';
  sheet.getCell(n, 5).value = target.target;
  formula(sheet.getCell(n, 6), `IF(C${n}=E${n},"已达到",IF(C${n}<E${n},"还差 "&(E${n}-C${n})&" 个","超出 "&(C${n}-E${n})&" 个"))`, status);
  for (let column = 3; column <= 6; column += 1) sheet.getCell(n, column).alignment = { horizontal: 'center' };
  n += 1;
  if (round.quotas.length > 0) {
    n += 1;
    (['地区名额', '入选数', '最少', '最多', '检查'] as const).forEach((label, index) => headerCell(sheet.getCell(n, index + 2), label));
    n += 1;
    for (const check of round.quotaChecks) {
      const row = sheet.getRow(n);
      row.getCell(2).value = check.region;
      formula(row.getCell(3), `COUNTIFS(${regionRange},B${n},${stageRange},"${selected}")`, check.selected);
      if (check.min !== null) row.getCell(4).value = check.min;
      if (check.max !== null) row.getCell(5).value = check.max;
      const state = check.status === 'ok' ? '符合' : check.status === 'over' ? '超出名额' : '不足';
      formula(row.getCell(6), `IF(AND(ISNUMBER(E${n}),C${n}>E${n}),"超出名额",IF(AND(ISNUMBER(D${n}),C${n}<D${n}),"不足","符合"))`, state);
      for (let column = 2; column <= 6; column += 1) {
        row.getCell(column).border = THIN_BORDER;
        row.getCell(column).alignment = { horizontal: column === 2 ? 'left' : 'center' };
      }
      n += 1;
    }
  }

  // Widths: text columns from their contents, score columns narrow.
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = fitWidth(round.submissions.map((item) => item.document.title), 24, 44);
  sheet.getColumn(3).width = fitWidth(round.submissions.map(unitOf), 12, 26);
  sheet.getColumn(4).width = fitWidth(['地区名额', ...round.submissions.map((item) => item.quotaRegion ?? '')], 10, 16);
  sheet.getColumn(5).width = 8;
  for (let column = firstScoreColumn; column < averageColumn; column += 1) sheet.getColumn(column).width = 9;
  sheet.getColumn(averageColumn).width = 9;
  sheet.getColumn(spreadColumn).width = 8;
  sheet.getColumn(rankColumn).width = 6;
  sheet.getColumn(idColumn).width = 14;

  round.submissions.forEach((submission, index) => {
    sheet.getRow(FIRST_DATA_ROW + index).height = wrappedRowHeight([
      { text: submission.document.title, width: sheet.getColumn(2).width ?? 24 },
      { text: unitOf(submission), width: sheet.getColumn(3).width ?? 12 },
    ]);
  });

  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: FIRST_DATA_ROW - 1, activeCell: `C${FIRST_DATA_ROW}` }];
  printable(sheet, `3:${FIRST_DATA_ROW - 1}`);
  return workbook;
}
