import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { closeNoBreakSpaces, removeInvisibleCharacters } from '../../../electron/engine/import/cleaning/noise/invisible-characters';
import { isNoteMark } from '../../../electron/engine/import/cleaning/noise/note-marks';
import { readDocxLines } from '../../../electron/engine/import/docx/read-docx-lines';
import { readCopiedText, readPageHtml, readWordLines } from './fixture-helpers';

// Things set inside a sentence that are no part of it (dev/blind-18): invisible characters pasted into words, a ruby's
// pronunciation, a note's superscript mark. Left in, the sentence no longer reads (or searches) as written.

describe('invisible characters', () => {
  it('go from inside words: zero-width spaces and joiners, soft hyphens, a stray byte-order mark', () => {
    expect(removeInvisibleCharacters('闵行区在颛\u200b桥镇开设工地夜校，课程涵盖安全\u00ad生产、智能\u200c手机使用\ufeff等内容。')).toBe('闵行区在颛桥镇开设工地夜校，课程涵盖安全生产、智能手机使用等内容。');
  });

  it('close a no-break space between a figure and a character of a sentence, but not a space between fields', () => {
    expect(closeNoBreakSpaces('前5\u00a0名列入红榜，后3\u00a0名列入黑榜。')).toBe('前5名列入红榜，后3名列入黑榜。');
    expect(closeNoBreakSpaces('EPC\u00a0total')).toBe('EPC\u00a0total');
  });

  it('leave a copied page’s sentence whole and its place findable', () => {
    const read = readCopiedText('闵行区“工地夜校”开课\n发布时间：2025-09-03 09:12\u3000来源：上海闵行\n9月2日晚，闵行区住建委在颛\u200b桥镇某保障房项目开设的“工地夜校”正式开课，首期学员86\u00a0人。\n夜校由项目临时党支部牵头，课程涵盖安全\u00ad生产、劳动法律等内容。');
    expect(read.text).toContain('9月2日晚，闵行区住建委在颛桥镇某保障房项目开设的“工地夜校”正式开课，首期学员86人。');
    expect(read.text).toContain('课程涵盖安全生产、劳动法律等内容。');
  });
});

describe('a note’s mark in superscript', () => {
  it('is a mark when bracketed, or a bare figure after a character of a sentence; an exponent and a circled number are not', () => {
    expect(isNoteMark('[1]', '涉及居民1100余户')).toBe(true);
    expect(isNoteMark('③', '示范项目')).toBe(false);
    expect(isNoteMark('2', '建立“三方议事”机制')).toBe(true);
    expect(isNoteMark('2', '总建筑面积16万m')).toBe(false);
    expect(isNoteMark('6', '投资10')).toBe(false);
  });

  it('leaves a page’s sentence, and keeps m²', async () => {
    const read = await readPageHtml(
      '<title>南关区联建案例</title></head><body><h1>南关区“红色物业+红色工地”联建案例</h1><div class="content"><p>长春市南关区某老旧小区改造项目涉及居民1100余户<sup>[1]</sup>，施工与居民生活交织。</p><p>项目党支部与社区党委签订联建协议，建立“三方议事”机制<sup>2</sup>，改造面积3.2万m<sup>2</sup>。</p><p>该项目被评为2025年度吉林省红色工地示范项目<sup>③</sup>。</p></div>',
    );
    expect(read.text).toContain('长春市南关区某老旧小区改造项目涉及居民1100余户，施工与居民生活交织。');
    expect(read.text).toContain('建立“三方议事”机制，改造面积3.2万m2。');
    expect(read.text).toContain('该项目被评为2025年度吉林省红色工地示范项目③。');
  });

  it('leaves a Word paragraph, typed as a superscript run', async () => {
    const document = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('项目临时党支部在工地设立“红色议事厅”'), new TextRun({ text: '1', superScript: true }), new TextRun('，每周五下午开门议事。')] })] }],
    });
    const { lines } = await readDocxLines(await Packer.toBuffer(document));
    expect(lines.map((line) => line.text)).toContain('项目临时党支部在工地设立“红色议事厅”，每周五下午开门议事。');
  });
});

describe('a ruby’s pronunciation', () => {
  it('is left out of a page’s sentence', async () => {
    const read = await readPageHtml(
      '<title>双语党课</title></head><body><h1>堆龙德庆区“双语党课”进工地</h1><div class="content"><p>拉萨市<ruby>堆<rp>(</rp><rt>duī</rt><rp>)</rp></ruby><ruby>龙<rt>lóng</rt></ruby>德庆区某安置房项目有藏族工友200余名，项目临时党支部开设“双语党课”。</p><p>开课以来，已有6名藏族工友递交入党申请书。</p></div>',
    );
    expect(read.text).toContain('拉萨市堆龙德庆区某安置房项目有藏族工友200余名，项目临时党支部开设“双语党课”。');
  });
});

describe('a sentence’s own list', () => {
  it('keeps the short items it announces and the sentence after them in a copied page', () => {
    const read = readCopiedText(
      '青禾区某医院项目“党建+BIM”工作法\n\n青禾区住房和城乡建设局　2025年10月15日\n\n青禾区某医院项目临时党支部成立于2024年3月，现有党员23名。\n支部把BIM技术和党员责任区结合起来，在模型里给每个党员划定责任区。\n一年来的数据是：\n1.2万名工友\n386条问题整改\n98%满意率\n这一工作法已在青禾区3个医院、学校项目推广。\n\n【打印】【关闭】',
    );
    expect(read.text).toContain('386条问题整改');
    expect(read.text).toContain('这一工作法已在青禾区3个医院、学校项目推广。');
    expect(read.text).not.toContain('【打印】');
  });
});

describe('a unit that 供稿 under a headline', () => {
  it('is the 来源 of a Word write-up, and no one’s name', () => {
    const read = readWordLines(
      [
        { text: '青禾区“暖心工友”服务案例', role: 'text', scale: 1.6, centered: true },
        { text: '青禾区住建局党建办\u3000供稿', role: 'text', centered: true },
        { text: '【背景】青禾区某城中村改造项目工友来自各地，冬季施工期长，生活保障需求大。', role: 'text' },
        { text: '【做法】项目临时党支部推出“暖心十条”，为工友提供热水、热饭和免费体检。', role: 'text' },
        { text: '【成效】该项目被市总工会命名为“工友之家”示范点。', role: 'text' },
      ].map((line) => ({ ...line, role: 'text' as const, blockStart: true })),
    );
    expect(read.meta.author).toBeNull();
    expect(read.meta.source).toBe('青禾区住建局党建办');
  });
});
