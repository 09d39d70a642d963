import { describe, expect, it } from 'vitest';
import { importerForFile } from '../../../electron/engine/import/registry';
import { readableOf } from '../../../electron/engine/import/reading/from-parsed';
import { readDocument, type DocumentReading } from '../../../electron/engine/import/reading/document-reading';
import { linesOfPlainText, type SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { places } from './fixture-helpers';

// Headlines, frames and kinds read from the structure around them: trails that start at the site's name,
// a headline wrapped onto a short second line, a site's name left above a 公文 headline, a version note
// under a rule's headline, a 工作简报's frame, report leads after a purpose clause. Sample texts written
// for these tests.

function readText(text: string): DocumentReading {
  return readDocument({ lines: linesOfPlainText(text), web: true, stated: {}, statedOrigins: {} }, { fileName: '页面.txt', places });
}

function readLines(lines: SourceLine[]): DocumentReading {
  return readDocument({ lines, web: false, stated: {}, statedOrigins: {} }, { fileName: '简报.docx', places });
}

const NEWS = [
  '11月12日，某市举行红色工地党建联盟“聚力行动”启动仪式，22家建筑企业党组织签订联建协议。',
  '联盟将通过支部联建、党员联管，破解项目党员流动性大、组织生活难开展等问题。',
  '今年以来，全市已累计建成市级优秀红色工地6个。',
].join('\n');

describe('a breadcrumb that starts at the site’s or the column’s name', () => {
  it.each(['某市住房和城乡建设局 > 工作动态', '党建动态 >> 正文', '某市住建局 » 新闻中心 » 部门动态'])('is page chrome, never the title: %s', (crumb) => {
    const read = readText(`${crumb}\n某市启动红色工地党建联盟聚力行动\n发布时间：2024-11-13\u3000来源：某市住建局\n${NEWS}`);
    expect(read.meta.title).toBe('某市启动红色工地党建联盟聚力行动');
    expect(read.text).not.toContain(crumb);
    expect(read.removed.some((block) => block.text.includes(crumb) && block.rule === 'breadcrumb')).toBe(true);
  });

  it('leaves a sentence that happens to hold ">" in the text', () => {
    const line = '项目扬尘监测数值>80时，自动启动喷淋系统，党员安全员到场核查。';
    const read = readText(`某市启动红色工地党建联盟聚力行动\n发布时间：2024-11-13\n${NEWS}\n${line}`);
    expect(read.text).toContain(line);
  });
});

describe('the bar over a site', () => {
  it('takes out today’s date with a welcome, and a welcome alone', () => {
    const read = readText(`2024年11月20日 星期三\u3000欢迎访问某区住房和城乡建设局网站\n欢迎光临某区住建局门户网站\n某区首个地铁上盖项目党群服务中心启用\n发布日期：2024-11-19\n${NEWS}`);
    expect(read.meta.title).toBe('某区首个地铁上盖项目党群服务中心启用');
    expect(read.text).not.toContain('欢迎');
  });
});

describe('a headline wrapped onto a short second line above the info line', () => {
  it('joins "…党建联盟" and "“聚力行动”" into one title and keeps both out of the text', () => {
    const read = readText(`某市住建局 > 工作动态\n某市启动红色工地党建联盟\n“聚力行动”\n发布时间：2024-11-13\u3000来源：某市住建局\n${NEWS}`);
    expect(read.meta.title).toBe('某市启动红色工地党建联盟“聚力行动”');
    expect(read.text.split('\n')[0]).toBe(NEWS.split('\n')[0]);
  });

  it('does not join a reporter’s name standing under the headline', () => {
    const read = readText(`某市启动红色工地党建联盟聚力行动\n记者 王某\n发布时间：2024-11-13\u3000来源：某市日报\n${NEWS}`);
    expect(read.meta.title).toBe('某市启动红色工地党建联盟聚力行动');
  });
});

describe('a site’s name left above a whole 公文 headline', () => {
  const BODY = '各乡镇（街道），各有关单位：\n为深化红色工地建设，经研究，决定对2024年度全县红色工地星级评定结果予以通报。\n一、评定五星级红色工地4个、四星级红色工地9个。\n某某县住房和城乡建设局\n2024年12月9日';
  it('is no part of the headline', () => {
    const read = readText(`某某县人民政府\u3000政府信息公开\n某某县住房和城乡建设局关于2024年度红色工地星级评定结果的通报\n${BODY}`);
    expect(read.meta.title).toBe('某某县住房和城乡建设局关于2024年度红色工地星级评定结果的通报');
    expect(read.meta.issuer).toBe('某某县住房和城乡建设局');
  });

  it('still joins a headline wrapped before its 关于 line ends', () => {
    const read = readText(`某某县住房和城乡建设局关于2024年度红色工地\n星级评定结果的通报\n${BODY}`);
    expect(read.meta.title).toBe('某某县住房和城乡建设局关于2024年度红色工地星级评定结果的通报');
  });
});

describe('a rule’s headline with its version note on the next line', () => {
  const RULES = '附件2\n某市红色工地星级评定标准\n（2024年修订）\n第一条\u3000为规范红色工地星级评定工作，制定本标准。\n第二条\u3000星级评定按照组织建设、阵地建设、工友服务、项目成效四个方面进行。\n第三条\u3000本标准自印发之日起施行。';
  it('takes "（2024年修订）" into the title and reads the articles as a policy', () => {
    const read = readText(RULES);
    expect(read.meta.title).toBe('某市红色工地星级评定标准（2024年修订）');
    expect(read.meta.kind).toBe('policy');
    expect(read.text).toContain('第一条\u3000为规范红色工地星级评定工作，制定本标准。');
  });

  it.each(['（试行）', '（征求意见稿）'])('joins %s the same way', (note) => {
    expect(readText(RULES.replace('（2024年修订）', note)).meta.title).toBe(`某市红色工地星级评定标准${note}`);
  });
});

describe('a 工作简报 (bulletin)', () => {
  const ITEMS = [
    '今年以来，市住建局以红色工地建设为抓手，推动全市在建项目党建工作提质增效。',
    '一是抓组织覆盖。全市新组建项目临时党支部47个，选派党建指导员62名。',
    '二是抓阵地建设。建成标准化工地党群服务站35个。',
  ];
  const bulletin = (masthead: string, issue: string): SourceLine[] => [
    { text: masthead, role: 'text', scale: 2, centered: true },
    { text: issue, role: 'text', centered: true },
    { text: '某市住房和城乡建设局机关党委编\u3000\u3000\u3000\u30002024年10月18日', role: 'text' },
    { text: '某市住建局扎实推进红色工地建设提质增效', role: 'text', scale: 1.25, centered: true },
    ...ITEMS.map((text): SourceLine => ({ text, role: 'text' })),
  ];

  it.each([['党建工作简报', '第9期'], ['红色工地建设专报', '（总第32期）']])('takes the item’s headline, not the masthead "%s", and the compiler’s date', (masthead, issue) => {
    const read = readLines(bulletin(masthead, issue));
    expect(read.meta.title).toBe('某市住建局扎实推进红色工地建设提质增效');
    expect(read.meta.date).toBe('2024-10-18');
    expect(read.meta.kind).toBe('news');
    expect(read.text).not.toContain(masthead);
    expect(read.text).not.toContain('机关党委编');
    expect(read.text).toContain(ITEMS[1]);
  });

  it('does not take a headline that ends in 简报 for a masthead when no issue number follows', () => {
    const lines = bulletin('某市发布红色工地建设情况简报', '第9期');
    lines.splice(1, 1);
    lines.splice(2, 1);
    const read = readLines(lines);
    expect(read.meta.title).toBe('某市发布红色工地建设情况简报');
  });
});

describe('a report whose lead opens with its purpose', () => {
  it('reads "为…，某局近日启动…" as news', () => {
    const read = readText(`某区启动红色工地幸福工友服务月活动\n发布时间：2024-09-02\n为进一步擦亮红色工地品牌，某区住建局近日启动“红色工地·幸福工友”服务月活动。\n活动期间，各项目将集中开展义诊体检、法律咨询和技能培训，预计惠及工友5000余人次。\n区住建局将对活动开展情况进行跟踪督导。`);
    expect(read.meta.kind).toBe('news');
  });

  it('reads "9月下旬，…" as a dated lead', () => {
    const read = readText(`项目支部连村支部 家门口服务暖民心\n发布日期：2024-10-08\n9月下旬，某市某高速互通连接线项目临时党支部联合属地村党支部，为周边村民开展服务。\n党员志愿者上门排查施工噪声、扬尘对村民生活的影响。\n支部还建立了村企联络群，村民诉求24小时内回应。`);
    expect(read.meta.kind).toBe('news');
  });
});

describe('copied 信息公开 label lines that name the document', () => {
  const NOTICE = '各街道（乡镇）建管站，各在建项目参建单位：\n为加强建设工地流动党员管理，决定在全区在建项目推行流动党员报到登记制度。\n一、流动党员应当在进场后一个月内向项目临时党支部报到。\n某某区住房和城乡建设局\n2024年5月21日';

  it.each(['标\u3000\u3000题：', '名  称：', '信息名称：'])('takes the "%s" row as the title when the headline was not copied', (label) => {
    const read = readText(`${label}关于在全区在建项目推行流动党员报到登记制度的通知\n发布机构：某某区住房和城乡建设局\n发文日期：2024-05-22\n文\u3000\u3000号：某建〔2024〕36号\n${NOTICE}`);
    expect(read.meta.title).toBe('关于在全区在建项目推行流动党员报到登记制度的通知');
    expect(read.meta.issuer).toBe('某某区住房和城乡建设局');
    expect(read.text).not.toContain('发布机构');
  });

  it('reads label and value set in cells of their own', () => {
    const read = readText(`索引号： | 001/2024-00036 | 发布机构： | 某某区住房和城乡建设局\n名称： | 关于在全区在建项目推行流动党员报到登记制度的通知\n${NOTICE}`);
    expect(read.meta.title).toBe('关于在全区在建项目推行流动党员报到登记制度的通知');
  });
});

describe('the browser tab’s title copied above the page', () => {
  const PAGE = '当前位置：首页 > 部门动态\n某市召开红色工地“党建+安全”现场会\n发布时间：2024-10-25 09:30\u3000来源：市住建局\n10月24日，某市红色工地“党建+安全”现场会在某医院迁建项目召开。\n与会人员观摩了项目党员安全责任区和VR安全体验馆。\n会议要求，各项目要坚决守牢安全底线。';

  it.each(['_某市人民政府', ' - 某市人民政府', '|某市住建局'])('is taken out ("headline%s"), and the headline is the title', (suffix) => {
    const tab = `某市召开红色工地“党建+安全”现场会${suffix}`;
    const read = readText(`${tab}\n${PAGE}`);
    expect(read.meta.title).toBe('某市召开红色工地“党建+安全”现场会');
    expect(read.text).not.toContain('某市人民政府');
    expect(read.removed.some((block) => block.rule === 'page-title' && block.text.includes(tab.trim()))).toBe(true);
  });

  it('keeps a headline with a dash when no line repeats its first part', () => {
    const read = readText('某市红色工地建设——党建引领项目建设新实践\n发布时间：2024-10-25\n10月24日，某市红色工地建设现场会召开。\n会议要求，各项目要坚决守牢安全底线。');
    expect(read.meta.title).toBe('某市红色工地建设——党建引领项目建设新实践');
  });
});

describe('issuers a notice names outside a signed 落款', () => {
  const NOTICE = '各有关单位：\n为做好项目党建工作，现将有关事项通知如下：\n一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n二、各单位要加强督促检查，确保工作落到实处。';

  it('reads the body’s name standing alone above the headline when the 落款 is the date only', () => {
    const read = readText(`某某市住房和城乡建设局\n关于开展红色工地星级评定工作的通知\n${NOTICE}\n2024年5月6日`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
    expect(read.meta.date).toBe('2024-05-06');
  });

  it('does not take a column’s name above the headline for an issuer', () => {
    const read = readText(`通知公告\n关于开展红色工地星级评定工作的通知\n${NOTICE}\n2024年5月6日`);
    expect(read.meta.issuer).toBeNull();
  });

  it.each(['办公室', '综合处', '秘书科'])('reads the 印发 line of the issuer’s %s as the issuer', (office) => {
    const read = readText(`关于开展红色工地星级评定工作的通知\n${NOTICE}\n2024年5月6日\n抄送：市委组织部。\n某某市住房和城乡建设局${office}\u3000\u30002024年5月6日印发`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
  });

  it('reads a joint 落款 set side by side with a date under each name', () => {
    const read = readText(`关于开展红色工地星级评定工作的通知\n${NOTICE}\n某某县住房和城乡建设局\u3000\u3000\u3000\u3000某某县总工会\n2024年7月2日\u3000\u3000\u3000\u3000\u3000\u30002024年7月2日`);
    expect(read.meta.issuer).toBe('某某县住房和城乡建设局、某某县总工会');
    expect(read.meta.date).toBe('2024-07-02');
  });

  it('does not sign with two different dates side by side', () => {
    const read = readText(`关于开展红色工地星级评定工作的通知\n${NOTICE}\n某某县住房和城乡建设局\u3000\u3000\u3000\u3000某某县总工会\n2024年7月2日\u3000\u3000\u3000\u3000\u3000\u30002024年7月9日`);
    expect(read.meta.date).not.toBe('2024-07-09');
  });
});

describe('a short kicker over a copied headline', () => {
  it('takes the headline under the kicker, and takes the kicker out', () => {
    const read = readText(`党旗飘扬在一线\n某县一引水工程党员攻坚队挂图作战抢工期\n发布时间：2024-07-12\u3000来源：某县住建局\n${NEWS}`);
    expect(read.meta.title).toBe('某县一引水工程党员攻坚队挂图作战抢工期');
    expect(read.text).not.toContain('党旗飘扬在一线');
  });

  it('keeps a headline over a longer subtitle without a dash', () => {
    const read = readText(`某县红色工地建设观摩会举行\n全县十八个在建项目临时党支部书记走进项目一线比学赶超\n发布时间：2024-07-12\n${NEWS}`);
    expect(read.meta.title).toBe('某县红色工地建设观摩会举行');
  });
});

async function readPage(html: string): Promise<DocumentReading> {
  const parsed = await importerForFile('页面.html')?.parse({ fileName: '页面.html', bytes: Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8">${html}</body></html>`) });
  if (!parsed) throw new Error('no html importer');
  return readDocument(readableOf(parsed), { fileName: '页面.html', places });
}

const NEWS_HTML = NEWS.split('\n').map((line) => `<p>${line}</p>`).join('');
const NOTICE_HTML = '<p>各有关单位：</p><p>为做好项目党建工作，现将有关事项通知如下：</p><p>一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。</p><p>二、各单位要加强督促检查，确保工作落到实处。</p>';

describe('a date set with the headline', () => {
  it('takes the date out of an <h1> that holds it in a <span>, and reads it as the date', async () => {
    const read = await readPage(`<title>某区住建局</title></head><body><div><a href="/">首页</a> | <a>党建动态</a> | <a>政务公开</a> | <a>办事服务</a></div><h1>某区一古镇保护项目举办“红色工地开放日”<span>2024-06-28</span></h1>${NEWS_HTML}`);
    expect(read.meta.title).toBe('某区一古镇保护项目举办“红色工地开放日”');
    expect(read.meta.date).toBe('2024-06-28');
  });

  it('takes the date off the front of a copied list line', () => {
    const read = readText(`2024-03-13\u3000某县一海塘工程临时党支部开展植树主题党日活动\n${NEWS}`);
    expect(read.meta.title).toBe('某县一海塘工程临时党支部开展植树主题党日活动');
    expect(read.meta.date).toBe('2024-03-13');
  });

  it('keeps a year that is part of the headline', () => {
    const read = readText(`某县2024年度红色工地星级评定结果揭晓\n发布时间：2024-12-20\n${NEWS}`);
    expect(read.meta.title).toBe('某县2024年度红色工地星级评定结果揭晓');
  });
});

describe('issuers a notice page names outside its 落款', () => {
  it('reads a joint 落款 laid out as a table, a date in each cell under the names', async () => {
    const read = await readPage(`<title>通知</title></head><body><h1>关于开展“清廉工地”创建活动的通知</h1>${NOTICE_HTML}<table><tr><td>某某县住房和城乡建设局</td><td>中共某某县纪委监委驻县住建局纪检监察组</td></tr><tr><td>2024年5月20日</td><td>2024年5月20日</td></tr></table>`);
    expect(read.meta.issuer).toBe('某某县住房和城乡建设局、中共某某县纪委监委驻县住建局纪检监察组');
    expect(read.meta.date).toBe('2024-05-20');
  });

  it('reads the body a page’s ContentSource tag names in full when the 落款 is the date only', async () => {
    const read = await readPage(`<title>通知</title><meta name="ContentSource" content="某某市住房和城乡建设局"></head><body><h1>关于开展2024年“工地电影周”活动的通知</h1>${NOTICE_HTML}<p align="right">2024年7月25日</p>`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
  });

  it('does not take a ContentSource that is no body’s full name', async () => {
    const read = await readPage(`<title>通知</title><meta name="ContentSource" content="本站"></head><body><h1>关于开展2024年“工地电影周”活动的通知</h1>${NOTICE_HTML}<p align="right">2024年7月25日</p>`);
    expect(read.meta.issuer).toBeNull();
  });
});

describe('a Word write-up whose headline is neither its first nor its largest line', () => {
  const CASE = [
    '某建工集团在某安置房项目推行“党员+班组”结对，每名党员联系2至3个施工班组。',
    '项目临时党支部每月召开一次工友座谈会，累计办理实事60余件。',
    '项目先后获评市级优秀红色工地。',
  ].map((text): SourceLine => ({ text, role: 'text' }));

  it('passes over a label set smaller than the text above a headline in body size', () => {
    const read = readLines([{ text: '2024年红色工地案例材料', role: 'text', scale: 0.75 }, { text: '“党员+班组”结对让工地党建落地生根', role: 'text', centered: true }, ...CASE]);
    expect(read.meta.title).toBe('“党员+班组”结对让工地党建落地生根');
    expect(read.meta.kind).toBe('case');
  });

  it('passes over a series’ name set large in the Title style above the case’s Heading 1', () => {
    const read = readLines([{ text: '红色工地典型案例选编', role: 'heading', level: 1, scale: 1.75 }, { text: '“项目+社区”联席共治让城市更新更有温度', role: 'heading', level: 1 }, ...CASE]);
    expect(read.meta.title).toBe('“项目+社区”联席共治让城市更新更有温度');
    expect(read.meta.kind).toBe('case');
  });

  it('keeps a large headline that only mentions cases when nothing follows it as a headline', () => {
    const read = readLines([{ text: '某市发布2024年度红色工地十大典型案例', role: 'text', scale: 1.6, centered: true }, ...CASE]);
    expect(read.meta.title).toBe('某市发布2024年度红色工地十大典型案例');
  });
});

describe('a case series named above the headline', () => {
  it('does not count a site menu’s "工程案例" as one', async () => {
    const read = await readPage(`<title>某公司</title></head><body><ul class="nav"><li><a>网站首页</a></li><li><a>党建园地</a></li><li><a>工程案例</a></li><li><a>联系我们</a></li></ul><h1>公司党委推行“党员+班组”结对工作法</h1><p>我们公司党委坚持把支部建在项目上，推行“党员+班组”结对工作法。</p><p>我们每名党员联系2至3个施工班组，我们每月召开一次工友座谈会。</p><p>项目先后获评市级优秀红色工地。</p>`);
    expect(read.meta.kind).toBe('practice');
  });
});

describe('the close of a notice copied from a page', () => {
  const HEAD = '关于召开全县红色工地建设现场推进会的通知\n各乡镇建管站，各在建项目临时党支部：\n经研究，决定于2024年11月15日召开全县红色工地建设现场推进会，请各乡镇建管站负责人参加。\n请参会人员于当日上午8:30前到达会场。';

  it.each(['特此通知。', '此复。', '特此通报。'])('keeps "%s" on a line of its own and reads the 落款 under it', (formula) => {
    const read = readText(`${HEAD}\n${formula}\n某某县住房和城乡建设局\u30002024年11月8日`);
    expect(read.text).toContain(formula);
    expect(read.meta.issuer).toBe('某某县住房和城乡建设局');
    expect(read.meta.date).toBe('2024-11-08');
  });

  it('reads a 落款 marked "（代章）" as its body', () => {
    const read = readText(`${HEAD}\n特此通知。\n某某区住房和城乡建设局办公室（代章）\n2024年2月26日`);
    expect(read.meta.issuer).toBe('某某区住房和城乡建设局办公室');
  });

  it('keeps the signer, not the body lending its seal ("（某局代章）")', () => {
    const read = readText(`${HEAD}\n某某市红色工地建设工作领导小组办公室\n（某某市住房和城乡建设局代章）\n2024年10月15日`);
    expect(read.meta.issuer).toBe('某某市红色工地建设工作领导小组办公室');
    expect(read.meta.date).toBe('2024-10-15');
  });
});

describe('what stands right under a headline', () => {
  it('does not join a 公众号 account’s name above a bare date line to the headline', () => {
    const read = readText(`党员责任区里多了一项“工资核查”\n\n某市住建\n\n2024年10月11日 18:30\n\n${NEWS}`);
    expect(read.meta.title).toBe('党员责任区里多了一项“工资核查”');
  });

  it.each(['（图）', '(组图)', '【视频】'])('leaves a news site’s "%s" marker out of the title', (marker) => {
    const read = readText(`某县一水电站项目支部开展党建联建进畲寨活动${marker}\n发布时间：2024-09-21\u3000来源：某县新闻网\n${NEWS}`);
    expect(read.meta.title).toBe('某县一水电站项目支部开展党建联建进畲寨活动');
  });

  it('keeps brackets that are part of the headline', () => {
    const read = readText(`某县红色工地星级评定办法（试行）\n发布时间：2024-09-21\n${NEWS}`);
    expect(read.meta.title).toBe('某县红色工地星级评定办法（试行）');
  });
});

describe('a joint 红头 laid out as a table', () => {
  const NOTICE: SourceLine[] = [
    { text: '某建〔2024〕41号', role: 'text', centered: true },
    { text: '关于在建设工地开展“青年突击队”创建活动的通知', role: 'text', scale: 1.4, centered: true },
    ...['各县（市、区）住建局、团委：', '为深化红色工地建设，现将有关事项通知如下：', '一、合同金额1亿元以上的项目，应当组建青年突击队。', '二、青年突击队在项目临时党支部领导下开展工作。'].map((text): SourceLine => ({ text, role: 'text' })),
    { text: '2024年4月12日', role: 'text', rightAligned: true },
  ];

  it('reads every body when the names come as rows beside a merged "文件" cell', () => {
    const read = readLines([{ text: '某某市住房和城乡建设局 | 文件', role: 'table-row', scale: 1.75 }, { text: '共青团某某市委员会 |', role: 'table-row', scale: 1.75 }, ...NOTICE]);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局、共青团某某市委员会');
    expect(read.meta.docNumber).toBe('某建〔2024〕41号');
  });

  it('reads every body when the cells come one to a line (name, 文件, name)', () => {
    const read = readLines([{ text: '某某市住房和城乡建设局', role: 'text', scale: 1.75 }, { text: '文件', role: 'text', scale: 1.75 }, { text: '共青团某某市委员会', role: 'text', scale: 1.75 }, ...NOTICE]);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局、共青团某某市委员会');
    expect(read.meta.title).toBe('关于在建设工地开展“青年突击队”创建活动的通知');
  });
});

describe('a date that belongs to the headline', () => {
  it('keeps "（2024年5月6日）" closing a meeting’s headline', () => {
    const read = readText(`某县红色工地建设联席会议纪要（2024年5月6日）\n发布时间：2024-05-08\n${NEWS}`);
    expect(read.meta.title).toBe('某县红色工地建设联席会议纪要（2024年5月6日）');
  });
});

describe('a 印发 cover signed with the date only', () => {
  it('takes the date right above the issued document’s title as the 成文日期', () => {
    const read = readText('某某市住房和城乡建设局文件\n某建〔2024〕9号\n关于印发《某某市红色工地星级评定办法》的通知\n各县（市、区）住建局：\n现将《某某市红色工地星级评定办法》印发给你们，请认真贯彻执行。\n2024年5月6日\n某某市红色工地星级评定办法\n第一条 为规范红色工地星级评定工作，制定本办法。\n第二条 本办法自印发之日起施行。');
    expect(read.meta.date).toBe('2024-05-06');
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
  });

  it('does not take a date inside the issued document for the cover’s', () => {
    const read = readText('关于印发《某某市红色工地星级评定办法》的通知\n各县（市、区）住建局：\n现将《某某市红色工地星级评定办法》印发给你们，请认真贯彻执行。\n某某市红色工地星级评定办法\n第一条 为规范红色工地星级评定工作，制定本办法。\n2024年5月6日\n第二条 本办法自印发之日起施行。');
    expect(read.meta.date).not.toBe('2024-05-06');
  });
});
