import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../../electron/engine/import/size-limits';
import { fixtureBytes, parseFile, parseFixture } from './fixture-helpers';

describe('importing plain text files', () => {
  it('reads a GBK notice: title, issuer from the signature, date, region and 年度', async () => {
    const { parsed, filled } = await parseFixture('gbk-notice.txt');
    expect(parsed.encoding).toBe('gb18030');
    expect(filled.meta).toMatchObject({
      title: '关于做好2024年度“红色工地”十大典型案例推荐工作的通知',
      kind: 'policy',
      issuer: '嘉兴市住房和城乡建设局',
      date: '2024-05-24',
      region: '浙江省嘉兴市',
      year: 2024,
    });
    expect(filled.fieldOrigins).toMatchObject({ title: 'text', issuer: 'text', date: 'text', region: 'text', kind: 'text' });
    expect(filled.text.startsWith('各县（市、区）住建局，各有关单位：')).toBe(true);
    expect(filled.suggestedTerms).toEqual(['党建联建', '清廉工地', '工人权益']);
  });

  it('reads a Big5 newspaper story, keeping its traditional characters', async () => {
    const { parsed, filled } = await parseFixture('big5-news.txt');
    expect(parsed.encoding).toBe('big5');
    expect(filled.meta).toMatchObject({ title: '溫州鹿城安置房工地設立「赤色能量站」', kind: 'news', date: '2023-06-02', source: '甌越時報', author: '黃子軒', region: '浙江省温州市鹿城区' });
    expect(filled.text).toContain('鹿城區一處安置房工地近日建成「赤色能量站」');
  });

  it('reads UTF-16 with a BOM and a 2023.09.18 date, and places 普陀区 by the 舟山 mention', async () => {
    const { parsed, filled } = await parseFixture('utf16-practice.txt');
    expect(parsed.encoding).toBe('utf-16le');
    expect(filled.meta).toMatchObject({
      title: '海岛学校工地推行“一党员一项目”',
      kind: 'practice',
      date: '2023-09-18',
      source: '某建设集团舟山分公司',
      region: '浙江省舟山市普陀区',
      practiceName: '一党员一项目',
    });
    expect(filled.text).not.toContain('\r');
  });

  it('reads UTF-16 saved without a BOM, in either byte order', async () => {
    const withBom = fixtureBytes('utf16-practice.txt');
    const littleEndian = withBom.subarray(2);
    const bigEndian = Buffer.from(littleEndian).swap16();
    for (const [bytes, encoding] of [[littleEndian, 'utf-16le'], [bigEndian, 'utf-16be']] as const) {
      const { parsed, filled } = await parseFile('无BOM做法.txt', bytes);
      expect(parsed.encoding).toBe(encoding);
      expect(filled.meta.title).toBe('海岛学校工地推行“一党员一项目”');
    }
  });

  it('still refuses binary content with NUL bytes named .txt', async () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 73 + (i >> 3)) % 256));
    await expect(parseFile('照片.txt', binary)).rejects.toThrow(/不是文本文件/);
  });

  it('cleans a page copied into a text file: spam, breadcrumb, counters, links and footer go; the story stays', async () => {
    const { filled } = await parseFixture('copied-page.txt');
    expect(filled.meta).toMatchObject({
      title: '南湖区市政工地“红船领航”党建联盟成立',
      date: '2023-06-02',
      source: '南湖区建设工程服务中心',
      author: '沈佳',
      region: '浙江省嘉兴市南湖区',
      // A third-person report of what happened on a day (6月1日，…联盟正式成立): news, so no practice name is read.
      kind: 'news',
    });
    expect(filled.text).toContain('“红船领航”党建联盟正式成立');
    expect(filled.text).toContain('联盟建立“四联”机制');
    expect(filled.text).not.toMatch(/澳门|首页 >|字号|打印|阅读量|上一篇|下一篇|相关新闻|嘉兴港区工地夜校开课|版权所有|ICP/);
  });

  it('refuses a text file far too large to be a document before decoding it', async () => {
    const huge = Buffer.alloc(MAX_TEXT_BYTES + 1, 0x61);
    await expect(parseFile('日志.txt', huge)).rejects.toThrow(/太大.*上限 24 MB/);
  });

  it('fails an empty file and a binary file with a .txt name', async () => {
    await expect(parseFile('空.txt', Buffer.alloc(0))).rejects.toThrow('空');
    await expect(parseFile('图片.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).rejects.toThrow('不是文本文件');
  });
});
