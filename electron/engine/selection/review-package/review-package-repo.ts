import type Database from 'better-sqlite3';
import type { SelectionStage } from '../../../../shared/model/selection';

/** Rows of selection_review_packages (migration 012). Callers own the transaction. */
export interface ReviewPackageRow {
  round_id: string;
  reviewer: string;
  package_id: string;
  secret: string;
  blind: number;
  reviewer_unit: string | null;
  stage: SelectionStage;
  /** JSON array of document ids in the package. */
  documents: string;
  /** JSON array of document ids withheld (回避). */
  abstained: string;
  packaged_at: string;
  returned_at: string | null;
  returned_sha256: string | null;
}

export function packagesOfRound(db: Database.Database, roundId: string): ReviewPackageRow[] {
  return db.prepare('SELECT * FROM selection_review_packages WHERE round_id = ?').all(roundId) as ReviewPackageRow[];
}

export function findPackageRow(db: Database.Database, roundId: string, reviewer: string): ReviewPackageRow | undefined {
  return db.prepare('SELECT * FROM selection_review_packages WHERE round_id = ? AND reviewer = ?').get(roundId, reviewer) as ReviewPackageRow | undefined;
}

/** A new package for the reviewer; one made before keeps its id, secret and return (results signed for it still verify). */
export function upsertPackageRow(db: Database.Database, row: Omit<ReviewPackageRow, 'returned_at' | 'returned_sha256'>): void {
  db.prepare(
    `INSERT INTO selection_review_packages (round_id, reviewer, package_id, secret, blind, reviewer_unit, stage, documents, abstained, packaged_at)
     VALUES (@round_id, @reviewer, @package_id, @secret, @blind, @reviewer_unit, @stage, @documents, @abstained, @packaged_at)
     ON CONFLICT (round_id, reviewer) DO UPDATE SET blind = excluded.blind, reviewer_unit = excluded.reviewer_unit, stage = excluded.stage,
       documents = excluded.documents, abstained = excluded.abstained, packaged_at = excluded.packaged_at`,
  ).run(row);
}

export function markReturned(db: Database.Database, roundId: string, reviewer: string, sha: string, now: string): void {
  db.prepare('UPDATE selection_review_packages SET returned_at = ?, returned_sha256 = ? WHERE round_id = ? AND reviewer = ?').run(now, sha, roundId, reviewer);
}
