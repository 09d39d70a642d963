import type Database from 'better-sqlite3';
import { CasebookError } from '../../../shared/api/errors';
import { latestVersion, MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the newest version, one migration per transaction, so a crash leaves the
 * library at the last complete version. A library written by a newer Casebook is refused untouched.
 */
export function assertNotNewer(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = schemaVersion(db);
  const latest = latestVersion(migrations);
  if (current > latest) {
    throw new CasebookError(
      'LIBRARY_TOO_NEW',
      `这个资料库由更新版本的案例库创建（结构版本 ${current}，本程序支持到 ${latest}），请先升级案例库。`,
      `user_version ${current} > ${latest}`,
    );
  }
}

export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  assertNotNewer(db, migrations);
  const current = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
