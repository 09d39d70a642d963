import type Database from 'better-sqlite3';
import type { RegionQuota, SelectionCriterion, SelectionStage } from '../../../shared/model/selection';

/** Rows of the selection tables (migration 008). Callers own the transaction. */

export interface RoundRow {
  id: string;
  name: string;
  year: number;
  target_count: number;
  criteria: string;
  quotas: string;
  reviewers: string;
  collection_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface RoundColumns {
  name: string;
  year: number;
  targetCount: number;
  criteria: SelectionCriterion[];
  quotas: RegionQuota[];
  reviewers: string[];
}

export interface SubmissionRow {
  id: number;
  round_id: string;
  document_seq: number;
  stage: SelectionStage;
  reason: string | null;
  position: number | null;
  added_at: string;
  updated_at: string;
}

export interface StageHistoryRow {
  submission_id: number;
  from_stage: SelectionStage | null;
  to_stage: SelectionStage;
  reason: string | null;
  actor: string;
  changed_at: string;
}

export interface ReviewRow {
  submission_id: number;
  reviewer: string;
  scores: string;
  comment: string;
  /** Criterion key → the reviewer's note on it, JSON. */
  notes: string;
  updated_at: string;
}

function roundParams(columns: RoundColumns): Record<string, unknown> {
  return {
    name: columns.name,
    year: columns.year,
    target_count: columns.targetCount,
    criteria: JSON.stringify(columns.criteria),
    quotas: JSON.stringify(columns.quotas),
    reviewers: JSON.stringify(columns.reviewers),
  };
}

export function listRoundRows(db: Database.Database): RoundRow[] {
  return db.prepare('SELECT * FROM selection_rounds ORDER BY year DESC, created_at DESC').all() as RoundRow[];
}

export function findRoundRow(db: Database.Database, id: string): RoundRow | undefined {
  return db.prepare('SELECT * FROM selection_rounds WHERE id = ?').get(id) as RoundRow | undefined;
}

export function insertRound(db: Database.Database, id: string, columns: RoundColumns, now: string): void {
  db.prepare(
    `INSERT INTO selection_rounds (id, name, year, target_count, criteria, quotas, reviewers, created_at, updated_at)
     VALUES (@id, @name, @year, @target_count, @criteria, @quotas, @reviewers, @now, @now)`,
  ).run({ id, now, ...roundParams(columns) });
}

export function updateRound(db: Database.Database, id: string, columns: RoundColumns, now: string): void {
  db.prepare(
    `UPDATE selection_rounds SET name = @name, year = @year, target_count = @target_count, criteria = @criteria,
       quotas = @quotas, reviewers = @reviewers, updated_at = @now WHERE id = @id`,
  ).run({ id, now, ...roundParams(columns) });
}

export function touchRound(db: Database.Database, id: string, now: string): void {
  db.prepare('UPDATE selection_rounds SET updated_at = ? WHERE id = ?').run(now, id);
}

export function setRoundCollection(db: Database.Database, id: string, collectionId: string, now: string): void {
  db.prepare('UPDATE selection_rounds SET collection_id = ?, updated_at = ? WHERE id = ?').run(collectionId, now, id);
}

export function deleteRoundRow(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM selection_rounds WHERE id = ?').run(id);
}

export function stageCountsByRound(db: Database.Database): Map<string, Partial<Record<SelectionStage, number>>> {
  const rows = db.prepare('SELECT round_id, stage, count(*) AS n FROM selection_submissions GROUP BY round_id, stage').all() as {
    round_id: string;
    stage: SelectionStage;
    n: number;
  }[];
  const counts = new Map<string, Partial<Record<SelectionStage, number>>>();
  for (const row of rows) counts.set(row.round_id, { ...counts.get(row.round_id), [row.stage]: row.n });
  return counts;
}

export function submissionsOfRound(db: Database.Database, roundId: string): SubmissionRow[] {
  return db.prepare('SELECT * FROM selection_submissions WHERE round_id = ? ORDER BY added_at, id').all(roundId) as SubmissionRow[];
}

export function findSubmission(db: Database.Database, roundId: string, documentSeq: number): SubmissionRow | undefined {
  return db.prepare('SELECT * FROM selection_submissions WHERE round_id = ? AND document_seq = ?').get(roundId, documentSeq) as SubmissionRow | undefined;
}

export function insertSubmission(db: Database.Database, roundId: string, documentSeq: number, now: string): number {
  const result = db
    .prepare("INSERT INTO selection_submissions (round_id, document_seq, stage, added_at, updated_at) VALUES (?, ?, 'received', ?, ?)")
    .run(roundId, documentSeq, now, now);
  return Number(result.lastInsertRowid);
}

export function deleteSubmission(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM selection_submissions WHERE id = ?').run(id);
}

export function setSubmissionStage(db: Database.Database, id: number, stage: SelectionStage, reason: string | null, now: string): void {
  db.prepare('UPDATE selection_submissions SET stage = ?, reason = ?, updated_at = ? WHERE id = ?').run(stage, reason, now, id);
}

export function setSubmissionPositions(db: Database.Database, roundId: string, orderedSeqs: readonly number[], now: string): void {
  db.prepare('UPDATE selection_submissions SET position = NULL WHERE round_id = ?').run(roundId);
  const update = db.prepare('UPDATE selection_submissions SET position = ?, updated_at = ? WHERE round_id = ? AND document_seq = ?');
  orderedSeqs.forEach((seq, index) => update.run(index + 1, now, roundId, seq));
}

export function insertStageChange(db: Database.Database, change: StageHistoryRow): void {
  db.prepare(
    `INSERT INTO selection_stage_history (submission_id, from_stage, to_stage, reason, actor, changed_at)
     VALUES (@submission_id, @from_stage, @to_stage, @reason, @actor, @changed_at)`,
  ).run(change);
}

export function historyOfRound(db: Database.Database, roundId: string): StageHistoryRow[] {
  return db
    .prepare(
      `SELECT h.submission_id, h.from_stage, h.to_stage, h.reason, h.actor, h.changed_at FROM selection_stage_history h
       JOIN selection_submissions s ON s.id = h.submission_id WHERE s.round_id = ? ORDER BY h.id`,
    )
    .all(roundId) as StageHistoryRow[];
}

export function reviewsOfRound(db: Database.Database, roundId: string): ReviewRow[] {
  return db
    .prepare(
      `SELECT r.* FROM selection_reviews r JOIN selection_submissions s ON s.id = r.submission_id
       WHERE s.round_id = ? ORDER BY r.reviewer`,
    )
    .all(roundId) as ReviewRow[];
}

export function upsertReview(db: Database.Database, review: ReviewRow): void {
  db.prepare(
    `INSERT INTO selection_reviews (submission_id, reviewer, scores, comment, notes, updated_at)
     VALUES (@submission_id, @reviewer, @scores, @comment, @notes, @updated_at)
     ON CONFLICT (submission_id, reviewer) DO UPDATE SET scores = excluded.scores, comment = excluded.comment, notes = excluded.notes,
       updated_at = excluded.updated_at`,
  ).run(review);
}

export function deleteReviewsOfReviewer(db: Database.Database, roundId: string, reviewer: string): void {
  db.prepare('DELETE FROM selection_reviews WHERE reviewer = ? AND submission_id IN (SELECT id FROM selection_submissions WHERE round_id = ?)').run(
    reviewer,
    roundId,
  );
}
