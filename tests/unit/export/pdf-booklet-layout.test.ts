import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportBook } from '../../../electron/engine/export/export-model';
import { mmToPt, TEMPLATES } from '../../../electron/engine/export/layout-templates';
import { chromiumPdfRenderer } from '../../../electron/engine/export/pdf/chromium-pdf-renderer';
import { printBooklet } from '../../../electron/engine/export/pdf/print-booklet';
import { repairPdfToUnicode } from '../../../electron/engine/export/pdf/repair-to-unicode';
import { loadPdfjs } from '../../../electron/engine/core/load-pdfjs';
import { booklet, collectionBooklet, DESCRIPTION, ISSUER, longNoticeText, noticeItem, SHORT_TOPICS, shortNoticesBooklet, signatureVariants, SIGNED } from './booklet-fixtures';
import { pdfPlacedText, renderPdfPage, type PdfPageText } from './pdf-tools';

const ARTIFACTS = path.resolve(__dirname, '../../e2e/artifacts');

/**
 * The printed booklet's layout, read back from the PDF with where each piece of text sits: page numbers
 * at the outside (odd right, even left) with page 1 on a right-hand page, no page holding only a 落款,
 * the 编印说明 on a page of its own before the contents, short notices sharing pages.
 */

const BOTTOM_MARGIN_PT = mmToPt(TEMPLATES.official.marginMm.bottom);
const TITLE_PT = TEMPLATES.official.title.sizePt;
const LINE_PT = TEMPLATES.official.lineExactPt!;
const fold = (text: string) => text.replace(/\s+/g, '');

async function printed(book: ExportBook): Promise<{ bytes: Buffer; pages: PdfPageText[] }> {
  const { pdf, html } = await printBooklet(book, chromiumPdfRenderer(), () => undefined);
  const bytes = repairPdfToUnicode(pdf, html);
  return { bytes, pages: await pdfPlacedText(bytes) };
}

async function print(book: ExportBook): Promise<PdfPageText[]> {
  return (await printed(book)).pages;
}

/** A page as a picture beside the end-to-end screenshots, to look at. */
async function savePage(bytes: Buffer, index: number, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, name), await renderPdfPage(bytes, index + 1, 1.2));
}

/** The page's printed number and where it sits, from the text in the bottom margin. */
function pageNumber(page: PdfPageText): { number: number; x: number } | null {
  const footer = page.items.filter((item) => item.y < BOTTOM_MARGIN_PT);
  const match = /—\s*(\d+)\s*—/.exec(footer.map((item) => item.str).join(''));
  return match && footer[0] ? { number: Number(match[1]), x: footer[0].x } : null;
}

function bodyText(page: PdfPageText): string {
  return fold(page.items.filter((item) => item.y >= BOTTOM_MARGIN_PT).map((item) => item.str).join(''));
}

/** The baseline of the line where the page's text, from `from` on, has come to `to`. */
function baselineWhereTextReaches(page: PdfPageText, from: string, to: string): number {
  let text = '';
  for (const item of page.items) {
    text += fold(item.str);
    const start = text.indexOf(from);
    if (start >= 0 && text.slice(start).includes(to)) return item.y;
  }
  throw new Error(`${to} not found after ${from}`);
}

describe('PDF booklet layout (公文汇编)', { timeout: 120_000 }, () => {
  let collection: PdfPageText[];

  beforeAll(async () => {
    const { bytes, pages } = await printed(collectionBooklet());
    collection = pages;
    await savePage(bytes, 1, 'export-booklet-preface.png');
    await savePage(bytes, 4, 'export-booklet-page-1.png');
  }, 120_000);

  it('numbers odd pages at the right and even pages at the left, page 1 on a right-hand page', () => {
    const numbered = collection.map((page, index) => ({ index, page, found: pageNumber(page) })).filter((entry) => entry.found !== null);
    expect(numbered.length).toBeGreaterThanOrEqual(4);
    const first = numbered[0]!;
    expect(first.found!.number).toBe(1);
    // The file's first page is a right-hand page, so right-hand pages are at even indexes.
    expect(first.index % 2).toBe(0);
    for (const { index, page, found } of numbered) {
      expect(found!.number).toBe(index - first.index + 1);
      const side = found!.x > page.width / 2 ? 'right' : 'left';
      expect(side, `page ${found!.number}`).toBe(found!.number % 2 === 1 ? 'right' : 'left');
    }
    // Cover, 编印说明 and contents take three pages: a blank fourth page keeps page 1 on the right.
    expect(first.index).toBe(4);
    expect(bodyText(collection[3]!)).toBe('');
  });

  it('prints the description as a 编印说明 page before the contents, not above the first section', () => {
    const preface = collection.findIndex((page) => bodyText(page).includes(fold(DESCRIPTION)));
    const contents = collection.findIndex((page) => bodyText(page).startsWith('目录'));
    expect(preface).toBe(1);
    expect(bodyText(collection[preface]!)).toMatch(/^编印说明/);
    expect(contents).toBe(2);
    const firstSection = collection.findIndex((page, index) => index > contents && bodyText(page).includes('一、创建工作'));
    expect(bodyText(collection[firstSection]!)).toMatch(/^一、创建工作/);
    expect(collection.filter((page) => bodyText(page).includes(fold(DESCRIPTION)))).toHaveLength(1);
    // The contents still give the page each entry starts on.
    expect(bodyText(collection[contents]!)).toMatch(/一、创建工作\.*1/);
  });

  it('fills a contents list running over pages with the page each item starts on, long titles included, in a tagged PDF with bookmarks', async () => {
    // Titles of many lengths: some end near the right edge, where a page number could push them onto a new line.
    const titles = Array.from({ length: 36 }, (_, index) => `关于${'做好'.repeat(1 + (index % 7))}“红色工地”${'党员先锋岗'.slice(0, index % 5)}创建工作的通知（之${index + 1}）`);
    const book = booklet({ cover: false, sections: [{ title: null, items: titles.map((title, index) => noticeItem(`item-${index + 1}`, title, longNoticeText(index % 4))) }] });
    const { bytes, pages } = await printed(book);
    const numbers = pages.map((page) => pageNumber(page)?.number ?? null);
    const bodyStart = numbers.findIndex((number) => number !== null);
    const contents = pages.slice(0, bodyStart).map(bodyText).join('');
    expect(pages.slice(0, bodyStart).filter((page) => bodyText(page) !== '').length, 'the contents take two pages or more').toBeGreaterThanOrEqual(2);
    for (const title of titles) {
      const listed = new RegExp(`${fold(title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)`).exec(contents);
      expect(listed, `${title} in the contents with a page number`).not.toBeNull();
      const startsOn = pages.findIndex((page, index) => index >= bodyStart && bodyText(page).includes(fold(title)));
      expect(Number(listed![1]), title).toBe(numbers[startsOn]);
    }
    const pdfjs = await loadPdfjs();
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    try {
      const outline = (await doc.getOutline()) ?? [];
      const flat = (entries: typeof outline): string[] => entries.flatMap((entry) => [entry.title, ...flat(entry.items)]);
      expect(flat(outline).map(fold)).toEqual(expect.arrayContaining(titles.slice(0, 3).map(fold)));
      expect((await doc.getMarkInfo())?.Marked, 'tagged for screen readers').toBe(true);
    } finally {
      await doc.destroy();
    }
  });

  it('never leaves a 落款 alone at the top of a page: the last lines of the text go with it', async () => {
    const { bytes, pages } = await printed(signatureVariants(24));
    const signature = `${ISSUER}${SIGNED}`;
    let signatures = 0;
    let leastAbove = { index: -1, length: Infinity };
    for (const [index, page] of pages.entries()) {
      const text = bodyText(page);
      if (!text.includes(signature)) continue;
      signatures += text.split(signature).length - 1;
      const rest = text.split(signature).join('').replace('（此件主动公开）', '');
      expect(rest.length, `page ${index + 1} holds only a 落款: ${text}`).toBeGreaterThan(20);
      if (rest.length < leastAbove.length) leastAbove = { index, length: rest.length };
    }
    expect(signatures).toBe(24);
    // The page whose 落款 has the fewest lines above it: the last lines of the text that moved along.
    await savePage(bytes, leastAbove.index, 'export-booklet-signature.png');
  });

  it('runs short notices on after the item before them, each kept whole on one page', async () => {
    const pages = await print(shortNoticesBooklet());
    // A notice over a page long and four short ones: each short one used to take a page of its own.
    expect(pages.length).toBeLessThan(2 + SHORT_TOPICS.length);
    const titles = SHORT_TOPICS.map((topic) => fold(`关于报送${topic}材料的通知`));
    for (const title of titles) {
      const index = pages.findIndex((candidate) => bodyText(candidate).includes(title));
      expect(index, title).toBeGreaterThanOrEqual(0);
      const page = pages[index]!;
      expect(bodyText(page).split(title)[1], `${title} and its 落款 on one page`).toContain(`${ISSUER}${SIGNED}`);
      // A notice that starts a page did not fit in what was left of the page before: that page does not end half empty.
      if (bodyText(page).startsWith(title) && index > 0) {
        const body = page.items.filter((item) => item.y >= BOTTOM_MARGIN_PT);
        const top = Math.max(...body.map((item) => item.y));
        const signed = baselineWhereTextReaches(page, title, `${ISSUER}${SIGNED}`);
        const height = top - signed + TITLE_PT + LINE_PT;
        const left = Math.min(...pages[index - 1]!.items.filter((item) => item.y >= BOTTOM_MARGIN_PT).map((item) => item.y)) - BOTTOM_MARGIN_PT;
        expect(left, `${title}: ${Math.round(left)} pt left on the page before, the notice takes ${Math.round(height)} pt`).toBeLessThan(height + LINE_PT);
      }
    }
    expect(pages.some((page) => titles.filter((title) => bodyText(page).includes(title)).length >= 2)).toBe(true);
  });
});
