import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
} from 'docx';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocxLines } from '../../../electron/engine/import/docx/read-docx-lines';
import type { SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { BOOKLET, bookletDocument, CASE, caseDocument, GONGWEN, gongwenDocument } from '../../fixtures/import-lines/line-documents';
import { fixtureBytes } from './fixture-helpers';
import { deflated, writeZip } from './zip-writer';

const linesOf = async (document: Document): Promise<{ lines: SourceLine[]; warnings: string[] }> => readDocxLines(await Packer.toBuffer(document));
const find = (lines: SourceLine[], text: string): SourceLine => {
  const line = lines.find((candidate) => candidate.text === text);
  if (!line) throw new Error(`no line ${text}`);
  return line;
};

describe('reading a Word file as lines', () => {
  it('reads a 公文 laid out by hand: red header and title by size, 文号 and title centred, 落款 set right', async () => {
    const { lines, warnings } = await linesOf(gongwenDocument());
    expect(warnings).toEqual([]);
    expect(lines.map((line) => line.text)).toEqual([
      GONGWEN.redHeader,
      GONGWEN.docNumber,
      GONGWEN.title,
      GONGWEN.addressee,
      ...GONGWEN.paragraphs,
      GONGWEN.attachment,
      GONGWEN.issuer,
      GONGWEN.date,
    ]);
    // No heading styles: the format says nothing about headings, only sizes and alignment.
    expect(lines.every((line) => line.role === 'text' && line.blockStart === true && line.level === undefined)).toBe(true);
    expect(find(lines, GONGWEN.redHeader)).toMatchObject({ scale: 1.88, centered: true });
    expect(find(lines, GONGWEN.title)).toMatchObject({ scale: 1.38, centered: true });
    expect(find(lines, GONGWEN.docNumber)).toMatchObject({ scale: 1, centered: true });
    for (const text of [GONGWEN.issuer, GONGWEN.date]) expect(find(lines, text)).toMatchObject({ scale: 1, rightAligned: true });
    for (const text of [GONGWEN.addressee, ...GONGWEN.paragraphs]) {
      const line = find(lines, text);
      expect(line.scale).toBe(1);
      expect(line.centered ?? line.rightAligned).toBeUndefined();
    }
  });

  it('skips the running header and the page-number footer', async () => {
    const { lines } = await linesOf(bookletDocument());
    expect(lines.map((line) => line.text)).toEqual([BOOKLET.caseLabel, BOOKLET.title, BOOKLET.unit, ...BOOKLET.sections.flatMap((section) => [section.heading, ...section.paragraphs])]);
    expect(find(lines, BOOKLET.title)).toMatchObject({ scale: 1.38, centered: true });
    expect(find(lines, BOOKLET.caseLabel).scale).toBe(0.88);
  });

  it('gives sizes relative to a 12 pt body: a 20 pt title, 15 pt headings, a right-set signature', async () => {
    const { lines } = await linesOf(caseDocument());
    expect(find(lines, CASE.title)).toMatchObject({ scale: 1.67, centered: true });
    expect(find(lines, CASE.subtitle)).toMatchObject({ scale: 1.17, centered: true });
    for (const section of CASE.sections) expect(find(lines, section.heading)).toMatchObject({ role: 'text', scale: 1.25 });
    expect(find(lines, CASE.sections[1]?.paragraphs[0] ?? '')).toMatchObject({ scale: 1 });
    expect(find(lines, CASE.unit)).toMatchObject({ rightAligned: true });
    expect(find(lines, CASE.date)).toMatchObject({ rightAligned: true });
  });

  it('takes headings from Word styles, numbers lists as Word shows them, and joins table cells with “ | ”', async () => {
    const cell = (text: string): TableCell => new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [new Paragraph(text)] });
    const document = new Document({
      numbering: {
        config: [
          { reference: 'cn', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING }] },
          {
            reference: 'sub',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.DECIMAL, text: '（%2）', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '“工地夜校”点亮工人成长路', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '基本情况', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '夜校课程', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: '健全组织体系', numbering: { reference: 'cn', level: 0 } }),
            new Paragraph({ text: '规范阵地建设', numbering: { reference: 'cn', level: 0 } }),
            new Paragraph({ text: '摸清工友学习需求', numbering: { reference: 'sub', level: 0 } }),
            new Paragraph({ text: '按工种编排课程', numbering: { reference: 'sub', level: 1 } }),
            new Paragraph({ text: '组织考证', numbering: { reference: 'sub', level: 1 } }),
            new Paragraph({ text: '跟踪上岗', numbering: { reference: 'sub', level: 0 } }),
            new Paragraph({ text: '每周二、周四晚上授课。', bullet: { level: 0 } }),
            new Table({
              rows: [
                new TableRow({ children: [cell('指标'), cell('2022年'), cell('2023年')] }),
                new TableRow({ children: [cell('夜校授课场次'), cell('48'), cell('96')] }),
              ],
            }),
          ],
        },
      ],
    });
    const { lines } = await linesOf(document);
    // A list and a table are each one block: only their first line starts one.
    expect(lines.map((line) => [line.text, line.role, line.level, line.blockStart])).toEqual([
      ['“工地夜校”点亮工人成长路', 'heading', 1, true],
      ['基本情况', 'heading', 1, true],
      ['夜校课程', 'heading', 2, true],
      ['一、健全组织体系', 'list-item', undefined, true],
      ['二、规范阵地建设', 'list-item', undefined, false],
      ['1. 摸清工友学习需求', 'list-item', undefined, false],
      ['（1）按工种编排课程', 'list-item', undefined, false],
      ['（2）组织考证', 'list-item', undefined, false],
      ['2. 跟踪上岗', 'list-item', undefined, false],
      ['每周二、周四晚上授课。', 'list-item', undefined, false],
      ['指标 | 2022年 | 2023年', 'table-row', undefined, true],
      ['夜校授课场次 | 48 | 96', 'table-row', undefined, false],
    ]);
  });

  it('reads a borderless layout table (a joint red header) cell by cell', async () => {
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
    const red = (text: string, size: number): TextRun => new TextRun({ text, size, color: 'FF0000' });
    const document = new Document({
      sections: [
        {
          children: [
            new Table({
              borders,
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ borders, children: ['南湖区住房和城乡建设局', '南湖区总工会'].map((name) => new Paragraph({ alignment: AlignmentType.DISTRIBUTE, children: [red(name, 52)] })) }),
                    new TableCell({ borders, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [red('文件', 80)] })] }),
                  ],
                }),
              ],
            }),
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('南住建〔2024〕21号')] }),
            new Paragraph('正文第一段，说明有关事项。'),
            new Paragraph('正文第二段，提出工作要求。'),
          ],
        },
      ],
    });
    const { lines } = await linesOf(document);
    // The body is in Word's default 10 pt (no size anywhere): 26 pt issuers, 40 pt 文件.
    expect(lines.map((line) => [line.text, line.role, line.scale, line.centered])).toEqual([
      ['南湖区住房和城乡建设局', 'text', 2.6, undefined],
      ['南湖区总工会', 'text', 2.6, undefined],
      ['文件', 'text', 4, true],
      ['南住建〔2024〕21号', 'text', 1, true],
      ['正文第一段，说明有关事项。', 'text', 1, undefined],
      ['正文第二段，提出工作要求。', 'text', 1, undefined],
    ]);
  });

  it('reads a text box where it is anchored, before the paragraph’s own text', async () => {
    const box = new Textbox({ style: { width: '4in', height: '1in' }, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '南湖区住房和城乡建设局文件', size: 60 })] })] });
    const document = new Document({ sections: [{ children: [new Paragraph({ children: [box] }), new Paragraph('各有关单位：现将有关事项通知如下。'), new Paragraph('请认真贯彻落实。')] }] });
    const { lines } = await linesOf(document);
    expect(lines.map((line) => [line.text, line.scale, line.centered])).toEqual([
      ['南湖区住房和城乡建设局文件', 3, true],
      ['各有关单位：现将有关事项通知如下。', 1, undefined],
      ['请认真贯彻落实。', 1, undefined],
    ]);
  });

  it('keeps tracked insertions, drops tracked deletions, comments, footnote marks, headers and footers; footnotes follow the body', async () => {
    const revision = { author: '王某', date: '2024-03-01T09:00:00Z' };
    const document = new Document({
      comments: { children: [{ id: 0, author: '王某', date: new Date('2024-03-01T09:00:00Z'), children: [new Paragraph('请核实数字')] }] },
      footnotes: { 1: { children: [new Paragraph('数据来源：区住建局统计。')] } },
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('南湖区住建局 内部资料')] }) },
          footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
          children: [
            new Paragraph({
              children: [
                new TextRun('项目临时党支部现有党员'),
                new DeletedTextRun({ text: '12', id: 1, ...revision }),
                new InsertedTextRun({ text: '15', id: 2, ...revision }),
                new TextRun('名'),
                new CommentRangeStart(0),
                new TextRun('，工友高峰期达620人'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new FootnoteReferenceRun(1),
                new TextRun('。'),
              ],
            }),
            new Paragraph({ children: [new TextRun('隐藏的说明文字'), new TextRun({ text: '（不显示）', vanish: true })] }),
          ],
        },
      ],
    });
    const { lines, warnings } = await linesOf(document);
    expect(lines.map((line) => line.text)).toEqual(['项目临时党支部现有党员15名，工友高峰期达620人。', '隐藏的说明文字', '数据来源：区住建局统计。']);
    expect(warnings).toEqual(['文档含有修订痕迹：已按接受全部修订后的内容读取，删除的文字未导入。', '文档中的批注未导入。']);
  });

  it('splits a paragraph at soft line breaks into lines of one block, and sees a 落款 pushed right by spaces', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '关于推行“红色工地”', size: 44 }), new TextRun({ text: '联建共建工作机制的意见', size: 44, break: 1 })] }),
            new Paragraph('各街道，各有关单位：为推动党建工作与项目建设深度融合，现就推行联建共建工作机制提出如下意见，请结合实际认真贯彻落实。'),
            new Paragraph('\u3000'.repeat(20) + '绍兴市越城区住房和城乡建设局'),
            new Paragraph({ indent: { left: 5400 }, children: [new TextRun('2023年3月10日')] }),
          ],
        },
      ],
    });
    const { lines } = await linesOf(document);
    expect(lines.map((line) => [line.text, line.blockStart, line.centered, line.rightAligned])).toEqual([
      ['关于推行“红色工地”', true, true, undefined],
      ['联建共建工作机制的意见', false, true, undefined],
      ['各街道，各有关单位：为推动党建工作与项目建设深度融合，现就推行联建共建工作机制提出如下意见，请结合实际认真贯彻落实。', true, undefined, undefined],
      ['绍兴市越城区住房和城乡建设局', true, undefined, true],
      ['2023年3月10日', true, undefined, true],
    ]);
  });

  it('reads the import fixtures: a Title-styled case with lists and a table, a notice laid out by hand', async () => {
    const caseLines = (await readDocxLines(fixtureBytes('case-structure.docx'))).lines;
    expect(find(caseLines, '“工地夜校”点亮建筑工人成长路')).toMatchObject({ role: 'heading', level: 1 });
    expect(find(caseLines, '一、基本情况')).toMatchObject({ role: 'heading', level: 1 });
    expect(find(caseLines, '课程涵盖安全规范、识图放样和焊接技能。')).toMatchObject({ role: 'list-item' });
    expect(find(caseLines, '1. 摸清工友学习需求')).toMatchObject({ role: 'list-item' });
    expect(find(caseLines, '指标 | 2022年 | 2023年')).toMatchObject({ role: 'table-row' });
    expect(find(caseLines, '绍兴越达建设有限公司党支部')).toMatchObject({ rightAligned: true });
    const notice = (await readDocxLines(fixtureBytes('policy-notice.docx'))).lines;
    expect(notice.slice(0, 4).map((line) => [line.text, line.centered])).toEqual([
      ['绍兴市越城区住房和城乡建设局文件', true],
      ['越住建(2023)7号', true],
      ['绍兴市越城区住房和城乡建设局关于推行', true],
      ['“红色工地”联建共建工作机制的意见', true],
    ]);
    // Indented by full-width spaces in the text: the text is trimmed.
    expect(find(notice, '为推动党建工作与项目建设深度融合，现就在全区在建工程项目推行“红色工地”联建共建工作机制提出如下意见。').rightAligned).toBeUndefined();
    expect(find(notice, '二〇二三年三月十日')).toMatchObject({ rightAligned: true });
  });
});

describe('refusing Word files that are not safe or not Word files', () => {
  it('runs the container and ZIP checks first', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1152);
    await expect(readDocxLines(ole)).rejects.toThrow('文件已加密');
    const doc = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc);
    await expect(readDocxLines(doc)).rejects.toThrow('旧版 Word');
    const tenMb = 10 * 1024 * 1024;
    const lying = writeZip([{ name: 'word/document.xml', data: deflated(new Uint8Array(tenMb)), declaredSize: 4096 }]);
    await expect(readDocxLines(lying)).rejects.toThrow('压缩炸弹');
    const whole = fixtureBytes('case-structure.docx');
    await expect(readDocxLines(whole.subarray(0, Math.floor(whole.length * 0.6)))).rejects.toThrow('已损坏或不完整');
    await expect(readDocxLines(Buffer.from(zipSync({ 'word/other.xml': new Uint8Array(4) })))).rejects.toThrow('缺少正文部分');
  });
});
