import { describe, expect, it } from 'vitest';
import { readInfoLine } from '../../../electron/engine/import/reading/info-line';
import { repairSharedGlyphs } from '../../../electron/engine/text/radicals';
import { linesToBlocks } from '../../../electron/engine/import/pdf/paragraphs';
import type { PdfLine } from '../../../electron/engine/import/pdf/page-lines';
import { readCopiedText as readText, readWordLines as readLines, readPageHtml as readPage } from './fixture-helpers';

// Headlines and sources laid out in ways the eval's blind batch 4 showed (dev/blind-4): a <title> that is only the site's
// name shown as the page's masthead, a column's tag in the headline, a series' numbered item label over a form naming the
// case, "案例名称：" as a write-up's first line, a 数字报's 标题导航 listing the headline above a quote-shaped 引题, a plan's
// years on a line under its name, a widget glued to the last info field, 户 extracted as 戶. Sample texts written for these tests.

const NEWS = [
  '某某新闻网讯（记者 王某）5月8日，某区一处安置房项目的临时党支部为40名工友办起了“工地课堂”。',
  '课堂每周开课两次，由项目党员讲安全生产和劳动法规。',
  '区住建局表示，将在全区在建项目推广这一做法。',
];
const NEWS_HTML = NEWS.map((line) => `<p>${line}</p>`).join('');

describe('a <title> that is only the website’s name, shown on the page as its masthead', () => {
  it('is no headline: the headline under it is', async () => {
    const read = await readPage(`<title>某某市融媒新闻网</title></head><body><p class="app">打开APP\u3000阅读体验更佳</p><p class="site">某某市融媒新闻网</p><p class="article-title">某区工地办起“工地课堂”</p><p class="time">2024-05-09 10:20</p><div class="content">${NEWS_HTML}</div>`);
    expect(read.meta.title).toBe('某区工地办起“工地课堂”');
  });

  it('still lets a <title> that holds the headline name the page', async () => {
    const read = await readPage(`<title>某区工地办起“工地课堂”</title></head><body><div class="logo">某某新闻网</div><div>某区工地办起“工地课堂”</div><div>2024-05-09 10:20</div>${NEWS_HTML}`);
    expect(read.meta.title).toBe('某区工地办起“工地课堂”');
  });
});

describe('a column’s tag in brackets opening the headline', () => {
  it('is left out of the title', async () => {
    const read = await readPage(`<title>某区工地办起“工地课堂”</title></head><body><div class="top">某某新闻网</div><h1>【奋斗者风采】某区工地办起“工地课堂”</h1><div class="info">2024-05-09 来源：某某日报</div>${NEWS_HTML}`);
    expect(read.meta.title).toBe('某区工地办起“工地课堂”');
  });

  it('keeps a headline whose brackets stand inside it', () => {
    const read = readText(`某区“红色工地”建设【三年行动】启动\n发布时间：2024-05-09 来源：区住建局\n${NEWS.join('\n')}`);
    expect(read.meta.title).toBe('某区“红色工地”建设【三年行动】启动');
  });
});

describe('a series’ numbered item label as the page’s heading over a form that names the case', () => {
  it('takes the 案例名称 row as the title and files the page as a case', async () => {
    const read = await readPage(`<title>典型案例展示（三）-某市住房和城乡建设局</title></head><body><div class="site">某市住房和城乡建设局</div><h1>典型案例展示（三）</h1><div class="info">发布时间：2024-09-02\u3000来源：某市住房和城乡建设局</div><table border="1"><tr><th>案例名称</th><td>“红帆”联盟助推重点项目建设</td></tr><tr><th>申报单位</th><td>某某建工集团有限公司</td></tr><tr><th>案例内容</th><td><p>某片区开发项目由5家参建单位共建“红帆”党建联盟，实行轮值主席制。</p><p>联盟每月召开一次联席会，协调解决跨单位难题。</p></td></tr></table>`);
    expect(read.meta.title).toBe('“红帆”联盟助推重点项目建设');
  });

  it('reads a numbered item label above a copied case as the case series it belongs to', () => {
    const read = readText('优秀案例（二）\n\n小小“工友码”撬动项目治理\n某建设有限公司　某物流园项目临时党支部\n\n某物流园项目临时党支部针对工友诉求反映渠道少的问题，推出“工友码”。\n工友扫码即可反映欠薪、食宿、安全等诉求，支部24小时内响应。\n“工友码”上线半年，共受理诉求120件，办结率100%。');
    expect(read.meta.title).toBe('小小“工友码”撬动项目治理');
    expect(read.meta.kind).toBe('case');
  });
});

describe('"案例名称：" as a write-up’s first line', () => {
  it('names the case; the 申报单位 line under it is no title', () => {
    const read = readLines([
      { text: '案例名称：“江畔红盔”工地党建工作法', role: 'text' },
      { text: '申报单位：某某建设工程有限公司', role: 'text' },
      { text: '一、基本情况', role: 'text' },
      { text: '某沿江生态修复项目临时党支部有党员19名，临水作业多、安全风险高。', role: 'text' },
      { text: '二、主要做法', role: 'text' },
      { text: '党员佩戴红色安全帽亮身份，在临水、高处等危险岗位“红盔在前”。', role: 'text' },
      { text: '三、取得成效', role: 'text' },
      { text: '项目实现安全生产零事故，获评市级优秀红色工地。', role: 'text' },
    ]);
    expect(read.meta.title).toBe('“江畔红盔”工地党建工作法');
    expect(read.text).toContain('某沿江生态修复项目临时党支部有党员19名');
  });
});

describe('a 数字报 page copied with its 标题导航 above a quote-shaped 引题', () => {
  it('takes the line the list repeats as the headline, not the quote over it', () => {
    const read = readText(['某某日报', '2024年06月12日　星期三', '第03版：综合新闻', '上一版　下一版', '本版标题导航', '工地夜校开到脚手架下', '老旧小区改造加快推进', '暑期安全教育启动', '', '“课是工友们点的菜”', '工地夜校开到脚手架下', '', '本报讯（记者 唐某）6月11日晚，某区一处学校建设项目的工地夜校迎来第20堂课，40多名工友参加。', '夜校由项目临时党支部和区总工会共同开办，每周两次。'].join('\n'));
    expect(read.meta.title).toBe('工地夜校开到脚手架下');
    expect(read.text).not.toContain('老旧小区改造加快推进');
  });
});

describe('a quotation set over the headline as its 引题, no 标题导航 above', () => {
  it('is the kicker: the headline is the line under it', () => {
    const read = readText(['某某日报', '2024年06月12日', '第03版：综合新闻', '', '“课是工友们点的菜”', '工地夜校开到脚手架下', '', '本报讯（记者 唐某）6月11日晚，某区一处学校建设项目的工地夜校迎来第20堂课，40多名工友参加。', '夜校由项目临时党支部和区总工会共同开办，每周两次。'].join('\n'));
    expect(read.meta.title).toBe('工地夜校开到脚手架下');
  });
});

describe('a joint notice’s heading broken at <br> after each issuer’s name', () => {
  it('keeps every name above 关于 in the title', async () => {
    const read = await readPage(`<title>通知公告</title></head><body><div class="t">某市住房和城乡建设局<br>某市总工会<br>关于开展红色工地劳动竞赛的通知</div><div>2024-05-08</div><p>各县（市、区）住建局，各有关单位：</p><p>为做好项目党建工作，现将有关事项通知如下：</p><p>一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。</p><p align="right">某市住房和城乡建设局\u3000某市总工会</p><p align="right">2024年5月6日</p>`);
    expect(read.meta.title).toBe('某市住房和城乡建设局某市总工会关于开展红色工地劳动竞赛的通知');
    expect(read.meta.issuer).toBe('某市住房和城乡建设局、某市总工会');
  });

  it('does not take a site’s name repeating the issuer’s for a second issuer', async () => {
    const read = await readPage(`<title>通知公告</title></head><body><div class="logo">某市住房和城乡建设局</div><div class="t">某市住房和城乡建设局<br>关于开展红色工地劳动竞赛的通知</div><div>2024-05-08</div><p>各县（市、区）住建局，各有关单位：</p><p>为做好项目党建工作，现将有关事项通知如下：</p><p>一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。</p><p align="right">某市住房和城乡建设局</p><p align="right">2024年5月6日</p>`);
    expect(read.meta.title).toBe('某市住房和城乡建设局关于开展红色工地劳动竞赛的通知');
  });
});

describe('a 工作简报 item telling a unit’s own way of working', () => {
  it('is a practice: the masthead says newsletter, not news', () => {
    const read = readLines([
      { text: '党建工作简报', role: 'text', scale: 2.2, centered: true },
      { text: '第6期', role: 'text', centered: true },
      { text: '中共某某建工集团有限公司某分公司委员会编　　　　2024年6月30日', role: 'text', centered: true },
      { text: '“红领筑建”让党员在项目一线挑大梁', role: 'text', scale: 1.3, centered: true },
      { text: '今年以来，分公司党委深入推进“红领筑建”党建品牌建设，9个在建项目全部成立临时党支部。', role: 'text' },
      { text: '分公司推行“党员+班组”模式，每名党员联系一个作业班组，带头抓安全、抓质量、抓进度。', role: 'text' },
      { text: '上半年，分公司2个项目获评市级优秀红色工地。', role: 'text' },
    ]);
    expect(read.meta.title).toBe('“红领筑建”让党员在项目一线挑大梁');
    expect(read.meta.kind).toBe('practice');
  });
});

describe('a plan’s years on a line of their own under its name', () => {
  it('belong to the title', () => {
    const read = readLines([
      { text: '附件', role: 'text' },
      { text: '某市建筑工地“红色引擎”三年行动方案', role: 'text', scale: 1.4, centered: true },
      { text: '（2024—2026年）', role: 'text', centered: true },
      { text: '为推动党建工作与项目建设深度融合，制定本行动方案。', role: 'text' },
      { text: '一、总体目标', role: 'text' },
      { text: '到2026年底，全市符合条件的在建项目“红色工地”创建率达到70%。', role: 'text' },
    ]);
    expect(read.meta.title).toBe('某市建筑工地“红色引擎”三年行动方案（2024—2026年）');
  });
});

describe('a page widget glued to the last field of the info line', () => {
  it('ends the value', () => {
    expect(readInfoLine('发布日期：2024-08-13来源：某市住房和城乡建设局扫一扫在手机打开当前页')?.fields.source).toBe('某市住房和城乡建设局');
    expect(readInfoLine('来源：某区住建局【字体：大 中 小】')?.fields.source).toBe('某区住建局');
  });
});

describe('a headline set as a link to its own page, or marked', () => {
  const body = '<p>3月5日，某区建设工地党建工作推进会在某安置房项目召开，全区30余个在建项目党组织负责人参加。</p><p>与会人员观摩了项目党群服务站和党员责任区，4个项目党组织作交流发言。</p>';

  it('takes the one link right above the info line as the headline', async () => {
    const read = await readPage(`<title>工作动态</title></head><body><div class="logo">某区住房和城乡建设局</div><div class="title"><a href="/a/1.html">某区召开建设工地党建工作推进会</a></div><div>发布时间：2024-03-06</div>${body}`);
    expect(read.meta.title).toBe('某区召开建设工地党建工作推进会');
  });

  it('leaves a star before it and a pinned mark after it out of the title', async () => {
    const starred = await readPage(`<title>x</title></head><body><div class="logo">某区住房和城乡建设局</div><h1>★某区召开建设工地党建工作推进会</h1><div>2024-03-06 来源：区住建局</div>${body}`);
    expect(starred.meta.title).toBe('某区召开建设工地党建工作推进会');
    const pinned = await readPage(`<title>x</title></head><body><div class="logo">某区住房和城乡建设局</div><h1>某区召开建设工地党建工作推进会（置顶）</h1><div>2024-03-06</div>${body}`);
    expect(pinned.meta.title).toBe('某区召开建设工地党建工作推进会');
  });
});

describe('a headline in a layout table’s cell beside its date cell', () => {
  it('is the headline, not a 公众号 account over a date', async () => {
    const read = await readPage(`<title>工作动态</title></head><body><table><tr><td>某区住房和城乡建设局</td></tr></table><table width="100%"><tr><td><b>某区召开建设工地党建工作推进会</b></td><td>2024-03-06</td></tr></table><p>3月5日，某区建设工地党建工作推进会在某安置房项目召开，全区30余个在建项目党组织负责人参加。</p><p>与会人员观摩了项目党群服务站和党员责任区，4个项目党组织作交流发言。</p>`);
    expect(read.meta.title).toBe('某区召开建设工地党建工作推进会');
    expect(read.meta.date).toBe('2024-03-06');
    expect(read.meta.source).toBeNull();
  });

  it('leaves a copied 公众号 head line read as account and date', () => {
    expect(readInfoLine('某区住建 2024-03-06 18:30')?.fields).toEqual({ date: '2024-03-06', source: '某区住建' });
  });
});

describe('户 drawn by a simplified font and extracted as 戶', () => {
  it('is 户 again in a line written in simplified characters', () => {
    expect(repairSharedGlyphs('党员志愿者每周开展一次“入戶听意见”。')).toBe('党员志愿者每周开展一次“入户听意见”。');
  });

  it('reads the two-em dash glyph (⸺) the same fonts give "——" as the two dashes', () => {
    expect(repairSharedGlyphs('有一间特别的板房⸺“红色加油站”。')).toBe('有一间特别的板房——“红色加油站”。');
  });

  it('stays 戶 in traditional text and where nothing says which', () => {
    expect(repairSharedGlyphs('寧波杭州灣新區住戶')).toBe('寧波杭州灣新區住戶');
    expect(repairSharedGlyphs('用戶')).toBe('用戶');
  });
});

describe('a page printed to PDF: the 落款’s date set flush right over the page’s buttons at the margin', () => {
  it('does not run on into the line under it', () => {
    const line = (text: string, x: number, right: number, y: number): PdfLine => ({ text, x, right, y, size: 12 });
    const lines = [
      line('一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题，确保', 60, 540, 700),
      line('工作落到实处。', 60, 144, 682),
      line('某某市住房和城乡建设局', 408, 540, 664),
      line('2024年5月6日', 456, 540, 646),
      line('【打印】【关闭】', 60, 156, 628),
    ];
    const blocks = linesToBlocks(lines, { left: 60, right: 540 }, 12);
    expect(blocks.map((block) => block.text)).toEqual(['一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题，确保工作落到实处。', '某某市住房和城乡建设局', '2024年5月6日', '【打印】【关闭】']);
  });
});
