import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/engine/import/import-service';
import { closeParseWorkers } from '../../../electron/engine/import/file-reading-pool';
import { cancelRecognition, pauseRecognition, recognitionFinished, recognitionIdle, recognitionLayout, recognitionState } from '../../../electron/engine/import/recognition/recognition-service';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { getDocument } from '../../../electron/engine/documents/documents-service';
import { OCR_UNCERTAIN_BELOW } from '../../../shared/model/ocr';
import { FIXTURES_FOLDER, libraryOptions, makeTempFolder } from '../../helpers/temp-library';
import { characterErrorRate, mixedPdf, NEWS_RIGHT, NOTICE_TITLE, noticePage, tablePage, twoColumnNewsPage } from '../../helpers/ocr-pages';
import type { Library } from '../../../electron/engine/core/library';

const folders: string[] = [];
const libraries: Library[] = [];
function library(folder = makeTempFolder(), recognizeInBackground = true): Library {
  if (!folders.includes(folder)) folders.push(folder);
  const opened = openLibrary(libraryOptions(folder, { recognizeInBackground }));
  libraries.push(opened);
  return opened;
}
afterEach(async () => {
  for (const opened of libraries.splice(0)) {
    await recognitionIdle(opened);
    opened.close();
  }
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});
afterAll(async () => {
  await closeParseWorkers();
});

/** A page takes 2–10 s on a busy two-core machine. */
const OCR_TEST_MS = 180_000;

function search(opened: Library, query: string): string[] {
  return opened.search.query({ query, sort: 'relevance', offset: 0, limit: 10 }).hits.map((hit) => hit.id);
}

describe('scans and photos are recognised in the background', () => {
  it('imports a photographed 通知 at once, then its recognised text is searchable, read for its fields, and its lines keep boxes and confidence', async () => {
    const opened = library();
    const page = noticePage();
    const line = await importBytes(opened, '申报通知.png', page.png);
    expect(line.status).toBe('imported');
    expect(line.pagesToRecognise).toBe(1);
    expect(line.warnings.join('')).toContain('正在识别文字');
    const id = line.id as string;
    expect(getDocument(opened, id).text).toBe('');

    const [state] = await recognitionFinished(opened, [id]);
    expect(state).toMatchObject({ status: 'done', pagesTotal: 1, pagesDone: 1 });
    expect(state?.confidence).toBeGreaterThan(0.9);
    const document = getDocument(opened, id);
    // The title is read into its field; the text is the rest of the page.
    expect(characterErrorRate(NOTICE_TITLE, document.title)).toBeLessThanOrEqual(0.05);
    expect(document.date).toBe('2026-03-18');
    expect(characterErrorRate(page.paragraphs.slice(1).join('\n'), document.text)).toBeLessThanOrEqual(0.01);
    expect(search(opened, '农民工 OR 示范项目评选')).toEqual([id]);

    const layout = recognitionLayout(opened, id);
    expect(layout.pages).toHaveLength(1);
    const [recognised] = layout.pages;
    expect(recognised?.width).toBe(1240);
    expect(recognised?.lines.length).toBeGreaterThan(10);
    for (const each of recognised?.lines ?? []) {
      expect(each.box.width).toBeGreaterThan(0);
      expect(each.confidence).toBeGreaterThan(0);
    }
    // The 落款 is at the foot, right of the middle, as printed.
    const signature = recognised?.lines.find((each) => each.text.includes('住房和城乡建设局'));
    expect(signature?.box.x).toBeGreaterThan(600);
    expect(recognised?.lines.filter((each) => each.confidence < OCR_UNCERTAIN_BELOW).length).toBeLessThan(3);
  }, OCR_TEST_MS);

  it('reads a PDF with text pages and a scanned page: the text pages keep their text, the scan joins in its place', async () => {
    const opened = library();
    const textPdf = fs.readFileSync(path.join(FIXTURES_FOLDER, 'import', 'policy-three-pages.pdf'));
    const news = twoColumnNewsPage();
    const line = await importBytes(opened, '混合.pdf', await mixedPdf(textPdf, news.png));
    expect(line.status).toBe('imported');
    expect(line.pagesToRecognise).toBe(1);
    const id = line.id as string;
    const before = getDocument(opened, id).text;
    expect(before).toContain('一、总体目标');
    expect(before).not.toContain('农民工夜校');

    await recognitionFinished(opened, [id]);
    expect(recognitionState(opened, id)).toMatchObject({ status: 'done', pagesTotal: 1, pagesDone: 1 });
    expect(recognitionLayout(opened, id).pages.map((page) => page.page)).toEqual([2]);
    const text = getDocument(opened, id).text;
    const order = ['一、总体目标', '党建联建聚合力', '农民工夜校', '二、重点任务'].map((marker) => text.indexOf(marker));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(search(opened, '红领筑建')).toEqual([id]);
  }, OCR_TEST_MS);

  it('fails a corrupt image and a 400-megapixel one alone with a reason, and a queued scan is kept', async () => {
    const opened = library(makeTempFolder(), false);
    const broken = await importBytes(opened, '损坏的照片.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('不是图片的内容'.repeat(40))]));
    expect(broken.status).toBe('failed');
    expect(broken.error).toContain('图片文件已损坏');
    // A photo of 400 megapixels (its header says so) is refused before anything decodes it.
    const header = Buffer.from(noticePage().png);
    header.writeUInt32BE(20_000, 16);
    header.writeUInt32BE(20_000, 20);
    const huge = await importBytes(opened, '超大照片.png', header);
    expect(huge.status).toBe('failed');
    expect(huge.error).toContain('图片过大（20000×20000');
    const fine = await importBytes(opened, '照片.png', noticePage().png);
    expect(fine.status).toBe('imported');
    expect(recognitionState(opened, fine.id as string)?.status).toBe('queued');
  });

  it('cancels a recognition, and a library opened again resumes what a restart interrupted', async () => {
    const folder = makeTempFolder();
    const first = library(folder, false);
    const imported = await importBytes(first, '两栏.png', twoColumnNewsPage().png);
    const id = imported.id as string;
    const cancelled = cancelRecognition(first, id);
    expect(cancelled?.status).toBe('cancelled');
    expect(getDocument(first, id).text).toBe('');
    // The app was quit with the job still waiting: queued again, as 识别文字 does, then reopened.
    first.db.prepare("UPDATE ocr_jobs SET status = 'running', runner = '999999999'").run();
    first.close();

    const reopened = library(folder, true);
    const [state] = await recognitionFinished(reopened, [id]);
    expect(state?.status).toBe('done');
    expect(getDocument(reopened, id).text).toContain(NEWS_RIGHT[0]?.slice(0, 12));
  }, OCR_TEST_MS);

  it('pauses when the app quits (the page in hand is finished) and the next opening goes on', async () => {
    const folder = makeTempFolder();
    const first = library(folder, true);
    const imported = await importBytes(first, '星级评定表.png', tablePage().png);
    const id = imported.id as string;
    await pauseRecognition(first);
    expect(recognitionState(first, id)?.status).toBe('queued');
    first.close();

    const reopened = library(folder, true);
    const [state] = await recognitionFinished(reopened, [id]);
    expect(state?.status).toBe('done');
    expect(getDocument(reopened, id).text).toContain('2 | 城北快速路改造工程 | 项目临时党支部 | 四星');
  }, OCR_TEST_MS);
});
