import type Database from 'better-sqlite3';

const cachesByConnection = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The connection's prepared statement for `sql`, prepared once. For statements every import runs
 * several times (a joined SELECT takes longer to prepare than to run). Only for plain run/get/all:
 * a statement changed by pluck(), raw() or bind(), or iterated, must be prepared where it is used.
 */
export function preparedOnce(db: Database.Database, sql: string): Database.Statement {
  let cache = cachesByConnection.get(db);
  if (!cache) cachesByConnection.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
