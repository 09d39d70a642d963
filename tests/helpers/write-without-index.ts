import type Database from 'better-sqlite3';

/**
 * Runs fn as a writer that does not keep the search index would (an older Casebook, another
 * program): the connection's index-upkeep triggers are dropped first. The connection is then only
 * fit for reading: reopen the library to write again.
 */
export function writeWithoutIndex(db: Database.Database, fn: () => void): void {
  const triggers = db.prepare<[], string>("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'").pluck().all();
  for (const name of triggers) db.exec(`DROP TRIGGER temp."${name}"`);
  db.transaction(fn)();
}
