import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfRenderer, findChromium } from '../../../electron/engine/export/pdf/chromium-pdf-renderer';
import { repairPdfToUnicode } from '../../../electron/engine/export/pdf/repair-to-unicode';
import { getDocument } from '../../../electron/engine/documents/documents-service';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { exportRequestSchema } from '../../../shared/model/export';
import { runExport } from '../../../electron/engine/export/export-service';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';
import { exportBytes, makeCollection, prepareExportLibrary, prepareTempExportLibrary, type TempExportFixture } from './export-fixtures';
import { pdfLinkCount, pdfPageSizePt, pdfPages } from './pdf-tools';

/** PDF exports printed by headless Chromium, read back with pdf.js: pages, text, links, page numbers. */

let fixture: TempExportFixture;

beforeAll(async () => {
  fixture = await prepareTempExportLibrary();
}, 60_000);
afterAll(() => fixture?.cleanup());

const fold = (text: string) => text.replace(/\s+/g, '');

describe('PDF export', { timeout: 90_000 }, () => {
  it('prints a booklet on A4 with searchable Chinese, a clickable TOC and page numbers from 1 after the cover', async () => {
    const { bytes, fileName } = await exportBytes(fixture.library, {
      target: { documents: fixture.caseIds },
      format: 'pdf',
      options: { title: '2025年度红色工地典型案例选编', issuer: '某市住房和城乡建设局党建办', date: '2025年3月' },
    });
    expect(fileName).toBe('2025年度红色工地典型案例选编.pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const size = await pdfPageSizePt(bytes);
    expect(Math.round(size.width)).toBe(595);
    expect(Math.round(size.height)).toBe(842);

    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(6);
    expect(fold(pages[0]!)).toContain('2025年度红色工地典型案例选编');
    expect(fold(pages[0]!)).toContain('某市住房和城乡建设局党建办');
    expect(fold(pages[1]!)).toContain('目录');
    // The TOC gives each item's page, counted from 1 after the cover and the TOC.
    const firstTitle = fold(getDocument(fixture.library, fixture.caseIds[0]!).title);
    expect(fold(pages[1]!)).toContain(`${firstTitle}1`);
    expect(fold(pages[1]!)).toMatch(/\d+$/);
    expect(pages[0]).not.toMatch(/—\s*\d+\s*—/);
    expect(pages[2]).toMatch(/—\s*1\s*—/);
    expect(pages[3]).toMatch(/—\s*2\s*—/);
    // Every character as the reader sees it: “红色”, not the Kangxi radical “⾊” Chromium's font maps it to.
    // Without the page numbers, which sit between the pages' text.
    const all = fold(pages.join('')).replace(/—\d+—/g, '');
    expect(all).not.toMatch(/[\u2e80-\u2eff\u2f00-\u2fdf]/);
    for (const id of fixture.caseIds) {
      const doc = getDocument(fixture.library, id);
      expect(all).toContain(fold(doc.title));
      expect(all).toContain(fold(doc.text.split('\n\n').find((part) => part.length > 60)!));
    }
    expect(await pdfLinkCount(bytes, 2)).toBeGreaterThanOrEqual(fixture.caseIds.length);
  });

  it('prints a collection with its sections and commentary', async () => {
    const { bytes } = await exportBytes(fixture.library, { target: { collection: makeCollection(fixture) }, format: 'pdf', template: 'plain' });
    const text = fold((await pdfPages(bytes)).join(''));
    expect(text).toContain('一、组织建设');
    expect(text).toContain('【点评】');
    expect(text).toContain('二、权益保障');
  });

  it('maps radical code points back to characters in the ToUnicode tables only', async () => {
    const html = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC"}</style></head><body><p>红色工地 一强一优五提升 长效机制</p></body></html>';
    const printed = await chromiumPdfRenderer().render(html);
    const repaired = repairPdfToUnicode(printed);
    expect(repaired.subarray(0, printed.length).equals(printed)).toBe(true);
    expect(fold((await pdfPages(repaired)).join(''))).toContain('红色工地一强一优五提升长效机制');
  });
});

describe('PDF without a browser', () => {
  it('says in Chinese how to get Chromium, and writes nothing', async () => {
    const saved = process.env.CASEBOOK_CHROMIUM;
    process.env.CASEBOOK_CHROMIUM = '/nonexistent/chromium';
    const folder = makeTempFolder();
    const library = openLibrary(libraryOptions(folder));
    try {
      expect(findChromium()).toBeNull();
      const other = await prepareExportLibrary(library);
      await expect(runExport(library, exportRequestSchema.parse({ target: { documents: other.caseIds.slice(0, 1) }, format: 'pdf' }))).rejects.toMatchObject({
        code: 'EXPORT_FAILED',
        message: expect.stringContaining('没有找到 Chromium'),
      });
    } finally {
      if (saved === undefined) delete process.env.CASEBOOK_CHROMIUM;
      else process.env.CASEBOOK_CHROMIUM = saved;
      library.close();
    }
  }, 60_000);
});
