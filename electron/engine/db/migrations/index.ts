import { migration001Core } from './001-core';
import { migration002SearchIndex } from './002-search-index';
import { migration003NearDuplicates } from './003-near-duplicates';
import { migration004TagRules } from './004-tag-rules';
import { migration005SavedSearches } from './005-saved-searches';
import { migration006Collections } from './006-collections';
import { migration007Drafts } from './007-drafts';
import { migration008SelectionRounds } from './008-selection-rounds';
import { migration009CriterionNotes } from './009-criterion-notes';
import { migration010UndoLog } from './010-undo-log';
import { migration011ImportReading } from './011-import-reading';
import { migration012ReviewPackages } from './012-review-packages';
import { migration013Ocr } from './013-ocr';
import { migration014SearchMergesAtIdle } from './014-search-merges-at-idle';

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
  { version: 5, name: 'saved-searches', sql: migration005SavedSearches },
  { version: 6, name: 'collections', sql: migration006Collections },
  { version: 7, name: 'drafts', sql: migration007Drafts },
  { version: 8, name: 'selection-rounds', sql: migration008SelectionRounds },
  { version: 9, name: 'criterion-notes', sql: migration009CriterionNotes },
  { version: 10, name: 'undo-log', sql: migration010UndoLog },
  { version: 11, name: 'import-reading', sql: migration011ImportReading },
  { version: 12, name: 'review-packages', sql: migration012ReviewPackages },
  { version: 13, name: 'ocr', sql: migration013Ocr },
  { version: 14, name: 'search-merges-at-idle', sql: migration014SearchMergesAtIdle },
];

export const LATEST_SCHEMA_VERSION = latestVersion(MIGRATIONS);

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((latest, migration) => Math.max(latest, migration.version), 0);
}
