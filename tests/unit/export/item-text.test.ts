import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/engine/export/docx/render-docx';
import { documentItem } from '../../../electron/engine/export/export-items';
import type { Block } from '../../../electron/engine/export/export-model';
import { renderHtml } from '../../../electron/engine/export/html/render-html';
import { TEMPLATES } from '../../../electron/engine/export/layout-templates';
import { metaLineRows } from '../../../electron/engine/export/meta-line';
import { renderMarkdown } from '../../../electron/engine/export/render-markdown';
import { blocksText, textToBlocks } from '../../../electron/engine/export/text-blocks';
import { exportOptionsSchema } from '../../../shared/model/export';
import { booklet, documentRecord, ISSUER, longNoticeText, SIGNED } from './booklet-fixtures';

/** An item's text as the booklet prints it: the 落款 read as one block, the text's own info line printed once. */

const OPTIONS = exportOptionsSchema.parse({});
const plain = (blocks: readonly Block[]) => blocksText(blocks).replace(/\s+/g, '');

describe('the 落款 at the end of a text', () => {
  it('reads the signing body, the date and the 附注 as one block', () => {
    const blocks = textToBlocks(longNoticeText(0, { note: true }));
    expect(blocks.at(-1)).toEqual({ type: 'signature', lines: [ISSUER, SIGNED], note: '（此件主动公开）' });
    expect(blocks.at(-2)).toMatchObject({ type: 'paragraph', inlines: [{ text: expect.stringMatching(/^请各单位高度重视/) }] });
    expect(blocksText(blocks)).toContain(`${ISSUER}\n${SIGNED}\n（此件主动公开）`);
  });

  it('reads a joint 落款 written as lines of one paragraph, with the date in Chinese numerals', () => {
    const text = ['各项目临时党支部：', '请于4月10日前报送“红色工地”创建台账。', '中共某市住房和城乡建设局委员会\n某市建筑业协会\n二〇二五年四月一日'].join('\n\n');
    expect(textToBlocks(text).at(-1)).toEqual({ type: 'signature', lines: ['中共某市住房和城乡建设局委员会', '某市建筑业协会', '二〇二五年四月一日'], note: null });
  });

  it('reads the 落款 of a 印发 notice before the 办法 it issues', () => {
    const text = [
      '各县（市、区）住建局：',
      '现将《某市“红色工地”创建评定办法（试行）》印发给你们，请认真贯彻执行。',
      ISSUER,
      SIGNED,
      '某市“红色工地”创建评定办法（试行）',
      '第一条 为规范全市“红色工地”创建评定工作，制定本办法。',
    ].join('\n\n');
    const blocks = textToBlocks(text);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'signature', 'paragraph', 'paragraph']);
    expect(blocks[2]).toEqual({ type: 'signature', lines: [ISSUER, SIGNED], note: null });
    // A signing body alone inside the text is no 落款.
    expect(textToBlocks(`请于以下日期前报送：\n\n${ISSUER}\n\n逾期不再受理。`).every((block) => block.type === 'paragraph')).toBe(true);
  });

  it('leaves text alone that only ends with a date or a name', () => {
    const sentence = textToBlocks('项目于2024年6月开工。\n\n主体结构于2025年3月18日结顶，较计划提前30天。');
    expect(sentence.every((block) => block.type === 'paragraph')).toBe(true);
    const nameOnly = textToBlocks(`工作中遇到的问题请及时反映。\n\n${ISSUER}`);
    expect(nameOnly.at(-1)).toMatchObject({ type: 'paragraph' });
    const dateInText = textToBlocks(`请于以下日期前报送：\n\n2025年3月31日\n\n逾期不再受理。`);
    expect(dateInText.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('prints the 落款 set right in the page and as lines in Markdown', () => {
    const item = documentItem(documentRecord('关于做好“红色工地”创建工作的通知', longNoticeText(0)), 'item-1', OPTIONS);
    const book = booklet({ cover: false, toc: false, sections: [{ title: null, items: [item] }] });
    expect(renderHtml(book)).toContain(`<div class="cb-signature"><div class="cb-signature-lines"><p>${ISSUER}</p><p>${SIGNED}</p></div></div>`);
    expect(renderMarkdown(book)).toContain(`\n\n${ISSUER}\n\n${SIGNED}\n`);
  });
});

describe('the text’s own 来源/发布日期 line', () => {
  const title = '医院工地上的“赤色能量站”：为工友充电 为项目赋能';
  const body = '某建设有限公司承建的医院医技综合楼工程，施工高峰期一线工人约520人。项目党支部把生活区一栋闲置板房改造成了“赤色能量站”。';
  const meta = { source: '某建设有限公司党群工作部', date: '2024-07-16', author: '王佳怡' };

  it('is printed once: the line under the title stays, the text’s own line goes', () => {
    for (const infoLine of ['发布日期：2024-07-16　信息来源：党群工作部　作者：王佳怡', '来源：某建设有限公司党群工作部　发布时间：2024年7月16日', '来 源:党群工作部 作 者:王佳怡 发布日期:2024-07-16 浏览次数:']) {
      const item = documentItem(documentRecord(title, `${infoLine}\n\n${body}`, meta, 'practice'), 'item-1', OPTIONS);
      expect(item.metaLine).toBe('来源：某建设有限公司党群工作部　作者：王佳怡　发布日期：2024年7月16日');
      expect(plain(item.body), infoLine).toBe(body);
    }
  });

  it('goes after a repeated title, and a newspaper’s edition line goes too', () => {
    const news = documentRecord('我市成立建设领域“红色工地”党建联盟', `某市日报\u30002022年7月15日\u3000第00012版：城建\n\n我市成立建设领域“红色工地”党建联盟\n\n${body}`, { source: '某市日报 00012版', date: '2022-07-15', author: '陈思远' }, 'news');
    expect(plain(documentItem(news, 'item-1', OPTIONS).body)).toBe(body);
  });

  it('stays when the line under the title is switched off, or when it says what the record does not', () => {
    const text = `发布日期：2024-07-16\u3000信息来源：党群工作部\u3000作者：王佳怡\n\n${body}`;
    const switchedOff = documentItem(documentRecord(title, text, meta, 'practice'), 'item-1', exportOptionsSchema.parse({ metadata: false }));
    expect(plain(switchedOff.body)).toContain('发布日期：2024-07-16');
    const noAuthor = documentItem(documentRecord(title, text, { ...meta, author: null }, 'practice'), 'item-1', OPTIONS);
    expect(plain(noAuthor.body)).toContain('作者：王佳怡');
  });

  it('keeps a numbered point and prose that mention a source', () => {
    const text = `一、活动时间：7月15日至7月31日。\n\n资料来源于各项目部报送的台账，发布日期以市局通知为准。\n\n${body}`;
    const item = documentItem(documentRecord(title, text, meta, 'practice'), 'item-1', OPTIONS);
    expect(plain(item.body)).toContain('一、活动时间');
    expect(plain(item.body)).toContain('资料来源于各项目部报送的台账');
  });
});

describe('the 来源/发布日期 line under the title', () => {
  const record = documentRecord('台州市住房和城乡建设局关于开展2024年度“红色工地”十大典型案例征集工作的通知', '各县（市、区）住建局：\n\n现将有关事项通知如下。', {
    issuer: '台州市住房和城乡建设局',
    docNumber: '台住建〔2024〕47号',
    date: '2024-07-08',
  });
  const item = documentItem(record, 'item-1', OPTIONS);

  it('breaks between its parts, never inside one, in rows that fit the 公文 line', () => {
    const rows = metaLineRows(item.metaLine!, TEMPLATES.official);
    // With the space Word puts around digits, 文号 and date together need 28.5 of the 28 characters.
    expect(rows).toEqual(['发文机关：台州市住房和城乡建设局', '发文字号：台住建〔2024〕47号', '发布日期：2024年7月8日']);
    expect(metaLineRows('来源：鹿城新闻网\u3000作者：周雅婷\u3000发布日期：2023年5月10日', TEMPLATES.official)).toEqual(['来源：鹿城新闻网\u3000作者：周雅婷', '发布日期：2023年5月10日']);
    expect(metaLineRows('来源：鹿城新闻网\u3000发布日期：2023年5月10日', TEMPLATES.official)).toHaveLength(1);
  });

  it('is set in those rows in the print page and in Word', async () => {
    const book = booklet({ cover: false, toc: false, sections: [{ title: null, items: [item] }] });
    expect(renderHtml(book)).toContain('<p class="cb-item-meta">发文机关：台州市住房和城乡建设局<br>发文字号：台住建〔2024〕47号<br>发布日期：2024年7月8日</p>');
    const documentXml = strFromU8(unzipSync(new Uint8Array(await renderDocx(book)))['word/document.xml']!);
    expect(documentXml).toMatch(/发文机关：台州市住房和城乡建设局<\/w:t><\/w:r><w:r>(?:<w:rPr\/>)?<w:br\/><w:t[^>]*>发文字号：台住建〔2024〕47号<\/w:t><\/w:r><w:r>(?:<w:rPr\/>)?<w:br\/><w:t[^>]*>发布日期：2024年7月8日/);
  });
});
