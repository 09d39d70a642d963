import { describe, expect, it } from 'vitest';
import { readCopiedText as readText } from './fixture-helpers';

// A document's kind read from its structure, as the eval's blind batches 9 and 10 showed (dev/blind-9, dev/blind-10): a
// case filed under a case column's tag or closing on its selection as a typical case, a case's measures told 一是…二是…
// between what led to them and what came of them, a report of a day's event, and write-ups of a unit carrying out a
// document its bureau issued (neither the bureau's news nor the document). Sample texts written for these tests.

const lines = (...text: string[]): string => text.join('\n');

describe('a case', () => {
  it('is read from a case column’s tag on its headline', () => {
    const read = readText(
      lines(
        '【典型案例】青禾区“三联机制”守住工地安全',
        '青禾区新城片区在建项目多，交叉作业频繁，安全监管力量不足。',
        '区住建局推动片区内项目党组织组成4个联建组，每月交叉检查一次，问题限时整改。',
        '运行一年来，片区项目未发生较大以上生产安全事故。',
      ),
    );
    expect(read.meta.title).toBe('青禾区“三联机制”守住工地安全');
    expect(read.meta.kind).toBe('case');
  });

  it('is read from its closing on the selection of its project’s way as a typical case', () => {
    const read = readText(
      lines(
        '松川区“工友食堂”里的党建温度',
        '在松川区滨河安置房项目，一间由板房改建的工友食堂每天为200多名工友提供三餐。',
        '食堂由项目临时党支部牵头筹建，菜价、菜量和采购台账每日公示，党员轮流监督。',
        '一年来，食堂收集工友意见50余条，全部答复办理。',
        '该项目做法入选2025年度松川市红色工地十大典型案例。',
      ),
    );
    expect(read.meta.kind).toBe('case');
  });

  it('is read from a closing selection whose subject is left out', () => {
    const read = readText(
      lines(
        '青禾区“片区联建”筑牢工地安全防线',
        '青禾区高新片区在建项目集中，高峰期同时施工的项目有30余个。',
        '区住建局以党建联建为抓手，组织各项目党组织按片区交叉检查，查出的问题限时整改。',
        '机制运行一年来，片区隐患整改率达到100%，被评为全市红色工地建设典型案例。',
      ),
    );
    expect(read.meta.kind).toBe('case');
  });

  it('is read from measures told 一是、二是、三是 between what led to them and what came of them', () => {
    const read = readText(
      lines(
        '青禾区用一张“进度表”落实三年行动方案',
        '2024年，松川市印发红色工地建设三年行动方案，提出到2026年在建项目全覆盖的目标。',
        '青禾区住建局把方案分解为20项任务，逐月跟踪、逐项销号。',
        '一是任务上墙。每个项目的任务表张贴在党群服务站，工友监督。',
        '二是按季通报。区住建局每季度通报各项目完成情况。',
        '三是结果挂钩。完成情况与企业信用评价挂钩。',
        '到2025年底，全区覆盖率已达到90%。',
      ),
    );
    expect(read.meta.kind).toBe('case');
  });
});

describe('what is not a case', () => {
  it('a report whose lead is the selection of typical cases', () => {
    const read = readText(
      lines(
        '松川市公布红色工地十大典型案例',
        '12月3日，松川市住建局公布2025年度红色工地十大典型案例，青禾区滨河安置房项目等10个项目入选。',
        '入选项目涵盖工友权益保障、安全生产、党建联建等方面。',
        '市住建局有关负责人表示，将组织各区学习推广入选项目的做法。',
      ),
    );
    expect(read.meta.kind).toBe('news');
  });

  it('a report listing its results 一是、二是、三是 at its end', () => {
    const read = readText(
      lines(
        '青禾区红色工地建设取得明显成效',
        '近年来，青禾区把红色工地建设作为基层党建的重要阵地，取得了明显成效。',
        '一是组织覆盖更全。全区在建项目党组织覆盖率达到90%。',
        '二是服务保障更实。建成工友之家12个。',
        '三是安全生产更稳。连续两年未发生较大以上生产安全事故。',
      ),
    );
    expect(read.meta.kind).not.toBe('case');
  });
});

describe('a report of a day’s event', () => {
  it('is news when its lead is dated to the day and an official is quoted', () => {
    const read = readText(
      lines(
        '青禾区“工地夜校”开进安置房项目',
        '6月3日晚，青禾区滨河安置房项目的工友活动室里坐满了人，一堂安全课正在进行。',
        '授课的是项目临时党支部的党员技术员，他把安全带挂点要求讲得明明白白。',
        '青禾区住建局有关负责人介绍，“工地夜校”每周开课两次。',
        '今年以来，全区已有10个在建项目开办“工地夜校”。',
      ),
    );
    expect(read.meta.kind).toBe('news');
  });
});

describe('a unit carrying out a document its bureau issued', () => {
  it('is a practice, not the bureau’s news', () => {
    const read = readText(
      lines(
        '青禾区一项目党支部把“工作要点”排进日历',
        '年初，青禾区住建局下发全区住建系统党建工作要点，共4个方面16条。',
        '滨河安置房项目临时党支部把16条要点分解到月、到周，制成“党建日历”挂在项目部。',
        '每周一的班前会上，党员带班长对照日历讲一讲本周要做的事。',
        '截至7月底，日历上安排的50项工作已完成46项。',
      ),
    );
    expect(read.meta.kind).toBe('practice');
  });

  it('is a practice when the bureau’s notice opens it', () => {
    const read = readText(
      lines(
        '青禾区一建筑企业对照通知清单逐项建起“红色工地”',
        '今年4月，松川市青禾区住建局印发通知，附件列出“红色工地”创建的16项必备要素。',
        '松川建工集团把这份清单发到所属5个在建项目，要求逐项建、逐项拍照上传。',
        '集团党委每半月调度一次进度，对进度落后的项目派党员突击队帮扶。',
        '到9月底，5个项目全部完成16项要素建设。',
      ),
    );
    expect(read.meta.kind).toBe('practice');
  });
});

describe('a plan', () => {
  it('is still a policy when it says it was drawn up (制定本方案)', () => {
    const read = readText(
      lines(
        '青禾区红色工地建设三年行动方案',
        '为推动全区红色工地建设提质扩面，制定本方案。',
        '一、工作目标',
        '到2027年，全区规模以上在建项目红色工地覆盖率达到90%。',
      ),
    );
    expect(read.meta.kind).toBe('policy');
  });
});
