import { describe, expect, it } from 'vitest';
import { parseFile, readCopiedText as readText } from './fixture-helpers';

// Text copied out of a paginated file (a PDF viewer, a booklet): its running header comes back after each page number,
// and a sentence the page cut runs on after it (dev/blind-17 城西). Sample texts written for these tests.

const lines = (...text: string[]): string => text.join('\n');

const NOTICE = lines(
  '青禾区住房和城乡建设局',
  '',
  '关于做好2025年度红色工地典型案例征集工作的通知',
  '',
  '各建设、施工、监理单位：',
  '为总结推广全区红色工地建设的好经验好做法，区住建局决定开展典型案例征集工作，现将有关事项通知如下。',
  '一、征集范围。全区在建或2025年内竣工的房屋建筑和市政基础设施项目，重点征集党建联建、工人权益保障等方面的案例。',
  '二、报送要求。案例材料按照背景、做法、成效三部分撰写，字数控制在3000字以内，附3至5',
  '',
  '— 2 —',
  '',
  '青禾区住房和城乡建设局',
  '',
  '张现场照片，于2025年9月30日前报送区住建局党建办。',
  '三、评选方式。区住建局组织专家评审，评选出十大典型案例。',
  '松川市青禾区住房和城乡建设局',
  '2025年8月11日',
  '',
  '— 3 —',
);

describe('text copied from a paginated notice', () => {
  it('drops the running header at the top and after each page number, out of the title too', () => {
    const read = readText(NOTICE);
    expect(read.meta.title).toBe('关于做好2025年度红色工地典型案例征集工作的通知');
    expect(read.removed.filter((block) => block.rule === 'page-furniture').map((block) => block.text)).toEqual(['青禾区住房和城乡建设局', '青禾区住房和城乡建设局']);
  });

  it('joins the sentence the page cut, and keeps the 落款 that names the same bureau in full', () => {
    const read = readText(NOTICE);
    expect(read.text).toContain('附3至5张现场照片，于2025年9月30日前报送区住建局党建办。');
    expect(read.text).toContain('松川市青禾区住房和城乡建设局\n2025年8月11日');
    expect(read.meta.issuer).toBe('松川市青禾区住房和城乡建设局');
  });

  it('keeps a line that stands once beside a page number', () => {
    const read = readText(lines('青禾区工地夜校开课', '工地夜校每周二、周四晚开课，由党员技术骨干授课，讲安全、讲技能、讲政策。', '— 1 —', '授课安排', '第一课讲高处作业安全，第二课讲工资专用账户，第三课讲劳动合同签订。'));
    expect(read.text).toContain('授课安排');
  });
});

describe('a submission’s own fields', () => {
  const CASE_BODY = [
    '一、背景',
    '青禾区一处城中村改造项目用工多、周期长，周边村民有在家门口就业的愿望。',
    '二、主要做法',
    '项目临时党支部与所在村党支部结对，在工地旁设立共富工坊，承接钢筋加工、绿化养护等活计。',
    '三、成效',
    '一年来，共富工坊吸纳周边村民126人，人均月增收3200余元。',
  ];

  it('go from the end: 填报人 and the phone beside it; the 申报单位 under the headline is the case’s own line', () => {
    const read = readText(lines('青禾区“红色工地+共富工坊”联建案例', '申报单位：某建设集团有限公司青禾项目部', ...CASE_BODY, '填报人：陈某\u3000\u3000联系电话：0570-8000000'));
    expect(read.text).toContain('申报单位：某建设集团有限公司青禾项目部');
    expect(read.meta.kind).toBe('case');
    expect(read.text).not.toContain('填报人');
    expect(read.text).toContain('一年来，共富工坊吸纳周边村民126人，人均月增收3200余元。');
  });

  it('stay when a notice’s sentence names them', () => {
    const read = readText(
      lines(
        '关于开展红色工地典型案例征集的通知',
        '各有关单位：',
        '现就典型案例征集有关事项通知如下。',
        '一、申报单位：全区在建项目的建设、施工、监理单位均可申报。',
        '二、申报时间：2025年9月30日前。',
        '青禾区住房和城乡建设局',
        '2025年8月11日',
      ),
    );
    expect(read.text).toContain('一、申报单位：全区在建项目的建设、施工、监理单位均可申报。');
  });
});

describe('a photo credited to its photographer', () => {
  it('is a caption wherever it stands, and a sentence naming a photographer is not', () => {
    const read = readText(
      lines(
        '青禾区工地“说事会”让工友有话有处说',
        '来源：松川日报\u30002025-06-12',
        '今年以来，说事会共收集问题64个，已全部办结。',
        '工友说事会现场\u3000何某\u3000摄',
        '夜校里学技能',
        '项目还开办工地夜校，由党员技术骨干授课，摄影爱好者李某也来讲过手机摄影。',
      ),
    );
    expect(read.text).not.toContain('工友说事会现场');
    expect(read.text).toContain('摄影爱好者李某也来讲过手机摄影。');
  });
});

describe('text copied out of a booklet, page by page (dev/blind-23, dev/blind-24)', () => {
  it('drops a running header that comes back once, after the page number that cut a sentence, and joins the sentence', () => {
    const read = readText(
      lines(
        '青禾区“四个一”工作法推动红色工地全覆盖',
        '近年来，青禾区住建局坚持把红色工地建设作为加强建筑领域党建工作的重要抓手，总结形成“四个一”工作法。',
        '一名党员一面旗帜。在关键岗位设立党员示范岗，开展“党员身边无事故”竞赛，让党员在急难险重任务中站排头',
        '',
        '— 3 —',
        '',
        '青禾区住建系统党建工作经验汇编',
        '、当先锋。',
        '一月一次主题党日。结合项目进度开展主题党日活动，把党课讲在工地上。',
      ),
    );
    expect(read.text).toContain('让党员在急难险重任务中站排头、当先锋。');
    expect(read.text).not.toContain('经验汇编');
  });

  it('joins a sentence broken inside a figure', async () => {
    const { filled: read } = await parseFile('案例.txt', Buffer.from(lines('青禾区：临时党支部“三单”机制破解工地治理难题', '\u3000\u3000青禾区某老旧小区改造项目涉及居民楼42栋、住户230', '0余户，施工期间居民出行、停车、噪声等诉求集中，协调难度大。', '为破解这一难题，项目临时党支部联合所在街道、社区党组织，探索推行“三单”机制。')));
    expect(read.text).toContain('住户2300余户，施工期间');
  });

  it('does not join an info line ending on a figure to a paragraph opening on a date', async () => {
    const { filled: read } = await parseFile('新闻.txt', Buffer.from(lines('青禾区召开红色工地推进会', '来源：松川日报　作者：王某，李某　2025', '12月3日，青禾区召开红色工地建设推进会，各项目临时党支部书记参加会议。', '会议部署了下一阶段重点工作。')));
    expect(read.meta.author).toEqual(expect.stringContaining('王某'));
    expect(read.text).toContain('12月3日，青禾区召开红色工地建设推进会');
    expect(read.text).not.toContain('2025\n12月3日');
  });
});

describe('what the review of these rules found (kept as it was)', () => {
  it('keeps two numbered items apart, each ending on a figure', async () => {
    const { filled: read } = await parseFile(
      '清单.txt',
      Buffer.from(lines('青禾区2025年重点项目清单', '1.新开工保障性住房项目，计划总投资3.2亿元，建设套数860', '', '2.老旧小区改造项目，涉及小区42个、住户5300', '', '3.以上项目均成立临时党支部，做到党的组织全覆盖。')),
    );
    expect(read.text).toContain('建设套数860\n');
    expect(read.text).toContain('2.老旧小区改造项目');
  });

  it('keeps a heading that follows a page break apart from the sentence before it', () => {
    const read = readText(lines('关于做好红色工地创建工作的通知', '各有关单位：', '一、创建范围。全区在建或2025年内竣工的项目均应参加创建，具体要求详见附件1', '— 2 —', '二、工作要求', '各单位要高度重视，认真抓好落实。'));
    expect(read.text).toContain('详见附件1\n二、工作要求');
  });
});
