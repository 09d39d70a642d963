import { describe, expect, it } from 'vitest';
import { normalizePunctuation } from '../../../electron/engine/import/cleaning/punctuation';
import { collapseRepeatedBody } from '../../../electron/engine/import/cleaning/repeated-body';
import { readDocument, type DocumentReading } from '../../../electron/engine/import/reading/document-reading';
import { linesOfPlainText } from '../../../electron/engine/import/reading/source-lines';
import { repairRadicals } from '../../../electron/engine/text/radicals';
import { places } from './fixture-helpers';

// Site chrome in text copied from a page goes, each line with the rule that removed it (查看清理掉的内容);
// the article stays. Read through the same path a copied page takes (reading/).

const BODY = '项目临时党支部推行“党员先锋岗”，在关键工序上设立党员责任区，带头攻坚质量安全难题。';
const TITLE = '工地党建纪实报道';

function read(lines: string[], web = true): DocumentReading {
  return readDocument({ lines: linesOfPlainText(lines.join('\n')), web, stated: {}, statedOrigins: {} }, { fileName: '网页.txt', places });
}

/** The cleaned text of a copied page with a title on top (the title is shown above the text, not in it). */
const page = (...lines: string[]): string => read([TITLE, ...lines]).text;

describe('removing site chrome', () => {
  it.each([
    ['a labelled breadcrumb', '当前位置：首页 > 党群工作 > 党建动态'],
    ['a breadcrumb in traditional characters', '當前位置：首頁 > 新聞中心'],
    ['a bare breadcrumb trail', '首页 > 新闻中心 > 正文'],
    ['print and close links', '【打印】【关闭】'],
    ['print and close without brackets', '打印本页 | 关闭窗口'],
    ['a Produced By footer', 'Produced By 大汉网络 大汉版通发布系统'],
    ['a copyright line', 'Copyright © 2023 某某日报社 All Rights Reserved'],
    ['a 版权所有 line', '版权所有：某某市住房和城乡建设局 地址：某某路1号'],
    ['an ICP line', '浙ICP备05012345号-1 浙公网安备 33030202000123号'],
    ['a share widget', '分享到：微信 微博 QQ空间'],
    ['previous and next links', '上一篇：鹿城区召开“红色工地”建设推进会'],
    ['a "more" link', '点击查看更多'],
    ['a share link in brackets', '[分享到]'],
    ['an attachment download label', '附件下载：'],
    ['an attached file given as a link', '附件2：红色工地星级评定申报表.xlsx（25KB）'],
    ['the server line of an error page', 'nginx/1.18.0'],
  ])('drops %s, and says which rule did', (_label, chrome) => {
    const reading = read([TITLE, chrome, '', BODY]);
    expect(reading.text).toBe(BODY);
    expect(reading.removed).toContainEqual(expect.objectContaining({ text: chrome, offset: 0 }));
  });

  it('reads the date, source and author of an info line into the fields and takes the line out, 字号 and counters with it', () => {
    const reading = read([TITLE, '发布日期：2024-11-15  信息来源：投资公司  作者：李帅  字号：[大 中 小]  【打印】【关闭】  浏览次数：386', '', BODY]);
    expect(reading.meta).toMatchObject({ date: '2024-11-15', source: '投资公司', author: '李帅' });
    expect(reading.text).toBe(BODY);
    expect(reading.removed).toContainEqual(expect.objectContaining({ rule: 'info-line' }));
  });

  it.each([
    ['点击数：1024'],
    ['阅读量：215'],
    ['瀏覽次數：77'],
  ])('drops the counter %s with the info line it sits on', (counter) => {
    const reading = read([TITLE, `来源：区住建局 ${counter}`, BODY]);
    expect(reading.text).toBe(BODY);
    expect(reading.meta.source).toBe('区住建局');
  });

  it('drops a related-article list with its items but keeps the article', () => {
    const cleaned = page(BODY, '', '相关阅读', '鹿城区召开“红色工地”建设推进会 2023-02-20', '我区三个项目获评市级优秀“红色工地” 2022-12-08');
    expect(cleaned).toBe(BODY);
  });

  it('drops a comment widget', () => {
    const cleaned = page(BODY, '', '网友评论', '已有0条评论', '用户名： 验证码：', '请文明发言，理性评论', '发表评论');
    expect(cleaned).toBe(BODY);
  });

  it('drops a disclaimer block', () => {
    const cleaned = page(BODY, '', '免责声明：本网站所载文章仅供参考，如需转载请注明来源。', '凡本网注明来源为其他媒体的稿件，均为转载，版权归原作者所有。');
    expect(cleaned).toBe(BODY);
  });

  it('drops a disclaimer that follows a 举报 button on the same line', () => {
    const disclaimer = '举报 声明：本文由用户上传，仅代表作者观点，不代表本平台立场。';
    const reading = read([TITLE, '', BODY, disclaimer]);
    expect(reading.text).toBe(BODY);
    expect(reading.removed).toContainEqual(expect.objectContaining({ text: disclaimer, rule: 'disclaimer' }));
  });

  it('keeps a notice’s own 附件 line, which names no file type', () => {
    expect(page(BODY, '附件：1.红色工地星级评定细则', '2.星级评定申报表')).toContain('附件：1.红色工地星级评定细则');
  });

  it('takes a photo caption out from between paragraphs: “图为…”, and a short phrase set in smaller type', () => {
    const second = '会议要求，各项目临时党支部要把党建工作融入施工管理全过程，以高质量党建推动项目建设。';
    expect(page(BODY, '（图为推进会现场）', second)).toBe(`${BODY}\n${second}`);
    const lines = linesOfPlainText([TITLE, BODY, '与会人员观摩项目党建阵地', second].join('\n')).map((line, index) => (index === 2 ? { ...line, scale: 0.88 } : line));
    const reading = readDocument({ lines, web: true, stated: {}, statedOrigins: {} }, { fileName: '网页.txt', places });
    expect(reading.text).not.toContain('与会人员观摩项目党建阵地');
    expect(reading.removed).toContainEqual(expect.objectContaining({ text: '与会人员观摩项目党建阵地', rule: 'caption' }));
    // The same phrase in body type is a subheading and stays.
    expect(page(BODY, '与会人员观摩项目党建阵地', second)).toContain('与会人员观摩项目党建阵地');
  });

  it('keeps a paragraph of prose that merely mentions copyright or a disclaimer', () => {
    const prose = '支部邀请律师为工友讲解劳动合同、工伤认定和知识产权保护等知识，提醒大家注意“版权所有”类声明的法律含义，并现场解答了工友提出的42个问题，发放宣传资料300余份。';
    expect(page(prose)).toBe(prose);
  });

  it('drops spam, a site name and a navigation bar before the title, and finds the title', () => {
    const reading = read(['澳门新葡京娱乐城 www.xpj8888.com 注册即送彩金', '欢迎访问浙江某某建设集团官网', '首页 集团概况 新闻中心 党建园地 联系我们', '“红领筑建”让党旗在工地飘扬', BODY]);
    expect(reading.meta.title).toBe('“红领筑建”让党旗在工地飘扬');
    expect(reading.text).toBe(BODY);
    expect(reading.removed.map((block) => block.rule)).toEqual(expect.arrayContaining(['spam', 'navigation']));
  });

  it('drops a newspaper’s masthead lines above the headline and reads the paper from them', () => {
    const reading = read(['东瓯日报 数字报', '2023年06月02日 第00012版：城市', '瓯海区“136党建链”串起五方力量', BODY]);
    expect(reading.meta).toMatchObject({ title: '瓯海区“136党建链”串起五方力量', source: '东瓯日报', date: '2023-06-02' });
    expect(reading.text).toBe(BODY);
  });

  it('drops only explicit chrome lines from a Word file or PDF, where no site surrounds the text', () => {
    expect(read([TITLE, '上一篇：总结', BODY, '各街道要落实属地责任。'], false).text).toBe(`${BODY}\n各街道要落实属地责任。`);
  });

  it('drops the follow prompt, end marker, reaction bar and 往期推荐 list of a copied 公众号 article', () => {
    const reading = read([
      '点击上方蓝字 关注我们',
      '“安居先锋”党建联建让安置房项目跑出加速度',
      '鹿城住建 2024年03月12日 09:30 浙江',
      BODY,
      '来源：鹿城区住建局',
      '- END -',
      '往期推荐',
      '鹿城区召开“红色工地”建设推进会',
      '我区三个项目获评市级优秀“红色工地”',
      '点个在看你最好看',
      '分享 收藏 点赞 在看',
    ]);
    // The 来源 the text states is the source; the account (鹿城住建) only posted it.
    expect(reading.meta).toMatchObject({ title: '“安居先锋”党建联建让安置房项目跑出加速度', source: '鹿城区住建局', date: '2024-03-12' });
    expect(reading.text).toBe(BODY);
  });

  it('keeps a sentence that asks readers to follow something as part of the story', () => {
    const prose = '点击上方链接即可查看完整的工地党建阵地分布图，各支部要持续关注工友诉求，及时回应。';
    expect(page(prose)).toBe(prose);
  });
});

describe('collapsing a body that appears twice', () => {
  const paragraphs = ['第一段：项目临时党支部由建设、施工、监理三方联合组建。', '第二段：支部推行“红领筑建”工作法，设立党员先锋岗14个。', '第三段：一年来夜校累计授课96场，培训工友2100余人次。'];

  it('keeps one copy of a repeated run of paragraphs', () => {
    const twice = [...paragraphs, '', ...paragraphs].join('\n');
    expect(collapseRepeatedBody(twice).trim()).toBe(paragraphs.join('\n'));
  });

  it('keeps short lines that repeat on purpose (section numbers, signatures)', () => {
    const text = ['一、工作目标', '推进覆盖。', '二、工作要求', '一、工作目标', '再说一次。'].join('\n');
    expect(collapseRepeatedBody(text)).toBe(text);
  });

  it('collapses the copy even when its whitespace differs, and keeps it in the removed lines', () => {
    const reading = read([TITLE, ...paragraphs, ...paragraphs.map((p) => `\u3000\u3000${p.replace('，', ' ，')}`)]);
    expect(reading.text).toBe(paragraphs.join('\n'));
    expect(reading.removed.filter((block) => block.rule === 'repeated-body')).toHaveLength(3);
  });
});

describe('whitespace and punctuation', () => {
  it.each([
    ['红领筑建 ,清廉筑基', '红领筑建，清廉筑基'],
    ['来源:工程部', '来源：工程部'],
    ['是否完成?', '是否完成？'],
    ['温住建(2022)35号', '温住建（2022）35号'],
    ['项目党支部 ，设立先锋岗 。', '项目党支部，设立先锋岗。'],
    ['覆盖率达到７０％', '覆盖率达到70％'],
    ['\u3000\u3000为进一步擦亮品牌', '为进一步擦亮品牌'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });

  it.each([['总投资1,600万元'], ['网址：https://www.example.gov.cn/a.html'], ['10:30 开会'], ['v1.2 版本'], ['Produced By: Someone']])('leaves %s as it is', (input) => {
    expect(normalizePunctuation(input)).toBe(input);
  });

  it('never changes a Han character: traditional text stays traditional', () => {
    const traditional = '寧波杭州灣新區醫院工地推行「紅領築建」 ,黨員突擊隊攻堅底板澆築，確保工程質量安全。';
    const cleaned = page(traditional);
    const han = (text: string): string => [...text].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');
    expect(han(cleaned)).toBe(han(traditional));
    expect(cleaned).toContain('寧波杭州灣新區');
  });

  it('reads radical code points that PDFs put in place of characters as the characters', () => {
    expect(repairRadicals('红⾊⼯地建设的实施意⻅，第⼀⻚')).toBe('红色工地建设的实施意见，第一页');
  });
});
