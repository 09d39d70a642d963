import type Database from 'better-sqlite3';
import { quoteIdentifier, tableColumns } from '../exchange-repo';

/**
 * SQL of 备份 and 恢复: the snapshot taken with VACUUM INTO, the checks of a backup's database, and
 * the generic copy of every ordinary table from an attached backup into the library.
 */

/** A consistent copy of the whole database in `file` (other connections may keep writing). */
export function vacuumInto(db: Database.Database, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

export interface SnapshotFacts {
  originals: { sha256: string; stored_path: string }[];
  documents: number;
  /** Its schema version (user_version; 0 when not set). */
  version: number;
}

/** What a snapshot holds: its originals (by stored path), its document count and schema version. */
export function snapshotFacts(db: Database.Database, file: string): SnapshotFacts {
  db.prepare('ATTACH DATABASE ? AS snapshot').run(file);
  try {
    return {
      originals: db.prepare('SELECT sha256, stored_path FROM snapshot.originals ORDER BY stored_path').all() as SnapshotFacts['originals'],
      documents: (db.prepare('SELECT count(*) AS n FROM snapshot.documents').get() as { n: number }).n,
      version: db.pragma('snapshot.user_version', { simple: true }) as number,
    };
  } finally {
    db.prepare('DETACH DATABASE snapshot').run();
  }
}

/** Checks a backup's own database (opened on its own) and leaves it in rollback-journal mode, ready to attach. */
export function quickCheckAndUnjournal(db: Database.Database): unknown {
  const check = db.pragma('quick_check', { simple: true });
  db.pragma('journal_mode = DELETE');
  return check;
}

/** Ordinary tables and their CREATE statements in `schema` (main, or the attached backup). */
export function schemaTables(db: Database.Database, schema: 'main' | 'restored'): { name: string; sql: string | null }[] {
  return db.prepare(`SELECT name, sql FROM ${schema}.sqlite_master WHERE type = 'table'`).all() as { name: string; sql: string | null }[];
}

export function attachRestored(db: Database.Database, file: string): void {
  db.prepare('ATTACH DATABASE ? AS restored').run(file);
}

export function detachRestored(db: Database.Database): void {
  db.prepare('DETACH DATABASE restored').run();
}

/** Foreign keys checked at commit only: tables are emptied and filled in any order. Call inside the transaction. */
export function deferForeignKeys(db: Database.Database): void {
  db.pragma('defer_foreign_keys = ON');
}

export function clearMainTable(db: Database.Database, table: string): void {
  db.prepare(`DELETE FROM main.${quoteIdentifier(table)}`).run();
}

/** Copies the rows of `table` from the attached backup, the columns both have; answers how many rows. */
export function copyRestoredTable(db: Database.Database, table: string): number {
  const restoredColumns = new Set(tableColumns(db, table, 'restored'));
  const columns = tableColumns(db, table).filter((column) => restoredColumns.has(column)).map(quoteIdentifier).join(', ');
  return db.prepare(`INSERT INTO main.${quoteIdentifier(table)} (${columns}) SELECT ${columns} FROM restored.${quoteIdentifier(table)}`).run().changes;
}

/** The counts a restore reports. */
export function restoredCounts(db: Database.Database): { documents: number; trashed: number; tags: number; notes: number } {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    documents: count('SELECT count(*) AS n FROM documents WHERE deleted_at IS NULL'),
    trashed: count('SELECT count(*) AS n FROM documents WHERE deleted_at IS NOT NULL'),
    tags: count('SELECT count(*) AS n FROM tags'),
    notes: count('SELECT count(*) AS n FROM notes'),
  };
}
