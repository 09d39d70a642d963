import type Database from 'better-sqlite3';
import { CasebookError } from '../../../shared/api/errors';
import { newId, nowIso } from './ids';

/** One thing a write changed, as its domain needs it to put it back (the values before, the items removed…). */
export interface UndoStep {
  type: string;
  data: unknown;
}

/** Puts back what one kind of step records; each domain registers its own (library/undo-service.ts). */
export type UndoApplier = (data: unknown) => void;

/** Entries older than this are dropped: 撤销 is offered for seconds after a change, not days. */
const KEEP_HOURS = 24;

/**
 * The engine's undo log. While an `undoable` handler runs, services record the steps that would
 * take their change back; the handler keeps them under one id (table undo_log, migration 010), and
 * `undo.apply` with that id runs them in reverse, once.
 */
export class UndoLog {
  private steps: UndoStep[] | null = null;

  constructor(private readonly db: Database.Database) {}

  /** Called by a service inside an undoable write; outside one there is nothing to take back. */
  record(step: UndoStep): void {
    this.steps?.push(step);
  }

  capture<T>(fn: () => T): { result: T; steps: UndoStep[] } {
    const outer = this.steps;
    const steps: UndoStep[] = [];
    this.steps = steps;
    try {
      return { result: fn(), steps };
    } finally {
      this.steps = outer;
    }
  }

  /** Keeps the steps of one change (inside its transaction); answers the id 撤销 sends back. */
  save(steps: UndoStep[]): string {
    const now = nowIso();
    const id = newId();
    this.db.prepare("DELETE FROM undo_log WHERE created_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?)").run(`-${KEEP_HOURS} hours`);
    this.db.prepare('INSERT INTO undo_log (id, steps, created_at) VALUES (?, ?, ?)').run(id, JSON.stringify(steps), now);
    return id;
  }

  /** The steps of a change, marked as taken back (call inside the write that takes it back). */
  take(id: string): UndoStep[] {
    const row = this.db.prepare('SELECT steps, used_at FROM undo_log WHERE id = ?').get(id) as { steps: string; used_at: string | null } | undefined;
    if (!row) throw new CasebookError('NOT_FOUND', '这一步已无法撤销（撤销只在修改后不久有效）。', `undo ${id}`);
    if (row.used_at !== null) throw new CasebookError('CONFLICT', '这一步已经撤销过了。', `undo ${id} used ${row.used_at}`);
    this.db.prepare('UPDATE undo_log SET used_at = ? WHERE id = ?').run(nowIso(), id);
    return JSON.parse(row.steps) as UndoStep[];
  }
}
