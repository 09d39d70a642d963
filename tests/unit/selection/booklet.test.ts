import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { getCollection } from '../../../electron/engine/collections/collections-service';
import { trashDocuments } from '../../../electron/engine/documents/documents-service';
import { makeBooklet } from '../../../electron/engine/selection/selection-booklet-service';
import { createRound, getRound, listRounds } from '../../../electron/engine/selection/selection-service';
import { addSubmissions, moveStage, saveScores } from '../../../electron/engine/selection/selection-submissions-service';
import { withTempLibrary } from '../../helpers/temp-library';
import { captureError } from '../../helpers/capture-error';
import { importCases } from './selection-fixtures';

let library: Library;
let cleanup: () => void;
beforeEach(() => {
  ({ library, cleanup } = withTempLibrary());
});
afterEach(() => cleanup());

/** Three cases selected with scores 70 (安置), 90 (市政), 80 (学校); one reviewer. */
async function roundWithThreeSelected() {
  const ids = await importCases(library, ['anzhi', 'shizheng', 'xuexiao']);
  let round = createRound(library, { name: '2025年度红色工地十大典型案例评选', year: 2025, targetCount: 3, quotas: [], reviewers: ['王评审'] });
  round = addSubmissions(library, round.id, [ids.anzhi, ids.shizheng, ids.xuexiao]);
  for (const [id, value] of [
    [ids.anzhi, 70],
    [ids.shizheng, 90],
    [ids.xuexiao, 80],
  ] as const) {
    saveScores(library, { roundId: round.id, documentId: id, reviewer: '王评审', scores: Object.fromEntries(round.criteria.map((criterion) => [criterion.key, value])), comment: '', notes: {} });
    for (const stage of ['screening', 'shortlisted', 'selected'] as const) moveStage(library, { roundId: round.id, documentId: id, stage });
  }
  return { ids, roundId: round.id };
}

const documentIdsOf = (collectionId: string) => getCollection(library, collectionId).items.map((item) => item.documentId);

describe('生成汇编 (the booklet)', () => {
  it('makes a collection of the selected cases in rank order, named after the round', async () => {
    const { ids, roundId } = await roundWithThreeSelected();
    const booklet = makeBooklet(library, { roundId });
    expect(booklet).toMatchObject({ name: '2025年度红色工地十大典型案例', count: 3 });
    expect(documentIdsOf(booklet.collectionId)).toEqual([ids.shizheng, ids.xuexiao, ids.anzhi]);
    const collection = getCollection(library, booklet.collectionId);
    expect(collection.description).toContain('按评审得分排名收入 3 个入选案例，评审人：王评审');
    expect(listRounds(library)[0]?.collectionId).toBe(booklet.collectionId);
  });

  it('keeps a chosen order, and refuses one that leaves out or adds a case', async () => {
    const { ids, roundId } = await roundWithThreeSelected();
    const order = [ids.anzhi, ids.shizheng, ids.xuexiao];
    const booklet = makeBooklet(library, { roundId, name: '2025年度典型案例汇编（按地区）', order });
    expect(documentIdsOf(booklet.collectionId)).toEqual(order);
    expect(getRound(library, roundId).submissions.map((row) => [row.document.id, row.position])).toEqual([
      [ids.shizheng, 2],
      [ids.xuexiao, 3],
      [ids.anzhi, 1],
    ]);
    expect(captureError(() => makeBooklet(library, { roundId, order: [ids.anzhi, ids.shizheng] })).message).toContain('缺少入选案例');
    expect(captureError(() => makeBooklet(library, { roundId, order: [ids.anzhi, ids.anzhi, ids.shizheng, ids.xuexiao] })).code).toBe('BAD_REQUEST');
  });

  it('refuses with nothing selected or a selected case in the 回收站, making no collection', async () => {
    const { ids, roundId } = await roundWithThreeSelected();
    trashDocuments(library, [ids.xuexiao]);
    expect(captureError(() => makeBooklet(library, { roundId })).message).toMatch(/在回收站中，请先恢复，或把它改为未入选/);
    const empty = createRound(library, { name: '另一个评选', year: 2025, targetCount: 10, quotas: [], reviewers: [] });
    expect(captureError(() => makeBooklet(library, { roundId: empty.id })).message).toBe('还没有入选的案例：请先把案例改为“入选”，再生成汇编。');
    expect(library.db.prepare('SELECT count(*) AS n FROM collections').get()).toEqual({ n: 0 });
  });
});
