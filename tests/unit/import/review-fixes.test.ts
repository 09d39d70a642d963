import { describe, expect, it } from 'vitest';
import { readDocument, type DocumentReading } from '../../../electron/engine/import/reading/document-reading';
import { readInfoLine } from '../../../electron/engine/import/reading/info-line';
import { linesOfPlainText } from '../../../electron/engine/import/reading/source-lines';
import { repairSharedGlyphs } from '../../../electron/engine/text/radicals';
import { namesWebsite } from '../../../electron/engine/import/html/read-html-lines';
import { readCopiedText as readText, readPageHtml as readPage, places } from './fixture-helpers';

// Layouts a review of the blind-4 rules showed them getting wrong (negative cases for those rules). Sample texts written for these tests.

describe('a 公众号 head line whose account is a bureau’s full name', () => {
  it('is read as account, date and place however long the name', () => {
    expect(readInfoLine('北京市住房和城乡建设委员会 2024年04月25日 17:30 北京')?.fields).toEqual({ date: '2024-04-25', source: '北京市住房和城乡建设委员会' });
    expect(readInfoLine('广州市黄埔区住房和城乡建设局 2024-04-25 17:30 广东')?.fields).toEqual({ date: '2024-04-25', source: '广州市黄埔区住房和城乡建设局' });
  });

  it('gives a copied article its date and source', () => {
    const read = readText('某区工地办起工地课堂\n南京市江宁区住房和城乡建设局 2024年04月25日 17:30 江苏\n为做好项目党建工作，各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n课堂每周开课两次，由项目党员讲安全生产和劳动法规。');
    expect(read.meta.date).toBe('2024-04-25');
    expect(read.meta.source).toBe('南京市江宁区住房和城乡建设局');
  });
});

describe('names standing above a notice’s 关于… heading', () => {
  const notice = (signer: string): string => `各县（市、区）住建局，各有关单位：\n为做好项目党建工作，现将有关事项通知如下：\n一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n${signer}\n2024年5月6日`;
  const BODY = '<p>各县（市、区）住建局，各有关单位：</p><p>为做好项目党建工作，现将有关事项通知如下：</p><p>一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。</p><p align="right">某市住房和城乡建设局</p><p align="right">2024年5月6日</p>';

  it('leave a portal’s masthead that signs nothing out of the title', async () => {
    const title = '某市住房和城乡建设局关于开展红色工地劳动竞赛的通知';
    expect(readText(`某市人民政府\n某市住房和城乡建设局\n关于开展红色工地劳动竞赛的通知\n${notice('某市住房和城乡建设局')}`).meta.title).toBe(title);
    expect((await readPage(`<title>通知公告</title></head><body><div class="logo">某市人民政府</div><div class="col">某市住房和城乡建设局</div><div class="t">关于开展红色工地劳动竞赛的通知</div><div>2024-05-08</div>${BODY}`)).meta.title).toBe(title);
    expect((await readPage(`<title>通知公告</title></head><body><div class="logo">某市人民政府</div><div class="t">某市住房和城乡建设局<br>关于开展红色工地劳动竞赛的通知</div><div>2024-05-08</div>${BODY}`)).meta.title).toBe(title);
  });

  it('take only the name right above when the one over it differs from the signer', () => {
    expect(readText(`某市住房和城乡建设局办公室\n某市住房和城乡建设局\n关于开展红色工地劳动竞赛的通知\n${notice('某市住房和城乡建设局办公室')}`).meta.title).toBe('某市住房和城乡建设局关于开展红色工地劳动竞赛的通知');
  });

  it('still join joint issuers the 落款 signs', () => {
    expect(readText(`某市住房和城乡建设局\n某市总工会\n关于开展红色工地劳动竞赛的通知\n${notice('某市住房和城乡建设局　某市总工会')}`).meta.title).toBe('某市住房和城乡建设局某市总工会关于开展红色工地劳动竞赛的通知');
  });
});

describe('a kicker that is also an item of the site’s menu', () => {
  const NEWS = ['本报讯（记者 唐某）5月8日，某区一处安置房项目的临时党支部为40名工友办起了“工地课堂”。', '课堂每周开课两次，由项目党员讲安全生产和劳动法规。'];

  it('is no headline because the menu repeats it', async () => {
    const html = await readPage(`<title>工作动态</title></head><body><nav><a href="/z">学习贯彻党的二十大精神</a></nav><div>学习贯彻党的二十大精神</div><div>某区一处安置房项目工地办起工地课堂</div><div>四十名工友每周两次走进课堂学法规</div><div>发布时间：2024-05-09 来源：区住建局</div>${NEWS.map((line) => `<p>${line}</p>`).join('')}`);
    expect(html.meta.title).toBe('某区一处安置房项目工地办起工地课堂');
    const text = readText(['某某日报', '首页', '新闻中心', '学习贯彻党的二十大精神', '优化营商环境专栏', '', '学习贯彻党的二十大精神', '某区一处安置房项目工地办起工地课堂', '四十名工友每周两次走进课堂学法规', '发布时间：2024-05-09 来源：区住建局', ...NEWS].join('\n'));
    expect(text.meta.title).toBe('某区一处安置房项目工地办起工地课堂');
  });
});

describe('a "案例名称：" line holding a second form row', () => {
  const BODY = ['一、基本情况', '峡江项目临时党支部成立于2023年，现有党员12名，组织工友开展安全教育40余场。', '二、主要做法', '支部每月召开一次支委会，研究解决项目建设中的问题。'];
  const readLines = (text: string): DocumentReading => readDocument({ lines: linesOfPlainText(text), web: false, stated: {}, statedOrigins: {} }, { fileName: '材料.docx', places });

  it('names the case with the value up to the next label', () => {
    expect(readLines(['案例名称：“峡江红盔”工地党建工作法 申报单位：某区住建局', ...BODY].join('\n')).meta.title).toBe('“峡江红盔”工地党建工作法');
    expect(readLines(['案例名称：“峡江红盔”工地党建工作法　　报送单位：某区住建局', ...BODY].join('\n')).meta.title).toBe('“峡江红盔”工地党建工作法');
  });
});

describe('a widget’s words standing in a field that is not the last', () => {
  it('are the value, not a widget glued to it', () => {
    expect(readInfoLine('作者：王某 来源：扫码科技 发布时间：2024-05-06')?.fields.source).toBe('扫码科技');
    expect(readInfoLine('发布日期：2024-08-13来源：某市住房和城乡建设局扫码在手机打开')?.fields.source).toBe('某市住房和城乡建设局');
  });
});

describe('a bracketed year or number opening a headline', () => {
  it('stays in the title: a column’s tag has words', () => {
    const read = readText(`【2024】某市建筑业发展报告\n发布时间：2024-06-12 来源：市住建局\n本报讯（记者 唐某）6月11日，市住建局发布年度建筑业发展报告，全市建筑业总产值同比增长6.2%。\n报告显示，全市在建项目临时党支部覆盖率达到100%。`);
    expect(read.meta.title).toBe('【2024】某市建筑业发展报告');
  });
});

describe('戶 in a line of traditional text that holds characters simplified text shares', () => {
  it('stays 戶', () => {
    expect(repairSharedGlyphs('台中市住戶')).toBe('台中市住戶');
    expect(repairSharedGlyphs('每戶只限一人')).toBe('每戶只限一人');
    expect(repairSharedGlyphs('本里住戶')).toBe('本里住戶');
  });
});

describe('a short headline ending in 网 that names a network, not a website', () => {
  it('is no website’s name', () => {
    expect(namesWebsite('某区完成老旧小区燃气管网', null)).toBe(false);
    expect(namesWebsite('某区工地课堂用上了互联网', null)).toBe(false);
    expect(namesWebsite('某县完成农村配电网', null)).toBe(false);
    expect(namesWebsite('某某新闻网', null)).toBe(true);
  });
});
