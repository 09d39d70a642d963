import { describe, expect, it } from 'vitest';
import { importerForFile } from '../../../electron/engine/import/registry';
import { readableOf } from '../../../electron/engine/import/reading/from-parsed';
import { readDocument } from '../../../electron/engine/import/reading/document-reading';
import { type SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { readCopiedText as readText, readWordLines as readLines, readPageHtml as readPage, places } from './fixture-helpers';

// Headlines and issuers laid out in ways the eval's blind batch 3 showed (dev/blind-3): a sidebar list before the
// breadcrumb, 信息公开 pairs copied with tabs, a 公文 headline broken by <br> under a site's name, an <h1> with a
// "——" subtitle after <br>, a wire story's headline in its 电头, seals set as pictures over the 落款. Sample texts
// written for these tests.

const NEWS = [
  '3月5日，某区建设工地党建工作推进会在某安置房项目召开，全区30余个在建项目党组织负责人参加。',
  '与会人员观摩了项目党群服务站和党员责任区，4个项目党组织作交流发言。',
  '会议要求，各项目要把党建工作与安全生产同部署、同推进、同考核。',
].join('\n');
const NEWS_HTML = NEWS.split('\n').map((line) => `<p>${line}</p>`).join('');
const NOTICE_HTML = '<p>各有关单位：</p><p>为做好项目党建工作，现将有关事项通知如下：</p><p>一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。</p><p>二、各单位要加强督促检查，确保工作落到实处。</p>';

describe('a list in a sidebar before the breadcrumb', () => {
  it('ends at the breadcrumb: the headline and info line under it are the article’s', () => {
    const read = readText(`热点新闻\n某区召开三季度安全生产形势分析会\n某区启动建筑业企业评优工作\n您的位置：首页 >> 建设动态\n某区举办建设工地党建工作推进会\n[作者：区建设局\u3000时间：2024-03-06\u3000点击：88]\n${NEWS}`);
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
    expect(read.meta.date).toBe('2024-03-06');
    expect(read.text).not.toContain('某区启动建筑业企业评优工作');
  });
});

describe('信息公开 fields copied from a table, label and value a tab apart', () => {
  it('reads the 标题 row as the title and takes the rows out of the text', () => {
    const read = readText(`索引号\t000014349/2024-00096\t发布机构\t某某市城乡建设局\n发文日期\t2024-06-14\t文号\t某建文〔2024〕61号\n标题\t关于开展建设工地党组织书记轮训工作的通知\n各有关单位：\n\u3000\u3000为提升建设工地党组织书记履职能力，决定开展建设工地党组织书记轮训。\n\u3000\u3000请各单位于6月25日前报送参训人员名单。\n2024年6月12日`);
    expect(read.meta.title).toBe('关于开展建设工地党组织书记轮训工作的通知');
    expect(read.meta.issuer).toBe('某某市城乡建设局');
    expect(read.text).not.toContain('标题');
  });
});

describe('a 公文 headline broken over two lines with a site’s name still above it', () => {
  it('joins the 关于 line and its end, and leaves the site’s name out', async () => {
    const read = await readPage(`<title>某某市住房和城乡建设局</title></head><body><div class="top">某某市住房和城乡建设局\u3000政府信息公开</div><div class="title">关于公布2024年度某某市“红色工地”<br>星级项目名单的通知</div>${NOTICE_HTML}<p align="right">某某市住房和城乡建设局</p><p align="right">2024年12月16日</p>`);
    expect(read.meta.title).toBe('关于公布2024年度某某市“红色工地”星级项目名单的通知');
  });
});

describe('an <h1> that sets a "——" subtitle after <br>', () => {
  it('takes the headline above the dash, and the subtitle out of the text', async () => {
    const read = await readPage(`<title>某区：“党建链”串起工地“服务链”_某区人民政府</title></head><body><h1>某区：“党建链”串起工地“服务链”<br><span>——某区推动重点项目党建联建见闻</span></h1><div>日期：2024-09-26\u3000来源：某某日报</div>${NEWS_HTML}`);
    expect(read.meta.title).toBe('某区：“党建链”串起工地“服务链”');
    expect(read.text).not.toContain('见闻');
  });

  it('still joins an <h1> wrapped by <br> without a dash', async () => {
    const read = await readPage(`<title>某区</title></head><body><h1>某区推行建设工地<br>“红色管家”服务机制</h1><div>日期：2024-09-26\u3000来源：某某日报</div>${NEWS_HTML}`);
    expect(read.meta.title).toBe('某区推行建设工地“红色管家”服务机制');
  });
});

describe('a wire story whose 电头 carries the headline', () => {
  it('takes what follows 题 as the title and keeps the 电头 in the text', () => {
    const read = readText(`2024-06-05 16:32:10\u3000来源：某某网\n某某网天津6月5日电\u3000题：工地上的“红色加油站”\n${NEWS}`);
    expect(read.meta.title).toBe('工地上的“红色加油站”');
    expect(read.text).toContain('某某网天津6月5日电');
  });

  it('leaves a headline above the 电头 as it is', () => {
    const read = readText(`工地上办起“红色夜校”\n2024-06-05 16:32:10\u3000来源：某某网\n某某网天津6月5日电\u3000题：工地上的“红色加油站”\n${NEWS}`);
    expect(read.meta.title).toBe('工地上办起“红色夜校”');
  });
});

describe('a seal set as a picture over the 落款’s date', () => {
  it('reads the picture’s alt text as the signing body', async () => {
    const read = await readPage(`<title>通知</title></head><body><h1>关于组织开展建设工地“工友学堂”进项目活动的通知</h1>${NOTICE_HTML}<p align="right"><img src="seal.png" alt="某某市建设局"></p><p align="right">2024年6月18日</p>`);
    expect(read.meta.issuer).toBe('某某市建设局');
    expect(read.meta.date).toBe('2024-06-18');
  });

  it('reads two seals side by side in a table row as a joint 落款', async () => {
    const read = await readPage(`<title>通知</title></head><body><h1>关于开展农民工工资支付“党员监督岗”试点工作的通知</h1>${NOTICE_HTML}<table><tr><td><img src="a.png" alt="某某市住房和城乡建设局"></td><td><img src="b.png" alt="某某市人力资源和社会保障局"></td></tr><tr><td colspan="2" align="right">2024年8月21日</td></tr></table>`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局、某某市人力资源和社会保障局');
  });

  it('does not read a logo’s alt text as text', async () => {
    const read = await readPage(`<title>某某市红色工地推进会召开</title></head><body><div><img src="logo.png" alt="某某市住房和城乡建设局"></div><h1>某某市红色工地推进会召开</h1><div>发布时间：2024-03-06</div>${NEWS_HTML}`);
    expect(read.text).not.toContain('某某市住房和城乡建设局');
    expect(read.removed.some((block) => block.text.includes('某某市住房和城乡建设局'))).toBe(false);
  });
});

describe('a 数字报 masthead that calls the site 数字报刊', () => {
  it('reads the paper as the 来源', async () => {
    const read = await readPage(`<title>某某日报数字报刊</title></head><body><table><tr><td>某某日报\u3000数字报刊</td><td>2024年06月14日\u3000星期五</td></tr></table><table><tr><td>第05版：城建</td><td><a>上一版</a> <a>下一版</a></td></tr></table><h2>一座工地党群服务站的“十八般武艺”</h2><div>本报记者\u3000王某某</div>${NEWS_HTML}`);
    expect(read.meta.source).toBe('某某日报');
    expect(read.meta.date).toBe('2024-06-14');
  });
});

describe('a district whose full name is an everyday word (城北区)', () => {
  it('counts alone in the text when the site’s name gives it in full after its city', async () => {
    const read = await readPage(`<title>城北区32个在建项目实现党组织全覆盖-西宁市城北区人民政府网</title></head><body><h1>城北区32个在建项目实现党组织全覆盖</h1><div>发布时间：2024-07-03</div><p>记者从城北区住建局获悉，截至6月底，城北区32个在建项目已全部组建临时党支部。</p><p>城北区推行“一项目一支部一阵地”模式，在项目生活区设立党群服务站。</p>`);
    expect(read.meta.region).toBe('青海省西宁市城北区');
  });

  it('is not a place on its own (the north of a town)', async () => {
    const read = await readPage(`<title>某项目临时党支部开展主题党日活动</title></head><body><h1>某项目临时党支部开展主题党日活动</h1><div>发布时间：2024-07-03</div><p>近日，城北区块安置房项目临时党支部开展主题党日活动，党员们走进城北区一户困难工友家中走访慰问。</p><p>支部还为工友子女送去学习用品。</p>`);
    expect(read.meta.region ?? '').not.toContain('城北区');
  });
});

describe('where a case happened, from its submission form', () => {
  it('reads the 所属项目 row as a place, though the form’s rows are not the text', () => {
    const form = (label: string, value: string): SourceLine => ({ text: `${label} | ${value}`, role: 'table-row' });
    const read = readLines([
      { text: '2024年度北京市红色工地典型案例申报表', role: 'text', centered: true },
      form('案例名称', '“四方联动”让工地党建活起来'),
      form('申报单位', '北京某建设集团有限公司'),
      form('所属项目', '通州区某保障性住房项目'),
      form('案例内容', '项目由建设单位、施工总包、监理单位和属地社区党组织组建联合党支部，建立“四方联动”议事机制，累计解决各类问题86项。'),
    ]);
    expect(read.meta.title).toBe('“四方联动”让工地党建活起来');
    expect(read.meta.region).toBe('北京市通州区');
  });
});

describe('a Word write-up with its unit’s name on the line above the headline', () => {
  it('reads the unit as the organisation and its place as the region', () => {
    const read = readLines([
      { text: '中铁某局集团肥西县某产业园项目部党支部', role: 'text', centered: true },
      { text: '“红色工匠”工作室：把技能传给每一位工友', role: 'text', centered: true },
      { text: '2023年，项目党支部依托3名党员高级技师，成立“红色工匠”工作室。', role: 'text' },
      { text: '一年来，工作室培养青年技术骨干32名，完成“五小”创新成果9项。', role: 'text' },
    ]);
    expect(read.meta.title).toBe('“红色工匠”工作室：把技能传给每一位工友');
    expect(read.meta.organization).toBe('中铁某局集团肥西县某产业园项目部党支部');
    expect(read.meta.region).toBe('安徽省合肥市肥西县');
  });
});

describe('short bodies’ names one to a line over the date', () => {
  it('are a joint 落款, not a menu', () => {
    const read = readText(`关于开展建设工地“夏送清凉”活动的通知\n各区县住建局、总工会、团委、妇联：\n\u3000\u3000为关心关爱一线建设者，决定在全市建设工地开展“夏送清凉”活动。\n\u3000\u3000请各单位结合实际认真组织实施。\n某某市住房和城乡建设局\n某某市总工会\n共青团某某市委\n某某市妇联\n2024年7月2日`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局、某某市总工会、共青团某某市委、某某市妇联');
    expect(read.meta.date).toBe('2024-07-02');
    expect(read.text).toContain('某某市妇联');
  });

  it('still takes a menu of short items out', () => {
    const read = readText(`首页\n政务公开\n办事服务\n互动交流\n某区召开红色工地建设推进会\n发布时间：2024-05-07\n${NEWS}`);
    expect(read.text).not.toContain('办事服务');
  });
});

describe('a list of links in a sidebar beside the article', () => {
  it('ends at the article’s headline, a heading that is no link', async () => {
    const read = await readPage(`<title>某区召开红色工地建设推进会</title></head><body><div class="left">热门文章<ul><li><a href="/1">关于开展安全检查的通知</a></li><li><a href="/2">某区召开安全生产会议</a></li></ul></div><div class="right"><h3>某区举办建设工地党建工作推进会</h3><h6>2024-03-06 | 阅读 23</h6>${NEWS_HTML}</div>`);
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
    expect(read.meta.date).toBe('2024-03-06');
    expect(read.text).not.toContain('阅读 23');
    expect(read.text).not.toContain('某区召开安全生产会议');
  });
});

describe('a page’s date line without labels', () => {
  it('reads a date with a short name after it under the headline', async () => {
    const read = await readPage(`<title>某区住建局</title></head><body><div id="title">某区举办建设工地党建工作推进会</div><div id="info">2024-03-06\u3000区住建局</div>${NEWS_HTML}`);
    expect(read.meta.date).toBe('2024-03-06');
  });

  it('reads the labelled date under a subtitle, the site’s name above the headline', async () => {
    const read = await readPage(`<title>某区住房和城乡建设局</title></head><body><div class="hd">某区住房和城乡建设局</div><div class="tit">某区举办建设工地党建工作推进会</div><div class="sub">一季度全区红色工地覆盖率达到65%</div><div>日期：2024-03-06</div>${NEWS_HTML}`);
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
    expect(read.meta.date).toBe('2024-03-06');
  });
});

describe('a site’s "（全文）" after a notice’s headline', () => {
  it('is no part of the title', () => {
    const read = readText(`关于开展红色工地星级评定工作的通知（全文）\n各有关单位：\n\u3000\u3000为推进红色工地建设，现将有关事项通知如下：\n\u3000\u3000一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n某某市住房和城乡建设局\n2024年5月6日`);
    expect(read.meta.title).toBe('关于开展红色工地星级评定工作的通知');
  });
});

describe('落款 shapes read by the signer’s name', () => {
  const NOTICE_TEXT = '各有关单位：\n\u3000\u3000为推进红色工地建设，现将有关事项通知如下：\n\u3000\u3000一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n\u3000\u3000二、各单位要加强督促检查，确保工作落到实处。\n\u3000\u3000特此通知。';

  it('reads a name alone closing a notice, its date only in the page’s info line', () => {
    const read = readText(`关于开展红色工地星级评定工作的通知\n发布日期：2024-05-07\n${NOTICE_TEXT}\n某某市住房和城乡建设局`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
    expect(read.meta.date).toBe('2024-05-07');
  });

  it('does not take a body named inside the last sentence', () => {
    const read = readText(`关于开展红色工地星级评定工作的通知\n发布日期：2024-05-07\n${NOTICE_TEXT}\n\u3000\u3000联系单位为某某市住房和城乡建设局党建办。`);
    expect(read.meta.issuer).toBeNull();
  });

  it('reads a 领导小组 and a 党建联盟 as signers, with their date', () => {
    for (const name of ['某某市红色工地建设工作领导小组', '某某市建设工地党建工作联盟']) {
      const read = readText(`关于开展红色工地星级评定工作的通知\n${NOTICE_TEXT}\n${name}\n2024年5月6日`);
      expect(read.meta.issuer).toBe(name);
      expect(read.meta.date).toBe('2024-05-06');
    }
  });

  it('reads the bracketed issuer and date under a plan’s headline without the bracket', () => {
    const read = readText('某某市红色工地建设三年行动方案\n（某某市住房和城乡建设局\u30002024年5月6日）\n\u3000\u3000为深化红色工地建设，制定本方案。\n\u3000\u3000一、工作目标。到2025年底，全市在建项目红色工地覆盖率达到70%。\n\u3000\u3000二、主要任务。推行“一项目一支部”，建立党建联盟。');
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
    expect(read.meta.date).toBe('2024-05-06');
  });
});

describe('a headline in a table row beside short cells', () => {
  it('takes the headline’s cell, not the column’s name beside it', async () => {
    const read = await readPage(`<title>某区住建局</title></head><body><table><tr><td>党建动态</td><td class="title">某区举办建设工地党建工作推进会</td></tr></table><div>2024-03-06</div>${NEWS_HTML}`);
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
  });
});

describe('a headline stated only in a page’s meta tags', () => {
  it('reads <meta name="title"> when no heading states it', async () => {
    const read = await readPage(`<meta name="title" content="某区举办建设工地党建工作推进会"><title>某区住建局</title></head><body><div class="site">某区住建局</div><div class="content">${NEWS_HTML}</div>`);
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
  });

  it('takes the site’s name off an og:title ("headline | site")', async () => {
    const read = await readPage(`<meta property="og:title" content="某区举办建设工地党建工作推进会 | 某区住建局"><title>某区住建局</title></head><body><div class="content">${NEWS_HTML}</div>`);
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
  });

  it('keeps a headline whose bar is its own ("渝北｜…")', async () => {
    const read = await readPage(`<meta property="og:title" content="渝北｜“党建链”串起工地“服务链”"><title>某区住建局</title></head><body><div class="content">${NEWS_HTML}</div>`);
    expect(read.meta.title).toBe('渝北｜“党建链”串起工地“服务链”');
  });
});

describe('a saved page (.mhtml) that shows its article in a frame', () => {
  function mhtml(parts: { location: string; html: string }[]): Buffer {
    const boundary = '----MultipartBoundary--frames----';
    const body = parts.map(({ location, html }) => `--${boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${location}\r\n\r\n${Buffer.from(html, 'utf8').toString('base64')}\r\n`).join('');
    return Buffer.from(`From: <Saved by Blink>\r\nSnapshot-Content-Location: ${parts[0]?.location ?? ''}\r\nSubject: =?utf-8?Q?x?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n\r\n${body}--${boundary}--\r\n`, 'utf8');
  }

  it('reads the frame’s document, not the page around it', async () => {
    const outer = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某区住建局</title></head><body><div>某区住建局 首页 工作动态</div><iframe src="https://x.example/art/1.html"></iframe><div>版权所有</div></body></html>';
    const inner = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某区举办建设工地党建工作推进会</title></head><body><h1>某区举办建设工地党建工作推进会</h1><div>发布时间：2024-03-06</div>${NEWS_HTML}</body></html>`;
    const bytes = mhtml([{ location: 'https://x.example/index.html', html: outer }, { location: 'https://x.example/art/1.html', html: inner }]);
    const parsed = await importerForFile('页面.mhtml')?.parse({ fileName: '页面.mhtml', bytes });
    if (!parsed) throw new Error('no mhtml importer');
    const read = readDocument(readableOf(parsed), { fileName: '页面.mhtml', places });
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
    expect(read.meta.date).toBe('2024-03-06');
    expect(read.text).toContain('4个项目党组织作交流发言。');
  });

  it('keeps the page itself when it holds the article and a frame holds an advertisement', async () => {
    const outer = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某区举办建设工地党建工作推进会</title></head><body><h1>某区举办建设工地党建工作推进会</h1>${NEWS_HTML}<iframe src="https://ads.example/1.html"></iframe></body></html>`;
    const ad = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>欢迎订阅。</p></body></html>';
    const bytes = mhtml([{ location: 'https://x.example/index.html', html: outer }, { location: 'https://ads.example/1.html', html: ad }]);
    const parsed = await importerForFile('页面.mhtml')?.parse({ fileName: '页面.mhtml', bytes });
    if (!parsed) throw new Error('no mhtml importer');
    expect(parsed.text).toContain('4个项目党组织作交流发言。');
  });
});

describe('a notice’s headline with its 文号 or its issue in brackets', () => {
  const BODY = '各有关单位：\n\u3000\u3000为推进红色工地建设，现将有关事项通知如下：\n\u3000\u3000一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n\u3000\u3000二、各单位要加强督促检查，确保工作落到实处。';

  it('reads "关于…的通知（某建〔2024〕5号）" as the title and the 文号', () => {
    const read = readText(`关于开展红色工地星级评定工作的通知（某建〔2024〕5号）\n${BODY}\n某某市住房和城乡建设局\n2024年5月6日`);
    expect(read.meta.title).toBe('关于开展红色工地星级评定工作的通知');
    expect(read.meta.docNumber).toBe('某建〔2024〕5号');
  });

  it('reads "（2024年5月6日某局发布）" under the headline as its date and issuer', () => {
    const read = readText(`某某市红色工地星级评定办法\n（2024年5月6日某某市住房和城乡建设局发布）\n\u3000\u3000第一条\u3000为规范全市红色工地星级评定工作，制定本办法。\n\u3000\u3000第二条\u3000星级评定每年开展一次。\n\u3000\u3000第三条\u3000本办法自发布之日起施行。`);
    expect(read.meta.title).toBe('某某市红色工地星级评定办法');
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
    expect(read.meta.date).toBe('2024-05-06');
  });
});

describe('a site’s name and a subtitle around a page’s headline, inside the article’s stretch', () => {
  it('takes the site’s name above and the subtitle over the info line out of the text', async () => {
    const read = await readPage(`<title>某区住房和城乡建设局</title></head><body><div class="hd">某某市某区住房和城乡建设局</div><div class="tit">某区红色工地星级评定结果出炉</div><div class="sub">12个项目获评五星级</div><div>日期：2024-12-19</div>${NEWS_HTML}`);
    expect(read.meta.title).toBe('某区红色工地星级评定结果出炉');
    expect(read.text).not.toContain('某某市某区住房和城乡建设局');
    expect(read.text).not.toContain('12个项目获评五星级');
    expect(read.text.startsWith('3月5日')).toBe(true);
  });

  it('takes a site’s name out when the headline is stated only in the page’s tags', async () => {
    const read = await readPage(`<meta property="og:title" content="某区举办建设工地党建工作推进会"><title>某区举办建设工地党建工作推进会_某某市某区人民政府</title></head><body><div class="site">某某市某区人民政府</div><h1 id="artTitle"></h1><div>来源：某区住建局\u3000时间：2024-03-06</div>${NEWS_HTML}`);
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
    expect(read.text).not.toContain('某某市某区人民政府');
  });
});

describe('a 转发 cover signed with its date alone over the forwarded notice', () => {
  const INNER = '某某市住房和城乡建设局关于开展建设工地“安全生产月”党员示范岗活动的通知';
  const COVER = `各在建项目：\n\u3000\u3000现将《${INNER}》转发给你们，请认真抓好贯彻落实。\n2024年6月5日`;
  const FORWARDED = '各县（市）区住建局：\n\u3000\u3000为深入开展“安全生产月”活动，决定在全市建设工地开展党员示范岗活动。\n\u3000\u3000一、各项目临时党支部要在危大工程岗位设立党员示范岗。\n某某市住房和城乡建设局\n2024年5月30日';

  it('takes the 红头’s body and the cover’s date, not the forwarded notice’s', () => {
    const read = readText(`某某区住房和城乡建设局文件\n某住建发〔2024〕31号\n关于转发《${INNER}》的通知\n${COVER}\n${INNER}\n${FORWARDED}`);
    expect(read.meta.issuer).toBe('某某区住房和城乡建设局');
    expect(read.meta.date).toBe('2024-06-05');
  });

  it('takes the body its title names when the forwarded text follows without its title', () => {
    const read = readText(`某某区住房和城乡建设局关于转发《${INNER}》的通知\n${COVER}\n${FORWARDED}`);
    expect(read.meta.issuer).toBe('某某区住房和城乡建设局');
    expect(read.meta.date).toBe('2024-06-05');
  });

  it('names no issuer rather than the forwarded notice’s, when nothing names the cover’s', () => {
    const read = readText(`关于转发《${INNER}》的通知\n${COVER}\n${INNER}\n${FORWARDED}`);
    expect(read.meta.issuer).toBeNull();
    expect(read.meta.date).toBe('2024-06-05');
  });
});

describe('where a 转发 notice applies', () => {
  it('is its own body’s place, not the forwarded document’s named in its 书名号', () => {
    const inner = '湖州市住房和城乡建设局关于开展建设工地“安全生产月”党员示范岗活动的通知';
    const read = readText(`湖州市吴兴区住房和城乡建设局文件\n吴住建〔2024〕28号\n关于转发《${inner}》的通知\n各在建项目：\n\u3000\u3000现将《${inner}》转发给你们，请认真抓好贯彻落实。\n2024年6月5日\n${inner}\n各区县住建局：\n\u3000\u3000为深入开展“安全生产月”活动，决定在全市建设工地开展党员示范岗活动。\n湖州市住房和城乡建设局\n2024年5月30日`);
    expect(read.meta.issuer).toBe('湖州市吴兴区住房和城乡建设局');
    expect(read.meta.region).toBe('浙江省湖州市吴兴区');
  });
});

describe('a 印发 cover over the plan it issues, the plan set with its version note on a line of its own', () => {
  const PLAN = '\u3000\u3000第一条\u3000为规范星级评定，制定本办法。\n\u3000\u3000第二条\u3000星级评定每年开展一次。\n\u3000\u3000第三条\u3000本办法自印发之日起施行。';
  const COVER = '各在建项目：\n\u3000\u3000现将《某某区红色工地星级评定办法（试行）》印发给你们，请认真贯彻执行。';

  it('dates the notice by the cover, though the plan under "附件1" is signed too', () => {
    const read = readText(`关于印发《某某区红色工地星级评定办法（试行）》的通知\n${COVER}\n2024年6月5日\n附件1\n某某区红色工地星级评定办法\n（试行）\n${PLAN}\n某某区住房和城乡建设局\n2024年6月1日`);
    expect(read.meta.date).toBe('2024-06-05');
    expect(read.meta.issuer).toBe('某某区住房和城乡建设局');
  });

  it('never reads "（试行）" as a writer’s name', () => {
    const read = readText(`关于印发《某某区红色工地星级评定办法（试行）》的通知\n${COVER}\n某某区住房和城乡建设局\n2024年6月5日\n附件\n某某区红色工地星级评定办法\n（试行）\n${PLAN}`);
    expect(read.meta.author).toBeNull();
  });
});

describe('a newspaper’s copy with its headline’s parts labelled', () => {
  it('takes the 主标题 as the title and the 引题 and 副题 out of the text', () => {
    const read = readText(`引题：党建引领聚合力\n主标题：某区举办建设工地党建工作推进会\n副题：全区红色工地覆盖率年底将达70%\n2024-03-06\u3000来源：某某日报\n${NEWS}`);
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
    expect(read.text).not.toContain('党建引领聚合力');
    expect(read.text).not.toContain('年底将达70%');
  });

  it('does not take an event’s "主题：" line alone for the headline', () => {
    const read = readText(`某区举办建设工地党建工作推进会\n主题：党建引领促发展\n${NEWS}`);
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
  });
});

describe('a credit label in brackets with a colon, its value on the next line', () => {
  it('reads "【作者】：" over the name', () => {
    const read = readText(`某区举办建设工地党建工作推进会\n【作者】：\n王某某\n【编辑】：\n李某\n${NEWS}`);
    expect(read.meta.author).toBe('王某某');
  });
});

describe('a 数字报 article copied with the page’s 标题导航 above it', () => {
  it('takes the headline over the article, which the list repeats, not an item of the list', () => {
    const read = readText(`某某日报\n2024年05月07日\n第03版：要闻\n标题导航\n某区举办建设工地党建工作推进会\n某县举办工友技能大赛\n某市启动安全生产月活动\n某区举办建设工地党建工作推进会\n${NEWS}\n本版责编：赵某`);
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
    expect(read.meta.source).toBe('某某日报');
    expect(read.text).not.toContain('某县举办工友技能大赛');
  });
});

describe('a 印发 line broken over two lines', () => {
  const NOTICE_TEXT = '各有关单位：\n\u3000\u3000为推进红色工地建设，现将有关事项通知如下：\n\u3000\u3000一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n\u3000\u3000特此通知。\n2024年5月6日\n抄送：市委组织部。';

  it('names the issuer through its office, broken before the date', () => {
    const read = readText(`关于开展红色工地星级评定工作的通知\n${NOTICE_TEXT}\n某某市住房和城乡建设局办公室\n2024年5月6日印发`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
  });

  it('names the issuer through its office, broken before 印发 (not the office as a signer)', () => {
    const read = readText(`关于开展红色工地星级评定工作的通知\n${NOTICE_TEXT}\n某某市住房和城乡建设局办公室\u3000\u3000\u3000\u30002024年5月6日\n印发`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
    expect(read.meta.date).toBe('2024-05-06');
  });
});

describe('a logo over today’s date at the top of a page', () => {
  it('is not read as a seal over a 落款', async () => {
    const read = await readPage(`<title>某区举办建设工地党建工作推进会</title></head><body><div><img src="logo.png" alt="某某市某区住房和城乡建设局"></div><div>2024年3月6日 星期三</div><h1>某区举办建设工地党建工作推进会</h1><div>发布时间：2024-03-06</div>${NEWS_HTML}`);
    expect(read.text).not.toContain('某某市某区住房和城乡建设局');
    expect(read.meta.title).toBe('某区举办建设工地党建工作推进会');
  });
});

describe('a headline that asks a question, over a bare date line', () => {
  it('reads the date though the headline ends in "？"', () => {
    const read = readText(`工地上的党员先锋岗，你见过吗？\n2024-03-06\n${NEWS}`);
    expect(read.meta.title).toBe('工地上的党员先锋岗，你见过吗？');
    expect(read.meta.date).toBe('2024-03-06');
  });
});

describe('a 印发 cover in traditional characters', () => {
  it('is known to issue its plan: the cover’s date, not the plan’s', () => {
    const read = readText('關於印發《某某市紅色工地星級評定辦法》的通知\n各區縣住建局：\n\u3000\u3000現將《某某市紅色工地星級評定辦法》印發給你們，請認真貫徹執行。\n2024年5月6日\n某某市紅色工地星級評定辦法\n\u3000\u3000第一條\u3000為規範星級評定，制定本辦法。\n某某市住房和城鄉建設局\n2024年5月1日');
    expect(read.meta.date).toBe('2024-05-06');
  });
});

describe('a notice’s 落款 in other orders', () => {
  const NOTICE_TEXT = '各有关单位：\n\u3000\u3000为推进红色工地建设，现将有关事项通知如下：\n\u3000\u3000一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n\u3000\u3000特此通知。';

  it('reads the date standing above the body’s name', () => {
    const read = readText(`关于开展红色工地星级评定工作的通知\n${NOTICE_TEXT}\n2024年5月6日\n某某市住房和城乡建设局`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
    expect(read.meta.date).toBe('2024-05-06');
  });

  it('reads labelled "发文单位：" and "成文日期：" lines closing the notice', () => {
    const read = readText(`关于开展红色工地星级评定工作的通知\n${NOTICE_TEXT}\n发文单位：某某市住房和城乡建设局\n成文日期：2024年5月6日`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
    expect(read.meta.date).toBe('2024-05-06');
    expect(read.text).not.toContain('发文单位');
  });
});
