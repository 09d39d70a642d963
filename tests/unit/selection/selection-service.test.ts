import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoundDetail } from '../../../shared/model/selection';
import type { Library } from '../../../electron/engine/core/library';
import { importBytes } from '../../../electron/engine/import/import-service';
import { trashDocuments } from '../../../electron/engine/documents/documents-service';
import { createRound, deleteRound, getRound, listRounds, updateRoundSettings } from '../../../electron/engine/selection/selection-service';
import { addSubmissions, moveStage, removeSubmission, saveScores } from '../../../electron/engine/selection/selection-submissions-service';
import { withTempLibrary } from '../../helpers/temp-library';
import { captureError } from '../../helpers/capture-error';
import { CASES, caseMarkdown, importCases } from './selection-fixtures';

let library: Library;
let cleanup: () => void;
beforeEach(() => {
  ({ library, cleanup } = withTempLibrary());
});
afterEach(() => cleanup());

/** Scores by criterion name → key. */
function byName(round: RoundDetail, scores: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(scores).map(([name, value]) => [round.criteria.find((criterion) => criterion.name === name)?.key ?? name, value]));
}

function row(round: RoundDetail, id: string) {
  const found = round.submissions.find((submission) => submission.document.id === id);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}

const ALL = (value: number) => ({ 党建引领: value, 做法创新: value, 成效实绩: value, 示范推广: value, 材料规范: value });

describe('selection rounds: settings', () => {
  it('creates a round with the default rubric, target ten and the reviewers given', () => {
    const round = createRound(library, { name: '2025年度红色工地十大典型案例评选', year: 2025, targetCount: 10, quotas: [], reviewers: ['王评审', '李评审'] });
    expect(round.criteria.map((criterion) => [criterion.name, criterion.weight])).toEqual([
      ['党建引领', 25],
      ['做法创新', 25],
      ['成效实绩', 25],
      ['示范推广', 15],
      ['材料规范', 10],
    ]);
    expect(round).toMatchObject({ targetCount: 10, reviewers: ['王评审', '李评审'], submissionCount: 0, target: { selected: 0, target: 10, status: 'under' } });
    expect(listRounds(library).map((item) => item.name)).toEqual(['2025年度红色工地十大典型案例评选']);
  });

  it('refuses weights that do not sum to 100, duplicate names, reviewers and bad quotas, changing nothing', () => {
    const base = { name: '评选', year: 2025, targetCount: 10, quotas: [], reviewers: [] };
    expect(captureError(() => createRound(library, { ...base, criteria: [{ name: '党建引领', weight: 60, description: '' }, { name: '做法创新', weight: 30, description: '' }] })).message).toBe(
      '各评分项的权重合计应为 100，现在是 90。',
    );
    expect(captureError(() => createRound(library, { ...base, criteria: [{ name: '创新', weight: 50, description: '' }, { name: '创新', weight: 50, description: '' }] })).message).toContain('重复');
    expect(captureError(() => createRound(library, { ...base, reviewers: ['王评审', '王评审'] })).message).toBe('评审人“王评审”重复了。');
    expect(captureError(() => createRound(library, { ...base, quotas: [{ region: '温州', min: 3, max: 2 }] })).message).toBe('地区“温州市”最少入选 3 个，多于最多入选的 2 个。');
    expect(captureError(() => createRound(library, { ...base, targetCount: 2, quotas: [{ region: '温州', min: 2, max: null }, { region: '宁波市', min: 1, max: null }] })).message).toContain('超过了入选数量');
    expect(listRounds(library)).toEqual([]);
  });

  it('keeps scores when a criterion is renamed, and drops a removed reviewer’s scores', async () => {
    const ids = await importCases(library, ['anzhi']);
    let round = createRound(library, { name: '评选', year: 2025, targetCount: 10, quotas: [], reviewers: ['王评审', '李评审'] });
    addSubmissions(library, round.id, [ids.anzhi]);
    saveScores(library, { roundId: round.id, documentId: ids.anzhi, reviewer: '王评审', scores: byName(round, ALL(80)), comment: '', notes: {} });
    saveScores(library, { roundId: round.id, documentId: ids.anzhi, reviewer: '李评审', scores: byName(round, ALL(60)), comment: '', notes: {} });
    const renamed = round.criteria.map((criterion) => (criterion.name === '做法创新' ? { ...criterion, name: '创新做法' } : criterion));
    round = updateRoundSettings(library, round.id, { criteria: renamed });
    expect(round.criteria.map((criterion) => criterion.name)).toContain('创新做法');
    expect(row(round, ids.anzhi).score).toBe(70);
    round = updateRoundSettings(library, round.id, { reviewers: ['王评审'] });
    expect(row(round, ids.anzhi)).toMatchObject({ score: 80, spread: null });
    expect(round.quotas).toEqual([]);
    expect(deleteRound(library, round.id)).toEqual({ ok: true });
    expect(captureError(() => getRound(library, round.id)).code).toBe('NOT_FOUND');
  });
});

describe('selection rounds: submissions, stages and scores', () => {
  it('admits only case documents, skips ones already in, and keeps the stage history with reasons', async () => {
    const ids = await importCases(library, ['anzhi', 'shizheng', 'xuexiao']);
    const news = await importBytes(library, 'news.md', Buffer.from(caseMarkdown({ ...CASES.xuexiao, title: '新闻：海岛学校工地开放日', body: '某海岛学校工地举办开放日，家长走进施工现场参观，项目党支部介绍了安全措施。' }, 'news')));
    let round = createRound(library, { name: '评选', year: 2025, targetCount: 1, quotas: [], reviewers: [] });
    const before = getRound(library, round.id);
    expect(captureError(() => addSubmissions(library, round.id, [ids.anzhi, news.id ?? ''])).message).toBe('《新闻：海岛学校工地开放日》是新闻报道，只有典型案例可以参加评选。');
    expect(getRound(library, round.id).submissions).toEqual(before.submissions);

    const added = addSubmissions(library, round.id, [ids.anzhi, ids.shizheng, ids.xuexiao]);
    expect({ added: added.added, skipped: added.skipped }).toEqual({ added: 3, skipped: 0 });
    expect(addSubmissions(library, round.id, [ids.anzhi]).skipped).toBe(1);
    expect(row(added, ids.anzhi)).toMatchObject({ stage: 'received', quotaRegion: '温州市' });

    // 收到 → 入选 skips stages: refused with the stages it may go to.
    const skip = captureError(() => moveStage(library, { roundId: round.id, documentId: ids.anzhi, stage: 'selected' }));
    expect(skip.message).toMatch(/在“收到”阶段，不能直接改为“入选”，只能改为“初审”、“未入选”/);
    // 未入选 needs a reason.
    expect(captureError(() => moveStage(library, { roundId: round.id, documentId: ids.xuexiao, stage: 'rejected', reason: '  ' })).message).toContain('未入选的理由');

    for (const stage of ['screening', 'shortlisted', 'selected'] as const) round = moveStage(library, { roundId: round.id, documentId: ids.anzhi, stage });
    round = moveStage(library, { roundId: round.id, documentId: ids.shizheng, stage: 'screening' });
    round = moveStage(library, { roundId: round.id, documentId: ids.shizheng, stage: 'rejected', reason: '发生质量安全事故' });
    expect(row(round, ids.shizheng)).toMatchObject({ stage: 'rejected', reason: '发生质量安全事故' });
    expect(row(round, ids.shizheng).history.map((change) => [change.from, change.to, change.reason])).toEqual([
      [null, 'received', null],
      ['received', 'screening', null],
      ['screening', 'rejected', '发生质量安全事故'],
    ]);
    expect(row(round, ids.shizheng).history[2]?.actor).toBe('测试员');
    // 恢复 goes back only to the stage it was excluded from.
    expect(captureError(() => moveStage(library, { roundId: round.id, documentId: ids.shizheng, stage: 'shortlisted' })).message).toBe(
      `《${CASES.shizheng.title}》是在“初审”阶段被排除的，只能恢复到“初审”。`,
    );
    round = moveStage(library, { roundId: round.id, documentId: ids.shizheng, stage: 'screening' });
    expect(row(round, ids.shizheng)).toMatchObject({ stage: 'screening', reason: null });
    expect(round.stageCounts).toMatchObject({ received: 1, screening: 1, selected: 1, rejected: 0 });
    expect(round.target).toEqual({ selected: 1, target: 1, status: 'met' });

    round = removeSubmission(library, round.id, ids.xuexiao);
    expect(round.submissionCount).toBe(2);
  });

  it('keeps a reviewer’s note per criterion through a rename, drops an emptied one, refuses an unknown criterion', async () => {
    const ids = await importCases(library, ['anzhi']);
    let round = createRound(library, { name: '评选', year: 2025, targetCount: 10, quotas: [], reviewers: ['王评审'] });
    addSubmissions(library, round.id, [ids.anzhi]);
    const keyOf = (name: string) => round.criteria.find((criterion) => criterion.name === name)!.key;
    const [materials, novelty] = [keyOf('材料规范'), keyOf('做法创新')];
    round = saveScores(library, {
      roundId: round.id,
      documentId: ids.anzhi,
      reviewer: '王评审',
      scores: byName(round, ALL(80)),
      comment: '做法扎实',
      notes: { [materials]: '缺少现场照片', [novelty]: '“一党员一项目”有新意' },
    });
    expect(row(round, ids.anzhi).reviews[0]?.notes).toEqual({ [materials]: '缺少现场照片', [novelty]: '“一党员一项目”有新意' });
    round = updateRoundSettings(library, round.id, { criteria: round.criteria.map((c) => (c.name === '材料规范' ? { ...c, name: '材料完整规范' } : c)) });
    expect(row(round, ids.anzhi).reviews[0]?.notes[materials]).toBe('缺少现场照片');
    const eighty = Object.fromEntries(round.criteria.map((criterion) => [criterion.key, 80]));
    round = saveScores(library, { roundId: round.id, documentId: ids.anzhi, reviewer: '王评审', scores: eighty, comment: '', notes: { [materials]: '' } });
    expect(row(round, ids.anzhi).reviews[0]?.notes).toEqual({});
    expect(
      captureError(() => saveScores(library, { roundId: round.id, documentId: ids.anzhi, reviewer: '王评审', scores: {}, comment: '', notes: { 'no-such-criterion': '好' } })).message,
    ).toBe('评分项已被修改，请刷新后重新评分。');
  });

  it('refuses a trashed case and scores from someone not on the panel', async () => {
    const ids = await importCases(library, ['anzhi', 'shizheng']);
    const round = createRound(library, { name: '评选', year: 2025, targetCount: 10, quotas: [], reviewers: ['王评审'] });
    trashDocuments(library, [ids.shizheng]);
    expect(captureError(() => addSubmissions(library, round.id, [ids.shizheng])).message).toContain('在回收站中');
    addSubmissions(library, round.id, [ids.anzhi]);
    expect(captureError(() => saveScores(library, { roundId: round.id, documentId: ids.anzhi, reviewer: '赵评审', scores: {}, comment: '', notes: {} })).message).toBe(
      '“赵评审”不是这个评选的评审人，请先在评选设置中添加。',
    );
  });

  it('ranks by the weighted mean of two reviewers, shows the spread and flags a large one', async () => {
    const ids = await importCases(library, ['anzhi', 'shizheng', 'xuexiao']);
    let round = createRound(library, { name: '评选', year: 2025, targetCount: 10, quotas: [], reviewers: ['王评审', '李评审'] });
    addSubmissions(library, round.id, [ids.anzhi, ids.shizheng, ids.xuexiao]);
    const score = (documentId: string, reviewer: string, scores: Record<string, number>, comment = '') =>
      (round = saveScores(library, { roundId: round.id, documentId, reviewer, scores: byName(round, scores), comment, notes: {} }));
    // 王: 90,80,70,60,100 → (90·25+80·25+70·25+60·15+100·10)/100 = 79; 李: all 70 → 70. Mean 74.5, spread 9.
    score(ids.anzhi, '王评审', { 党建引领: 90, 做法创新: 80, 成效实绩: 70, 示范推广: 60, 材料规范: 100 }, '做法扎实');
    score(ids.anzhi, '李评审', ALL(70));
    // 王 95, 李 60: mean 77.5, spread 35 → flagged; ranks first.
    score(ids.shizheng, '王评审', ALL(95));
    score(ids.shizheng, '李评审', ALL(60));
    // Only one criterion scored: no total yet, so unranked.
    score(ids.xuexiao, '王评审', { 党建引领: 99 });

    expect(round.submissions.map((submission) => [submission.document.id, submission.rank, submission.score, submission.spread, submission.spreadWarning])).toEqual([
      [ids.shizheng, 1, 77.5, 35, true],
      [ids.anzhi, 2, 74.5, 9, false],
      [ids.xuexiao, null, null, null, false],
    ]);
    const review = row(round, ids.anzhi).reviews.find((item) => item.reviewer === '王评审');
    expect(review).toMatchObject({ total: 79, comment: '做法扎实' });
    expect(row(round, ids.xuexiao).reviews[0]?.total).toBeNull();
  });

  it('checks quotas per 设区市 and the target count', async () => {
    const ids = await importCases(library, ['anzhi', 'shizheng', 'xuexiao']);
    let round = createRound(library, {
      name: '评选',
      year: 2025,
      targetCount: 3,
      quotas: [
        { region: '温州', min: null, max: 1 },
        { region: '舟山市', min: 1, max: null },
        { region: '宁波市', min: 1, max: 2 },
      ],
      reviewers: [],
    });
    expect(round.quotas.map((quota) => quota.region)).toEqual(['温州市', '舟山市', '宁波市']);
    addSubmissions(library, round.id, [ids.anzhi, ids.shizheng, ids.xuexiao]);
    for (const id of [ids.anzhi, ids.shizheng, ids.xuexiao]) {
      for (const stage of ['screening', 'shortlisted', 'selected'] as const) round = moveStage(library, { roundId: round.id, documentId: id, stage });
    }
    expect(round.selectedByRegion).toEqual({ 温州市: 2, 舟山市: 1 });
    expect(round.quotaChecks.map((check) => [check.region, check.selected, check.status])).toEqual([
      ['温州市', 2, 'over'],
      ['舟山市', 1, 'ok'],
      ['宁波市', 0, 'under'],
    ]);
    expect(round.target).toEqual({ selected: 3, target: 3, status: 'met' });
    round = moveStage(library, { roundId: round.id, documentId: ids.shizheng, stage: 'shortlisted' });
    expect(round.quotaChecks[0]).toMatchObject({ selected: 1, status: 'ok' });
    expect(round.target).toEqual({ selected: 2, target: 3, status: 'under' });
  });

  it('flags near-duplicate submissions with the 查重 signatures', async () => {
    const ids = await importCases(library, ['anzhi', 'shizheng', 'anzhiAgain']);
    const round = addSubmissions(library, createRound(library, { name: '评选', year: 2025, targetCount: 10, quotas: [], reviewers: [] }).id, [ids.anzhi, ids.shizheng, ids.anzhiAgain]);
    expect(row(round, ids.anzhi).duplicates).toEqual([{ documentId: ids.anzhiAgain, title: CASES.anzhiAgain.title, similarity: expect.any(Number) }]);
    expect(row(round, ids.anzhi).duplicates[0]?.similarity).toBeGreaterThanOrEqual(0.4);
    expect(row(round, ids.anzhiAgain).duplicates.map((flag) => flag.documentId)).toEqual([ids.anzhi]);
    expect(row(round, ids.shizheng).duplicates).toEqual([]);
  });
});
