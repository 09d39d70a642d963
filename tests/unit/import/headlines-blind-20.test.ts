import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { readCopiedText, readPageHtml, readWordLines } from './fixture-helpers';

// Headlines the eval's blind batches 20 and 21 showed misread (dev/blind-20, dev/blind-21): a 办法's （试行） on its own
// line, a short heading the page's <title> names, a unit's name over a headline that opens on a verb, a column tag on a
// browser-printed page, a cover page over the headline, a newspaper's 引题 of parallel phrases.
// Sample texts written for these tests.

const text = (value: string): SourceLine => ({ text: value, role: 'text', blockStart: true });
const large = (value: string, centered = true): SourceLine => ({ text: value, role: 'text', scale: 1.38, centered, blockStart: true });

describe('headlines', () => {
  it('keep a 办法’s （试行） set on its own line under it', () => {
    const read = readWordLines([
      large('青禾区“红色工地”星级评定办法'),
      { ...text('（试行）'), centered: true },
      text('第一条\u3000为推进全区红色工地建设，规范星级评定工作，制定本办法。'),
      text('第二条\u3000星级评定坚持自愿申报、分级评定、动态管理的原则。'),
      text('第三条\u3000本办法自印发之日起施行。'),
    ]);
    expect(read.meta.title).toBe('青禾区“红色工地”星级评定办法（试行）');
  });

  it('take a short heading the page’s <title> names, though it stands beside the site’s name', async () => {
    const read = await readPageHtml(
      '<title>三联工作法_青禾区住房和城乡建设局</title></head><body><div class="logo">青禾区住房和城乡建设局</div><div class="crumb">党建工作 &gt; 支部风采</div><h1>三联工作法</h1><div class="info">发布时间：2025-08-05\u3000作者：施某</div><div class="content"><p>青禾区某建工集团项目党支部在实践中总结出“三联工作法”。</p><p>一是联学，项目各参建单位党员每月集中学习一次；二是联建，党员责任区覆盖每个作业面。</p><p>这一做法推行一年来，项目安全隐患同比下降四成。</p></div>',
    );
    expect(read.meta.title).toBe('三联工作法');
  });

  it('take the unit set in the headline’s type above a headline that opens on a verb', () => {
    const read = readWordLines([
      large('松川某建设集团有限公司党委'),
      large('推行“党建+安全”双清单管理的做法'),
      text('松川某建设集团有限公司党委在所属12个在建项目推行“党建+安全”双清单管理。'),
      text('党建清单明确支部每月必做的6项工作，安全清单明确党员责任区每日必查的10个事项。'),
    ]);
    expect(read.meta.title).toBe('松川某建设集团有限公司党委推行“党建+安全”双清单管理的做法');
  });

  it('leave out a column’s tag on a page a browser printed, and keep it in a Word file’s', () => {
    const body = [text('青禾区某互通立交项目地处城市主干道，需在不中断交通的情况下完成转体施工。'), text('项目临时党支部组建“红岩先锋队”，党员带头驻守夜间作业现场。'), text('转体施工一次成功，项目被评为年度红色工地典型案例。')];
    const headline = large('【典型案例】青禾区某互通立交项目：“红岩先锋队”啃下硬骨头');
    const printed = readWordLines([{ ...text('2025/10/30 14:02 【典型案例】青禾区某互通立交项目'), furniture: true }, headline, ...body]);
    expect(printed.meta.title).toBe('青禾区某互通立交项目：“红岩先锋队”啃下硬骨头');
    expect(readWordLines([headline, ...body]).meta.title).toBe('【典型案例】青禾区某互通立交项目：“红岩先锋队”啃下硬骨头');
  });
});

describe('headlines under a cover or a kicker', () => {
  const body = [text('一、项目背景'), text('青禾区某产业园项目高峰期作业人员超过1600人，交叉作业多、安全管理难度大。'), text('二、主要做法'), text('项目临时党支部把施工现场划成36个网格，每个网格由一名党员任网格长。')];

  it('take the headline under a 申报材料 cover, not the cover’s name', () => {
    const read = readWordLines([large('2025年度松川市红色工地'), large('十大典型案例申报材料'), { ...text('申报单位：松川某建设集团有限公司'), centered: true }, { ...text('2025年6月18日'), centered: true }, large('青禾区“党建+安全”双网格织密工地防护网'), ...body]);
    expect(read.meta.title).toBe('青禾区“党建+安全”双网格织密工地防护网');
    expect(read.meta.kind).toBe('case');
  });

  it('keep the cover’s name when nothing but its own lines follow it', () => {
    const read = readWordLines([large('青禾区“党建+安全”双网格织密工地防护网'), { ...text('松川某建设集团有限公司'), centered: true }, { ...text('2025年6月18日'), centered: true }, ...body]);
    expect(read.meta.title).toBe('青禾区“党建+安全”双网格织密工地防护网');
  });

  it('take the headline under a newspaper’s 引题 of parallel phrases', () => {
    const read = readCopiedText(
      '松川日报  2025年9月3日 星期三  第06版：城建·党建\n\n学技术 考证书 长本领\n青禾区建筑工地开起“红色夜校”\n\n本报讯（记者 王某 通讯员 李某）今年以来，青禾区住建局在18个在建项目推广“红色夜校”，由项目党员技术骨干授课。\n截至目前，夜校已开课230余场，帮助176名工友取得职业技能等级证书。',
    );
    expect(read.meta.title).toBe('青禾区建筑工地开起“红色夜校”');
  });
});

describe('a 印发 notice’s headline broken inside the 《》 of the plan it issues (dev/blind-24)', () => {
  it('runs on to the line that closes the 《》', () => {
    const read = readWordLines([
      { ...large('松川市青禾区住房和城乡建设局文件'), scale: 2.2 },
      { ...text('青住建〔2025〕23号'), centered: true },
      large('关于印发《青禾区“红色工地”建设三年行动方案'),
      large('（2025—2027年）》的通知'),
      text('各街道办事处，区直有关单位：'),
      text('现将《青禾区“红色工地”建设三年行动方案（2025—2027年）》印发给你们，请认真贯彻执行。'),
      { ...text('松川市青禾区住房和城乡建设局'), rightAligned: true },
      { ...text('2025年3月6日'), rightAligned: true },
    ]);
    expect(read.meta.title).toBe('关于印发《青禾区“红色工地”建设三年行动方案（2025—2027年）》的通知');
  });
});

describe('a report whose title, unit and date stand over its first section heading', () => {
  it('keeps its own title: no cover names a collection there', () => {
    const read = readWordLines([
      large('青禾区住建局2024年度安全生产工作总结'),
      { ...text('青禾区住房和城乡建设局'), centered: true },
      { ...text('2024年12月20日'), centered: true },
      { ...text('坚持党建引领 筑牢安全底线'), scale: 1.25, centered: true },
      text('一年来，区住建局坚持把党建工作与安全生产深度融合，全区建筑施工安全形势总体平稳。'),
    ]);
    expect(read.meta.title).toBe('青禾区住建局2024年度安全生产工作总结');
  });
});
