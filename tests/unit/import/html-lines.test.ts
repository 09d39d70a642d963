import { describe, expect, it } from 'vitest';
import { readHtmlLines } from '../../../electron/engine/import/html/read-html-lines';
import { readDisclosure } from '../../../electron/engine/import/html/page-info';
import type { SourceLine } from '../../../electron/engine/import/reading/source-lines';

/** The line whose text contains `part` (the first one). */
function line(lines: SourceLine[], part: string): SourceLine {
  const found = lines.find((candidate) => candidate.text.includes(part));
  if (!found) throw new Error(`no line with “${part}” in:\n${lines.map((l) => l.text).join('\n')}`);
  return found;
}

const paragraphs = (count: number, topic: string): string =>
  Array.from(
    { length: count },
    (_, index) =>
      `<p style="text-indent:2em">第${index + 1}段：${topic}项目临时党支部把党员分到班组，每周组织一次安全巡查和工友恳谈，累计解决工人反映的食宿、工资和技能培训问题${index + 12}件，形成了可复制的经验做法。</p>`,
  ).join('\n');

const GOVERNMENT_PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展2023年度“红色工地”创建评估的通知_通知公告_某某市住房和城乡建设局</title>
<style>
.art-title { font-size: 24px; text-align: center }
#zoom p { font-size: 16px }
.xxgk td { font-size: 14px }
</style>
</head><body>
<div class="top-bar"><a href="/">无障碍</a> <a href="/">长者模式</a></div>
<div class="header"><img src="/logo.png" alt="某某市住房和城乡建设局"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/djgz/">党建工作</a></li></ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="main">
<table class="xxgk">
<tr><td>索 引 号：</td><td>002612345/2023-00088</td><td>主题分类：</td><td>城乡建设</td></tr>
<tr><td>发布机构：</td><td>某某市住房和城乡建设局</td><td>成文日期：</td><td>2023-09-05</td></tr>
<tr><td>文\u3000\u3000号：</td><td>某建〔2023〕66号</td><td>发布日期：</td><td>2023-09-08</td></tr>
<tr><td>名\u3000\u3000称：</td><td colspan="3">关于开展2023年度“红色工地”创建评估的通知</td></tr>
<tr><td>有 效 性：</td><td>有效</td><td>废止日期：</td><td></td></tr>
</table>
<h1 class="art-title">关于开展2023年度“红色工地”创建评估的通知</h1>
<div class="art-info">发布时间：[ 2023-09-08 ]\u3000来源：市住建局\u3000<span class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>\u3000【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div id="zoom">
<p>各区县（市）住建局，各有关单位：</p>
${paragraphs(6, '评估')}
<p style="text-align:right">某某市住房和城乡建设局</p>
<p style="text-align:right">2023年9月5日</p>
</div>
<div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</div>
<div class="footer"><p>主办：某某市住房和城乡建设局\u3000地址：某某路1号</p><p><a href="https://beian.miit.gov.cn">浙ICP备00000000号-1</a>\u3000网站标识码：3300000000</p></div>
</body></html>`;

describe('reading a saved page as lines', () => {
  it('reads a government page: breadcrumbs and footer hinted as chrome, the 信息公开 table as rows, the title and 落款 by their alignment', () => {
    const { lines, info } = readHtmlLines(GOVERNMENT_PAGE);

    const crumb = line(lines, '当前位置');
    expect(crumb).toMatchObject({ role: 'text', chromeHint: true, inArticle: false });
    expect(crumb.linkShare).toBeGreaterThan(0.3);
    expect(line(lines, '政务公开')).toMatchObject({ role: 'list-item', chromeHint: true, linkShare: 1 });

    const row = line(lines, '索 引 号');
    expect(row).toMatchObject({ role: 'table-row', chromeHint: false, blockStart: true });
    expect(row.text).toBe('索 引 号： | 002612345/2023-00088 | 主题分类： | 城乡建设');
    expect(line(lines, '有 效 性').text).toBe('有 效 性： | 有效 | 废止日期：');

    const title = lines.find((candidate) => candidate.role === 'heading');
    expect(title).toMatchObject({ text: '关于开展2023年度“红色工地”创建评估的通知', level: 1, centered: true, chromeHint: false });
    expect(title?.scale).toBeCloseTo(1.5);

    // The info bar stays one line, for the structure readers: its 字号 widget does not make it chrome.
    const infoBar = line(lines, '发布时间');
    expect(infoBar.text).toMatch(/^发布时间：\[ 2023-09-08 \]\u3000来源：市住建局\u3000字号：大 中 小\u3000【打印】【关闭】$/);
    expect(infoBar.chromeHint).toBe(false);

    expect(line(lines, '各区县（市）住建局')).toMatchObject({ inArticle: true, chromeHint: false, blockStart: true, scale: 1 });
    expect(line(lines, '第6段')).toMatchObject({ inArticle: true, chromeHint: false });
    expect(line(lines, '2023年9月5日')).toMatchObject({ rightAligned: true, inArticle: true });
    expect(line(lines, '分享到')).toMatchObject({ chromeHint: true });
    expect(line(lines, 'ICP')).toMatchObject({ chromeHint: true, inArticle: false });
    expect(line(lines, '网站标识码').blockStart).toBe(true);

    // Document order, the whole body.
    const order = ['当前位置', '索 引 号', '关于开展2023年度', '发布时间', '各区县', '2023年9月5日', 'ICP'].map((part) => lines.indexOf(line(lines, part)));
    expect(order).toEqual([...order].sort((a, b) => a - b));

    expect(info).toMatchObject({
      title: '关于开展2023年度“红色工地”创建评估的通知',
      date: '2023-09-08',
      writtenDate: '2023-09-05',
      issuer: '某某市住房和城乡建设局',
      docNumber: '某建〔2023〕66号',
      indexNumber: '002612345/2023-00088',
      category: '城乡建设',
      validity: '有效',
      source: null,
      columnName: null,
    });
    expect(info.origins).toMatchObject({ title: 'disclosure', date: 'disclosure', writtenDate: 'disclosure', issuer: 'disclosure', docNumber: 'disclosure' });
  });

  it('reads the 信息公开 block as a list too: a value stops at the next label, an empty label takes nothing', () => {
    const html = `<html><body>
<div class="xxgk-info"><ul>
<li><span>索引号：</span><span>11330000/2024-00012</span></li>
<li><span>发文机关：</span><span>某某县住房和城乡建设局</span></li>
<li><span>发文字号：</span></li>
<li><span>主题分类：</span><span>党建工作</span></li>
<li>生成日期：2024-04-02\u3000公开方式：主动公开</li>
<li>标\u3000\u3000题：</li>
</ul></div>
<p>某某县住房和城乡建设局关于命名一批“红色工地”示范项目的通知</p>
<div>${paragraphs(3, '示范')}</div>
</body></html>`;
    const { info } = readHtmlLines(html);
    expect(info).toMatchObject({
      indexNumber: '11330000/2024-00012',
      issuer: '某某县住房和城乡建设局',
      docNumber: null,
      category: '党建工作',
      date: '2024-04-02',
      title: null,
    });

    // Flat, on one line; and column headings over a row of values.
    expect(readDisclosure([{ text: '索引号：A-01\u3000发布机构：某某局\u3000成文日期：2022年5月24日\u3000文号：' }, { text: '某住建〔2022〕3号' }])).toEqual({
      indexNumber: 'A-01',
      issuer: '某某局',
      writtenDate: '2022年5月24日',
    });
    expect(
      readDisclosure([
        { text: '索引号 | 发布机构 | 发文字号', cells: ['索引号', '发布机构', '发文字号'] },
        { text: 'B-02 | 某某局 | 某建〔2024〕9号', cells: ['B-02', '某某局', '某建〔2024〕9号'] },
      ]),
    ).toEqual({ indexNumber: 'B-02', issuer: '某某局', docNumber: '某建〔2024〕9号' });
    // An info bar alone is not a 信息公开 block: the structure readers read it from the lines.
    expect(readDisclosure([{ text: '发布时间：2023-09-08\u3000来源：市住建局\u3000浏览次数：12' }])).toEqual({});
    // Labels inside running text are not labels.
    expect(readDisclosure([{ text: '请各单位注明发布机构：和文号：两项' }])).toEqual({});
  });

  it('flattens a company site’s layout table into its cells, keeps <br> lines apart and marks the sidebar by its links', () => {
    const html = `<html><head><title>“红领先锋”让项目党建活起来-某某建设集团有限公司</title></head><body>
<table width="980" align="center"><tr>
<td width="200" valign="top" class="left">
  <table width="100%"><tr><td><b>党建园地</b></td></tr>
  <tr><td><a href="/dj/1/">支部动态</a></td></tr><tr><td><a href="/dj/2/">党员风采</a></td></tr><tr><td><a href="/dj/3/">学习园地</a></td></tr></table>
</td>
<td valign="top">
  <table width="100%"><tr><td align="center"><font size="5"><b>“红领先锋”让项目党建活起来</b></font></td></tr>
  <tr><td align="center">文章来源：第三分公司\u3000\u3000作者：佚名\u3000\u3000更新时间：2023-06-02</td></tr>
  <tr><td>\u3000\u3000今年以来，公司在12个在建项目推行“红领先锋”工作法，每个项目由一名党员领办一件难事，在项目部公示领办清单，接受工人监督，累计办结工人急难愁盼事项96件。<br>
\u3000\u3000在城北安置房项目，党员突击队连续奋战二十天完成地下室顶板浇筑，为主体结构封顶争取了宝贵时间，也带动一批青年骨干递交了入党申请书。<br>
\u3000\u3000下一步，公司将把“红领先锋”做法推广到全部在建项目，并纳入年度党建考核。</td></tr></table>
</td></tr></table>
<table width="980" align="center"><tr><td align="center">Copyright © 2023 某某建设集团有限公司 版权所有\u3000浙ICP备11111111号</td></tr></table>
</body></html>`;
    const { lines, info } = readHtmlLines(html);
    expect(lines.some((candidate) => candidate.role === 'table-row')).toBe(false);
    expect(line(lines, '党建园地')).toMatchObject({ role: 'text', blockStart: true });
    for (const item of ['支部动态', '党员风采', '学习园地']) expect(line(lines, item)).toMatchObject({ text: item, linkShare: 1, inArticle: false });

    const title = line(lines, '“红领先锋”让项目党建活起来');
    expect(title).toMatchObject({ centered: true, blockStart: true });
    expect(title.scale).toBeGreaterThan(1.3);
    expect(line(lines, '文章来源')).toMatchObject({ centered: true });

    const first = line(lines, '今年以来');
    const second = line(lines, '在城北安置房项目');
    const third = line(lines, '下一步');
    expect(first).toMatchObject({ blockStart: true, inArticle: true, chromeHint: false });
    // Each <br> line opens with a two-character indent: a paragraph of its own, as the page shows it.
    expect(second).toMatchObject({ blockStart: true, inArticle: true });
    expect(third).toMatchObject({ blockStart: true, inArticle: true });
    expect(first.text.startsWith('今年以来')).toBe(true);
    expect(line(lines, 'Copyright')).toMatchObject({ centered: true, inArticle: false });

    // The <title> names the site too; its longest part is the title because the page shows it.
    expect(info.title).toBe('“红领先锋”让项目党建活起来');
  });

  it('reads a 数字报 page: masthead and 版次 lines, 版面/标题导航 as links, 引题/主题/副题 by size, a photo caption', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>某某日报数字报-工地夜校点亮工友“充电”路</title>
<meta name="keywords" content="某某日报,数字报,第04版：综合">
<style>
body { font: 14px/1.8 "Microsoft YaHei" }
.yt { font-size: 16px; text-align: center }
.bt { font-size: 28px; text-align: center; font-weight: bold }
.ft { font-size: 16px; text-align: center }
#content p { font-size: 16px }
</style></head><body>
<header><div class="mast">某某日报</div><div class="date">2024年05月16日 星期四</div>
<nav class="period"><a href="../15/node_01.html">上一期</a> <a href="../17/node_01.html">下一期</a></nav></header>
<div class="left">
  <div class="banci">第04版：综合 <a href="node_03.html">上一版</a> <a href="node_05.html">下一版</a></div>
  <div class="list"><h4>版面导航</h4><a href="node_01.html">第01版：要闻</a><a href="node_02.html">第02版：要闻</a><a href="node_04.html">第04版：综合</a></div>
  <div class="list"><h4>标题导航</h4>
    <ul><li><a href="content_101.html">工地夜校点亮工友“充电”路</a></li><li><a href="content_102.html">城区新增三处口袋公园</a></li></ul>
  </div>
</div>
<div class="right">
  <div class="yt">“红色工地”在身边</div>
  <div class="bt">工地夜校点亮工友“充电”路</div>
  <div class="ft">——全市已有40个项目开设工地夜校</div>
  <div style="text-align:center"><img src="photo.jpg" width="560"><br><span>图为工友在夜校学习安全知识。 记者 某某 摄</span></div>
  <div id="content">
${paragraphs(8, '夜校')}
  </div>
</div>
<footer>某某日报社版权所有\u3000当前版面：2024年05月16日 第04版</footer>
</body></html>`;
    const { lines, info } = readHtmlLines(html);
    expect(line(lines, '某某日报')).toMatchObject({ chromeHint: true, inArticle: false });
    expect(line(lines, '上一期')).toMatchObject({ chromeHint: true, linkShare: 1 });
    const banci = line(lines, '第04版：综合 上一版');
    expect(banci.chromeHint).toBe(false);
    expect(banci.linkShare).toBeGreaterThan(0.3);
    // Links set side by side stay apart.
    expect(line(lines, '第01版：要闻').text).toBe('第01版：要闻 第02版：要闻 第04版：综合');
    expect(line(lines, '版面导航')).toMatchObject({ role: 'heading', level: 4 });
    expect(line(lines, '城区新增三处口袋公园')).toMatchObject({ role: 'list-item', linkShare: 1 });

    const kicker = line(lines, '“红色工地”在身边');
    const headline = lines.find((candidate) => candidate.text === '工地夜校点亮工友“充电”路' && candidate.role === 'text');
    const subtitle = line(lines, '——全市已有40个项目');
    expect(kicker).toMatchObject({ centered: true, scale: 1 });
    expect(headline).toMatchObject({ centered: true, chromeHint: false });
    expect(headline?.scale).toBeCloseTo(1.75);
    // "ft" is a 数字报 subtitle here, not a footer.
    expect(subtitle).toMatchObject({ centered: true, chromeHint: false });

    expect(line(lines, '图为工友在夜校学习')).toMatchObject({ role: 'caption', centered: true });
    expect(line(lines, '第1段')).toMatchObject({ inArticle: true, chromeHint: false, scale: 1 });
    expect(line(lines, '当前版面')).toMatchObject({ chromeHint: true });
    expect(info.keywords).toEqual(['某某日报', '数字报', '第04版：综合']);
  });

  it('reads a 公众号 page saved from the browser: the account and publish time in info, its widgets hinted as chrome', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="项目上的“党员责任田”">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:description" content="一个班组一块责任田">
<title>项目上的“党员责任田”</title></head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">
项目上的“党员责任田”
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">某某建工党建</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-03-18 19:02</em>
</div>
<div class="rich_media_content" id="js_content">
<section style="text-align:center;"><span><strong>01 做法</strong></span></section>
${paragraphs(5, '责任田')}
<p style="text-align:right;"><span>编辑：某某</span></p>
</div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a> <span class="like_btn">在看</span> <span class="share_btn">分享</span></div>
<div id="js_cmt_area"><a class="discuss_btn">写留言</a></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
</div></body></html>`;
    const { lines, info } = readHtmlLines(html);
    expect(info).toMatchObject({ title: '项目上的“党员责任田”', siteName: '某某建工党建', date: '2024-03-18', description: '一个班组一块责任田' });
    expect(info.origins).toMatchObject({ siteName: 'page', date: 'page', title: 'meta' });
    expect(line(lines, '项目上的“党员责任田”')).toMatchObject({ role: 'heading', level: 1 });
    // Spans of the meta bar keep the space the browser shows between them.
    expect(line(lines, '原创').text).toBe('原创 某某建工党建 2024-03-18 19:02');
    expect(line(lines, '01 做法')).toMatchObject({ centered: true, inArticle: true });
    expect(line(lines, '第3段')).toMatchObject({ inArticle: true, chromeHint: false });
    expect(line(lines, '编辑：某某')).toMatchObject({ rightAligned: true });
    expect(line(lines, '阅读原文')).toMatchObject({ chromeHint: true });
    expect(line(lines, '写留言')).toMatchObject({ chromeHint: true });
    expect(line(lines, '微信扫一扫')).toMatchObject({ chromeHint: true });
    expect(line(lines, '关注该公众号')).toMatchObject({ chromeHint: true, blockStart: false });
  });

  it('reads what a CMS states in meta tags: title, date, source, site, column, keywords, description, URL', () => {
    const html = `<!DOCTYPE html><html><head>
<meta name="SiteName" content="某某区人民政府">
<meta name="ColumnName" content="部门动态">
<meta name="ColumnKeywords" content="部门动态">
<meta name="ArticleTitle" content="区住建局召开“红色工地”联建推进会">
<meta name="PubDate" content="2024-05-22 10:15">
<meta name="ContentSource" content="区住建局">
<meta name="Keywords" content="红色工地,党建联建；推进会">
<meta name="Author" content="">
<meta name="Description" content="会议部署了下一阶段联建工作。">
<meta name="Url" content="http://www.example.gov.cn/art/2024/5/22/art_1_2.html">
<title>区住建局召开“红色工地”联建推进会_部门动态_某某区人民政府</title></head>
<body><div class="head"><a href="/">某某区人民政府</a></div>
<div class="article"><h1>区住建局召开“红色工地”联建推进会</h1>${paragraphs(3, '推进会')}</div></body></html>`;
    const { info } = readHtmlLines(html);
    expect(info).toMatchObject({
      title: '区住建局召开“红色工地”联建推进会',
      date: '2024-05-22',
      source: '区住建局',
      siteName: '某某区人民政府',
      columnName: '部门动态',
      author: null,
      keywords: ['红色工地', '党建联建', '推进会'],
      description: '会议部署了下一阶段联建工作。',
      url: 'http://www.example.gov.cn/art/2024/5/22/art_1_2.html',
      documentTitle: '区住建局召开“红色工地”联建推进会_部门动态_某某区人民政府',
    });
    expect(info.origins).toMatchObject({ title: 'meta', date: 'meta', source: 'meta', siteName: 'meta', columnName: 'meta', keywords: 'meta', description: 'meta', url: 'meta' });

    // News portals: lower-case names, a labelled source, a user id for an author, gov.cn's dashed time.
    const news = readHtmlLines(`<html><head>
<meta name="publishdate" content="2023-09-08">
<meta name="source" content="来源：某某日报">
<meta name="author" content="1464">
<meta property="og:title" content="工地上的流动党员之家">
</head><body><p>正文</p></body></html>`).info;
    expect(news).toMatchObject({ date: '2023-09-08', source: '某某日报', author: null, title: '工地上的流动党员之家' });
    expect(readHtmlLines('<html><head><meta name="firstpublishedtime" content="2023-09-08-10:30:00"></head><body></body></html>').info.date).toBe('2023-09-08');
    expect(readHtmlLines('<html><head><meta property="article:published_time" content="2024-01-17T08:50:00+08:00"><meta property="article:author" content="郭某"></head><body></body></html>').info).toMatchObject({
      date: '2024-01-17',
      author: '郭某',
    });
  });

  it('does not take an article wrapped in a "content-header" or an <article>’s own <header> for chrome', () => {
    const html = `<html><body>
<div class="nav"><a href="/">首页</a> <a href="/a">新闻中心</a> <a href="/b">党建园地</a></div>
<div class="content-header"><div class="title">临时党支部建起“工友之家”</div>
<div class="text">${paragraphs(6, '工友之家')}</div></div>
<article><header><h2>清廉工地建设再出实招</h2><p>2024-02-02\u3000来源：某某建设</p></header>${paragraphs(6, '清廉')}<footer>责任编辑：某某</footer></article>
<div class="footer">版权所有 某某建设集团</div>
</body></html>`;
    const { lines } = readHtmlLines(html);
    expect(line(lines, '首页')).toMatchObject({ chromeHint: true });
    expect(line(lines, '临时党支部建起“工友之家”')).toMatchObject({ chromeHint: false });
    expect(line(lines, '第4段：工友之家')).toMatchObject({ chromeHint: false });
    expect(line(lines, '清廉工地建设再出实招')).toMatchObject({ chromeHint: false, role: 'heading', level: 2 });
    expect(line(lines, '来源：某某建设')).toMatchObject({ chromeHint: false });
    expect(line(lines, '版权所有')).toMatchObject({ chromeHint: true });
  });

  it('keeps the safety steps: no script, style or hidden text (inline or by the page’s CSS), no data: URLs, a size cap', () => {
    const image = `data:image/png;base64,${'A'.repeat(400)}`;
    const html = `<html><head><style>.sp { display: none } .tab { display: none } .tab.on { display: block } @media print { .art { display: none } }</style>
<script>document.write('脚本里的文字')</script></head><body>
<div class="art"><p>项目临时党支部开设工友课堂。<img src="${image}" alt="图"></p>
<p style="display:none">隐藏的博彩广告</p><div class="sp">样式隐藏的广告</div><span hidden>隐藏二</span>
<noscript>请启用脚本</noscript><p>累计培训工人600余人次。</p>
<div class="tab on">显示的标签页</div><div class="tab">收起的标签页</div></div></body></html>`;
    const { lines } = readHtmlLines(html);
    const text = lines.map((candidate) => candidate.text).join('\n');
    expect(text).toBe('项目临时党支部开设工友课堂。\n累计培训工人600余人次。\n显示的标签页');
    expect(() => readHtmlLines(`<html><body>${'字'.repeat(31 * 1024 * 1024)}</body></html>`)).toThrow(/过大/);
  });

  it('reads a blank line of two <br> as a new paragraph, and a single <br> without an indent as a line break inside one', () => {
    const { lines } = readHtmlLines(
      '<html><body><div>项目临时党支部组织党员突击队连夜抢修排水管网。<br><br>第二天一早，工友们按时复工。<br>当天完成浇筑任务。</div></body></html>',
    );
    expect(line(lines, '第二天一早')).toMatchObject({ blockStart: true });
    expect(line(lines, '当天完成浇筑任务')).toMatchObject({ blockStart: false });
  });

  it('reads a picture with its caption set inside a sentence as a line after the paragraph, the sentence whole', () => {
    const { lines } = readHtmlLines(
      '<html><body><div class="content"><p>项目党委把分包单位串成一条“党建链”，<span class="img"><img src="/p1.jpg"><br><em>图为党员楼长更新公示牌（摄影：某某）</em></span>按楼层划分党员责任区，每层设一名党员楼长。</p><p>“党建链”运行两年来，项目未发生一起安全事故。</p></div></body></html>',
    );
    expect(lines.map((read) => read.text)).toEqual([
      '项目党委把分包单位串成一条“党建链”，按楼层划分党员责任区，每层设一名党员楼长。',
      '图为党员楼长更新公示牌（摄影：某某）',
      '“党建链”运行两年来，项目未发生一起安全事故。',
    ]);
    expect(line(lines, '图为党员楼长')).toMatchObject({ role: 'caption' });
  });

  it('reads a centred short line right under a block holding only a picture as its caption, and a sentence there as text', () => {
    const { lines } = readHtmlLines(
      '<html><body><div class="content"><p>群众代表说：“有党员盯着，心里踏实。”</p><p style="text-align:center"><img src="/p2.jpg"></p><p style="text-align:center"><span style="font-size:12px;color:#888">红色监督员查看工程质量</span></p><p>成效初显，口碑提升。</p><p style="text-align:center"><img src="/p3.jpg"></p><p>活动持续一周。</p></div></body></html>',
    );
    expect(line(lines, '红色监督员查看工程质量')).toMatchObject({ role: 'caption' });
    expect(line(lines, '活动持续一周。')).toMatchObject({ role: 'text' });
  });

  it('keeps a centred heading after a picture, and a link’s icon inside its sentence', () => {
    const { lines } = readHtmlLines(
      '<html><body><div class="content"><p style="text-align:center"><img src="/p1.jpg"></p><p style="text-align:center"><strong>党建引领 筑牢安全防线</strong></p><p>今年以来，项目党支部组织党员开展安全巡查。</p><p>请下载<a href="x.pdf"><img src="pdf.gif">附件1：实施方案</a>并填写后报送。</p></div></body></html>',
    );
    expect(line(lines, '党建引领')).toMatchObject({ role: 'text' });
    expect(line(lines, '请下载')).toMatchObject({ text: '请下载附件1：实施方案并填写后报送。' });
  });
});
