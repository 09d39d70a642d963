import type { Library } from '../../../electron/engine/core/library';
import { createRound } from '../../../electron/engine/selection/selection-service';
import { addSubmissions, moveStage, saveScores } from '../../../electron/engine/selection/selection-submissions-service';
import type { RoundDetail } from '../../../shared/model/selection';
import { importCases } from '../selection/selection-fixtures';

/**
 * A round with three reviewers and two criteria (党建引领 60, 成效实绩 40) and a quota of one 入选 for
 * 温州市. Totals: 安置 86/76/85 → 82.33 (spread 10), 市政 78/95/60 → 77.67 (spread 35), 学校 90/—/92 →
 * 91 (李评审 scored one criterion only), the resubmission 99 but 未入选. Ranks: 学校 1, 安置 2, 市政 3.
 */
export const EXPECTED = {
  xuexiao: { average: 91, spread: 2, rank: 1, stage: '入围', region: '舟山市' },
  anzhi: { average: 82.33, spread: 10, rank: 2, stage: '入选', region: '温州市' },
  shizheng: { average: 77.67, spread: 35, rank: 3, stage: '入选', region: '温州市' },
  anzhiAgain: { average: 99, spread: null, rank: null, stage: '未入选', region: '温州市' },
} as const;

export const REVIEWERS = ['王评审', '李评审', '张评审'] as const;

export async function threeReviewerRound(library: Library): Promise<{ round: RoundDetail; ids: Record<keyof typeof EXPECTED, string> }> {
  const ids = await importCases(library, ['anzhi', 'shizheng', 'xuexiao', 'anzhiAgain']);
  const created = createRound(library, {
    name: '2025年度红色工地十大典型案例评选',
    year: 2025,
    targetCount: 3,
    criteria: [
      { name: '党建引领', weight: 60, description: '' },
      { name: '成效实绩', weight: 40, description: '' },
    ],
    quotas: [{ region: '温州市', min: null, max: 1 }],
    reviewers: [...REVIEWERS],
  });
  addSubmissions(library, created.id, Object.values(ids));
  const [lead, result] = created.criteria.map((criterion) => criterion.key) as [string, string];
  const scores: [keyof typeof EXPECTED, string, number, number | null][] = [
    ['anzhi', '王评审', 90, 80],
    ['anzhi', '李评审', 80, 70],
    ['anzhi', '张评审', 85, 85],
    ['shizheng', '王评审', 70, 90],
    ['shizheng', '李评审', 95, 95],
    ['shizheng', '张评审', 60, 60],
    ['xuexiao', '王评审', 90, 90],
    ['xuexiao', '李评审', 88, null],
    ['xuexiao', '张评审', 92, 92],
    ['anzhiAgain', '王评审', 99, 99],
  ];
  for (const [key, reviewer, first, second] of scores) {
    const values: Record<string, number> = { [lead]: first };
    if (second !== null) values[result] = second;
    saveScores(library, { roundId: created.id, documentId: ids[key], reviewer, scores: values, comment: '', notes: {} });
  }
  for (const key of ['anzhi', 'shizheng', 'xuexiao'] as const) {
    for (const stage of ['screening', 'shortlisted'] as const) moveStage(library, { roundId: created.id, documentId: ids[key], stage });
  }
  for (const key of ['anzhi', 'shizheng'] as const) moveStage(library, { roundId: created.id, documentId: ids[key], stage: 'selected' });
  const round = moveStage(library, { roundId: created.id, documentId: ids.anzhiAgain, stage: 'rejected', reason: '与其他申报重复' });
  return { round, ids };
}
