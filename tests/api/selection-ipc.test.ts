// The selection round methods through the desktop door: the real main-process IPC wiring and the real
// engine on a temporary library, with `electron` replaced by the recording stub.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../shared/model/import';
import type { BookletResult, RoundDetail, RoundSummary } from '../../shared/model/selection';
import { startDesktopForTest, type DesktopForTest } from '../unit/main/desktop-harness';
import { recorded } from '../unit/main/electron-stub';
import { CASES, caseMarkdown } from '../unit/selection/selection-fixtures';

vi.mock('electron', () => import('../unit/main/electron-stub'));
vi.spyOn(console, 'error').mockImplementation(() => {});

let desktop: DesktopForTest;

beforeAll(async () => {
  desktop = await startDesktopForTest('casebook-selection-ipc-');
});

afterAll(() => desktop?.close());

describe('selection rounds over IPC', () => {
  it('registers every round method', () => {
    for (const method of ['list', 'get', 'create', 'update', 'delete', 'addSubmissions', 'removeSubmission', 'moveStage', 'saveScores', 'makeBooklet']) {
      expect(recorded.ipcHandlers.has(`casebook:rounds.${method}`), method).toBe(true);
    }
  });

  it('creates a round, scores with two reviewers, excludes and selects, and makes the booklet', async () => {
    const files = (['anzhi', 'shizheng'] as const).map((key) => {
      const file = path.join(desktop.tempDir, CASES[key].file);
      fs.writeFileSync(file, caseMarkdown(CASES[key]));
      return file;
    });
    const [anzhi, shizheng] = (await desktop.call<ImportResult[]>('import.files', { paths: await desktop.chooseToOpen(...files) })).map((result) => result.id ?? '');
    let round = await desktop.call<RoundDetail>('rounds.create', { name: '2025年度红色工地十大典型案例评选', year: 2025, reviewers: ['王评审', '李评审'] });
    round = await desktop.call<RoundDetail>('rounds.addSubmissions', { roundId: round.id, documentIds: [anzhi, shizheng] });
    const scores = (value: number) => Object.fromEntries(round.criteria.map((criterion) => [criterion.key, value]));
    await desktop.call('rounds.saveScores', { roundId: round.id, documentId: anzhi, reviewer: '王评审', scores: scores(90) });
    round = await desktop.call<RoundDetail>('rounds.saveScores', { roundId: round.id, documentId: anzhi, reviewer: '李评审', scores: scores(80), comment: '成效数字需核实' });
    expect(round.submissions[0]).toMatchObject({ rank: 1, score: 85, spread: 10 });
    expect(round.submissions[0]?.reviews.map((review) => [review.reviewer, review.total, review.comment])).toEqual([
      ['王评审', 90, ''],
      ['李评审', 80, '成效数字需核实'],
    ]);

    const refused = await desktop.envelope('rounds.moveStage', { roundId: round.id, documentId: shizheng, stage: 'rejected', reason: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    round = await desktop.call<RoundDetail>('rounds.moveStage', { roundId: round.id, documentId: shizheng, stage: 'rejected', reason: '发生质量安全事故' });
    for (const stage of ['screening', 'shortlisted', 'selected']) round = await desktop.call<RoundDetail>('rounds.moveStage', { roundId: round.id, documentId: anzhi, stage });
    expect(round.stageCounts).toMatchObject({ selected: 1, rejected: 1 });

    const booklet = await desktop.call<BookletResult>('rounds.makeBooklet', { roundId: round.id, name: '2025年度红色工地典型案例汇编' });
    expect(booklet).toMatchObject({ name: '2025年度红色工地典型案例汇编', count: 1 });
    expect((await desktop.call<RoundSummary[]>('rounds.list'))[0]?.collectionId).toBe(booklet.collectionId);
    expect(await desktop.call('rounds.delete', { id: round.id })).toEqual({ ok: true });
    expect(await desktop.envelope('rounds.get', { id: round.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
