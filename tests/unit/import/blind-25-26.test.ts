import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../electron/engine/import/places/find-places';
import type { SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { places, readCopiedText as readText, readWordLines } from './fixture-helpers';

// What the eval's blind batches 25 and 26 showed misread (dev/blind-25: the shapes of a 来源; dev/blind-26: kind and
// pages naming several places). Sample texts written for these tests.

const lines = (...text: string[]): string => text.join('\n');
const word = (rows: [string, number?][]): SourceLine[] =>
  rows.map(([text, scale]) => ({ text, role: 'text' as const, blockStart: true, ...(scale ? { scale, centered: true } : {}) }));

describe('places', () => {
  it('counts an everyday-word short name (江山) once the document names that county in full', () => {
    const alone = findPlaces('外地企业在江山项目上建起“红色联盟”', places);
    expect(alone.map((mention) => mention.name)).not.toContain('江山');
    const elsewhere = findPlaces('江山市城南学校建设项目', places).flatMap((mention) => mention.places);
    const withCounty = findPlaces('外地企业在江山项目上建起“红色联盟”', places, { alsoMentioned: elsewhere });
    expect(withCounty.map((mention) => mention.places[0]?.fullName)).toContain('浙江省衢州市江山市');
  });

  it('reads no county in an estate’s or a port town’s name (大竹园, 独山港镇)', () => {
    expect(findPlaces('青禾大竹园安置房项目开工', places).map((mention) => mention.name)).not.toContain('大竹');
    expect(findPlaces('独山港镇一处在建厂房', places).map((mention) => mention.name)).not.toContain('独山');
    // Glued to a county that does not hold it, a short name begins a local name; glued to its city it is the county.
    expect(findPlaces('平湖市独山港一处在建厂房', places).map((mention) => mention.name)).toEqual(['平湖市']);
    expect(findPlaces('湖州安吉一处在建厂房', places).map((mention) => mention.name)).toEqual(['湖州', '安吉']);
    // Cities or provinces written without a comma are each a place; a county's 集镇 (market town) is the county's.
    expect(findPlaces('杭州宁波两地联合开展检查', places).map((mention) => mention.name)).toEqual(['杭州', '宁波']);
    expect(findPlaces('安吉集镇有机更新项目', places).map((mention) => mention.name)).toEqual(['安吉']);
    // A city's 园区 and 园林 stay the city's.
    expect(findPlaces('苏州园区一项目', places).map((mention) => mention.name)).toContain('苏州');
  });

  it('takes where a company has its seat for no mention of where the story is', () => {
    const [mention] = findPlaces('施工单位总部位于温州市鹿城区', places);
    expect(mention?.origin).toBe(true);
    // A headquarters being built somewhere is news of that place.
    expect(findPlaces('某建设集团总部在钱塘区开工建设', places)[0]?.origin).toBe(false);
  });

  it('reads a city opening a company’s longer name, and “温州企业”, as the company’s', () => {
    expect(findPlaces('湖州南太湖建设有限公司', places)[0]?.inCompanyName).toBe(true);
    expect(findPlaces('温州企业在外地项目上', places)[0]?.inCompanyName).toBe(true);
    expect(findPlaces('帮助温州企业纾困解难', places)[0]?.inCompanyName).toBe(false);
    expect(findPlaces('杭州召开国有企业集团化改革推进会', places)[0]?.inCompanyName).toBe(false);
  });

  it('files a report under the county it names in full, not under the far county a local word’s short name would be', () => {
    const read = readText(
      lines(
        '独山港一工地开出“江南工匠”夜课',
        '2025年11月20日 09:30 来源：平湖市融媒体中心 记者：沈某',
        '11月19日晚，平湖市独山港镇一处在建厂房项目的工友学校里坐满了人，“江南工匠”夜课正式开讲。',
        '项目临时党支部邀请上海一家职业技术学院的老师授课，60余名工友参加了学习。',
        '夜课每周两次，平湖各在建项目的工友都可报名。',
      ),
    );
    expect(read.meta.region).toBe('浙江省嘉兴市平湖市');
  });

  it('files a report about a county’s project under that county, though the builder’s seat is named in full', () => {
    const read = readText(
      lines(
        '温州企业在江山项目上建起“红色联盟”',
        '8月4日，江山市城南学校建设项目“红色联盟”揭牌仪式在工地举行。',
        '该项目施工单位总部位于温州市鹿城区，项目部组建了由三方党员组成的临时党支部。',
        '联盟成立后，将每月召开一次联席会议，协调解决施工中的难题。',
      ),
    );
    expect(read.meta.region).toBe('浙江省衢州市江山市');
  });
});

describe('a submission’s contact row', () => {
  it('is taken out of the lines above the text, and a contact named in a sentence stays', () => {
    const read = readWordLines(
      word([
        ['2025年度红色工地典型案例申报表', 1.6],
        ['案例名称：“水乡红帮”让工友有了主心骨'],
        ['申报单位：青禾南太湖建设有限公司'],
        ['联 系 人：周某　　电话：139****6621'],
        ['一、案例背景'],
        ['青禾区练市镇中心小学改扩建工程地处水乡古镇，施工场地狭小，周边居民密集。'],
        ['二、主要做法'],
        ['项目党支部组建“水乡红帮”志愿队，联系人：周某，电话公开在工地门口。'],
        ['三、工作成效'],
        ['工程按期完工，未发生一起投诉。'],
      ]),
    );
    expect(read.text).not.toContain('139****6621');
    expect(read.text).toContain('联系人：周某，电话公开在工地门口。');
  });
});

describe('a short notice’s own contact line', () => {
  it('stays in its text', () => {
    const read = readText(lines('停水通知', '因管道维修，青禾小区11月20日全天停水。', '联系电话：0571-88886666', '请各位住户提前做好储水准备。'));
    expect(read.text).toContain('联系电话：0571-88886666');
  });
});

describe('the 来源', () => {
  it('joins the end of a unit’s name that the copy cut onto the next line', () => {
    const read = readText(
      lines(
        '首页 > 新闻动态 > 工作动态',
        '青禾区开展在建项目工友权益保障专项行动',
        '发布时间：2025-08-19\u3000来源：南宁市青禾区住房和城',
        '乡建设局',
        '8月以来，青禾区住建局在全区在建项目开展工友权益保障专项行动。',
        '行动聚焦工资支付、安全防护和生活保障，已检查项目36个。',
        '【打印】 【关闭】',
      ),
    );
    expect(read.meta.source).toBe('南宁市青禾区住房和城乡建设局');
    expect(read.text).not.toMatch(/^乡建设局$/m);
  });

  it('leaves a 来源 that ends as a unit’s name does alone, and the line after it in the text', () => {
    const read = readText(
      lines(
        '青禾区开展在建项目工友权益保障专项行动',
        '发布时间：2025-08-19\u3000来源：青禾区住建局',
        '工友之家',
        '8月以来，青禾区住建局在全区在建项目开展工友权益保障专项行动。',
        '行动聚焦工资支付、安全防护和生活保障，已检查项目36个。',
      ),
    );
    expect(read.meta.source).toBe('青禾区住建局');
  });

  it('takes no whole unit’s name on the next line for the end of an app’s name', () => {
    const read = readText(
      lines(
        '青禾区开展在建项目工友权益保障专项行动',
        '发布时间：2025-08-19　来源：浙江新闻客户端',
        '区委组织部',
        '8月以来，青禾区住建局在全区在建项目开展工友权益保障专项行动。',
        '行动聚焦工资支付、安全防护和生活保障，已检查项目36个。',
      ),
    );
    expect(read.meta.source).toBe('浙江新闻客户端');
  });

  it('reads 投稿单位 as a 来源', () => {
    const read = readText(
      lines(
        '七星街道“工地红色驿站”服务工作法',
        '投稿单位：青禾县七星街道党工委\u3000\u3000发布时间：2025-05-27\u3000\u3000浏览：211',
        '我们街道辖区内有在建项目9个，常驻工友2000余人。',
        '街道党工委在每个项目设立红色驿站，提供休息、饮水、药品等服务。',
        '一年来，驿站累计服务工友1.2万人次。',
      ),
    );
    expect(read.meta.source).toBe('青禾县七星街道党工委');
    expect(read.meta.date).toBe('2025-05-27');
  });
});

describe('a bulletin’s closing', () => {
  it('takes its print run with the 报/送 lines out of the text', () => {
    const read = readWordLines(
      word([
        ['红色工地建设工作简报', 2],
        ['第6期'],
        ['青禾市住房和城乡建设局编　2025年7月3日'],
        ['青禾市举办项目党支部书记培训班', 1.3],
        ['7月1日至2日，青禾市住建局举办项目党支部书记培训班，60余名支部书记参加。'],
        ['培训围绕流动党员管理、清廉工地建设等内容展开。'],
        ['市住建局将对参训学员进行跟踪考核。'],
        ['报：省住建厅党建办，青禾市住建局'],
        ['送：各有关单位'],
        ['（共印30份）'],
      ]),
    );
    expect(read.text).not.toContain('共印30份');
    expect(read.text).not.toContain('送：各有关单位');
    expect(read.text).toContain('市住建局将对参训学员进行跟踪考核。');
  });

  it('keeps a print-run-like last line where no 报/送 line stands', () => {
    const read = readWordLines(
      word([
        ['青禾市举办项目党支部书记培训班', 1.3],
        ['7月1日至2日，青禾市住建局举办项目党支部书记培训班，60余名支部书记参加。'],
        ['培训围绕流动党员管理、清廉工地建设等内容展开。'],
        ['（共印30份）'],
      ]),
    );
    expect(read.text).toContain('（共印30份）');
  });
});

describe('an exchange of experience given at a meeting', () => {
  const speech = (subtitle: string) =>
    readWordLines(
      word([
        ['党建引领聚合力　红色工地显担当', 1.6],
        [subtitle],
        ['青禾恒筑建设集团有限公司党委'],
        ['近年来，我们公司党委坚持把支部建在项目上，12个在建项目全部建立了临时党支部。'],
        ['一是建强组织。每个项目配备一名专职党建指导员，支部书记由项目经理担任。'],
        ['二是创新载体。推行“一党员一项目”责任制，党员在关键岗位上亮身份、作表率。'],
        ['三是关爱工友。建成工友之家9个，常态化开展免费体检、法律咨询等服务。'],
        ['下一步，我们将继续深化红色工地建设，为全市建筑业高质量发展贡献力量。'],
      ]),
    );

  it('is the unit telling its own work (practice), though its measures are told one a paragraph as a case’s are', () => {
    expect(speech('——在全市红色工地建设推进会上的交流发言').meta.kind).toBe('practice');
  });
});
