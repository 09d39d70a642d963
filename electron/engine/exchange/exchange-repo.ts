import type Database from 'better-sqlite3';

/**
 * Table-level SQL shared by 交换包 and 备份: both move rows of tables they know by name only (a
 * later migration's table travels without changes here), so they ask SQLite what is there.
 */

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function tableExists(db: Database.Database, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/** The table's column names, in their order; `schema` names an attached database. */
export function tableColumns(db: Database.Database, table: string, schema?: string): string[] {
  const pragma = schema === undefined ? 'PRAGMA table_info' : `PRAGMA ${schema}.table_info`;
  return (db.prepare(`${pragma}(${quoteIdentifier(table)})`).all() as { name: string }[]).map((column) => column.name);
}

export function tableHasRows(db: Database.Database, table: string): boolean {
  return db.prepare(`SELECT 1 FROM ${quoteIdentifier(table)} LIMIT 1`).get() !== undefined;
}

/** True once the library holds a document (trashed ones count). */
export function hasAnyDocument(db: Database.Database): boolean {
  return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n > 0;
}
