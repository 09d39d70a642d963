import { describe, expect, it } from 'vitest';
import { type SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { readCopiedText as readText, readWordLines as readLines, readPageHtml as readPage } from './fixture-helpers';

// Headlines and article edges as the eval's blind batches 6–8 showed them (dev/blind-6, blind-7, blind-8): a 简报 whose
// compiler stands alone over the date, with 报/送/发 under the item; a short headline over a "——" subtitle; headlines of
// 45 characters and more; a booklet's series name over a case copied as text; a 文号 after a headline with a space; a
// 数字报's 标题导航 below the article; a second list closing a page's article. Sample texts written for these tests.

const PARAGRAPHS = [
  '6月以来，某区住建局在全区18个在建项目开展红色工地观摩活动，推动项目党建与安全生产深度融合。',
  '各项目临时党支部围绕安全、质量、服务设立党员先锋岗，组织党员带头排查隐患、解决工友诉求。',
  '截至目前，全区共排查整改隐患126处，为工友解决实际困难43件。',
];
const BODY = PARAGRAPHS.join('\n');
const BODY_HTML = PARAGRAPHS.map((line) => `<p>${line}</p>`).join('');
const word = (lines: [string, number?][]): SourceLine[] => lines.map(([text, scale]) => ({ text, role: 'text', scale: scale ?? 1 }));

describe('a 工作简报 whose compiler stands on a line of its own', () => {
  const bulletin = word([
    ['工 作 简 报', 2], ['第12期'], ['某市某区住房和城乡建设局编'], ['2025年10月20日'], ['━━━━━━━━━━━━━━━━'],
    ['某安置区项目党支部开展“质量开放日”活动', 1.3], ...PARAGRAPHS.map((line): [string] => [line]),
    ['报：区委、区政府；送：市住建局；发：局属各单位'],
  ]);

  it('reads the item’s headline and the issue’s date, not the compiler’s line', () => {
    const read = readLines(bulletin);
    expect(read.meta.title).toBe('某安置区项目党支部开展“质量开放日”活动');
    expect(read.meta.date).toBe('2025-10-20');
  });

  it('takes the masthead, its rule and the 报/送/发 lines out of the text, and keeps every paragraph', () => {
    const read = readLines(bulletin);
    for (const line of ['某市某区住房和城乡建设局编', '━━━', '报：区委', '工 作 简 报']) expect(read.text).not.toContain(line);
    for (const line of PARAGRAPHS) expect(read.text).toContain(line);
    expect(read.removed.map((block) => block.rule)).toContain('bulletin-distribution');
  });

  it('keeps a line opening with 报 or 发 in a text that is no bulletin', () => {
    const read = readLines(word([['某项目党支部开展“质量开放日”活动', 1.4], ...PARAGRAPHS.map((line): [string] => [line]), ['发：各参建单位']]));
    expect(read.text).toContain('发：各参建单位');
  });
});

describe('a short headline over a “——” subtitle', () => {
  it('on a page, the headline is the line above the subtitle however short it is', async () => {
    const read = await readPage(`<title>某区人民政府-要闻</title></head><body><div class="t1">党旗飘在项目上</div><div class="t2">——某区红色工地建设见闻</div><div>2025-04-21 08:30\u3000来源：某区融媒体中心</div>${BODY_HTML}`);
    expect(read.meta.title).toBe('党旗飘在项目上');
  });

  it('in a Word file, a headline of five characters set large is the headline', () => {
    const read = readLines(word([['某建工集团有限公司\u3000党建工作交流材料', 0.75], ['工地微党校', 1.4], ['——某安置房项目党支部工作法'], ...PARAGRAPHS.map((line): [string] => [line])]));
    expect(read.meta.title).toBe('工地微党校');
  });

  it('a short label set large with no subtitle under it is no headline', () => {
    const read = readLines(word([['典型案例', 1.6], ['某区“工地党建联盟”破解多方协调难题', 1.3], ...PARAGRAPHS.map((line): [string] => [line])]));
    expect(read.meta.title).toBe('某区“工地党建联盟”破解多方协调难题');
  });
});

describe('a headline of 45 characters and more', () => {
  const long = '某区住建局联合区总工会在全区42个在建项目开展“送清凉、送法律、送党课”进工地活动惠及工友1.2万余人';

  it('set in a page’s h2 is read whole, not cut to a first sentence', async () => {
    const read = await readPage(`<title>某区人民政府-部门动态</title></head><body><h1>某区人民政府</h1><div class="main"><h2>${long}</h2><div>发布时间：2025年08月05日\u3000来源：某区住建局</div>${BODY_HTML}</div>`);
    expect(read.meta.title).toBe(long);
  });

  it('copied as text under a booklet’s series name, is the case’s headline', () => {
    const headline = '某产业园项目临时党支部以“党建+”模式推动建设、施工、监理三方联建共管实现安全生产零事故工期提前两个月';
    const read = readText(`2025年度某区红色工地典型案例汇编\n案例五\n${headline}\n申报单位：某建工集团有限公司\n${BODY}`);
    expect(read.meta.title).toBe(headline);
  });

  it('a row of menu items copied as text is no headline, however long', () => {
    const read = readText(`首页 机构概况 政务公开 党建工作 互动交流 办事服务 专题专栏 信息公开目录 依申请公开 政策解读\n某区开展红色工地观摩活动\n来源：某区住建局\u30002025-06-12\n${BODY}`);
    expect(read.meta.title).toBe('某区开展红色工地观摩活动');
  });
});

describe('a 文号 set after a page’s headline', () => {
  it('is the document’s number, not part of its title', async () => {
    const read = await readPage(`<title>某林区人民政府</title></head><body><div class="crumb">首页 > 信息公开 > 部门文件</div><div class="tit">关于开展建筑工地“党员先锋岗”创建活动的通知 某住建（2025）12号</div><div>发布日期：2025-06-23\u3000发布机构：某区住建局</div><p>各乡镇人民政府，各在建项目参建单位：</p>${BODY_HTML}<p>某林区住房和城乡建设局</p><p>2025年6月20日</p>`);
    expect(read.meta.title).toBe('关于开展建筑工地“党员先锋岗”创建活动的通知');
    expect(read.meta.docNumber).toBe('某住建〔2025〕12号');
  });
});

describe('a 数字报 page copied as text, its 标题导航 below the article', () => {
  it('takes the line the list repeats as the headline, the line above it as its kicker', () => {
    const read = readText(`某城建设报 2025年06月12日 第05版：城建新闻\n上一期  下一期  往期回顾\n某区推行“红色工地”积分制管理\n工友攒积分换来“真实惠”\n本报讯（记者 胡某 通讯员 岸某）${PARAGRAPHS[0]}\n${PARAGRAPHS[1]}\n${PARAGRAPHS[2]}\n标题导航\n工友攒积分换来“真实惠”\n某市城建系统开展防汛应急演练\n新一批保障性住房开工`);
    expect(read.meta.title).toBe('工友攒积分换来“真实惠”');
  });
});

describe('lists closing an article', () => {
  it('keeps a second list of names under its own 名单： line on a page', async () => {
    const read = await readPage(`<title>某区通报表扬优秀红色工地</title></head><body><h1>某区通报表扬优秀红色工地</h1><div>发布时间：2025-12-02\u3000来源：某区住建局</div><div class="article">${BODY_HTML}<p>优秀红色工地名单：</p><p>1.某街道安置房二期项目</p><p>2.某街道产业园配套道路工程</p><p>3.某街道社区综合体项目</p><p>“红色工地先锋”名单：</p><p>张某军（某街道安置房二期项目）</p><p>李某英（某街道社区综合体项目）</p></div><div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>`);
    expect(read.text).toContain('李某英（某街道社区综合体项目）');
    expect(read.text).not.toContain('打印本页');
  });

  it('does not carry the article over links listed after it', async () => {
    const read = await readPage(`<title>某区开展观摩活动</title></head><body><h1>某区开展观摩活动</h1><div>发布时间：2025-12-02</div><div class="article">${BODY_HTML}</div><div class="more"><p>更多：</p><p><a href="/a">某区召开安全生产会议</a></p><p><a href="/b">某区启动夏季施工检查</a></p></div>`);
    expect(read.text).not.toContain('某区召开安全生产会议');
  });
});

describe('lines that are no part of the text, around it', () => {
  it('takes out an advert line marked as one between paragraphs of copied text', () => {
    const read = readText(`某区开展红色工地观摩活动\n来源：某区住建局\u30002025-06-12\n${PARAGRAPHS[0]}\n【广告】建材直采 一站购齐 点击咨询\n${PARAGRAPHS[1]}\n${PARAGRAPHS[2]}`);
    expect(read.text).not.toContain('建材直采');
    for (const line of PARAGRAPHS) expect(read.text).toContain(line);
  });

  it('takes out a 印发 line with no date, a PDF’s page number run into it', () => {
    const read = readLines(word([
      ['关于开展红色工地建设“回头看”的通知', 1.4], ['各建筑施工企业，各在建项目参建单位：'], ...PARAGRAPHS.map((line): [string] => [line]),
      ['某市某区住房和城乡建设局'], ['2025年4月16日'], ['某区住建局办公室印发 — 1 —'],
    ]));
    expect(read.text).not.toContain('办公室印发');
    expect(read.text).toContain('2025年4月16日');
  });

  it('takes out a cover’s month in Chinese numerals under the headline, and dates the rule by its 落款', () => {
    const read = readLines(word([
      ['某市某区住房和城乡建设局', 1.2], ['某区红色工地星级评定办法（试行）', 1.6], ['二〇二五年六月', 1.2], ['某区红色工地星级评定办法（试行）', 1.4],
      ['第一条\u3000为推动红色工地建设规范化、品牌化，制定本办法。'], ['第二条\u3000红色工地星级分为一星至五星，由区住建局每年组织评定一次。'],
      ['某市某区住房和城乡建设局'], ['2025年6月10日'],
    ]));
    expect(read.text).not.toContain('二〇二五年六月');
    expect(read.meta.date).toBe('2025-06-10');
  });

  it('reads a 申报材料 table (its heading four characters long) as the form, its contact row out of the text', () => {
    const read = readLines([
      { text: '2025年度某市红色工地十大典型案例', role: 'text', scale: 1.3 }, { text: '申报材料', role: 'text', scale: 1.2 },
      { text: '案例名称 | 某项目“党建联盟+工友学校”育强产业工人队伍', role: 'table-row' }, { text: '申报单位 | 某建设工程有限公司', role: 'table-row' },
      { text: '联 系 人 | 钱某某\u30000512-66000000', role: 'table-row' }, { text: '一、背景', role: 'text' }, ...PARAGRAPHS.map((line): SourceLine => ({ text: line, role: 'text' })),
    ]);
    expect(read.meta.title).toBe('某项目“党建联盟+工友学校”育强产业工人队伍');
    expect(read.text).not.toContain('0512-66000000');
    for (const line of PARAGRAPHS) expect(read.text).toContain(line);
  });
});

// Blind batches 9 and 10 (dev/blind-9, blind-10): platforms' author boxes, a date bar over a company page's headline, a
// 数字报 headline about a 党支部, a 纪要's 送： line.
describe('dates and headlines of news platforms and company pages', () => {
  it('reads the time in a platform’s author box copied as one line as the date', () => {
    for (const box of ['某州融媒2025-05-14 09:32贵州+关注', '2025-04-28 15:33·某区发布']) {
      const read = readText(`打开APP\n某市“工地夜校”开进安置房项目\n${box}\n${BODY}`);
      expect(read.meta.date).toBe(box.startsWith('2025-04') ? '2025-04-28' : '2025-05-14');
      expect(read.text).not.toContain(box);
    }
  });

  it('reads a date with its weekday under the breadcrumb, right over the headline, as the article’s date', async () => {
    const read = await readPage(`<title>某建工集团</title></head><body><div class="nav">某建工集团有限公司首页 | 关于我们 | 新闻中心 | 党建园地</div><div>党建园地 >> 支部风采</div><div>2025年09月12日\u3000星期五</div><h2>某项目党支部推行“一岗双责”清单管理</h2>${BODY_HTML}<div>上一篇：集团召开安全生产例会</div>`);
    expect(read.meta.date).toBe('2025-09-12');
  });

  it('leaves a site’s date bar at the top of the page undated', async () => {
    const read = await readPage(`<title>某建工集团</title></head><body><div>2025年12月07日\u3000星期一</div><div class="nav">首页 | 关于我们 | 新闻中心 | 党建园地</div><div>党建园地 >> 支部风采</div><h2>某项目党支部推行“一岗双责”清单管理</h2>${BODY_HTML}`);
    expect(read.meta.date).not.toBe('2025-12-07');
  });

  it('takes a 数字报 headline that tells what a 党支部 did for a headline, not for a body’s name', () => {
    const read = readText(`某市日报 2025年11月18日 星期二 第03版：要闻\n本版标题导航\n全市经济运行调度会召开\n把党旗插在工地上\u3000某区12个重点项目建起临时党支部\n科技城新区签约项目18个\n把党旗插在工地上\n某区12个重点项目建起临时党支部\n覆盖参建工人4300余名\n本报记者\u3000邓某晴\n本报讯\u3000${PARAGRAPHS.join('\n')}`);
    expect(read.meta.title).toBe('某区12个重点项目建起临时党支部');
  });

  it('takes a 纪要’s 送： line over its 印发 line out of the text with the 版记', () => {
    const read = readLines(word([
      ['某市某区住房和城乡建设局', 1.6], ['会议纪要', 1.6], ['某住建纪〔2025〕5号'], ['某市某区住房和城乡建设局\u3000\u30002025年6月18日'], ['关于推进“红色工地”与安全生产融合工作的专题会议纪要', 1.4], ...PARAGRAPHS.map((line): [string] => [line]),
      ['出席人员：王某国、刘某燕、马某'], ['送：区委组织部，区应急管理局。'], ['某市某区住房和城乡建设局\u3000\u30002025年6月18日印发'],
    ]));
    expect(read.text).not.toContain('送：区委组织部');
    expect(read.text).toContain('出席人员：王某国');
  });
});

describe('a 文号 opening a page’s info line with no label', () => {
  it('is read as the document’s number', async () => {
    const read = await readPage(`<title>某区人民政府</title></head><body><div>当前位置：首页 > 信息公开 > 通知公告</div><h2>关于开展“红色工地·工友之家”共建活动的通知</h2><div>某住建联发〔2025〕3号\u3000\u3000发布时间：2025-05-08</div><p>各有关建设单位、施工企业：</p>${BODY_HTML}<p>某区住房和城乡建设局</p><p>2025年5月6日</p>`);
    expect(read.meta.docNumber).toBe('某住建联发〔2025〕3号');
    expect(read.meta.date).toBe('2025-05-06');
  });
});

// Blind batches 11 and 12 (dev/blind-11, blind-12): covers, 汇编 title pages and labels in Word files; pages copied with
// the bureau's name as the site's name, a table copied with tabs, links run onto their heading, a booklet's name repeated.
describe('what stands around a headline in a Word file', () => {
  it('anchors a 申报材料 cover’s 案例名称 to the headline below, and takes the cover out of the text', () => {
    const headline = '“工地红管家”让某区安置房项目党建与进度同频';
    const read = readLines(word([['2025年度全市红色工地典型案例', 1.3], ['申 报 材 料', 1.6], [`案例名称：${headline}`], ['申报单位：某建设集团有限公司党委'], ['推荐单位：某市某区住房和城乡建设局'], ['申报日期：2025年9月18日'], [headline, 1.4], ...PARAGRAPHS.map((line): [string] => [line])]));
    expect(read.meta.title).toBe(headline);
    for (const line of ['申 报 材 料', '推荐单位：', '2025年度全市红色工地典型案例']) expect(read.text).not.toContain(line);
    for (const line of PARAGRAPHS) expect(read.text).toContain(line);
  });

  it('takes 副题、关键词 and the writing unit’s name under a headline out of the text, not the 摘要', () => {
    const read = readLines(word([['某市住建系统党建工作典型经验', 1.4], ['“一区一室一台账”筑牢工地清廉防线', 1.6], ['副题：——某区推进清廉工地建设的实践'], ['关键词：清廉工地；廉情监督；风险台账'], ['摘要：某区以展示区、监督室、风险台账三项举措推进清廉工地建设，全区在建项目实现零违纪。'], ...PARAGRAPHS.map((line): [string] => [line])]));
    expect(read.meta.title).toBe('“一区一室一台账”筑牢工地清廉防线');
    for (const line of ['副题：', '关键词：', '某市住建系统党建工作典型经验']) expect(read.text).not.toContain(line);
    expect(read.text).toContain('摘要：某区以展示区');
    const unit = readLines(word([['某区地铁项目党支部推行“四色预警”管理', 1.6], ['中铁某局某地铁5号线项目部党支部'], ...PARAGRAPHS.map((line): [string] => [line])]));
    expect(unit.text).not.toContain('中铁某局某地铁5号线项目部党支部');
  });

  it('reads a 汇编’s name set over two lines on its title page as the series’, the case’s headline under it as the title', () => {
    const read = readLines(word([['某市红色工地建设', 1.5], ['优秀案例汇编', 1.9], ['某市住房和城乡建设局机关党委\u3000编'], ['某区“党建+信用”让工地守约成为习惯', 1.4], ...PARAGRAPHS.map((line): [string] => [line])]));
    expect(read.meta.title).toBe('某区“党建+信用”让工地守约成为习惯');
    expect(read.text).not.toContain('优秀案例汇编');
  });
});

describe('pages copied as text', () => {
  it('leaves the bureau’s name that heads the page out of a notice’s headline', () => {
    const read = readText(`某市某区住房和城乡建设局\n首页\n通知公告\n工作动态\n党建工作\n当前位置：首页 > 通知公告\n关于开展建筑工地流动党员集中排查的通知\n来源：某区住建局  2025-09-28\n各街道，各有关企业：\n${BODY}\n某市某区住房和城乡建设局\n2025年9月26日`);
    expect(read.meta.title).toBe('关于开展建筑工地流动党员集中排查的通知');
  });

  it('keeps a table copied with tabs, and the sentence after it', () => {
    const read = readText(`某区通报上半年红色工地创建情况\n来源：某区住建局  发布时间：2025-07-09\n${BODY}\n上半年各街道创建情况如下：\n街道\t在建项目\t党支部\t覆盖率\n某北街街道\t18\t12\t66.7%\n某东路街道\t20\t11\t55.0%\n区住建局要求，覆盖率低于60%的街道要在三季度补齐短板。\n【打印】【关闭】`);
    expect(read.text).toContain('某东路街道\t20\t11\t55.0%');
    expect(read.text).toContain('区住建局要求，覆盖率低于60%的街道要在三季度补齐短板。');
  });

  it('takes out links run onto their 相关链接 heading', async () => {
    const read = await readPage(`<title>某区红色工地星级评定管理办法</title></head><body><h2>某区红色工地星级评定管理办法</h2><div>发布日期：2025-06-20</div>${BODY_HTML}<p>某市某区住房和城乡建设局</p><p>2025年6月18日</p><div>相关链接某省住房和城乡建设厅 某市住房和城乡建设局</div>`);
    expect(read.text).not.toContain('相关链接');
  });

  it('takes out a booklet’s name repeated after each page number of a case copied from it', () => {
    const read = readText(`某市红色工地建设典型案例汇编\n案例八\n某区“石榴籽”工友之家促进各族工友融合\n一、背景\n${PARAGRAPHS[0]}\n二、做法\n${PARAGRAPHS[1]}\n- 15 -\n某市红色工地建设典型案例汇编\n三、成效\n${PARAGRAPHS[2]}`);
    expect(read.text).not.toContain('典型案例汇编');
    for (const line of PARAGRAPHS) expect(read.text).toContain(line);
  });
});

// Blind batch 13 (dev/blind-13): 内刊 PDFs, traditional script, reporters named without a colon.
describe('an internal bulletin (内刊) and traditional-script pages', () => {
  const pdfLine = (text: string, scale = 1, role: 'text' | 'heading' = 'text'): SourceLine => ({ text, role, scale, page: 1 });

  it('takes the 内刊’s name, issue, compiler and contents for the frame; the article under them is the document', () => {
    const read = readLines([
      pdfLine('内部资料 注意保存', 0.66), pdfLine('某区住建党建', 2.25, 'heading'), pdfLine('2025 年第 9 期（总第 41 期）', 0.88),
      pdfLine('某区住房和城乡建设局党建办编 2025 年 9 月 30 日', 0.75), pdfLine('━━━━━━━━━━━━━━━━━━━━', 0.75), pdfLine('本期目录', 0.94),
      pdfLine('【典型案例】“塞上红盾”护航安置房建设', 0.81), pdfLine('【工作动态】全区召开红色工地推进会', 0.81), pdfLine('━━━━━━━━━━━━━━━━━━━━', 0.75),
      pdfLine('“塞上红盾”护航安置房建设', 1.25, 'heading'), pdfLine('某片区项目党支部 郑某峰', 0.88), ...PARAGRAPHS.map((line) => pdfLine(line)),
    ]);
    expect(read.meta.title).toBe('“塞上红盾”护航安置房建设');
    expect(read.meta.date).toBe('2025-09-30');
    expect(read.meta.author).toBe('郑某峰');
    for (const line of ['本期目录', '全区召开红色工地推进会', '某区住建党建', '第 9 期']) expect(read.text).not.toContain(line);
    for (const line of PARAGRAPHS) expect(read.text).toContain(line);
  });

  it('reads reporters named without a colon among the info line’s fields, in either script', () => {
    for (const [line, names] of [['2025年10月23日 14:20\u3000記者 黃某珍\u3000來源：某寧日報', ['黃某珍']], ['某岛新闻客户端 2025-04-09 08:31 记者 陈某远 通讯员 苏某', ['陈某远', '苏某']]] as const) {
      const read = readText(`某区开展红色工地观摩活动\n${line}\n${BODY}`);
      for (const name of names) expect(read.meta.author).toContain(name);
    }
  });

  it('reads a name joined with · as one name', () => {
    const read = readText(`某区“红色工地”典型案例\n日期：2025-12-02\u3000來源：某區住建局\u3000作者：阿不都某某·買買提\n${BODY}`);
    expect(read.meta.author).toBe('阿不都某某·買買提');
  });

  it('keeps 號 in a traditional document’s 文号', () => {
    const read = readText(`某住建〔2025〕7號\n\n某區紅色工地建設三年行動實施方案（2025—2027年）\n\n為深化“把支部建在項目上”，制定本方案。\n一、工作目標。到2027年，全區符合條件的在建項目紅色工地創建率達到80%以上。\n某區住房和城鄉建設局\n2025年2月20日`);
    expect(read.meta.docNumber).toBe('某住建〔2025〕7號');
  });
});

// Blind batches 14 and 15 (dev/blind-14, blind-15): a note in brackets under a headline, app prompts, a platform's disclaimer.
describe('lines around a headline and an article that are neither', () => {
  it('takes no bracketed note under a headline for the headline', () => {
    const read = readText(`筑牢战斗堡垒铸就精品工程\n\n（申报2025年度全省红色工地十大典型案例）\n${BODY}`);
    expect(read.meta.title).toBe('筑牢战斗堡垒铸就精品工程');
  });

  it('takes out an app’s prompts and a platform’s disclaimer closing an article', () => {
    const read = readText(`某区开展红色工地观摩活动\n来源：某区住建局\u30002025-06-12\n${BODY}\n打开某城建客户端 查看更多\n扫码下载客户端\n本文仅代表作者个人观点，不代表本平台立场，如有侵权请联系删除。`);
    for (const line of ['客户端', '不代表本平台立场']) expect(read.text).not.toContain(line);
    for (const line of PARAGRAPHS) expect(read.text).toContain(line);
  });
});

describe('dates where pages put them (dev/blind-15)', () => {
  it('prefers a page’s 发布时间 to its 页面更新时间 read before it', () => {
    const read = readText(`当前位置：首页 > 工作动态\n页面更新时间：2025-09-02 16:40\n某区举办红色工地党支部书记培训班\n发布时间：2025-08-28\u3000来源：某区住建局\u3000浏览次数：318\n${BODY}`);
    expect(read.meta.date).toBe('2025-08-28');
  });

  it('reads a two-digit year where a page’s date stands, and ends the 来源 before it', () => {
    const read = readText(`某区开展在建项目清廉工地专项检查\n来源：某区住建局\u3000\u300025-11-04\n${BODY}`);
    expect(read.meta.date).toBe('2025-11-04');
    expect(read.meta.source).toBe('某区住建局');
    expect(readText(`某区“党建联盟”破解项目协调难题\n日期：25-10-21\u3000来源：某区住建局\n${BODY}`).meta.date).toBe('2025-10-21');
  });

  it('takes a 数字报’s edition date from its masthead line, navigation and all', () => {
    const read = readText(`某城建设报 2025年7月15日\u3000星期二\u3000第05版：城建 上一版 下一版 PDF下载\n某区工地夜校开进施工现场\n本报讯（记者 梁某欣）${PARAGRAPHS.join('\n')}`);
    expect(read.meta.date).toBe('2025-07-15');
  });
});
