import type { Library } from '../../../electron/engine/core/library';
import { importBytes } from '../../../electron/engine/import/import-service';

/** Case submissions written for these tests in the style of domain.md (not real articles). */
export interface CaseFixture {
  file: string;
  title: string;
  region: string;
  body: string;
}

const BODY_A = `一、基本情况
某安置房项目总建筑面积约18万平方米，由某建设集团施工总承包。开工当月，建设、施工、监理单位与所在街道联合成立项目临时党支部，现有党员21名。
二、主要做法
支部推行“党员责任区”，每名党员认领一个质量安全风险点，每周开展一次联合巡查；设立“红色驿站”，为工人提供夜校、维权咨询和体检服务。
三、取得成效
项目连续两年零安全事故，提前45天结顶，帮助农民工追回工资120余万元，获评市级优秀红色工地。`;

const BODY_B = `一、基本情况
某市政道路工程全长6.4公里，涉及参建单位11家，高峰期作业人员约900人。项目成立临时党支部，由建设单位党员负责人任书记。
二、主要做法
支部创新“三联三比”工作法：联学、联建、联创，比质量、比安全、比进度；组建党员突击队攻坚管线迁改难题，开设工地“连心课堂”。
三、取得成效
管线迁改提前两个月完成，沿线群众投诉下降七成，项目获评省级标准化示范工地。`;

const BODY_C = `一、基本情况
某学校新建工程位于海岛，材料运输受潮汐影响大。项目联合当地社区党组织成立临时党支部，吸纳流动党员9名。
二、主要做法
支部实施“候鸟党员”积分管理，建立流动党员教育“口袋书”；与社区结对共建，开展“工地开放日”，邀请家长参观施工现场。
三、取得成效
工程按期交付，开学前完成验收，结对社区为工人解决子女入学问题12件。`;

/** A resubmission of case A with a few words changed: the 查重 near duplicate. */
const BODY_A2 = BODY_A.replace('现有党员21名', '现有党员22名').replace('获评市级优秀红色工地', '获评市级优秀红色工地，经验被多家媒体报道');

export const CASES: Record<'anzhi' | 'shizheng' | 'xuexiao' | 'anzhiAgain', CaseFixture> = {
  anzhi: { file: 'anzhi.md', title: '党员责任区守牢安置房质量安全底线——某区安置房项目临时党支部', region: '浙江省温州市鹿城区', body: BODY_A },
  shizheng: { file: 'shizheng.md', title: '“三联三比”助推市政道路建设提速——某市政道路工程临时党支部', region: '浙江省温州市瓯海区', body: BODY_B },
  xuexiao: { file: 'xuexiao.md', title: '“候鸟党员”扎根海岛学校工地——某学校新建工程临时党支部', region: '浙江省舟山市普陀区', body: BODY_C },
  anzhiAgain: { file: 'anzhi-again.md', title: '党员认领风险点 安置房项目零事故——某区安置房项目再次申报', region: '浙江省温州市鹿城区', body: BODY_A2 },
};

export function caseMarkdown(fixture: CaseFixture, kind = 'case'): string {
  return `---\nkind: ${kind}\ntitle: ${fixture.title}\nregion: ${fixture.region}\nyear: 2025\n---\n${fixture.body}\n`;
}

/** Imports the cases; returns their document ids by key. */
export async function importCases<K extends keyof typeof CASES>(library: Library, keys: readonly K[]): Promise<Record<K, string>> {
  const ids = {} as Record<K, string>;
  for (const key of keys) {
    const fixture = CASES[key];
    const result = await importBytes(library, fixture.file, Buffer.from(caseMarkdown(fixture)));
    if (!result.id) throw new Error(`import of ${fixture.file} failed: ${JSON.stringify(result)}`);
    ids[key] = result.id;
  }
  return ids;
}
