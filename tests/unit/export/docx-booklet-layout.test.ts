import { layoutDocument, type LineLayout, type PageLayout } from 'docx/layout';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWordDocument, renderDocx } from '../../../electron/engine/export/docx/render-docx';
import type { ExportBook } from '../../../electron/engine/export/export-model';
import { PAGE_SIZE_MM, TEMPLATES } from '../../../electron/engine/export/layout-templates';
import { collectionBooklet, DESCRIPTION, ISSUER, SHORT_TOPICS, shortNoticesBooklet, signatureVariants, SIGNED } from './booklet-fixtures';

/**
 * The Word booklet's layout: its XML (footers, section start, keep settings) and its pages as Word lays
 * them out, by the docx package's own model of Word's layout (docx/layout), which follows section
 * breaks, keep with next, keep lines together and widow control.
 */

interface WordParagraph {
  properties: string;
  text: string;
}

async function xmlParts(book: ExportBook): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await renderDocx(book)));
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]));
}

function paragraphs(documentXml: string): WordParagraph[] {
  return [...documentXml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1] ?? '';
    return { properties: /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(body)?.[0] ?? '', text: [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join('') };
  });
}

function pageLines(page: PageLayout): LineLayout[] {
  return page.body.flatMap((block) => (block.type === 'paragraph' ? block.lines : []));
}

function pageText(page: PageLayout): string {
  return page.body.flatMap((block) => (block.type === 'paragraph' ? block.lines.map((line) => line.text) : [])).join('');
}

function pages(book: ExportBook): readonly PageLayout[] {
  const layout = layoutDocument(buildWordDocument(book), { guess: true });
  expect(layout.stoppedAt).toBeUndefined();
  return layout.pages;
}

const SIGNATURE = `${ISSUER}${SIGNED}`;

describe('Word booklet layout (公文汇编)', () => {
  let xml: Record<string, string>;

  beforeAll(async () => {
    xml = await xmlParts(collectionBooklet());
  });

  it('numbers odd pages at the right and even pages at the left, page 1 on a right-hand page', () => {
    expect(xml['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/);
    const document = xml['word/document.xml']!;
    const relations = xml['word/_rels/document.xml.rels']!;
    const footerFor = (type: 'default' | 'even') => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(document)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relations)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(relations)?.[1];
      return xml[`word/${target}`] ?? '';
    };
    expect(footerFor('default')).toMatch(/<w:jc w:val="right"\/>/);
    expect(footerFor('even')).toMatch(/<w:jc w:val="left"\/>/);
    // The body's section starts on an odd page: Word adds a blank page after the front matter when needed.
    const bodySection = [...document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].at(-1)?.[0] ?? '';
    expect(bodySection).toContain('<w:type w:val="oddPage"/>');
    expect(bodySection).toContain('<w:pgNumType w:start="1"/>');

    const laidOut = pages(collectionBooklet());
    const body = laidOut.map((page, index) => ({ page, index })).filter(({ page }) => page.section === 1);
    expect(body[0]?.page.pageNumber).toBe('1');
    // Cover, 编印说明 and contents, then a blank page: page 1 is the fifth, a right-hand page.
    expect(body[0]?.index).toBe(4);
    expect(pageText(laidOut[3]!)).toBe('');
    for (const { page } of body) expect(page.footer, `page ${page.pageNumber}`).toBe(Number(page.pageNumber) % 2 === 1 ? 'default' : 'even');
    for (const page of laidOut.filter((candidate) => candidate.section === 0)) expect(page.footer).toBeUndefined();
  });

  it('puts the description on a 编印说明 page of the front matter, before the contents', () => {
    const all = paragraphs(xml['word/document.xml']!);
    const frontEnd = all.findIndex((paragraph) => paragraph.properties.includes('<w:sectPr'));
    const preface = all.findIndex((paragraph) => paragraph.text === '编印说明');
    const description = all.findIndex((paragraph) => paragraph.text === DESCRIPTION);
    const contents = all.findIndex((paragraph) => paragraph.text === '目　录');
    expect(preface).toBeGreaterThan(0);
    expect(all[preface]!.properties).toMatch(/<w:pageBreakBefore\/>/);
    expect(description).toBe(preface + 1);
    expect(contents).toBeGreaterThan(description);
    expect(frontEnd).toBeGreaterThan(contents);
    expect(all.filter((paragraph) => paragraph.text.includes(DESCRIPTION))).toHaveLength(1);
    expect(pageText(pages(collectionBooklet())[1]!)).toBe(`编印说明${DESCRIPTION}`);
  });
});

describe('Word booklet: the 落款 stays with the text above it', () => {
  it('keeps the last paragraph with the 落款 and the 落款’s lines together', async () => {
    const all = paragraphs((await xmlParts(signatureVariants(2)))['word/document.xml']!);
    const starts = all.flatMap((paragraph, index) => (paragraph.text === ISSUER && paragraph.properties.includes('CbSignature') ? [index] : []));
    expect(starts).toHaveLength(2);
    for (const start of starts) {
      const before = all[start - 1]!;
      expect(before.text).toMatch(/^请各单位高度重视/);
      expect(before.properties).toMatch(/<w:keepNext\/>/);
      expect(before.properties).toMatch(/<w:widowControl\/>/);
      expect(all[start]!.properties).toMatch(/<w:keepNext\/>/);
      expect(all[start]!.properties).toMatch(/<w:keepLines\/>/);
      expect(all[start + 1]!.text).toBe(SIGNED);
      expect(all[start + 1]!.properties).toMatch(/<w:keepLines\/>/);
    }
    // The 附注 under the date of the second notice goes with the date.
    expect(all[starts[1]! + 1]!.properties).toMatch(/<w:keepNext\/>/);
    expect(all[starts[1]! + 2]!.text).toBe('（此件主动公开）');
  });

  it('lays out no page that holds only a 落款, whatever the length of the text', () => {
    const laidOut = pages(signatureVariants(24));
    let signatures = 0;
    for (const [index, page] of laidOut.entries()) {
      const text = pageText(page);
      if (!text.includes(SIGNATURE)) continue;
      signatures += text.split(SIGNATURE).length - 1;
      const rest = text.split(SIGNATURE).join('').replace('（此件主动公开）', '');
      expect(rest.length, `page ${index + 1} holds only a 落款: ${text}`).toBeGreaterThan(20);
    }
    expect(signatures).toBe(24);
  }, 60_000);
});

describe('Word booklet: short notices', () => {
  it('runs short notices on after the item before them, each kept whole on one page', async () => {
    const all = paragraphs((await xmlParts(shortNoticesBooklet()))['word/document.xml']!);
    for (const topic of SHORT_TOPICS) {
      const title = all.find((paragraph) => paragraph.text === `关于报送${topic}材料的通知`);
      expect(title?.properties).not.toMatch(/<w:pageBreakBefore\/>/);
    }
    const laidOut = pages(shortNoticesBooklet());
    // A notice over a page long and four short ones: each short one used to take a page of its own.
    expect(laidOut.length).toBeLessThan(2 + SHORT_TOPICS.length);
    const bottom = (laidOut[0]!.height * (PAGE_SIZE_MM.height - TEMPLATES.official.marginMm.bottom)) / PAGE_SIZE_MM.height;
    const bodyLineGap = (TEMPLATES.official.lineExactPt! * 96) / 72;
    for (const topic of SHORT_TOPICS) {
      const title = `关于报送${topic}材料的通知`;
      const index = laidOut.findIndex((candidate) => pageText(candidate).includes(title));
      const page = laidOut[index]!;
      expect(pageText(page).split(title)[1], `${title} and its 落款 on one page`).toContain(SIGNATURE);
      // A notice that starts a page did not fit in what was left of the page before: that page does not end half empty.
      if (pageText(page).startsWith(title) && index > 0) {
        const lines = pageLines(page);
        const signed = lines.find((line) => line.text === SIGNED)!;
        const height = signed.y + signed.height - lines[0]!.y;
        const last = pageLines(laidOut[index - 1]!).at(-1)!;
        const left = bottom - (last.y + last.height);
        expect(left, `${title}: ${Math.round(left)} px left on the page before, the notice takes ${Math.round(height)} px`).toBeLessThan(height + bodyLineGap);
      }
    }
  }, 30_000);
});
