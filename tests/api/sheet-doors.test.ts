import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { BrowserModeServer } from '../../electron/server/start-server';
import type { RoundDetail } from '../../shared/model/selection';
import type { SheetFileResult, SheetResult } from '../../shared/model/sheet';
import { captureCliIo } from '../helpers/cli-io';
import { CASES } from '../unit/selection/selection-fixtures';
import { BridgeSandbox, CHINESE, callApi, errorOf, importSelectionCases, okResult } from './http-helpers';

// 评审汇总表 and 导出为 Excel through the HTTP bridge (bytes to download) and the command line
// (`casebook round sheet 编号 --out 文件.xlsx`, `casebook export … --format xlsx --out 文件`).
let sandbox: BridgeSandbox;
let server: BrowserModeServer;
let libraryFolder: string;
let round: RoundDetail;
const ids: Record<string, string> = {};

const call = <T>(method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload);
const cli = () => captureCliIo({ columns: 140 });

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0]!;
}

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  libraryFolder = path.join(sandbox.root, 'library');
  server = await sandbox.start(libraryFolder);
  Object.assign(ids, await importSelectionCases(sandbox, server));
  round = await call<RoundDetail>('rounds.create', {
    name: '2025年度红色工地十大典型案例评选',
    year: 2025,
    targetCount: 2,
    criteria: [
      { name: '党建引领', weight: 60 },
      { name: '成效实绩', weight: 40 },
    ],
    reviewers: ['王评审', '李评审', '张评审'],
  });
  await call('rounds.addSubmissions', { roundId: round.id, documentIds: [ids.anzhi, ids.shizheng, ids.xuexiao] });
  const [lead, result] = round.criteria.map((criterion) => criterion.key) as [string, string];
  // 市政 (80, 90, 70 → 80) over 学校 (70 each → 70) over 安置 (60 each → 60).
  const scores: [string, number[]][] = [
    [ids.shizheng!, [80, 90, 70]],
    [ids.xuexiao!, [70, 70, 70]],
    [ids.anzhi!, [60, 60, 60]],
  ];
  for (const [documentId, values] of scores) {
    for (const [index, reviewer] of round.reviewers.entries()) {
      round = await call<RoundDetail>('rounds.saveScores', { roundId: round.id, documentId, reviewer, scores: { [lead]: values[index], [result]: values[index] } });
    }
  }
});
afterAll(async () => {
  await sandbox.close();
});

describe('评审汇总表 on the command line and over HTTP', () => {
  it('round sheet writes exactly the file named by --out, and nothing else beside it', async () => {
    const folder = path.join(sandbox.root, 'out-round');
    fs.mkdirSync(folder);
    const file = path.join(folder, '2025 评审汇总表（初稿）.xlsx');
    const run = cli();
    expect(await runCli(['round', 'sheet', round.id, '--out', file, '--library', libraryFolder, '--json'], run.io)).toBe(0);
    const result = JSON.parse(run.out()) as SheetFileResult;
    expect(result).toMatchObject({ file, fileName: '2025年度红色工地十大典型案例评选评审汇总表.xlsx', rows: 3 });
    expect(fs.readdirSync(folder)).toEqual(['2025 评审汇总表（初稿）.xlsx']);
    expect(result.size).toBe(fs.statSync(file).size);
    const sheet = await sheetOf(file);
    const rows = [6, 7, 8].map((n) => sheet.getRow(n));
    expect(rows.map((row) => String(row.getCell(2).value))).toEqual([CASES.shizheng.title, CASES.xuexiao.title, CASES.anzhi.title]);
    expect(rows.map((row) => (row.getCell(15).value as ExcelJS.CellFormulaValue).result)).toEqual([80, 70, 60]);
    expect(rows.map((row) => (row.getCell(17).value as ExcelJS.CellFormulaValue).result)).toEqual([1, 2, 3]);

    // Again to the same file: replaced, still alone.
    const again = cli();
    expect(await runCli(['round', 'sheet', round.id, '--out', file, '--library', libraryFolder], again.io)).toBe(0);
    expect(again.out()).toMatch(/已导出评审汇总表：.*（3 个案例/);
    expect(fs.readdirSync(folder)).toEqual(['2025 评审汇总表（初稿）.xlsx']);
  });

  it('refuses a missing --out, an unknown round and a missing folder in Chinese', async () => {
    const noOut = cli();
    expect(await runCli(['round', 'sheet', round.id, '--library', libraryFolder], noOut.io)).toBe(2);
    expect(noOut.err()).toMatch(/--out/);
    const unknown = cli();
    expect(await runCli(['round', 'sheet', 'nosuchround', '--out', path.join(sandbox.root, 'x.xlsx'), '--library', libraryFolder], unknown.io)).not.toBe(0);
    expect(unknown.err()).toMatch(/找不到这个评选活动/);
    const folderless = cli();
    expect(await runCli(['round', 'sheet', round.id, '--out', path.join(sandbox.root, 'no-such-folder', 'x.xlsx'), '--library', libraryFolder], folderless.io)).not.toBe(0);
    expect(folderless.err()).toMatch(/所在的文件夹不存在/);
  });

  it('answers the sheet as bytes over HTTP (browser mode downloads it)', async () => {
    const made = await call<SheetResult>('rounds.sheet', { id: round.id });
    expect(made).toMatchObject({ fileName: '2025年度红色工地十大典型案例评选评审汇总表.xlsx', rows: 3 });
    expect(Buffer.from(made.contentBase64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    const error = errorOf(await callApi(server.port, server.token, 'rounds.sheet', { id: 'nosuchround' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(CHINESE);
  });
});

describe('导出为 Excel on the command line and over HTTP', () => {
  it('export --format xlsx writes the chosen documents or a search to exactly --out', async () => {
    const folder = path.join(sandbox.root, 'out-list');
    fs.mkdirSync(folder);
    const chosen = path.join(folder, '清单.xlsx');
    const run = cli();
    expect(await runCli(['export', ids.xuexiao!, ids.anzhi!, '--format', 'xlsx', '--out', chosen, '--library', libraryFolder, '--json'], run.io)).toBe(0);
    expect(JSON.parse(run.out())).toMatchObject({ file: chosen, rows: 2 });
    const sheet = await sheetOf(chosen);
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '标题', '类型', '发布日期', '来源', '作者', '发文机关', '发文字号', '地区', '标签', '编号']);
    expect([sheet.getCell('B2').value, sheet.getCell('C2').value, sheet.getCell('I2').value, sheet.getCell('K2').value]).toEqual([CASES.xuexiao.title, '典型案例', CASES.xuexiao.region, ids.xuexiao]);

    const searched = path.join(folder, '检索.xlsx');
    const search = cli();
    expect(await runCli(['export', '--query', '安置房', '--format', 'excel', '--out', searched, '--library', libraryFolder], search.io)).toBe(0);
    expect(search.out()).toMatch(/已导出：.*Excel 表格，\d+ 篇/);
    expect(fs.readdirSync(folder).sort()).toEqual(['检索.xlsx', '清单.xlsx']);

    const mixed = cli();
    expect(await runCli(['export', ids.anzhi!, '--tag', '主题', '--format', 'xlsx', '--out', searched, '--library', libraryFolder], mixed.io)).toBe(2);
    const wordWithTag = cli();
    expect(await runCli(['export', '--tag', '主题', '--format', 'docx', '--out', searched, '--library', libraryFolder], wordWithTag.io)).toBe(2);
    expect(wordWithTag.err()).toMatch(/--format xlsx/);
  });

  it('answers a list sheet as bytes over HTTP and refuses an unknown tag', async () => {
    const made = await call<SheetResult>('export.listSheet', { target: { documents: [ids.anzhi] } });
    expect(made).toMatchObject({ fileName: '资料清单.xlsx', rows: 1 });
    const error = errorOf(await callApi(server.port, server.token, 'export.listSheet', { target: { tag: '没有这个标签' } }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/找不到标签/);
  });
});
