import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_TEXT_LAYER_WARNING, readPdfLines } from '../../../electron/engine/import/pdf/read-pdf-lines';
import type { SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { BOOKLET, CASE, GONGWEN } from '../../fixtures/import-lines/line-documents';
import { A4_HEIGHT, centredLine, COLUMN, paragraph, rightSetLine, textPdf, textWidth, type PlacedText } from '../../fixtures/import-lines/text-pdf';
import { FIXTURES_FOLDER } from '../../helpers/temp-library';
import { IMPORT_FIXTURES } from './fixture-helpers';
import { encryptedPdf } from './pdf-writer';

/** Beside tests/fixtures/import, not in it: the batch import test copies every file of that folder. */
const LINES_FIXTURES = path.join(FIXTURES_FOLDER, 'import-lines');
const read = async (name: string): Promise<SourceLine[]> => {
  const result = await readPdfLines(fs.readFileSync(path.join(LINES_FIXTURES, name)));
  expect(result.warnings).toEqual([]);
  expect(result.textless).toBe(false);
  return withoutFurniture(result.lines);
};
/** The lines that make the text: running headers and footers come back marked, for the structure readers. */
const withoutFurniture = (lines: SourceLine[]): SourceLine[] => lines.filter((line) => !line.furniture);
/** LibreOffice sets Latin digits apart from Chinese with a little space, which pdf.js reads as a space. */
const squeeze = (text: string): string => text.replace(/[\s\u3000]+/g, '');
const texts = (lines: SourceLine[]): string[] => lines.map((line) => squeeze(line.text));
/** The line with this text, or else the first that starts with it. */
const find = (lines: SourceLine[], start: string): SourceLine => {
  const line = lines.find((candidate) => squeeze(candidate.text) === squeeze(start)) ?? lines.find((candidate) => squeeze(candidate.text).startsWith(squeeze(start)));
  if (!line) throw new Error(`no line starting ${start}`);
  return line;
};

describe('reading a PDF as lines', () => {
  it('gives back a booklet’s paragraphs without its running title and “— 17 —” numbers, joined over page breaks', async () => {
    const lines = await read('booklet-p17.pdf');
    const expected = [BOOKLET.caseLabel, BOOKLET.title, BOOKLET.unit, ...BOOKLET.sections.flatMap((section) => [section.heading, ...section.paragraphs])];
    expect(texts(lines)).toEqual(expected.map(squeeze));
    const all = lines.map((line) => line.text).join('\n');
    expect(all).not.toContain('党建工作选编');
    expect(all).not.toMatch(/—\s*1[789]\s*—/);
    // Page 1 → 2 and page 2 → 3 break a paragraph; each is one entry, on the page it starts.
    expect(find(lines, '（一）党员带班上岗').page).toBe(1);
    expect(find(lines, '项目主体结构提前').page).toBe(2);
    expect(lines.every((line) => line.blockStart === true && typeof line.scale === 'number')).toBe(true);
  });

  it('reports a booklet page’s type sizes and positions: the title large and centred, the rest body text', async () => {
    const lines = await read('booklet-p17.pdf');
    const title = find(lines, BOOKLET.title);
    expect(title).toMatchObject({ role: 'heading', level: 1, centered: true, page: 1 });
    expect(title.scale).toBeCloseTo(22 / 16, 1);
    expect(find(lines, BOOKLET.caseLabel).scale).toBeCloseTo(14 / 16, 1);
    // Section headings in body-size 黑体 stay their own entries, as plain text lines.
    const heading = find(lines, '二、主要做法');
    expect(heading).toMatchObject({ role: 'text', scale: 1 });
    expect(heading.centered).toBeUndefined();
    const body = find(lines, '项目工期紧');
    expect(body.centered).toBeUndefined();
    expect(body.rightAligned).toBeUndefined();
  });

  it('reads a 公文: red header larger than the title, 文号 and title centred, the 落款 set right', async () => {
    const lines = await read('gongwen-redhead.pdf');
    const expected = [GONGWEN.redHeader, GONGWEN.docNumber, GONGWEN.title, GONGWEN.addressee, ...GONGWEN.paragraphs, GONGWEN.attachment, GONGWEN.issuer, GONGWEN.date];
    expect(texts(lines)).toEqual(expected.map(squeeze));
    const red = find(lines, GONGWEN.redHeader);
    const title = find(lines, GONGWEN.title);
    // Both reported as they are printed; which one is the title is the structure readers' call.
    expect(red).toMatchObject({ role: 'heading', level: 1, centered: true, page: 1 });
    expect(red.scale).toBeCloseTo(30 / 16, 1);
    expect(title).toMatchObject({ role: 'heading', level: 2, centered: true, page: 1 });
    expect(title.scale).toBeCloseTo(22 / 16, 1);
    expect(find(lines, GONGWEN.docNumber)).toMatchObject({ role: 'text', scale: 1, centered: true });
    for (const text of [GONGWEN.issuer, GONGWEN.date]) {
      const line = find(lines, text);
      expect(line).toMatchObject({ rightAligned: true, page: 2, scale: 1 });
      expect(line.centered).toBeUndefined();
    }
    for (const text of [GONGWEN.addressee, GONGWEN.attachment, ...GONGWEN.paragraphs]) {
      const line = find(lines, text);
      expect(line.centered ?? line.rightAligned).toBeUndefined();
    }
    expect(lines.map((line) => line.text).join('\n')).not.toMatch(/第\s*\d\s*页/);
  });

  it('reads a case write-up: a big title, 一、二、三、 headings in larger type, “· 1 ·” dropped', async () => {
    const lines = await read('case-headings.pdf');
    const expected = [CASE.title, CASE.subtitle, ...CASE.sections.flatMap((section) => [section.heading, ...section.paragraphs]), CASE.unit, CASE.date];
    expect(texts(lines)).toEqual(expected.map(squeeze));
    const title = find(lines, CASE.title);
    expect(title).toMatchObject({ role: 'heading', level: 1, centered: true });
    expect(title.scale).toBeCloseTo(20 / 12, 1);
    for (const section of CASE.sections) {
      const heading = find(lines, section.heading);
      expect(heading).toMatchObject({ role: 'heading', level: 2 });
      expect(heading.scale).toBeCloseTo(15 / 12, 1);
      expect(heading.centered).toBeUndefined();
    }
    const subtitle = find(lines, CASE.subtitle);
    expect(subtitle.centered).toBe(true);
    expect(subtitle.scale).toBeCloseTo(14 / 12, 1);
    expect(find(lines, CASE.unit).rightAligned).toBe(true);
    expect(find(lines, CASE.date).rightAligned).toBe(true);
    expect(find(lines, CASE.sections[0]?.paragraphs[0] ?? '')).toMatchObject({ role: 'text', scale: 1 });
  });

  it('reads a page printed from Chromium: centred title and 文号, right-set 落款, the header and page numbers gone', async () => {
    const lines = withoutFurniture((await readPdfLines(fs.readFileSync(path.join(IMPORT_FIXTURES, 'policy-three-pages.pdf')))).lines);
    expect(find(lines, '湖州市南浔区住房和城乡建设局关于深化')).toMatchObject({ role: 'heading', level: 1, centered: true, page: 1 });
    expect(find(lines, '浔住建〔2024〕21号')).toMatchObject({ centered: true, scale: 1 });
    expect(find(lines, '湖州市南浔区住房和城乡建设局')).toMatchObject({ rightAligned: true, page: 3 });
    expect(find(lines, '2024年1月15日')).toMatchObject({ rightAligned: true, page: 3 });
    const all = lines.map((line) => line.text).join('\n');
    expect(all).not.toContain('建设工作专刊');
    expect(all).not.toMatch(/—\s*\d\s*—/);
  });
});

// ------------------------------------------------------------------------------------------------
// Page furniture in every shape, on PDFs laid out to the point.

const RUNNING_TITLE = '江北住建·文件选编 2022年第3辑';
const SPLIT = '各项目临时党支部要把工人权益保障作为支部工作的重要内容，每月组织一次工资支付核查，公示栏同步公布维权电话，对连续两个月未按时足额支付工资的分包单位由支部约谈其负责人并限期整改到位。';

/** Three pages of body text; the second paragraph runs from page 1 onto page 2. */
function bookletPages(): PlacedText[][] {
  const first = paragraph('为深入推进“红色工地”建设，切实保障建筑工人合法权益，现就有关事项通知如下。', 700);
  const split = paragraph(SPLIT, 640);
  return [
    [centredLine('关于加强工人权益保障的通知', 760, 22), ...first, ...split.slice(0, 2)],
    [...split.slice(2).map((line, index) => ({ ...line, y: 760 - index * COLUMN.leading })), ...paragraph('各单位要高度重视，认真抓好落实。', 700)],
    paragraph('本通知自印发之日起施行。', 760),
  ];
}

function withFurniture(pages: PlacedText[][], number: (page: number) => string, { top = false, header = true } = {}): Buffer {
  return textPdf(
    pages.map((lines, index) => {
      const label = number(index + 1);
      const size = 10;
      const placed: PlacedText = top
        ? { text: label, x: COLUMN.right - textWidth(label, size), y: A4_HEIGHT - 40, size }
        : { text: label, x: (COLUMN.left + COLUMN.right) / 2 - textWidth(label, size) / 2, y: 40, size };
      return [...(header ? [centredLine(RUNNING_TITLE, A4_HEIGHT - 50, 9)] : []), ...lines, placed];
    }),
  );
}

async function bookletTexts(bytes: Buffer): Promise<string[]> {
  const { lines } = await readPdfLines(bytes);
  return withoutFurniture(lines).map((line) => line.text);
}

const BOOKLET_TEXTS = ['关于加强工人权益保障的通知', '为深入推进“红色工地”建设，切实保障建筑工人合法权益，现就有关事项通知如下。', SPLIT, '各单位要高度重视，认真抓好落实。', '本通知自印发之日起施行。'];

describe('dropping running headers, footers and page numbers', () => {
  it.each([
    ['— n —', (n: number) => `— ${n} —`],
    ['- n -', (n: number) => `- ${n} -`],
    ['第 n 页 共 3 页', (n: number) => `第 ${n} 页 共 3 页`],
    ['第n页', (n: number) => `第${n}页`],
    ['n/10', (n: number) => `${n}/10`],
    ['· n · from 17', (n: number) => `· ${n + 16} ·`],
    ['Page n of 3', (n: number) => `Page ${n} of 3`],
    ['共3页 第n页', (n: number) => `共3页 第${n}页`],
  ])('drops “%s” page numbers and a booklet’s running title, and joins the paragraph across the break', async (_shape, number) => {
    expect(await bookletTexts(withFurniture(bookletPages(), number))).toEqual(BOOKLET_TEXTS);
  });

  it('drops page numbers printed at the top corner, numbered from 17, without a running title', async () => {
    expect(await bookletTexts(withFurniture(bookletPages(), (n) => String(n + 16), { top: true, header: false }))).toEqual(BOOKLET_TEXTS);
  });

  it('drops a browser printout’s date, page title, address and page count, on every page', async () => {
    const url = 'https://www.example.gov.cn/art/2024/4/18/art_1229_98765.html';
    const pages = bookletPages().map((lines, index, all) => [
      // Chromium's margins: the date at the left and the page title in the middle of the top edge,
      // the address at the left and "n/m" at the right of the bottom edge, in 6 pt type.
      { text: '2024/4/18 10:15', x: 29, y: 822, size: 6 },
      centredLine('关于加强工人权益保障的通知 - 江北区住房和城乡建设局', 822, 6),
      ...lines,
      { text: url, x: 29, y: 16, size: 6 },
      { text: `${index + 1}/${all.length}`, x: 557, y: 16, size: 6 },
    ]);
    expect(await bookletTexts(textPdf(pages))).toEqual(BOOKLET_TEXTS);
  });

  it('drops a one-page printout’s margins too, with nothing repeating to go by', async () => {
    const page = [
      { text: '2024/4/18 10:15', x: 29, y: 822, size: 6 },
      { text: '工地党建联建推进会召开 - 某某区住房和城乡建设局', x: 200, y: 822, size: 6 },
      centredLine('工地党建联建推进会召开', 760, 20),
      ...paragraph('区住建局组织召开工地党建联建推进会，各项目临时党支部书记参加会议。', 700),
      { text: 'https://www.example.gov.cn/art/2024/4/18/art_1229_98766.html', x: 29, y: 16, size: 6 },
      { text: '1/1', x: 557, y: 16, size: 6 },
    ];
    expect(await bookletTexts(textPdf([page]))).toEqual(['工地党建联建推进会召开', '区住建局组织召开工地党建联建推进会，各项目临时党支部书记参加会议。']);
  });

  it('drops a one-page case’s booklet title and compiler’s imprint set in small type at its edges, and keeps a 落款 in body type', async () => {
    const page = [
      centredLine('2025年度红色工地典型案例汇编', A4_HEIGHT - 50, 9),
      centredLine('赛罕区：“党员先锋岗”守护工地', 760, 20),
      ...paragraph('项目临时党支部设立6个“党员先锋岗”，党员轮流上岗，全年不断岗。', 700),
      centredLine('赛罕区住房和城乡建设局', 620, 14),
      centredLine('某区住房和城乡建设局编印', 60, 9),
      centredLine('— 1 —', 40, 10),
    ];
    expect(await bookletTexts(textPdf([page]))).toEqual(['赛罕区：“党员先锋岗”守护工地', '项目临时党支部设立6个“党员先锋岗”，党员轮流上岗，全年不断岗。', '赛罕区住房和城乡建设局']);
  });

  it('drops a one-page case’s footer that holds its page number beside the booklet’s short name', async () => {
    const page = [
      centredLine('莲都区“赤色能量站”：工友身边的暖心驿站', 760, 20),
      ...paragraph('丽水市莲都区某安置房项目党支部在工地生活区建起“赤色能量站”，每周由党员志愿者值班。', 700),
      centredLine('典型案例汇编 第 7 页 — 1 —', 40, 14),
    ];
    expect(await bookletTexts(textPdf([page]))).toEqual(['莲都区“赤色能量站”：工友身边的暖心驿站', '丽水市莲都区某安置房项目党支部在工地生活区建起“赤色能量站”，每周由党员志愿者值班。']);
  });

  it('closes up a line whose characters a justified layout spread out with spaces, and keeps the spaces between fields', async () => {
    const page = [
      centredLine('“四步议事”工作法', 760, 20),
      { text: '我 们 青 岛 市 黄 岛 区 海 港 新 城 项 目 党 支 部 成 立 于', x: COLUMN.left + 32, y: 700, size: 16 },
      { text: '2023年，现有党员19名。', x: COLUMN.left, y: 672, size: 16 },
      { text: '发布机构：某区住建局 发布日期：2025-09-16', x: COLUMN.left, y: 600, size: 12 },
    ];
    const texts = await bookletTexts(textPdf([page]));
    expect(texts.join('\n')).toContain('我们青岛市黄岛区海港新城项目党支部成立于');
    expect(texts.join('\n')).toContain('某区住建局 发布日期');
  });

  it('keeps a paragraph that ends a page with a full stop apart from an indented one on the next page', async () => {
    const pages = [
      [centredLine('通知', 760, 22), ...paragraph('第一段写到页底为止，句子在这里结束了。', 700)],
      [...paragraph('第二段在新的一页开始，首行缩进两个字。', 760)],
    ];
    expect(await bookletTexts(withFurniture(pages, (n) => `— ${n} —`))).toEqual(['通知', '第一段写到页底为止，句子在这里结束了。', '第二段在新的一页开始，首行缩进两个字。']);
  });

  it('hands the first page’s running header and footer over marked as furniture, the header first and the footer last', async () => {
    const { lines } = await readPdfLines(withFurniture(bookletPages(), (n) => `— ${n} —`));
    expect(lines[0]).toMatchObject({ text: RUNNING_TITLE, furniture: true, page: 1 });
    expect(lines.filter((line) => line.furniture).map((line) => line.text)).toEqual([RUNNING_TITLE]);
  });

  it('drops a newspaper page’s editor line that follows the text on a short last page, as it sits at the foot of the first', async () => {
    const editors = '琴岛晚报数字报 本版编辑：韩冰 美编：赵璐 校对：李强';
    const pages = bookletPages().slice(0, 2);
    const footer = (y: number): PlacedText => ({ text: editors, x: COLUMN.left + 100, y, size: 9 });
    const withFooters = textPdf([[...(pages[0] as PlacedText[]), footer(40)], [...(pages[1] as PlacedText[]), footer(600)]]);
    const { lines } = await readPdfLines(withFooters);
    expect(withoutFurniture(lines).map((line) => line.text)).toEqual(BOOKLET_TEXTS.slice(0, 4));
    expect(lines.at(-1)).toMatchObject({ text: editors, furniture: true });
  });

  it('keeps body lines that only look like furniture when they sit in the middle of the page', async () => {
    const page = [centredLine('统计表', 760, 22), ...paragraph('全年共完成下列事项：', 700), { text: '2024/4/18', x: COLUMN.left, y: 500, size: 14 }, { text: '3/10', x: COLUMN.left, y: 475, size: 14 }];
    const texts = await bookletTexts(textPdf([page]));
    expect(texts).toContain('2024/4/18');
    expect(texts).toContain('3/10');
  });
});

describe('layout facts from positions', () => {
  it('marks a 落款 set right — flush or with a right indent — and a centred 文号, and gives the largest type on page 1 level 1', async () => {
    const pages = [
      [
        centredLine('江北区住房和城乡建设局文件', 700, 30),
        centredLine('江北建〔2024〕9号', 640, 14),
        centredLine('关于开展工地党建联建的通知', 590, 20),
        ...paragraph('各项目临时党支部要结合实际认真落实，确保取得实效，有关情况及时报送区住建局。', 540),
        rightSetLine('江北区住房和城乡建设局', 440, 14, 4 * 14),
        rightSetLine('2024年5月6日', 415, 14, 4 * 14),
        rightSetLine('（联系人：王某某）', 390, 14),
      ],
    ];
    const { lines } = await readPdfLines(textPdf(pages));
    expect(lines.map((line) => [line.text, line.role, line.level, line.centered, line.rightAligned])).toEqual([
      ['江北区住房和城乡建设局文件', 'heading', 1, true, undefined],
      ['江北建〔2024〕9号', 'text', undefined, true, undefined],
      ['关于开展工地党建联建的通知', 'heading', 2, true, undefined],
      ['各项目临时党支部要结合实际认真落实，确保取得实效，有关情况及时报送区住建局。', 'text', undefined, undefined, undefined],
      ['江北区住房和城乡建设局', 'text', undefined, undefined, true],
      ['2024年5月6日', 'text', undefined, undefined, true],
      ['（联系人：王某某）', 'text', undefined, undefined, true],
    ]);
  });

  it('joins a title wrapped over two centred lines into one heading, kept apart from the body', async () => {
    const title = '关于深化“红色工地”建设推动党建工作与项目建设深度融合的实施意见';
    const body = '为深入贯彻落实有关部署要求，推动党建工作与项目建设深度融合，进一步擦亮“红色工地”党建品牌，结合实际，提出如下意见。';
    const pages = [[centredLine(title.slice(0, 19), 740, 22), centredLine(title.slice(19), 705, 22), ...paragraph(body, 650)]];
    const { lines } = await readPdfLines(textPdf(pages));
    expect(lines.map((line) => line.text)).toEqual([title, body]);
    expect(lines[0]).toMatchObject({ role: 'heading', level: 1, centered: true });
  });
});

describe('PDFs that cannot be read as text', () => {
  it('reports a PDF without a text layer as textless', async () => {
    const result = await readPdfLines(textPdf([[], []]));
    expect(result).toEqual({ lines: [], warnings: [NO_TEXT_LAYER_WARNING], textless: true, pagesWithoutText: [1, 2] });
  });

  it('fails a file that is not a PDF, an encrypted one and a damaged one with Chinese reasons', async () => {
    await expect(readPdfLines(Buffer.from('<html>not a pdf</html>'))).rejects.toThrow('不是 PDF');
    await expect(readPdfLines(encryptedPdf())).rejects.toThrow('文件已加密');
    await expect(readPdfLines(Buffer.from('%PDF-1.4\n%%EOF\n'))).rejects.toThrow('已损坏');
  });
});
