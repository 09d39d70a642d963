import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectionDetail } from '../../shared/model/collection';
import type { BookletResult, RoundDetail, RoundSummary } from '../../shared/model/selection';
import { captureCliIo } from '../helpers/cli-io';
import { runCli } from '../../electron/cli/main';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { CASES } from '../unit/selection/selection-fixtures';
import { BridgeSandbox, CHINESE, callApi, errorOf, importSelectionCases, okResult } from './http-helpers';

// The selection round methods through the HTTP bridge (browser mode) and the command line, on the real engine.
let sandbox: BridgeSandbox;
let server: BrowserModeServer;
let libraryFolder: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  libraryFolder = path.join(sandbox.root, 'library');
  server = await sandbox.start(libraryFolder);
  Object.assign(ids, await importSelectionCases(sandbox, server));
});
afterAll(async () => {
  await sandbox.close();
});

const call = <T>(method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload);
const keyOf = (round: RoundDetail, name: string) => round.criteria.find((criterion) => criterion.name === name)?.key ?? '';
const all = (round: RoundDetail, value: number) => Object.fromEntries(round.criteria.map((criterion) => [criterion.key, value]));

const cli = () => captureCliIo({ columns: 140 });

describe('selection rounds over HTTP', () => {
  let round: RoundDetail;

  it('runs a round: two reviewers score, one case is excluded with a reason, two are selected, the booklet is made', async () => {
    round = await call<RoundDetail>('rounds.create', { name: '2025年度红色工地十大典型案例评选', year: 2025, targetCount: 2, reviewers: ['王评审', '李评审'], quotas: [{ region: '温州', max: 1 }] });
    const added = await call<RoundDetail & { added: number }>('rounds.addSubmissions', { roundId: round.id, documentIds: [ids.anzhi, ids.shizheng, ids.xuexiao, ids.anzhiAgain] });
    expect(added.added).toBe(4);
    expect(added.submissions.find((row) => row.document.id === ids.anzhiAgain)?.duplicates.map((flag) => flag.documentId)).toEqual([ids.anzhi]);

    for (const [id, wang, li] of [
      [ids.anzhi, 88, 84],
      [ids.shizheng, 70, 90],
      [ids.xuexiao, 92, 90],
    ] as const) {
      await call('rounds.saveScores', {
        roundId: round.id,
        documentId: id,
        reviewer: '王评审',
        scores: all(round, wang),
        comment: '材料完整',
        notes: { [keyOf(round, '成效实绩')]: '工资清欠数字需附证明' },
      });
      round = await call<RoundDetail>('rounds.saveScores', { roundId: round.id, documentId: id, reviewer: '李评审', scores: all(round, li) });
    }
    expect(round.submissions[0]?.reviews.find((review) => review.reviewer === '王评审')).toMatchObject({
      comment: '材料完整',
      notes: { [keyOf(round, '成效实绩')]: '工资清欠数字需附证明' },
    });
    expect(round.submissions.slice(0, 3).map((row) => [row.document.id, row.rank, row.score, row.spread, row.spreadWarning])).toEqual([
      [ids.xuexiao, 1, 91, 2, false],
      [ids.anzhi, 2, 86, 4, false],
      [ids.shizheng, 3, 80, 20, true],
    ]);

    round = await call<RoundDetail>('rounds.moveStage', { roundId: round.id, documentId: ids.anzhiAgain, stage: 'rejected', reason: '与其他申报重复' });
    for (const id of [ids.xuexiao, ids.anzhi]) {
      for (const stage of ['screening', 'shortlisted', 'selected']) round = await call<RoundDetail>('rounds.moveStage', { roundId: round.id, documentId: id, stage });
    }
    expect(round.target).toEqual({ selected: 2, target: 2, status: 'met' });
    expect(round.quotaChecks).toEqual([{ region: '温州市', min: null, max: 1, selected: 1, status: 'ok' }]);

    const booklet = await call<BookletResult>('rounds.makeBooklet', { roundId: round.id });
    expect(booklet).toMatchObject({ name: '2025年度红色工地十大典型案例', count: 2 });
    const rounds = await call<RoundSummary[]>('rounds.list');
    expect(rounds).toMatchObject([{ id: round.id, collectionId: booklet.collectionId, submissionCount: 4 }]);
    // The booklet is a real collection: the two selected cases in rank order, ready for export.
    const collection = await call<CollectionDetail>('collections.get', { id: booklet.collectionId });
    expect(collection).toMatchObject({ name: '2025年度红色工地十大典型案例', coverTitle: '2025年度红色工地十大典型案例' });
    expect(collection.items.map((item) => [item.kind, item.documentId])).toEqual([
      ['document', ids.xuexiao],
      ['document', ids.anzhi],
    ]);
  });

  it('refuses bad input with Chinese messages and changes nothing', async () => {
    const before = await call<RoundDetail>('rounds.get', { id: round.id });
    const cases: [string, unknown, string, RegExp][] = [
      ['rounds.moveStage', { roundId: round.id, documentId: ids.shizheng, stage: 'selected' }, 'CONFLICT', /不能直接改为“入选”/],
      ['rounds.moveStage', { roundId: round.id, documentId: ids.shizheng, stage: 'rejected' }, 'BAD_REQUEST', /未入选的理由/],
      ['rounds.saveScores', { roundId: round.id, documentId: ids.shizheng, reviewer: '王评审', scores: { [keyOf(round, '党建引领')]: 101 } }, 'BAD_REQUEST', /0–100/],
      ['rounds.saveScores', { roundId: round.id, documentId: ids.shizheng, reviewer: '赵某', scores: {} }, 'BAD_REQUEST', /不是这个评选的评审人/],
      ['rounds.saveScores', { roundId: round.id, documentId: ids.shizheng, reviewer: '王评审', scores: {}, notes: { [keyOf(round, '党建引领')]: '长'.repeat(501) } }, 'BAD_REQUEST', /最多 500 个字/],
      ['rounds.update', { id: round.id, patch: { criteria: [{ name: '党建引领', weight: 50 }] } }, 'BAD_REQUEST', /权重合计应为 100/],
      ['rounds.makeBooklet', { roundId: round.id, order: [ids.anzhi] }, 'BAD_REQUEST', /缺少入选案例/],
      ['rounds.get', { id: 'nosuchround' }, 'NOT_FOUND', /找不到这个评选活动/],
    ];
    for (const [method, payload, code, message] of cases) {
      const error = errorOf(await callApi(server.port, server.token, method, payload));
      expect(error.code, method).toBe(code);
      expect(error.message).toMatch(CHINESE);
      expect(error.message).toMatch(message);
    }
    expect(await call<RoundDetail>('rounds.get', { id: round.id })).toEqual(before);
  });

  it('prints the ranked table on the command line (round list / round show)', async () => {
    const listed = cli();
    expect(await runCli(['round', 'list', '--library', libraryFolder, '--json'], listed.io)).toBe(0);
    expect((JSON.parse(listed.out()) as RoundSummary[]).map((item) => item.id)).toEqual([round.id]);

    const shown = cli();
    expect(await runCli(['round', 'show', round.id, '--library', libraryFolder, '--json'], shown.io)).toBe(0);
    expect((JSON.parse(shown.out()) as RoundDetail).submissions.map((row) => row.rank)).toEqual([1, 2, 3, null]);

    const human = cli();
    expect(await runCli(['round', 'show', round.id, '--library', libraryFolder], human.io)).toBe(0);
    const lines = human.out().split('\n');
    const at = (title: string) => lines.findIndex((line) => !line.startsWith(' ') && line.includes(title));
    expect(lines[at(CASES.xuexiao.title)]).toMatch(/^1\s+91\.00\s+2\.00\s+舟山市\s+入选/);
    expect(lines[at(CASES.shizheng.title)]).toMatch(/^3\s+80\.00\s+20\.00\s+温州市\s+收到/);
    expect(lines[at(CASES.shizheng.title) + 1]).toMatch(/^\s+· 分差大$/);
    expect(lines[at(CASES.anzhiAgain.title)]).toMatch(/^—\s+—\s+—\s+温州市\s+未入选/);
    expect(lines[at(CASES.anzhiAgain.title) + 1]).toMatch(/^\s+· 疑似重复 \d+%：《党员责任区守牢安置房质量安全底线/);
    expect(lines[at(CASES.anzhiAgain.title) + 2]).toMatch(/^\s+· 理由：与其他申报重复$/);
    expect(human.out()).toContain('入选 2 个，目标 2 个：已达到。');

    const bad = cli();
    expect(await runCli(['round', 'show', '--library', libraryFolder], bad.io)).toBe(2);
  });
});
