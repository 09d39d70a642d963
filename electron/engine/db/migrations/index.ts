import { migration001Core } from './001-core';
import { migration002SearchIndex } from './002-search-index';
import { migration003NearDuplicates } from './003-near-duplicates';
import { migration004TagRules } from './004-tag-rules';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append-only: never edit a released migration, add the next number instead. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'core', sql: migration001Core },
  { version: 2, name: 'search-index', sql: migration002SearchIndex },
  { version: 3, name: 'near-duplicates', sql: migration003NearDuplicates },
  { version: 4, name: 'tag-rules', sql: migration004TagRules },
];

export const LATEST_SCHEMA_VERSION = latestVersion(MIGRATIONS);

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((latest, migration) => Math.max(latest, migration.version), 0);
}
