import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../shared/model/document';
import type { RoundDetail } from '../../shared/model/selection';
import { pdfPages, renderPdfPage } from '../unit/export/pdf-tools';
import { api, ARTIFACTS, button, screenshot, startApp, type RunningApp } from './browser-mode';

// 导出评审汇总表 from a round's page and 导出为 Excel from search results, in the real UI: the
// downloaded .xlsx is read back, and the round's sheet is printed through LibreOffice to look at.
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((file) => fs.existsSync(file));

async function worksheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0]!;
}

describe('Excel exports', () => {
  let app: RunningApp;
  let round: RoundDetail;
  let roundFile = '';

  beforeAll(async () => {
    app = await startApp();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-excel-export.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('exports the 评审汇总表 of a round with three reviewers from its page', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /载入示例资料库/ }).click();
    await page.getByRole('heading', { name: '全部资料' }).waitFor({ timeout: 60_000 });

    const { items } = await api<{ items: DocumentSummary[] }>(app, 'documents.list', { kind: 'case', limit: 4, sort: 'title', order: 'asc' });
    expect(items).toHaveLength(4);
    round = await api<RoundDetail>(app, 'rounds.create', {
      name: '2025年度红色工地十大典型案例评选',
      year: 2025,
      targetCount: 2,
      criteria: [
        { name: '党建引领', weight: 60 },
        { name: '成效实绩', weight: 40 },
      ],
      quotas: [{ region: '温州市', max: 1 }],
      reviewers: ['王评审', '李评审', '张评审'],
    });
    await api(app, 'rounds.addSubmissions', { roundId: round.id, documentIds: items.map((item) => item.id) });
    const [lead, result] = round.criteria.map((criterion) => criterion.key) as [string, string];
    const marks = [
      [88, 92, 85],
      [75, 70, 95],
      [90, 94, 91],
      [60, 65, 62],
    ];
    for (const [index, item] of items.entries()) {
      for (const [r, reviewer] of round.reviewers.entries()) {
        const mark = marks[index]![r]!;
        round = await api<RoundDetail>(app, 'rounds.saveScores', { roundId: round.id, documentId: item.id, reviewer, scores: { [lead]: mark, [result]: mark - 5 } });
      }
    }

    await page.getByRole('menu', { name: '评选' }).getByText('评选').click();
    await page.getByRole('region', { name: '评选' }).getByRole('row').filter({ hasText: round.name }).click();
    const view = page.getByRole('region', { name: `评选：${round.name}` });
    const download = page.waitForEvent('download');
    await button(view, '导出评审汇总表').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('2025年度红色工地十大典型案例评选评审汇总表.xlsx');
    roundFile = path.join(ARTIFACTS, 'excel-round-sheet.xlsx');
    await saved.saveAs(roundFile);
    await page.getByText('已导出“2025年度红色工地十大典型案例评选评审汇总表.xlsx”（4 个案例）').waitFor();
    await screenshot(page, 'excel-round-page.png');

    const sheet = await worksheetOf(roundFile);
    expect(sheet.name).toBe('评审汇总表');
    const rows = round.submissions.map((_, index) => sheet.getRow(6 + index));
    expect(rows.map((row) => String(row.getCell(2).value))).toEqual(round.submissions.map((submission) => submission.document.title));
    expect(rows.map((row) => (row.getCell(15).value as ExcelJS.CellFormulaValue).result)).toEqual(round.submissions.map((submission) => submission.score));
    expect(rows.map((row) => (row.getCell(17).value as ExcelJS.CellFormulaValue).result)).toEqual([1, 2, 3, 4]);
  });

  it('makes a blind 评审包 for a reviewer from the round page, with no unit named in it', async () => {
    const { page } = app;
    const view = page.getByRole('region', { name: `评选：${round.name}` });
    await view.getByRole('button', { name: /评审包（已交回 0\/3）/ }).click();
    const dialog = page.getByRole('dialog', { name: '评审包与评分结果' });
    await dialog.getByText('未交回 3 位：王评审、李评审、张评审').waitFor();
    await dialog.getByRole('checkbox', { name: /盲评/ }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('listitem').filter({ hasText: '王评审' }).getByRole('button', { name: '生成评审包' }).click();
    const bytes = fs.readFileSync((await (await download).path())!);
    await dialog.getByText(/已生成“王评审”的评审包：4 个案例（盲评）/).waitFor();
    await screenshot(page, 'review-package-dialog.png');
    const units = round.submissions.map((submission) => submission.document.source).filter((unit): unit is string => Boolean(unit));
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) expect(bytes.includes(Buffer.from(unit, 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from(round.submissions[0]!.document.title.slice(0, 6), 'utf8'))).toBe(true);
    await dialog.getByRole('button', { name: '关闭' }).first().click();
  });

  it.skipIf(!SOFFICE)('prints the sheet on A4 landscape through LibreOffice (skipped when LibreOffice is missing)', async () => {
    expect(roundFile).not.toBe('');
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-xlsx-pdf-'));
    try {
      const converted = spawnSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, roundFile], { timeout: 120_000, encoding: 'utf8' });
      const pdf = path.join(work, 'excel-round-sheet.pdf');
      expect(fs.existsSync(pdf), `${converted.stdout}\n${converted.stderr}`).toBe(true);
      const bytes = fs.readFileSync(pdf);
      const pages = await pdfPages(bytes);
      expect(pages).toHaveLength(1);
      expect(pages[0]!.replace(/\s+/g, '')).toContain('评审汇总表');
      fs.writeFileSync(path.join(ARTIFACTS, 'excel-round-sheet-print.png'), await renderPdfPage(bytes, 1, 1.5));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('exports search results to Excel with the metadata columns', async () => {
    const { page } = app;
    const search = page.getByRole('combobox', { name: '检索资料' });
    await search.click();
    await search.pressSequentially('党建联建', { delay: 30 });
    await search.press('Enter');
    const summary = page.getByRole('status').filter({ hasText: /找到 \d+ 份资料/ });
    await summary.waitFor();
    const download = page.waitForEvent('download');
    await button(page.getByRole('region', { name: '检索结果' }), '导出为 Excel').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('检索结果.xlsx');
    const file = path.join(ARTIFACTS, 'excel-search-results.xlsx');
    await saved.saveAs(file);
    await screenshot(page, 'excel-search-results.png');
    const sheet = await worksheetOf(file);
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '标题', '类型', '发布日期', '来源', '作者', '发文机关', '发文字号', '地区', '标签', '编号']);
    expect(sheet.rowCount).toBeGreaterThan(1);
    expect(String(sheet.getCell('B2').value)).not.toBe('');
  });
});
