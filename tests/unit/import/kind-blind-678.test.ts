import { describe, expect, it } from 'vitest';
import { type SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { readCopiedText as readText, readWordLines as readLines } from './fixture-helpers';

// A document's kind read from its structure, as the eval's blind batches 6–8 showed (dev/blind-6, -7, -8): a case's
// sections labelled in 【】 with their text right after, a case saying it was selected as one, a numbered case of a
// booklet, a 公示, a bureau's report of its work told in the third person. Sample texts written for these tests.

const body = (lines: string[]): SourceLine[] => lines.map((line) => ({ text: line, role: 'text' }));
const headline = (text: string): SourceLine => ({ text, role: 'heading', level: 1, centered: true, scale: 1.6 });

describe('a case', () => {
  it('is read from sections labelled in 【】 with their text on the same line', () => {
    const read = readText(
      [
        '松川区“红色账本”管好工友工资',
        '【背景】松川区部分在建项目曾出现分包单位拖欠工资的问题，工友维权难。',
        '【做法】项目临时党支部设立党员劳资专管员，逐月核对工友出勤和工资发放情况，并在生活区公示。',
        '【成效】推行一年来，全区在建项目没有发生一起欠薪投诉。',
      ].join('\n'),
    );
    expect(read.meta.kind).toBe('case');
  });

  it('is read from the write-up saying it was selected as a typical case', () => {
    const read = readText(
      [
        '“安全积分”让工友人人当安全员',
        '青禾区某安置房项目党支部推出“安全积分”，工友随手报告隐患可以攒积分。',
        '积分每季度兑换一次生活用品，得分最高的班组评为“安全班组”。',
        '推行半年来，项目工友报告隐患400余条，没有发生安全事故。',
        '该做法被评为松川市2025年度红色工地典型案例。',
      ].join('\n'),
    );
    expect(read.meta.kind).toBe('case');
  });

  it('is read from a booklet’s numbered item above the headline', () => {
    const read = readLines([
      { text: '案例七', role: 'text', centered: true },
      headline('“工友议事会”让难事有人管'),
      ...body([
        '青禾区某学校项目工友多、诉求杂，过去反映问题找不到门。',
        '项目临时党支部每月开一次“工友议事会”，工友代表和项目班子面对面商量事。',
        '一年来，议事会商定解决食堂、宿舍、工资等事项31件。',
      ]),
    ]);
    expect(read.meta.kind).toBe('case');
  });
});

describe('a 公示', () => {
  it('is a policy document', () => {
    const read = readLines([
      headline('关于2025年度松川区“星级红色工地”评选结果的公示'),
      ...body([
        '根据《松川区优秀红色工地评选办法》，经项目申报、实地考评和评审会审议，拟确定青禾小学扩建项目等8个项目为“星级红色工地”，现予以公示。',
        '公示期为2025年12月1日至12月7日。',
        '公示期间如有异议，请以书面形式向区住建局党建办反映。',
      ]),
      { text: '松川区住房和城乡建设局', role: 'text', rightAligned: true },
      { text: '2025年11月28日', role: 'text', rightAligned: true },
    ]);
    expect(read.meta.kind).toBe('policy');
  });
});

describe('a bureau’s work told in the third person', () => {
  const REPORT = [
    '近日，松川市住建局在全市在建项目中推行“班前微党课”，由党员班组长利用班前会为工友讲一堂十分钟的党课。',
    '微党课既讲党的理论，也讲安全规程和工资支付政策。',
    '截至11月底，全市已有38个项目开设微党课，累计开课260余场。',
    '市住建局有关负责人表示，下一步将把微党课开展情况纳入红色工地考评。',
  ];

  it('is news', () => {
    expect(readText(['松川市住建局推行“班前微党课”打通工地党建最后一米', ...REPORT].join('\n')).meta.kind).toBe('news');
  });

  it('is news when a purpose clause opens it and the body’s plans close it', () => {
    const read = readText(
      [
        '青禾区开通“掌上党校”工地课堂',
        '为解决工友倒班多、集中学习难的问题，青禾区住建局开通“掌上党校”工地课堂。',
        '工友用手机就能观看安全生产和劳动维权微课。',
        '下一步，青禾区将把工友的提问整理成问答手册，发到每个班组。',
      ].join('\n'),
    );
    expect(read.meta.kind).toBe('news');
  });

  it('is news under slogans standing above its first sentence', () => {
    const read = readText(
      [
        '青禾区：工地夜校开进生活区',
        '把支部建在项目上',
        '把党旗插在工地上',
        '9月以来，青禾区住建局联合区总工会在6个在建项目开办“工地夜校”，每周二晚上开课。',
        '夜校课程由党员技术骨干授课，内容涵盖安全规程和劳动法律常识。',
      ].join('\n'),
    );
    expect(read.meta.kind).toBe('news');
  });

  it('is a practice when the unit tells it in the first person', () => {
    const read = readText(
      [
        '“班前微党课”工作法',
        '今年以来，我局在全市在建项目中推行“班前微党课”工作法，由党员班组长利用班前会为工友讲一堂十分钟的党课。',
        '我们把微党课的内容分为理论、安全、权益三类，每周轮换。',
        '截至11月底，全市已有38个项目开设微党课，累计开课260余场。',
      ].join('\n'),
    );
    expect(read.meta.kind).toBe('practice');
  });

  it('is a practice when it is headed by the name of its way of working', () => {
    const read = readText(
      [
        '松川区推行工地党建“三个一”工作法',
        '松川区住建局以“红领筑建”品牌为牵引，在全区在建项目中推行工地党建“三个一”工作法。',
        '一个项目一面党旗，一个班组一名党员，一周一次安全讲评。',
        '工作法推行半年来，全区30个项目的党员全部亮明身份。',
      ].join('\n'),
    );
    expect(read.meta.kind).toBe('practice');
  });
});
