import { CasebookError } from '../../../shared/api/errors';
import type { RankedSubmission, RoundDetail } from '../../../shared/model/selection';

/**
 * The cases of the booklet (汇编), in order: the 入选 cases in rank order, or in the order the user
 * chose, which must name every 入选 case exactly once.
 */
export function bookletCases(round: RoundDetail, order: readonly string[] | undefined): RankedSubmission[] {
  const selected = round.submissions.filter((submission) => submission.stage === 'selected');
  if (selected.length === 0) {
    throw new CasebookError('CONFLICT', '还没有入选的案例：请先把案例改为“入选”，再生成汇编。', `round ${round.id} has no selected case`);
  }
  const trashed = selected.find((submission) => submission.document.deletedAt !== null);
  if (trashed) {
    throw new CasebookError('CONFLICT', `入选案例《${trashed.document.title}》在回收站中，请先恢复，或把它改为未入选。`, `document ${trashed.document.id} is trashed`);
  }
  if (order === undefined) return selected;
  const byId = new Map(selected.map((submission) => [submission.document.id, submission]));
  const seen = new Set<string>();
  const ordered = order.map((id) => {
    const submission = byId.get(id);
    if (!submission || seen.has(id)) {
      throw new CasebookError('BAD_REQUEST', '汇编的顺序中有不属于入选案例或重复的资料，请刷新后重试。', `order entry ${id}`);
    }
    seen.add(id);
    return submission;
  });
  const missing = selected.find((submission) => !seen.has(submission.document.id));
  if (missing) throw new CasebookError('BAD_REQUEST', `汇编的顺序中缺少入选案例《${missing.document.title}》，请刷新后重试。`, `order misses ${missing.document.id}`);
  return ordered;
}

/** “2025年度红色工地十大典型案例评选” → “2025年度红色工地十大典型案例”. */
export function defaultBookletName(round: Pick<RoundDetail, 'name' | 'year' | 'targetCount'>): string {
  const stripped = round.name.replace(/(?:评选活动|评选|活动)$/, '').trim();
  if (stripped !== '') return stripped;
  return round.targetCount === 10 ? `${round.year}年度红色工地十大典型案例` : `${round.year}年度红色工地典型案例`;
}
