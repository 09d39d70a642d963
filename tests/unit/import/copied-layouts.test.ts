import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../electron/engine/import/metadata/dates';
import { parseFile } from './fixture-helpers';

// Layouts that survive copying a page or a PDF as text, and the frames of pages saved whole: each
// written for this test in the shape staff meet (a 党组 notice copied from its PDF, a 公众号 article
// copied with its header, a Taiwan-style news page, 数字报 pages).

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('text copied out of a PDF', () => {
  // Wrapped at 24 columns as the PDF set it, a page number between two pages.
  const notice = [
    '中共某某县住房和城乡建设局党组文件',
    '某住建党组〔2025〕3号',
    '中共某某县住房和城乡建设局党组',
    '关于开展“红色工地”观摩活动的通知',
    '各建筑业企业党组织，局属各单位：',
    '为推动项目党建与工程建设深度融合，局党组决定',
    '于今年第二季度在全县在建项目中开展“红色工地”观',
    '摩活动。现将有关事项通知如下。',
    '一、观摩内容',
    '各项目重点展示临时党支部建设、党员先锋岗设置、',
    '工友服务阵地运行等情况，观摩组现场查看台账资料',
    '— 1 —',
    '，听取项目负责人汇报。',
    '二、工作要求',
    '各企业党组织要高度重视，认真做好准备工作，确保',
    '观摩活动取得实效。',
    '中共某某县住房和城乡建设局党组',
    '2025年4月2日',
    '— 2 —',
  ].join('\n');

  it('joins the lines the page wrapped, so a word split at a line end is one word again', async () => {
    const { filled } = await parseFile('观摩通知.txt', utf8(notice));
    expect(filled.text).toContain('在全县在建项目中开展“红色工地”观摩活动。');
    expect(filled.text).toContain('一、观摩内容\n');
  });

  it('drops the page numbers and joins the paragraph the page break cut', async () => {
    const { filled } = await parseFile('观摩通知.txt', utf8(notice));
    expect(filled.text).not.toMatch(/— \d —/);
    expect(filled.text).toContain('观摩组现场查看台账资料，听取项目负责人汇报。');
    expect(filled.removed).toContainEqual(expect.objectContaining({ rule: 'page-number', text: '— 1 —' }));
  });

  it('reads the issuer standing above 关于… as the start of the title', async () => {
    const { filled } = await parseFile('观摩通知.txt', utf8(notice));
    expect(filled.meta.title).toBe('中共某某县住房和城乡建设局党组关于开展“红色工地”观摩活动的通知');
    expect(filled.meta).toMatchObject({ kind: 'policy', issuer: '中共某某县住房和城乡建设局党组', date: '2025-04-02' });
  });

  it('leaves short lines of ordinary copied text as they are', async () => {
    const text = '工地夜校开课了\n\n晚上七点，生活区的教室里坐满了工友。\n课上讲安全，也讲工资怎么查。\n下课后大家还围着老师问问题。\n';
    const { filled } = await parseFile('夜校.txt', utf8(text));
    expect(filled.text).toContain('坐满了工友。\n课上讲安全');
  });
});

describe('a 公众号 article copied with its header', () => {
  const article = [
    '塔吊下的“流动党课”',
    '原创 陈思远 建工先锋 2024-06-12 18:05 发表于河南',
    '收录于合集',
    '#红色工地 8个',
    '#党员先锋岗 15个',
    '中午十二点半，项目部把党课搬到了塔吊下的阴凉处。支部书记拿着一块小白板，给二十多名工友讲高温作业的安全要点，也讲党员在一线应当怎么带头。',
    '这样的“流动党课”每周一次，一年下来已经讲了四十多次，工友们说听得懂、用得上。',
    '阅读 2046',
  ].join('\n');

  it('reads author, account and date from the header line and drops the collection tags', async () => {
    const { filled } = await parseFile('流动党课.txt', utf8(article));
    expect(filled.meta).toMatchObject({ title: '塔吊下的“流动党课”', author: '陈思远', source: '建工先锋', date: '2024-06-12' });
    expect(filled.text).not.toContain('#红色工地');
    expect(filled.text).not.toContain('收录于合集');
  });
});

describe('a Taiwan-style news page in Big5', () => {
  const page = `<html><head><meta charset="big5"><title>廈門工地設「工友書屋」 | 海峽新視界網</title></head><body>
<div class="top"><a href="/">海峽新視界網</a></div>
<h1>廈門工地設「工友書屋」</h1>
<div class="date">2024/09/03 10:15</div>
<div class="reporter">記者陳雅雯／綜合報導</div>
<div class="article"><p>福建省廈門市同安區近來在轄內多處建築工地設立「工友書屋」，由工地臨時黨支部負責管理，提供書報、充電及飲水等服務。</p>
<p>報導指出，書屋一般設在生活區，並由黨員輪流值班，每週舉辦一次讀書分享。</p></div>
<div class="foot">&copy; 海峽新視界網 版權所有</div></body></html>`;

  it('reads the reporter from "記者X／綜合報導" and the site from the page title', async () => {
    const { filled } = await parseFile('工友書屋.htm', iconv.encode(page, 'big5'));
    expect(filled.meta).toMatchObject({ kind: 'news', author: '陳雅雯', source: '海峽新視界網', date: '2024-09-03' });
  });
});

describe('数字报 pages', () => {
  const page = (title: string, dateCell: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>
<table><tr><td class="date">${dateCell}\u3000<a href="#">上一期</a>\u3000<a href="#">下一期</a></td></tr></table>
<div class="bm">第A05版：区县新闻</div>
<div>标题导航</div>
<ul><li><a href="#">沙洋县建筑工地开设“红色课堂”</a></li><li><a href="#">汉江沿线新增三处观景平台</a></li></ul>
<div class="article"><div class="yt">课堂开在工棚里</div><h2>沙洋县建筑工地开设“红色课堂”</h2>
<div class="author">■记者 郑可欣 通讯员 程立</div>
<p>本报讯\u30009月2日，记者从沙洋县住建局获悉，该县在建项目已有18个开设“红色课堂”，由临时党支部每月组织一次集中学习。</p>
<p>课堂内容涵盖安全生产、权益维护和党的创新理论，工友们在工棚里就能听课。</p></div>
<div class="foot">江汉晚报社版权所有\u3000未经书面授权不得转载</div></body></html>`;

  it('takes the edition date printed above the 版次, the paper from the page title, and the headline set as a heading', async () => {
    const { filled } = await parseFile('szb.html', utf8(page('江汉晚报数字报-沙洋县建筑工地开设“红色课堂”', '2024-09/03\u3000星期二')));
    expect(filled.meta).toMatchObject({ title: '沙洋县建筑工地开设“红色课堂”', kind: 'news', date: '2024-09-03', source: '江汉晚报', author: '郑可欣、程立' });
    expect(filled.text).not.toContain('汉江沿线新增三处观景平台');
  });

  it('takes the paper from a page title that is only its name', async () => {
    const { filled } = await parseFile('szb.html', utf8(page('江汉晚报', '2024年9月3日\u3000星期二')));
    expect(filled.meta).toMatchObject({ source: '江汉晚报', date: '2024-09-03' });
  });
});

describe('dates', () => {
  it('reads the 数字报 folder form 2024-05/21 and no other mixed form', () => {
    expect(findDates('2024-05/21 星期二').map((date) => date.iso)).toEqual(['2024-05-21']);
    expect(findDates('2024/05-21')).toEqual([]);
    expect(findDates('2024-05/21/A03')).toEqual([]);
  });
});

describe('names in an info line', () => {
  const body = '\n项目临时党支部组织党员突击队，保障工程质量与安全，全年未发生质量安全事故，工友们纷纷点赞。\n';
  const authorOf = async (line: string): Promise<string | null> => (await parseFile('信息.txt', utf8(`工地上的红色课堂开讲了\n${line}${body}`))).filled.meta.author;

  it('takes the person, not the unit written beside them, and not a button glued after the name', async () => {
    expect(await authorOf('作者：某某建工集团 王某丽 发布时间：2024-03-05')).toBe('王某丽');
    expect(await authorOf('2024-07-15 08:06来源：某某晚报作者：周某怡【纠错】')).toBe('周某怡');
    expect(await authorOf('投稿：王某丽 来源：一公司 时间：2024-03-05')).toBe('王某丽');
  });

  it('keeps a department as the author when it is all the line names', async () => {
    expect(await authorOf('作者：党群工作部 发布时间：2024-03-05')).toBe('党群工作部');
  });
});
