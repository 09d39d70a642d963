import { describe, expect, it } from 'vitest';
import { readDocument, type DocumentReading } from '../../../electron/engine/import/reading/document-reading';
import { readInfoLine } from '../../../electron/engine/import/reading/info-line';
import { linesOfPlainText } from '../../../electron/engine/import/reading/source-lines';
import { organizationsOnLine } from '../../../electron/engine/import/metadata/organizations';
import { findEditionFrame } from '../../../electron/engine/import/reading/news';
import { places, readPageHtml } from './fixture-helpers';

// 来源, 作者 and 发文机关 in the shapes real pages and notices give them (the documents of
// tests/fixtures/eval/dev/bylines show each in a whole file). Read through the path a copied page takes.

const BODY = '\n\n项目临时党支部组织党员突击队，保障工程质量与安全，全年未发生质量安全事故。\n';
const NOTICE_BODY = `${BODY}\n二、各单位要加强组织领导，明确专人负责，确保各项工作落到实处。\n\n三、请各单位于每月5日前报送工作进展情况。\n`;

function readText(text: string, web = true): DocumentReading {
  return readDocument({ lines: linesOfPlainText(text), web, stated: {}, statedOrigins: {} }, { fileName: '资料.txt', places });
}
const info = (line: string) => readInfoLine(line)?.fields;

describe('info line labels', () => {
  it('reads English labels as whole words, in any case', () => {
    expect(info('Source：龙游县住建局 | Author：方晓琳 | Date：2024-04-19')).toMatchObject({ source: '龙游县住建局', author: ['方晓琳'], date: '2024-04-19' });
    expect(info('SOURCE: 龙游县住建局')).toMatchObject({ source: '龙游县住建局' });
    expect(readInfoLine('Opensource: 项目')).toBeNull();
  });

  it('matches labels in traditional script and keeps the values as written', () => {
    expect(info('來源：溫州日報　作者：王曉麗　發佈時間：2024-03-05')).toEqual({ source: '溫州日報', author: ['王曉麗'], date: '2024-03-05' });
  });

  it('reads a label in brackets instead of a colon', () => {
    expect(info('【来源】温州日报 【作者】王晓丽 【发布时间】2024-03-05')).toEqual({ source: '温州日报', author: ['王晓丽'], date: '2024-03-05' });
  });

  it('reads label and value parted by a bar, the pairs by spaces', () => {
    expect(info('来源｜鹿城区住建局 作者｜李晨 时间｜2024-03-05')).toEqual({ source: '鹿城区住建局', author: ['李晨'], date: '2024-03-05' });
    expect(info('文 | 王晓丽　图 | 李晨')).toEqual({ author: ['王晓丽'] });
  });

  it('reads labels and values side by side with no colon only when every other word is a label', () => {
    expect(info('来源 温州日报　作者 王晓丽　日期 2024-03-05')).toEqual({ source: '温州日报', author: ['王晓丽'], date: '2024-03-05' });
    expect(readInfoLine('今年 温州 新建 工地 2024')).toBeNull();
  });

  it('ends a value at a label it does not know', () => {
    expect(info('信息来源：区住建局　信息发布：办公室　发布时间：2024-03-05')).toMatchObject({ source: '区住建局', date: '2024-03-05' });
  });
});

describe('来源', () => {
  it('names the outlet without its 《》, its edition in brackets, 公众号 or 转自', () => {
    expect(info('来源：《温州日报》')?.source).toBe('温州日报');
    expect(info('来源：温州日报（2024年3月5日 第3版）')).toEqual({ source: '温州日报', date: '2024-03-05' });
    expect(info('来源：微信公众号“鹿城住建”')?.source).toBe('鹿城住建');
    expect(info('来源：转自温州日报')?.source).toBe('温州日报');
  });

  it('takes a writer’s name after a paper or site as the author', () => {
    expect(info('2024年05月09日 09:12:31　来源：东瓯日报 林晓琪')).toEqual({ source: '东瓯日报', author: ['林晓琪'], date: '2024-05-09' });
    expect(info('来源: 温州网-温州日报 王晓丽')).toMatchObject({ source: '温州网-温州日报', author: ['王晓丽'] });
    // A channel of the paper is not a person; a place or unit is no outlet's writer.
    expect(info('来源：温州日报 客户端')).toEqual({ source: '温州日报 客户端' });
    expect(info('来源：鹿城区 住建局')?.author).toBeUndefined();
  });

  it('reads 来源：本站原创 as no outlet named, so the site is the source', () => {
    expect(info('作者：王晓丽 来源：本站原创')).toEqual({ author: ['王晓丽'] });
  });
});

describe('作者', () => {
  it('reads reporters after the outlet’s name glued to the role', () => {
    expect(info('浦阳新闻网记者 张一帆 报道')).toEqual({ author: ['张一帆'], reporters: true });
    expect(info('潮新闻客户端记者 王晓丽')).toEqual({ author: ['王晓丽'], reporters: true });
  });

  it('reads 文/图：X as the writer', () => {
    expect(info('文/图：陈立新')).toEqual({ author: ['陈立新'] });
  });

  it('reads the credits closing a text — 来源, 作者, then 编辑, 校对, 审核, 监制 — and takes the whole block out', () => {
    const read = readText(`工地党建纪实报道${BODY}\n来源：温州日报\n作者：王晓丽\n编辑：张伟\n校对：李强\n审核：赵刚\n监制：钱多`);
    expect(read.meta).toMatchObject({ source: '温州日报', author: '王晓丽' });
    expect(read.text).not.toMatch(/编辑|审核|监制/);
    expect(readText(`工地党建纪实报道${BODY}\n（责任编辑：钱悦\u3000审核：沈建华\u3000校对：王芳）`).meta.author).toBeNull();
  });

  it('reads credits the article block left out right after it, and 文/X closing a text', () => {
    expect(readText(`工地党建纪实报道${BODY}\n本文来源：温州日报\n作者：王晓丽`).meta).toMatchObject({ source: '温州日报', author: '王晓丽' });
    expect(readText(`工地党建纪实报道${BODY}项目当天签下联建协议。\n文/王晓丽`).meta.author).toBe('王晓丽');
    expect(readText(`工地党建纪实报道${BODY}\n（温州日报记者 王晓丽）`).meta.author).toBe('王晓丽');
  });

  it('keeps a closing "报送单位：X" in the text when no writer or source is credited beside it', () => {
    const read = readText(`工地党建纪实报道${BODY}项目当天签下联建协议。\n报送单位：温州市鹿城区住房和城乡建设局`);
    expect(read.text).toContain('报送单位：温州市鹿城区住房和城乡建设局');
  });

  it('takes no seal place or editor’s mark for a closing byline', () => {
    expect(readText(`工地党建纪实报道${BODY}项目当天签下联建协议。\n（附件略）`).meta.author).toBeNull();
    expect(readText(`关于推进工地党建的通知\n各有关单位：${NOTICE_BODY}\n温州市住房和城乡建设局\n（盖章）\n2023年7月1日`, false).meta.author).toBeNull();
  });
});

describe('发文机关 and 成文日期', () => {
  const notice = (closing: string, head = '关于推进工地党建的通知\n各有关单位：') => readText(`${head}${NOTICE_BODY}\n${closing}`, false).meta;

  it('reads the 落款 over a line left for the seal', () => {
    expect(notice('温州市住房和城乡建设局\n（盖章）\n2023年7月1日')).toMatchObject({ issuer: '温州市住房和城乡建设局', date: '2023-07-01' });
    expect(notice('温州市住房和城乡建设局（公章）\n二〇二三年七月一日')).toMatchObject({ issuer: '温州市住房和城乡建设局', date: '2023-07-01' });
  });

  it('reads a joint 落款 laid out as table cells, and a name set with spaces between its characters', () => {
    expect(notice('中共温州市委组织部 | 温州市住房和城乡建设局\n2023年7月1日').issuer).toBe('中共温州市委组织部、温州市住房和城乡建设局');
    expect(notice('温 州 市 住 房 和 城 乡 建 设 局\n2023年7月1日').issuer).toBe('温州市住房和城乡建设局');
  });

  it('reads a 领导小组 or a name with a second name in brackets as a signing body', () => {
    expect(notice('温州市红色工地建设工作领导小组\n2023年7月1日').issuer).toBe('温州市红色工地建设工作领导小组');
    expect(organizationsOnLine('温州市住房和城乡建设局（温州市人民防空办公室）')).toEqual(['温州市住房和城乡建设局（温州市人民防空办公室）']);
  });

  it('takes the issuer of a plan signed with the month only, and no day for its date', () => {
    expect(notice('温州市住房和城乡建设局\n2024年3月', '温州市红色工地建设三年行动方案')).toMatchObject({ issuer: '温州市住房和城乡建设局', date: null });
  });

  it('dates a 落款 that is a date alone (the seal stood for the name) from the line the 公文 closes with', () => {
    const read = notice('2024年4月3日\n（此件公开发布）', '嘉兴市秀洲区住房和城乡建设局文件\n秀住建〔2024〕15号\n关于开展示范项目评选的通知\n各有关单位：');
    expect(read).toMatchObject({ issuer: '嘉兴市秀洲区住房和城乡建设局', date: '2024-04-03' });
  });

  it('reads a joint 红头 with 文件 on a line of its own', () => {
    const read = notice('2024年7月8日\n（此件公开发布）', '嘉兴市住房和城乡建设局\n嘉兴市总工会\n文件\n嘉建〔2024〕33号\n关于开展最美工友评选活动的通知\n各有关单位：');
    expect(read).toMatchObject({ issuer: '嘉兴市住房和城乡建设局、嘉兴市总工会', docNumber: '嘉建〔2024〕33号', date: '2024-07-08' });
  });

  it('reads the 版头 of a 函: the body’s name alone, its 文号 under it', () => {
    const read = notice('特此函商。\n2024年3月5日', '温州市住房和城乡建设局\n温住建函〔2024〕12号\n关于商请支持红色工地建设的函\n市总工会：');
    expect(read).toMatchObject({ issuer: '温州市住房和城乡建设局', docNumber: '温住建函〔2024〕12号', date: '2024-03-05' });
  });
});

describe('second round: writers, reprints, placeholders', () => {
  it('reads 撰写人 and 文案 as writers, and "王某/文" as a credit', () => {
    expect(info('撰写人：王晓丽')).toEqual({ author: ['王晓丽'] });
    expect(info('文案：王晓丽 排版：李晨 审核：张伟')).toMatchObject({ author: ['王晓丽'] });
    expect(info('王晓丽 李晨/文')).toEqual({ author: ['王晓丽', '李晨'] });
    expect(readText(`工地党建纪实报道${BODY}项目当天签下联建协议。\n王晓丽 李晨/文`).meta.author).toBe('王晓丽、李晨');
  });

  it('reads 特约通讯员 and 见习记者 as roles, not names', () => {
    expect(info('特约通讯员 王晓丽')).toEqual({ author: ['王晓丽'], reporters: true });
    expect(info('记者 王晓丽 见习记者 李晨')).toEqual({ author: ['王晓丽', '李晨'], reporters: true });
  });

  it('keeps a unit too long for a person’s name as the author', () => {
    expect(info('来源：余杭区住建局　作者：杭州市余杭区住建局办公室')).toEqual({ source: '余杭区住建局', author: ['杭州市余杭区住建局办公室'] });
  });

  it('reads where a reprint comes from: 本文来源于, 本文来自, in 《》 or “” or as a 公众号', () => {
    expect(info('本文来源于微信公众号“平阳建投党建”')).toEqual({ source: '平阳建投党建' });
    expect(info('本文来自：浙江建设')).toEqual({ source: '浙江建设' });
    expect(readInfoLine('来自全市20个项目的党员代表参加。')).toBeNull();
  });

  it('reads a byline or a credit in the brackets closing the last paragraph, and keeps the paragraph whole', () => {
    const last = '项目党支部组织党员突击队，全年未发生质量安全事故。';
    expect(readText(`工地党建纪实报道${BODY}\n${last}（记者 王晓丽 通讯员 瑞住建）`).meta.author).toBe('王晓丽、瑞住建');
    expect(readText(`工地党建纪实报道${BODY}\n${last}（撰稿人：王晓丽）`).meta.author).toBe('王晓丽');
    const sourced = readText(`工地党建纪实报道${BODY}\n${last}（来源：东瓯日报）`);
    expect(sourced.meta.source).toBe('东瓯日报');
    expect(sourced.text).toContain(`${last}（来源：东瓯日报）`);
    expect(readText(`工地党建纪实报道${BODY}\n${last}（资料图）`).meta.author).toBeNull();
  });

  it('takes no account name or placeholder a CMS put in its Author tag over the info line', () => {
    const read = readDocument(
      { lines: linesOfPlainText(`工地党建纪实报道\n来源：瓯海区住建局\u3000作者：郑伟${BODY}`), web: true, stated: { author: 'admin' }, statedOrigins: { author: 'file' } },
      { fileName: '页面.html', places },
    );
    expect(read.meta.author).toBe('郑伟');
    const named = readDocument(
      { lines: linesOfPlainText(`工地党建纪实报道\n作者：郑伟${BODY}`), web: true, stated: { author: '李帅' }, statedOrigins: { author: 'file' } },
      { fileName: '页面.html', places },
    );
    expect(named.meta.author).toBe('李帅');
  });

  it('reads an edition date a PDF spaces out', () => {
    expect(findEditionFrame([{ text: '东瓯日报 2024 年 7 月 16 日 第 3 版：瑞安新闻', role: 'text' }], [0])).toMatchObject({ paper: '东瓯日报', date: '2024-07-16' });
  });
});

describe('second round: issuers', () => {
  const policy = (text: string) => readText(text, false).meta;

  it('names the notice’s own issuer from its title when the only 落款 signs the plan it issues', () => {
    const read = policy(`温州市住房和城乡建设局关于印发《温州市红色工地建设三年行动方案》的通知\n各有关单位：\n现将《温州市红色工地建设三年行动方案》印发给你们，请认真贯彻执行。\n\n温州市红色工地建设三年行动方案${NOTICE_BODY}\n温州市红色工地建设工作领导小组办公室\n2024年3月5日`);
    expect(read.issuer).toBe('温州市住房和城乡建设局');
  });

  it('reads the forwarding body before 转发 in a title, when the 落款 signs the forwarded notice', () => {
    const read = policy(`桐乡市住房和城乡建设局转发嘉兴市住房和城乡建设局关于做好工资支付保障工作的通知\n各有关单位：\n现将文件转发给你们，请认真贯彻执行。\n\n嘉兴市住房和城乡建设局关于做好工资支付保障工作的通知\n各县（市、区）住建局：${NOTICE_BODY}\n嘉兴市住房和城乡建设局\n2024年6月3日`);
    expect(read.issuer).toBe('桐乡市住房和城乡建设局');
  });

  it('knows federations, detachments and banks as signing bodies', () => {
    expect(organizationsOnLine('温州市住房和城乡建设局　温州市妇联')).toEqual(['温州市住房和城乡建设局', '温州市妇联']);
    expect(organizationsOnLine('温州市消防救援支队')).toEqual(['温州市消防救援支队']);
    expect(organizationsOnLine('中国人民银行温州市分行')).toEqual(['中国人民银行温州市分行']);
  });
});

describe('third round: lines run together or set apart', () => {
  const policy = (text: string) => readText(text, false).meta;

  it('reads a label on a line of its own with its value on the next, pair after pair', () => {
    const read = readText(`工地党建纪实报道\n发布时间：\n2024-06-19\n来源：\n泰顺县住建局\n作者：\n陶佳怡${BODY}`);
    expect(read.meta).toMatchObject({ source: '泰顺县住建局', author: '陶佳怡', date: '2024-06-19' });
    expect(read.text).not.toContain('陶佳怡');
    // A form's field (标题：) is no info label: its next line stays.
    expect(readText(`工地党建纪实报道\n标题：\n某项目党建工作法${BODY}`).text).toContain('某项目党建工作法');
  });

  it('reads a 落款 in table cells with an empty cell before it', () => {
    expect(policy(`关于推进工地党建的通知\n各有关单位：${NOTICE_BODY}\n| 中共瑞安市委组织部 | 瑞安市住房和城乡建设局\n| 2024年4月22日`)).toMatchObject({ issuer: '中共瑞安市委组织部、瑞安市住房和城乡建设局', date: '2024-04-22' });
  });

  it('reads a 落款 run into the last sentence of copied text', () => {
    expect(policy(`关于推进工地党建的通知\n各有关单位：${NOTICE_BODY}\n三、请认真贯彻执行。文成县住房和城乡建设局 2024年8月19日`)).toMatchObject({ issuer: '文成县住房和城乡建设局', date: '2024-08-19' });
  });

  it('reads a 落款 date a PDF ran into the 附件 heading after it', () => {
    expect(policy(`关于推进工地党建的通知\n各有关单位：${NOTICE_BODY}\n附件：党员先锋岗设立标准\n永嘉县住房和城乡建设局\n2024 年 5 月 6 日附件 1\n党员先锋岗设立标准`)).toMatchObject({ issuer: '永嘉县住房和城乡建设局', date: '2024-05-06' });
  });
});

describe('fourth round: datelines, lone pairs, a notice sourced to its body', () => {
  it('reads the reporters after a dateline with place and day when they stand without brackets, and 本台消息', () => {
    expect(readText(`工地党建纪实报道\n\n本报杭州3月5日讯 记者 王晓丽 通讯员 李晨 3月4日，项目签下联建协议。${BODY}`).meta.author).toBe('王晓丽、李晨');
    expect(readText(`工地党建纪实报道\n\n本台消息（记者 王晓丽 通讯员 李晨）3月4日，项目签下联建协议。${BODY}`).meta.author).toBe('王晓丽、李晨');
  });

  it('reads one label and its value side by side when the label is a writer’s or a source’s', () => {
    expect(info('作者 王晓丽')).toEqual({ author: ['王晓丽'] });
    expect(info('来源 温州日报')).toEqual({ source: '温州日报' });
    expect(readInfoLine('时间 过得真快')).toBeNull();
  });

  it('takes a notice’s issuer from a 来源 naming a body in full when neither 落款, title nor table names one', () => {
    const notice = (source: string) => readText(`关于推进工地党建的通知\n来源：${source}\u3000发布时间：2024-03-05\n各有关单位：${NOTICE_BODY}\n请认真贯彻执行。`, false).meta.issuer;
    expect(notice('温州市住房和城乡建设局')).toBe('温州市住房和城乡建设局');
    expect(notice('局办公室')).toBeNull();
  });
});

describe('fifth round: 落款 in short notices and under issued plans', () => {
  it('reads "单位 日期" under a short notice’s text as its 落款, not as a 公众号 head line', () => {
    const read = readText(`关于推进工地党建的通知\n各有关单位：${BODY}\n温州市住房和城乡建设局 2023年7月1日`, false).meta;
    expect(read).toMatchObject({ issuer: '温州市住房和城乡建设局', date: '2023-07-01', source: null });
    expect(readText(`我们怎样当好工友的“红色管家”\n鹿城住建 2024年03月05日 18:30 浙江${BODY}`).meta.source).toBe('鹿城住建');
  });

  it('takes the page’s 发布机构 over the 落款 of the plan a 印发 notice issues when the title names no body', () => {
    const read = readText(`关于印发《温州市红色工地建设三年行动方案》的通知\n发布机构：温州市住房和城乡建设局 | 发布日期：2024-03-06\n各有关单位：\n现将《温州市红色工地建设三年行动方案》印发给你们，请认真贯彻执行。\n\n温州市红色工地建设三年行动方案${NOTICE_BODY}\n温州市红色工地建设工作领导小组办公室\n2024年3月5日`, false).meta;
    expect(read.issuer).toBe('温州市住房和城乡建设局');
    const alone = readText(`关于印发《温州市红色工地建设三年行动方案》的通知\n各有关单位：\n现将《温州市红色工地建设三年行动方案》印发给你们，请认真贯彻执行。\n\n温州市红色工地建设三年行动方案${NOTICE_BODY}\n温州市红色工地建设工作领导小组办公室\n2024年3月5日`, false).meta;
    expect(alone.issuer).toBe('温州市红色工地建设工作领导小组办公室');
  });
});

describe('a 公众号 head line naming the account as its own author', () => {
  it('names no writer', () => {
    expect(info('原创 鹿城住建 鹿城住建 2024年03月05日 18:30 浙江')).toEqual({ source: '鹿城住建', date: '2024-03-05' });
    expect(info('原创 王慧敏 湖建先锋 2024年04月25日 17:30 浙江')).toEqual({ source: '湖建先锋', author: ['王慧敏'], date: '2024-04-25' });
  });
});

describe('a comment link glued to the info line (dev/blind-22)', () => {
  it('ends the 来源 before it', () => {
    expect(info('2025-10-20 10:12:33\u3000来源：青岛日报\u3000\u3000我要评论(0)')).toEqual({ date: '2025-10-20', source: '青岛日报' });
    expect(info('来源：人民网 评论（12）')).toEqual({ source: '人民网' });
    expect(info('来源：某评论网')).toEqual({ source: '某评论网' });
  });
});

describe('a unit that 供稿 closing a page (dev/blind-23)', () => {
  it('is the 来源, as 供稿：X is, and gives way to a 来源 stated at the top', async () => {
    const body = '<p>9月15日，青禾市在某安置房项目召开红色工地建设现场推进会。</p><p>与会人员观摩了项目党建阵地和工友之家。</p><p>会议要求各项目对照标准查漏补缺。</p>';
    const contributed = await readPageHtml(`<title>青禾市召开红色工地建设现场推进会</title></head><body><h1>青禾市召开红色工地建设现场推进会</h1><div>发布日期：2025-09-16</div>${body}<p>（青禾市住建局\u3000供稿）</p>`);
    expect(contributed.meta.source).toBe('青禾市住建局');
    expect(contributed.text).not.toContain('供稿');
    const stated = await readPageHtml(`<title>青禾市召开红色工地建设现场推进会</title></head><body><h1>青禾市召开红色工地建设现场推进会</h1><div>来源：青禾日报\u3000发布日期：2025-09-16</div>${body}<p>（青禾市住建局\u3000供稿）</p>`);
    expect(stated.meta.source).toBe('青禾日报');
  });
});
