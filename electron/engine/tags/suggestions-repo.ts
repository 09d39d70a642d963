import type Database from 'better-sqlite3';
import { preparedOnce } from '../db/statement-cache';

export type SuggestionType = 'tag' | 'term';
export type SuggestionStatus = 'pending' | 'applied' | 'dismissed';

export interface SuggestionRow {
  id: number;
  document_seq: number;
  type: SuggestionType;
  value: string;
  rule_id: string | null;
  hits: string;
  status: SuggestionStatus;
}

/** Offers a tag or term for a document once: a value already offered (decided or not) is left as it is. */
export function addSuggestion(
  db: Database.Database,
  input: { documentSeq: number; type: SuggestionType; value: string; ruleId: string | null; hits: string[]; now: string },
): void {
  preparedOnce(
    db,
    `INSERT OR IGNORE INTO document_suggestions (document_seq, type, value, rule_id, hits, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(input.documentSeq, input.type, input.value, input.ruleId, JSON.stringify(input.hits), input.now);
}

export function pendingSuggestions(db: Database.Database, documentSeq: number): SuggestionRow[] {
  return db
    .prepare(`SELECT * FROM document_suggestions WHERE document_seq = ? AND status = 'pending' ORDER BY type, id`)
    .all(documentSeq) as SuggestionRow[];
}

export function findSuggestion(db: Database.Database, documentSeq: number, id: number): SuggestionRow | undefined {
  return db.prepare('SELECT * FROM document_suggestions WHERE id = ? AND document_seq = ?').get(id, documentSeq) as SuggestionRow | undefined;
}

export function decideSuggestion(db: Database.Database, id: number, status: 'applied' | 'dismissed', now: string): void {
  db.prepare('UPDATE document_suggestions SET status = ?, decided_at = ? WHERE id = ?').run(status, now, id);
}

/** Documents (by seq) where the user declined this tag. */
export function dismissedTagSeqs(db: Database.Database, tagPath: string): Set<number> {
  const rows = db
    .prepare(`SELECT document_seq AS seq FROM document_suggestions WHERE type = 'tag' AND value = ? AND status = 'dismissed'`)
    .all(tagPath) as { seq: number }[];
  return new Set(rows.map((row) => row.seq));
}

/** A tag given to a document by other means settles the pending suggestion of the same tag. */
export function markTagSuggestionApplied(db: Database.Database, documentSeq: number, tagPath: string, now: string): void {
  db.prepare(
    `UPDATE document_suggestions SET status = 'applied', decided_at = ?
     WHERE document_seq = ? AND type = 'tag' AND value = ? AND status = 'pending'`,
  ).run(now, documentSeq, tagPath);
}

/** A deleted rule's open suggestions go too; decided ones stay as the user's memory. */
export function deletePendingSuggestionsOfRule(db: Database.Database, ruleId: string): void {
  db.prepare(`DELETE FROM document_suggestions WHERE rule_id = ? AND status = 'pending'`).run(ruleId);
}

/** Tag suggestions follow a renamed tag; where the new path was already offered, the old row goes. */
export function renameSuggestedTags(db: Database.Database, from: string, to: string): void {
  const params = { from, to };
  const inSubtree = `s.type = 'tag' AND (s.value = @from OR substr(s.value, 1, length(@from) + 1) = @from || '/')`;
  db.prepare(
    `DELETE FROM document_suggestions AS s WHERE ${inSubtree} AND EXISTS (
       SELECT 1 FROM document_suggestions o
       WHERE o.document_seq = s.document_seq AND o.type = 'tag' AND o.value = @to || substr(s.value, length(@from) + 1))`,
  ).run(params);
  db.prepare(`UPDATE document_suggestions AS s SET value = @to || substr(s.value, length(@from) + 1) WHERE ${inSubtree}`).run(params);
}

/** Open suggestions of a deleted tag (and its sub-tags) are withdrawn. */
export function deletePendingTagSuggestions(db: Database.Database, path: string): void {
  db.prepare(
    `DELETE FROM document_suggestions WHERE type = 'tag' AND status = 'pending'
     AND (value = @p OR substr(value, 1, length(@p) + 1) = @p || '/')`,
  ).run({ p: path });
}
