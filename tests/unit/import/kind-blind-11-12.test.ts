import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { readCopiedText as readText, readWordLines } from './fixture-helpers';

// A document's kind read from what surrounds a write-up, as the eval's blind batches 11 and 12 showed (dev/blind-11,
// dev/blind-12): a submission's grid of 报送单位 fields or a booklet's title page above a Word write-up, a case column's
// series tag, a lead presenting the subject as a selected typical case, a site's news column, and a 交流发言 whose
// salutation is no 公文's addressee. Sample texts written for these tests.

const lines = (...text: string[]): string => text.join('\n');
const word = (...text: (string | SourceLine)[]): SourceLine[] => text.map((line) => (typeof line === 'string' ? { text: line, role: 'text', blockStart: true } : line));
const headline = (text: string): SourceLine => ({ text, role: 'text', scale: 1.6, centered: true, blockStart: true });

const BODY = [
  '青禾区在新建安置房项目中推行“红色管家”提前介入，物业企业党组织在主体施工阶段就进驻工地。',
  '物业党员参加项目质量巡查，从住户使用角度提出整改建议，施工单位党支部逐条销号。',
  '交付后一年内，物业、施工和建设三方党组织联合回访，问题由物业收集、施工方限时整改。',
  '今年交付的6个项目住户报修量同比下降四成，交付满意度达到96%。',
];

describe('a case', () => {
  it('is read from a grid of 报送单位 fields above a Word write-up', () => {
    const read = readWordLines(word('报送单位：松川城建集团党委', '报送时间：2025年10月27日', '联系人：陈某', headline('青禾区：“红色管家”进工地'), ...BODY));
    expect(read.meta.kind).toBe('case');
  });

  it('is read from a booklet’s title page of typical experience above it', () => {
    const read = readWordLines(word(headline('松川市住建系统党建工作典型经验'), '松川市住房和城乡建设局机关党委　编', '二〇二五年十二月', headline('“红色管家”让交付更安心'), ...BODY));
    expect(read.meta.kind).toBe('case');
  });

  it('is read from a case series’ tag with its column word (典型案例展播丨…)', () => {
    const read = readText(lines('典型案例展播丨“红色管家”让交付更安心', ...BODY));
    expect(read.meta.kind).toBe('case');
  });

  it('is read from a lead presenting the subject’s way as selected as a typical case', () => {
    const read = readText(
      lines(
        '“工友驿站”让工地有了家的温度',
        '青禾区某产业园项目党支部创新“工友驿站”服务模式，入选全区红色工地典型案例。',
        '驿站设在工人生活区，配备图书角、充电柜和医药箱，由党员轮流值守。',
        '支部还联合社区卫生服务中心每月开展一次义诊，累计服务工友1500余人次。',
      ),
    );
    expect(read.meta.kind).toBe('case');
  });
});

describe('news', () => {
  it('is read from a site’s news column over a third-person report', () => {
    const read = readText(
      lines(
        '松川市青禾区住房和城乡建设局',
        '首页 > 新闻动态',
        '红色工地巡礼｜党旗飘扬在滨河改造一线',
        '作者：陈某  来源：青禾区住建局  时间：2025-09-18',
        '在青禾区滨河片区改造项目，一面党旗在塔吊旁迎风飘扬。',
        '项目临时党支部成立以来，组织12名党员组建突击队，攻克了深基坑支护等难题。',
        '目前项目主体结构已全部封顶，比计划工期提前了30天。',
      ),
    );
    expect(read.meta.kind).toBe('news');
  });

  it('is not made a policy by a 公文 phrase an official is quoted saying', () => {
    const read = readText(
      lines(
        '青禾区“党建联盟”串起建设各方',
        '今年以来，青禾区以“党建联盟”为抓手，推动建设单位、施工企业和属地街道结对共建。',
        '各联盟成员单位签订共建协议，每月召开一次联席会议。',
        '区住建局相关负责人表示，将把联盟运行情况纳入年度星级评定，对表现突出的项目予以通报表扬。',
      ),
    );
    expect(read.meta.kind).not.toBe('policy');
  });
});

describe('a practice', () => {
  it('is a 交流发言: its salutation is no 公文’s addressee', () => {
    const read = readWordLines(
      word(
        headline('以党建联建破解项目协调难题'),
        '——在全市红色工地建设推进会上的交流发言',
        '松川城建工程有限公司党委',
        '各位领导、同志们：',
        '青禾区滨河改造项目是全市今年重点民生工程，参建单位多、交叉作业多。',
        '我们以项目临时党支部为纽带，与建设、监理和街道党组织签订联建协议，每月召开一次联席会。',
        '今年以来，联席会共协调解决问题20余个，项目节点全部按期完成。',
        '我的发言完毕，谢谢大家。',
      ),
    );
    expect(read.meta.kind).toBe('practice');
  });

  it('is a branch’s way told in the third person, not news for an event word in a later paragraph', () => {
    const read = readText(
      lines(
        '滨河项目党支部推行“四亮四比”',
        '滨河片区商业综合体项目党支部在全体党员中推行“四亮四比”。',
        '“四亮”即亮身份、亮职责、亮承诺、亮业绩，党员佩戴党徽上岗。',
        '活动开展以来，项目先后攻克技术难题5项，节约成本约200万元。',
      ),
    );
    expect(read.meta.kind).toBe('practice');
  });

  it('stays a practice in a site’s 部门动态 column', () => {
    const read = readText(
      lines(
        '首页 > 政务动态 > 部门动态',
        '青禾区一项目党支部用“公文式”台账管好班组',
        '在青禾区滨水安置房项目，临时党支部把公文格式引入班组台账管理。',
        '每个班组的台账写明事由、责任人和完成时限，支部每周检查一次。',
        '台账推行半年来，班组问题整改按期完成率达到98%。',
      ),
    );
    expect(read.meta.kind).toBe('practice');
  });
});

describe('a close call', () => {
  it('stays 待确认: a bureau’s page telling of a branch’s mechanism in the third person', () => {
    const read = readText(
      lines(
        '当前位置：首页 > 工作动态 > 基层党建',
        '青禾区某安置房项目临时党支部推行“党建联建”机制',
        '来源：青禾区住房和城乡建设局\u3000\u3000发布时间：2024-11-15',
        '今年以来，青禾区某安置房项目临时党支部联合建设、施工、监理单位党组织，推行“党建联建”工作法，把支部建在项目上。',
        '支部每月召开一次联席会议，三方党员共同研究解决工程进度、安全生产和工人工资发放等问题。',
        '下一步，支部将深化联建机制，争创市级“优秀红色工地”。',
      ),
    );
    expect(read.toConfirm).toContain('kind');
  });
});
