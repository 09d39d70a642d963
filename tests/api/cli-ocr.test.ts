import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLines, runCasebook } from '../helpers/casebook-cli';
import { makeTempFolder } from '../helpers/temp-library';
import { noticePage, tablePage } from '../helpers/ocr-pages';

const work = makeTempFolder('casebook-cli-ocr-');
const library = path.join(work, 'library');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A page takes 2–10 s on a busy two-core machine, plus the command's start. */
const OCR_TEST_MS = 180_000;

describe('casebook import / ocr / get with scans', () => {
  it('import waits for recognition and prints the scan’s line with the fields read from its text; get --json has per-page confidence', async () => {
    const photo = path.join(work, '申报通知照片.png');
    fs.writeFileSync(photo, noticePage().png);
    const run = await runCasebook(['import', photo, '--library', library, '--json']);
    expect(run.code).toBe(0);
    const [line] = jsonLines(run.stdout);
    expect(line).toMatchObject({ status: 'imported', pagesToRecognise: 1, date: '2026-03-18' });
    expect(String(line?.title)).toContain('示范项目评选工作的通知');
    expect((line?.warnings as string[]).join('')).toContain('文字识别完成');

    const got = await runCasebook(['get', String(line?.id), '--library', library, '--json']);
    const [record] = jsonLines(got.stdout);
    const ocr = record?.ocr as { status: string; pages: { page: number; lines: number; confidence: number }[] };
    expect(ocr.status).toBe('done');
    expect(ocr.pages[0]?.page).toBe(1);
    expect(ocr.pages[0]?.confidence).toBeGreaterThan(0.9);
    expect(String(record?.text)).toContain('联系电话：0577-88961234');

    const found = await runCasebook(['search', '材料评审和现场核查', '--library', library, '--json']);
    const hits = jsonLines(found.stdout)[0]?.hits as { id: string }[];
    expect(hits.map((hit) => hit.id)).toContain(line?.id);
  }, OCR_TEST_MS);

  it('import --no-wait leaves the scan queued; casebook ocr recognises it', async () => {
    const scan = path.join(work, '星级评定表.png');
    fs.writeFileSync(scan, tablePage().png);
    const run = await runCasebook(['import', scan, '--no-wait', '--library', library, '--json']);
    const [line] = jsonLines(run.stdout);
    expect(line).toMatchObject({ status: 'imported', pagesToRecognise: 1 });
    expect((line?.warnings as string[]).join('')).toContain('正在识别文字');

    const ocr = await runCasebook(['ocr', String(line?.id), '--library', library, '--json']);
    expect(ocr.code).toBe(0);
    expect(jsonLines(ocr.stdout)[0]).toMatchObject({ documentId: line?.id, status: 'done', pagesDone: 1, pagesTotal: 1 });
    const got = await runCasebook(['get', String(line?.id), '--library', library, '--json']);
    expect(String(jsonLines(got.stdout)[0]?.text)).toContain('3 | 市第三人民医院迁建工程 | 项目联合党支部 | 五星');
  }, OCR_TEST_MS);
});
