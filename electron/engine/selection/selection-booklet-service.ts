import type { ParsedRequestOf } from '../../../shared/api/contract';
import type { BookletResult } from '../../../shared/model/selection';
import { findDocumentRow } from '../documents/documents-repo';
import { setRoundCollection, setSubmissionPositions } from './selection-repo';
import type { Library } from '../core/library';
import { bookletCases, defaultBookletName } from './booklet-order';
import { roundDetail } from './round-detail';
import { nowIso } from '../core/ids';
import { addCollectionItems, createCollection } from '../collections/collections-service';

/**
 * 生成汇编: the 入选 cases, in rank order or the order chosen, become a new collection (专辑) through the
 * collections service, ready for export. All of it is one transaction: the collection with its items,
 * the chosen order and the round's link to the booklet.
 */
export function makeBooklet(library: Library, request: ParsedRequestOf<'rounds.makeBooklet'>): BookletResult {
  return library.write(() => {
    const round = roundDetail(library, request.roundId);
    const cases = bookletCases(round, request.order);
    const name = request.name ?? defaultBookletName(round);
    const reviewers = round.reviewers.length > 0 ? `，评审人：${round.reviewers.join('、')}` : '';
    const collection = createCollection(library, {
      name,
      coverTitle: name,
      coverSubtitle: `${round.year}年度 · 共 ${cases.length} 个案例`,
      description: `由评选“${round.name}”生成：${request.order ? '按选定顺序' : '按评审得分排名'}收入 ${cases.length} 个入选案例${reviewers}。`,
    });
    addCollectionItems(
      library,
      collection.id,
      cases.map((row) => ({ kind: 'document' as const, documentId: row.document.id })),
    );
    const now = nowIso();
    const seqs = cases.flatMap((row) => findDocumentRow(library.db, row.document.id)?.seq ?? []);
    if (request.order) setSubmissionPositions(library.db, round.id, seqs, now);
    setRoundCollection(library.db, round.id, collection.id, now);
    return { collectionId: collection.id, name, count: cases.length };
  });
}
