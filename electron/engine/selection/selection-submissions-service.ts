import type { ParsedRequestOf } from '../../../shared/api/contract';
import { CasebookError } from '../../../shared/api/errors';
import { KIND_LABELS } from '../../../shared/model/document';
import { STAGE_LABELS, STAGE_NEXT, type RoundDetail, type SelectionStage } from '../../../shared/model/selection';
import type { DocumentRow } from '../documents/documents-repo';
import {
  deleteSubmission,
  findSubmission,
  historyOfRound,
  insertStageChange,
  insertSubmission,
  reviewsOfRound,
  setSubmissionStage,
  touchRound,
  upsertReview,
  type SubmissionRow,
} from './selection-repo';
import type { Library } from '../core/library';
import { criteriaOf, parseJson, requireRoundRow, reviewersOf, roundDetail } from './round-detail';
import { nowIso } from '../core/ids';
import { requireDocumentRow } from '../documents/documents-service';

/** 申报: cases entering a round, moving through the stages, and the reviewers' scores. */

function requireSubmission(library: Library, roundId: string, documentId: string): { document: DocumentRow; submission: SubmissionRow } {
  const document = requireDocumentRow(library, documentId);
  const submission = findSubmission(library.db, roundId, document.seq);
  if (!submission) throw new CasebookError('NOT_FOUND', `《${document.title}》不在这个评选中。`, `document ${documentId} not in round ${roundId}`);
  return { document, submission };
}

/** 添加申报: only 典型案例 in the library (not in the 回收站); cases already in the round are skipped. */
export function addSubmissions(library: Library, roundId: string, documentIds: readonly string[]): RoundDetail & { added: number; skipped: number } {
  let added = 0;
  let skipped = 0;
  library.write(() => {
    requireRoundRow(library, roundId);
    const now = nowIso();
    for (const id of new Set(documentIds)) {
      const document = requireDocumentRow(library, id);
      if (document.kind !== 'case') {
        throw new CasebookError('BAD_REQUEST', `《${document.title}》是${KIND_LABELS[document.kind]}，只有典型案例可以参加评选。`, `document ${id} is ${document.kind}`);
      }
      if (document.deleted_at !== null) {
        throw new CasebookError('CONFLICT', `《${document.title}》在回收站中，请先恢复再添加到评选。`, `document ${id} is trashed`);
      }
      if (findSubmission(library.db, roundId, document.seq)) {
        skipped += 1;
        continue;
      }
      const submissionId = insertSubmission(library.db, roundId, document.seq, now);
      insertStageChange(library.db, { submission_id: submissionId, from_stage: null, to_stage: 'received', reason: null, actor: library.actor, changed_at: now });
      added += 1;
    }
    touchRound(library.db, roundId, now);
  });
  return { ...roundDetail(library, roundId), added, skipped };
}

/** 撤回申报: the case leaves the round with its scores and stage history; the document stays. */
export function removeSubmission(library: Library, roundId: string, documentId: string): RoundDetail {
  library.write(() => {
    requireRoundRow(library, roundId);
    const { submission } = requireSubmission(library, roundId, documentId);
    deleteSubmission(library.db, submission.id);
    touchRound(library.db, roundId, nowIso());
  });
  return roundDetail(library, roundId);
}

/** The stage a 未入选 case was excluded from (where 恢复 takes it back). */
function stageBeforeExclusion(library: Library, roundId: string, submissionId: number): SelectionStage | null {
  const changes = historyOfRound(library.db, roundId).filter((change) => change.submission_id === submissionId && change.to_stage === 'rejected');
  return changes.at(-1)?.from_stage ?? null;
}

/** Checks one stage change; returns the reason to store (only 未入选 keeps one). */
export function checkStageChange(from: SelectionStage, to: SelectionStage, reason: string | undefined, title: string, excludedFrom: SelectionStage | null): string | null {
  if (from === to) throw new CasebookError('CONFLICT', `《${title}》已经在“${STAGE_LABELS[to]}”阶段。`, `already ${to}`);
  if (!STAGE_NEXT[from].includes(to)) {
    const allowed = STAGE_NEXT[from].map((stage) => `“${STAGE_LABELS[stage]}”`).join('、');
    throw new CasebookError('CONFLICT', `《${title}》在“${STAGE_LABELS[from]}”阶段，不能直接改为“${STAGE_LABELS[to]}”，只能改为${allowed}。`, `${from} -> ${to}`);
  }
  if (from === 'rejected' && excludedFrom !== null && to !== excludedFrom) {
    throw new CasebookError('CONFLICT', `《${title}》是在“${STAGE_LABELS[excludedFrom]}”阶段被排除的，只能恢复到“${STAGE_LABELS[excludedFrom]}”。`, `restore to ${to}, excluded from ${excludedFrom}`);
  }
  if (to !== 'rejected') return null;
  const text = reason?.trim() ?? '';
  if (text === '') throw new CasebookError('BAD_REQUEST', `请填写《${title}》未入选的理由（例如：材料不全）。`, 'missing reason');
  return text;
}

export function moveStage(library: Library, request: ParsedRequestOf<'rounds.moveStage'>): RoundDetail {
  library.write(() => {
    requireRoundRow(library, request.roundId);
    const { document, submission } = requireSubmission(library, request.roundId, request.documentId);
    const excludedFrom = submission.stage === 'rejected' ? stageBeforeExclusion(library, request.roundId, submission.id) : null;
    const reason = checkStageChange(submission.stage, request.stage, request.reason, document.title, excludedFrom);
    const now = nowIso();
    setSubmissionStage(library.db, submission.id, request.stage, reason, now);
    insertStageChange(library.db, { submission_id: submission.id, from_stage: submission.stage, to_stage: request.stage, reason, actor: library.actor, changed_at: now });
    touchRound(library.db, request.roundId, now);
  });
  return roundDetail(library, request.roundId);
}

/** One reviewer's scores for one case; a criterion left out stays unscored (the total waits for it). */
export function saveScores(library: Library, request: ParsedRequestOf<'rounds.saveScores'>): RoundDetail {
  library.write(() => {
    const round = requireRoundRow(library, request.roundId);
    const { submission } = requireSubmission(library, request.roundId, request.documentId);
    if (!reviewersOf(round).includes(request.reviewer)) {
      throw new CasebookError('BAD_REQUEST', `“${request.reviewer}”不是这个评选的评审人，请先在评选设置中添加。`, `reviewer ${request.reviewer}`);
    }
    const keys = new Set(criteriaOf(round).map((criterion) => criterion.key));
    for (const key of [...Object.keys(request.scores), ...Object.keys(request.notes)]) {
      if (!keys.has(key)) throw new CasebookError('BAD_REQUEST', '评分项已被修改，请刷新后重新评分。', `unknown criterion ${key}`);
    }
    // Scores and notes of criteria no longer in the rubric stay in the row, so putting one back restores them.
    const previous = reviewsOfRound(library.db, request.roundId).find((row) => row.submission_id === submission.id && row.reviewer === request.reviewer);
    const outsideRubric = <T>(json: string | undefined) => Object.fromEntries(Object.entries(parseJson<Record<string, T>>(json ?? '{}', {})).filter(([key]) => !keys.has(key)));
    const scores = { ...outsideRubric<number>(previous?.scores), ...Object.fromEntries(Object.entries(request.scores).map(([key, value]) => [key, Math.round(value * 10) / 10])) };
    const notes = { ...outsideRubric<string>(previous?.notes), ...Object.fromEntries(Object.entries(request.notes).filter(([, note]) => note.length > 0)) };
    const now = nowIso();
    upsertReview(library.db, {
      submission_id: submission.id,
      reviewer: request.reviewer,
      scores: JSON.stringify(scores),
      comment: request.comment,
      notes: JSON.stringify(notes),
      updated_at: now,
    });
    touchRound(library.db, request.roundId, now);
  });
  return roundDetail(library, request.roundId);
}
