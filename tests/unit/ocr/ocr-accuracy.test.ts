import { describe, expect, it } from 'vitest';
import { recognizePageInWorker } from '../../../electron/engine/ocr/ocr-pool';
import type { RecognisedPage } from '../../../electron/engine/ocr/page-recognition';
import { characterErrorRate, degraded, NEWS_LEFT, NEWS_RIGHT, NEWS_TITLE, noticePage, sealedNotice, TABLE_ROWS, tablePage, traditionalNoticePage, twoColumnNewsPage } from '../../helpers/ocr-pages';
import { RESOURCES_FOLDER } from '../../helpers/temp-library';

/** A page takes 2–10 s on a busy two-core machine. */
const OCR_TEST_MS = 180_000;

async function recognise(bytes: Buffer): Promise<RecognisedPage> {
  return recognizePageInWorker({ source: 'image', bytes, page: 1, resourcesFolder: RESOURCES_FOLDER });
}

/** The page as the readers get it: paragraphs in reading order, one to a line. */
function textOf(page: RecognisedPage): string {
  return page.paragraphs.map((paragraph) => paragraph.text).join('\n');
}

describe('recognising pages made in the test (issue 17 goals)', () => {
  it('reads a clean 通知 with at most 1% of characters wrong, and a scanned copy (1.5°, noise, JPEG 40) with at most 2%', async () => {
    const page = noticePage();
    const clean = await recognise(page.png);
    expect(characterErrorRate(page.expected, textOf(clean))).toBeLessThanOrEqual(0.01);
    const scanned = await recognise(await degraded(page.png));
    expect(characterErrorRate(page.expected, textOf(scanned))).toBeLessThanOrEqual(0.02);
    // Indented first lines start paragraphs; wrapped lines are joined back.
    expect(scanned.paragraphs.map((paragraph) => paragraph.text.slice(0, 6))).toEqual(expect.arrayContaining(['一、评选范围', '二、评选程序', '三、工作要求']));
  }, OCR_TEST_MS);

  it('reads the 落款 under a red seal (at most 3% wrong) and leaves out the seal’s own characters', async () => {
    const page = await sealedNotice();
    const recognised = await recognise(page.png);
    expect(characterErrorRate(page.expected, textOf(recognised))).toBeLessThanOrEqual(0.03);
    expect(textOf(recognised)).toContain('某市住房和城乡建设局\n2026年3月18日');
  }, OCR_TEST_MS);

  it('reads a scanned two-column news page column by column, under its title', async () => {
    const page = twoColumnNewsPage();
    const recognised = await recognise(await degraded(page.png));
    const paragraphs = recognised.paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toHaveLength(5);
    const [title, ...body] = paragraphs;
    expect(characterErrorRate(NEWS_TITLE, title ?? '')).toBe(0);
    [...NEWS_LEFT, ...NEWS_RIGHT].forEach((expected, index) => expect(characterErrorRate(expected, body[index] ?? '')).toBeLessThanOrEqual(0.02));
    // Every line keeps its box and confidence, in the same reading order.
    expect(recognised.lines[0]?.text).toContain('党建联建');
    expect(recognised.lines.every((line) => line.box.width > 0 && line.confidence > 0)).toBe(true);
  }, OCR_TEST_MS);

  it('keeps a ruled table row by row, single-digit cells included', async () => {
    const page = tablePage();
    const recognised = await recognise(page.png);
    const rows = recognised.paragraphs.filter((paragraph) => paragraph.role === 'table-row').map((paragraph) => paragraph.text);
    expect(rows).toEqual(TABLE_ROWS.map((cells) => cells.join(' | ')));
  }, OCR_TEST_MS);

  it('reads a 通知 in traditional characters (繁體) with at most 3% wrong', async () => {
    const page = await traditionalNoticePage();
    const recognised = await recognise(page.png);
    expect(characterErrorRate(page.expected, textOf(recognised))).toBeLessThanOrEqual(0.03);
    expect(textOf(recognised)).toContain('住房和城鄉建設局');
  }, OCR_TEST_MS);
});
