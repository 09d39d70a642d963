import type { Library } from '../../../electron/engine/core/library';
import { importBytes } from '../../../electron/engine/import/import-service';
import type { ResultFile } from '../../../electron/engine/selection/review-package/review-package-format';
import { createRound } from '../../../electron/engine/selection/selection-service';
import { addSubmissions } from '../../../electron/engine/selection/selection-submissions-service';

/** Three case submissions with units and people named in metadata and text, written for these tests. */
export const NAMED_CASES = {
  hongjian: {
    file: 'hongjian.md',
    organization: '浙江红建建设集团有限公司',
    author: '张建国、李红梅',
    source: '红建集团党委',
    title: '浙江红建建设集团有限公司：“红领筑建”党建联盟扎根安置房工地',
    body: `来源：红建集团党委
（记者 王小明 通讯员 李红梅）浙江红建建设集团有限公司承建的某安置房项目成立临时党支部，项目经理张建国任书记。
支部推行“红领筑建”，每名党员认领一个质量安全风险点，每周联合巡查一次。
项目连续两年零安全事故，帮助农民工追回工资120余万元。
作者：张建国`,
  },
  oujiang: {
    file: 'oujiang.md',
    organization: '温州瓯江市政工程有限公司',
    author: '陈立新',
    source: '瓯江市政',
    title: '“三联三比”助推市政道路建设提速',
    body: `温州瓯江市政工程有限公司承建的市政道路全长6.4公里，项目党支部书记陈立新牵头组建党员突击队。
支部创新“三联三比”工作法：联学、联建、联创，比质量、比安全、比进度。
管线迁改提前两个月完成，沿线群众投诉下降七成。`,
  },
  haichen: {
    file: 'haichen.md',
    organization: '舟山海辰建设有限公司',
    author: '周海涛',
    source: '海辰建设',
    title: '“候鸟党员”扎根海岛学校工地',
    body: `舟山海辰建设有限公司在海岛学校工地联合社区成立临时党支部，吸纳流动党员9名，由周海涛任书记。
支部实施“候鸟党员”积分管理，与社区结对共建，开展“工地开放日”。
工程按期交付，结对社区为工人解决子女入学问题12件。`,
  },
} as const;

export type NamedCaseKey = keyof typeof NAMED_CASES;

export function namedCaseMarkdown(key: NamedCaseKey): string {
  const item = NAMED_CASES[key];
  return `---\nkind: case\ntitle: ${item.title}\nregion: 浙江省温州市鹿城区\nyear: 2025\norganization: ${item.organization}\nauthor: ${item.author}\nsource: ${item.source}\n---\n${item.body}\n`;
}

export async function importNamedCases(library: Library): Promise<Record<NamedCaseKey, string>> {
  const ids = {} as Record<NamedCaseKey, string>;
  for (const key of Object.keys(NAMED_CASES) as NamedCaseKey[]) {
    const result = await importBytes(library, NAMED_CASES[key].file, Buffer.from(namedCaseMarkdown(key)));
    if (!result.id) throw new Error(`import of ${key} failed: ${JSON.stringify(result)}`);
    ids[key] = result.id;
  }
  return ids;
}

/** Every unit and person name the cases carry, to search a blind package's bytes for. */
/** The named cases imported and entered in a new round with these reviewers. */
export async function namedCasesInRound(library: Library, reviewers: string[]): Promise<{ ids: Record<NamedCaseKey, string>; roundId: string }> {
  const ids = await importNamedCases(library);
  const round = createRound(library, { name: '2025年度红色工地十大典型案例评选', year: 2025, targetCount: 2, quotas: [], reviewers });
  return { ids, roundId: addSubmissions(library, round.id, Object.values(ids)).id };
}

export const ALL_NAMES: readonly string[] = [
  ...Object.values(NAMED_CASES).flatMap((item) => [item.organization, item.source, ...item.author.split('、')]),
  '王小明',
];

/** One score for every criterion of every case in the package: what a reviewer fills in. */
export function scoresFor(submissions: readonly string[], criteria: readonly { key: string }[], value: (documentId: string, key: string) => number): ResultFile['scores'] {
  return submissions.map((documentId) => ({
    documentId,
    scores: Object.fromEntries(criteria.map((criterion) => [criterion.key, value(documentId, criterion.key)])),
    comment: '',
    notes: {},
  }));
}
