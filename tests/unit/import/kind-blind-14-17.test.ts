import { describe, expect, it } from 'vitest';
import { readCopiedText as readText, readWordLines } from './fixture-helpers';

// A document's kind read from what the eval's blind batches 14 to 17 showed (dev/blind-14, dev/blind-16): a line under
// the headline naming the selection a write-up is sent to; a lead dated to the hour and a reporter's 据了解 in a report. Sample texts written for these tests.

const lines = (...text: string[]): string => text.join('\n');

const BODY = [
  '青禾区滨江医院项目党支部成立于2024年3月，现有党员15名。',
  '支部坚持“党建+安全”，组建党员安全督查队，累计排查整改隐患280余项。',
  '支部关心工友生活，建成工友食堂和夫妻房，解决工友后顾之忧。',
  '项目先后获得省级安全文明标准化工地等荣誉。',
];

describe('a write-up sent to a selection of typical cases', () => {
  it('is a case when a line of its own under the headline names the selection', () => {
    const read = readText(lines('筑牢战斗堡垒铸就精品工程——青禾区滨江医院项目党支部先进事迹材料', '（申报2025年度全省红色工地十大典型案例）', ...BODY));
    expect(read.meta.kind).toBe('case');
  });

  it('is not made a case by a report that a district’s projects were sent to the selection, told in a sentence', () => {
    const read = readText(
      lines(
        '青禾区召开红色工地建设推进会',
        '本报讯（记者 陈某）11月3日，青禾区召开红色工地建设推进会，区住建局申报的3个项目参评全省红色工地十大典型案例。',
        '会议通报了全区在建项目党组织覆盖情况，部署下一阶段重点工作。',
        '区住建局有关负责人表示，将持续推动党建与项目建设深度融合。',
      ),
    );
    expect(read.meta.kind).toBe('news');
  });
});

describe('a report of an event', () => {
  it('is news when its lead is dated to the hour and it tells what was learnt from others', () => {
    const read = readText(
      lines(
        '青禾区工地“红色讲堂”开讲啦',
        '3月18日晚上7时，青禾区一处安置房项目的工友食堂里坐满了人，区住建局组织的工地“红色讲堂”在这里开讲。',
        '第一课由项目临时党支部书记主讲，内容是建筑工人劳动合同和工资专用账户的那些事。',
        '讲完课，书记请大家关注“青禾住建”微信公众号，以后每期讲堂的视频都会在公众号上发布。',
        '据了解，“红色讲堂”今年计划在全区28个项目巡回开讲40场。',
      ),
    );
    expect(read.meta.kind).toBe('news');
  });

  it('stays a practice when the unit tells its own way in the first person', () => {
    const read = readText(
      lines(
        '我们的“红色讲堂”',
        '我们项目党支部每月办一期“红色讲堂”，由党员技术骨干给工友讲安全、讲技能、讲政策。',
        '我们把讲堂设在工友食堂，晚饭后开讲，不占工友休息时间。',
        '据统计，一年来我们共办讲堂12期，听课工友1800余人次。',
      ),
    );
    expect(read.meta.kind).toBe('practice');
  });
});

describe('a report told with a reporter, an interview or a one-line opener (dev/blind-19)', () => {
  it('is news when the reporter is at work in it and it is an interview', () => {
    const read = readText(
      lines(
        '项目党支部书记的“三本账”',
        '记者近日来到青禾区某安置房项目，见到了项目党支部书记陈某。',
        '问：项目为什么要建临时党支部？',
        '答：项目上有建设、施工、监理三家单位，党支部能把大家拧成一股绳。',
        '问：您说的“三本账”指什么？',
        '答：一本安全账，一本质量账，一本工友账，每月在支部会上对一次账。',
      ),
    );
    expect(read.meta.kind).toBe('news');
  });

  it('is news when a one-line opener stands before a lead dated to the day', () => {
    const read = readText(
      lines(
        '青禾区安置房项目工地来了“新书记”',
        '工地来了新书记。',
        '5月9日，青禾区一处安置房项目的临时党支部完成换届，项目生产经理刘某当选支部书记。',
        '新书记上任第一天就把支部活动室搬进了工人生活区。',
        '活动室里摆着图书、药箱和一块“工友心愿墙”。',
      ),
    );
    expect(read.meta.kind).toBe('news');
  });

  it('is news though a worker it quotes says 我们', () => {
    const read = readText(
      lines(
        '青禾县红色工地“夜学堂”开课',
        '2025年6月2日晚，青禾县住建局在县城北部一处棚改项目工地举办首期“夜学堂”。',
        '夜学堂每周二、周四晚上在工人生活区固定授课，课程分成安全、技能、维权三类。',
        '“白天干活，晚上学本事，这样的课我们愿意来！”钢筋工小赵说。',
      ),
    );
    expect(read.meta.kind).toBe('news');
  });

  it('is a practice when its headline names a way of working that ends in 法, not a 办法', () => {
    const read = readText(
      lines(
        '青禾区项目党支部“三步”议事法',
        '青禾区住建局推动项目党支部把工友反映的问题分成收集、会商、回访三步办理。',
        '每周三下午召开支部议事会，邀请分包负责人和工人代表列席。',
        '事项办结后三天内由支部委员回访，不满意的重新会商。',
      ),
    );
    expect(read.meta.kind).toBe('practice');
  });
});

describe('what frames a text (dev/blind-20)', () => {
  it('a Word write-up closing on the bureau that put it forward is a case', () => {
    const read = readWordLines(
      [
        '红盔暖心',
        '青禾区某片区改造项目高峰期有工友900余人，其中不少人家在外省，生活困难多。',
        '项目党支部组建“红盔志愿队”，开展义诊、理发、法律咨询和子女暑期托管服务。',
        '两年来志愿队服务工友5000余人次，项目工友满意度测评达到98分。',
        '（青禾区住建局推荐）',
      ].map((text, index) => ({ text, role: 'text' as const, blockStart: true, ...(index === 0 ? { scale: 1.6, centered: true } : {}) })),
    );
    expect(read.meta.kind).toBe('case');
  });

  it('a county media centre’s page filed under its 新闻 column is news', () => {
    const read = readText(
      lines(
        '青禾融媒体中心',
        '您的位置：首页 > 青禾新闻',
        '工地上的党支部，到底能管些什么？',
        '2025-09-16 08:15\u3000来源：青禾融媒\u3000作者：谭某',
        '在青禾区一处在建安置房项目，临时党支部成立一年来，给出了自己的答案。',
        '支部牵头建立“工友议事会”，每月收集一次工友诉求，工资发放、食堂伙食等问题都在会上解决。',
        '一年来，议事会共解决工友诉求58件，项目未发生一起欠薪投诉。',
        '责任编辑：曾某',
      ),
    );
    expect(read.meta.kind).toBe('news');
  });
});
