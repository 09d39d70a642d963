import type Database from 'better-sqlite3';

/** Rows of 保存的搜索 (saved_searches) and 最近搜索 (search_history). */

export interface SavedSearchRow {
  id: string;
  name: string;
  query: string;
  sort: 'relevance' | 'date';
  created_at: string;
  updated_at: string;
}

export interface SearchHistoryRow {
  query: string;
  used_at: string;
  uses: number;
}

export function findSavedSearchRow(db: Database.Database, id: string): SavedSearchRow | undefined {
  return db.prepare<[string], SavedSearchRow>('SELECT * FROM saved_searches WHERE id = ?').get(id);
}

export function findSavedSearchIdByName(db: Database.Database, name: string): string | undefined {
  return db.prepare<[string], { id: string }>('SELECT id FROM saved_searches WHERE name = ?').get(name)?.id;
}

/** In the order the sidebar shows them. */
export function listSavedSearchRows(db: Database.Database): SavedSearchRow[] {
  return db.prepare<[], SavedSearchRow>('SELECT * FROM saved_searches ORDER BY position, created_at').all();
}

/** Adds a saved search after the last one. */
export function insertSavedSearch(db: Database.Database, row: SavedSearchRow): void {
  const position = db.prepare<[], number>('SELECT coalesce(max(position), 0) + 1 FROM saved_searches').pluck().get() ?? 1;
  db.prepare('INSERT INTO saved_searches (id, name, query, sort, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.name,
    row.query,
    row.sort,
    position,
    row.created_at,
    row.updated_at,
  );
}

export function updateSavedSearchRow(db: Database.Database, row: SavedSearchRow): void {
  db.prepare('UPDATE saved_searches SET name = ?, query = ?, sort = ?, updated_at = ? WHERE id = ?').run(row.name, row.query, row.sort, row.updated_at, row.id);
}

export function deleteSavedSearchRow(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id);
}

/** The newest uses first. */
export function listSearchHistory(db: Database.Database, limit: number): SearchHistoryRow[] {
  return db.prepare<[number], SearchHistoryRow>('SELECT query, used_at, uses FROM search_history ORDER BY rowid DESC LIMIT ?').all(limit);
}

/**
 * Records one more use of a query and keeps only the newest `keep` entries. Deletes and inserts
 * again: the newest use gets the highest rowid, which orders the list.
 */
export function recordSearchUse(db: Database.Database, query: string, now: string, keep: number): void {
  const uses = db.prepare<[string], number>('SELECT uses FROM search_history WHERE query = ?').pluck().get(query) ?? 0;
  db.prepare('DELETE FROM search_history WHERE query = ?').run(query);
  db.prepare('INSERT INTO search_history (query, used_at, uses) VALUES (?, ?, ?)').run(query, now, uses + 1);
  db.prepare('DELETE FROM search_history WHERE rowid NOT IN (SELECT rowid FROM search_history ORDER BY rowid DESC LIMIT ?)').run(keep);
}

/** Answers how many entries were removed. */
export function clearSearchHistoryRows(db: Database.Database): number {
  return db.prepare('DELETE FROM search_history').run().changes;
}
