import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { buildRoundSheet } from '../../../electron/engine/export/sheets/round-sheet';
import { roundSheetToFile } from '../../../electron/engine/export/sheets/sheet-service';
import { workbookBytes } from '../../../electron/engine/export/sheets/xlsx-layout';
import { roundDetail } from '../../../electron/engine/selection/round-detail';
import { withTempLibrary } from '../../helpers/temp-library';
import { EXPECTED, threeReviewerRound } from './round-sheet-fixtures';

// The 评审汇总表 opened by LibreOffice Calc (installed by .ci/run): converted to CSV, its formulas
// recalculated there must give the totals, spreads, ranks and quota check the app shows.
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((file) => fs.existsSync(file));
if (!SOFFICE) console.warn('round-sheet-libreoffice: soffice is not installed (apt-get install libreoffice-calc-nogui); the LibreOffice checks are skipped.');

let library: Library;
let cleanup: () => void;
let work: string;
beforeEach(() => {
  ({ library, cleanup } = withTempLibrary());
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-sheet-soffice-'));
});
afterEach(() => {
  cleanup();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Calc's CSV of the first sheet, UTF-8, as rows of cells. */
function calcCsv(xlsx: string): string[][] {
  const converted = spawnSync(
    SOFFICE!,
    ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', work, xlsx],
    { timeout: 120_000, encoding: 'utf8' },
  );
  const csv = path.join(work, `${path.basename(xlsx, '.xlsx')}.csv`);
  expect(fs.existsSync(csv), `soffice did not convert: ${converted.stdout}\n${converted.stderr}`).toBe(true);
  return fs
    .readFileSync(csv, 'utf8')
    .split(/\r?\n/)
    .map((line) => (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
}

const asNumber = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

describe.skipIf(!SOFFICE)('评审汇总表 in LibreOffice (skipped when soffice is missing)', () => {
  it('recalculates the totals, averages, spreads, ranks and quota check from the formulas alone', async () => {
    const { round, ids } = await threeReviewerRound(library);
    // No cached results: every number in the CSV was computed by Calc.
    const file = path.join(work, 'round-no-cache.xlsx');
    fs.writeFileSync(file, await workbookBytes(buildRoundSheet(roundDetail(library, round.id), { cachedValues: false })));
    const rows = calcCsv(file);
    expect(rows[0]?.[0]).toBe('2025年度红色工地十大典型案例评选评审汇总表');
    const byId = new Map(rows.filter((row) => row[17]).map((row) => [row[17], row]));
    for (const [key, expected] of Object.entries(EXPECTED) as [keyof typeof EXPECTED, (typeof EXPECTED)[keyof typeof EXPECTED]][]) {
      const row = byId.get(ids[key]);
      expect(row, key).toBeDefined();
      expect(row?.[4], key).toBe(expected.stage);
      expect(asNumber(row?.[14]), `${key} 平均分`).toBeCloseTo(expected.average, 2);
      expect(asNumber(row?.[15]), `${key} 极差`).toBe(expected.spread);
      expect(asNumber(row?.[16]), `${key} 排名`).toBe(expected.rank);
    }
    // 安置: each reviewer's weighted total (60/40).
    const anzhi = byId.get(ids.anzhi)!;
    expect([anzhi[7], anzhi[10], anzhi[13]].map(asNumber)).toEqual([86, 76, 85]);
    // 学校: 李评审's half-filled form has no total.
    expect(byId.get(ids.xuexiao)?.[10]).toBe('');
    const count = rows.find((row) => row[1] === '入选数量');
    expect([count?.[2], count?.[5]]).toEqual(['2', '还差 1 个']);
    const quota = rows.find((row) => row[1] === '温州市');
    expect([quota?.[2], quota?.[4], quota?.[5]]).toEqual(['2', '1', '超出名额']);
  }, 150_000);

  it('opens the sheet the engine writes to a file, with the same numbers', async () => {
    const { round, ids } = await threeReviewerRound(library);
    const written = await roundSheetToFile(library, round.id, path.join(work, '评审汇总表.xlsx'));
    expect(written.rows).toBe(4);
    const rows = calcCsv(written.file);
    const xuexiao = rows.find((row) => row[17] === ids.xuexiao);
    expect([asNumber(xuexiao?.[14]), asNumber(xuexiao?.[16])]).toEqual([91, 1]);
  }, 150_000);
});
