import type Database from 'better-sqlite3';
import type { HistoryEntry } from '../../../shared/model/history';

export interface HistoryChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  /** Why, when it is not an edit of its own: 撤销 (it took another change back). */
  note?: string | null;
}

export function recordHistory(
  db: Database.Database,
  documentSeq: number,
  changes: HistoryChange[],
  actor: string,
  now: string,
): void {
  const insert = db.prepare(
    'INSERT INTO document_history (document_seq, field, old_value, new_value, actor, changed_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const change of changes) insert.run(documentSeq, change.field, change.oldValue, change.newValue, actor, now, change.note ?? null);
}

export function listHistory(db: Database.Database, documentSeq: number): HistoryEntry[] {
  const rows = db
    .prepare(
      `SELECT h.id, d.id AS document_id, h.field, h.old_value, h.new_value, h.actor, h.changed_at, h.note
       FROM document_history h JOIN documents d ON d.seq = h.document_seq
       WHERE h.document_seq = ? ORDER BY h.id DESC`,
    )
    .all(documentSeq) as {
    id: number;
    document_id: string;
    field: string;
    old_value: string | null;
    new_value: string | null;
    actor: string;
    changed_at: string;
    note: string | null;
  }[];
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    field: row.field,
    oldValue: row.old_value,
    newValue: row.new_value,
    actor: row.actor,
    changedAt: row.changed_at,
    note: row.note,
  }));
}
