import { CasebookError } from '../../../shared/api/errors';
import type { SavedSearch, SearchHistoryEntry } from '../../../shared/model/search-extras';
import type { Library } from '../core/library';
import { newId, nowIso } from '../core/ids';

/** 保存的搜索 (sidebar, run again live when read) and 最近搜索 (the search box's history). */

export const HISTORY_LIMIT = 50;

interface SavedRow {
  id: string;
  name: string;
  query: string;
  sort: 'relevance' | 'date';
  created_at: string;
  updated_at: string;
}

function liveCount(library: Library, query: string): { count: number; estimated: boolean } {
  const response = library.search.query({ query, sort: 'relevance', offset: 0, limit: 1 });
  return { count: response.total, estimated: response.estimated };
}

function toSaved(library: Library, row: SavedRow): SavedSearch {
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    sort: row.sort,
    ...liveCount(library, row.query),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function requireSaved(library: Library, id: string): SavedRow {
  const row = library.db.prepare<[string], SavedRow>('SELECT * FROM saved_searches WHERE id = ?').get(id);
  if (!row) throw new CasebookError('NOT_FOUND', '找不到这条保存的搜索，它可能已被删除。', `saved search ${id}`);
  return row;
}

function assertNameFree(library: Library, name: string, exceptId: string | null): void {
  const other = library.db.prepare<[string], { id: string }>('SELECT id FROM saved_searches WHERE name = ?').get(name);
  if (other && other.id !== exceptId) {
    throw new CasebookError('CONFLICT', `已经有名为“${name}”的保存的搜索，请换一个名称。`, `saved search name ${name}`);
  }
}

function assertQuery(query: string): void {
  if (query.trim() === '') throw new CasebookError('BAD_REQUEST', '检索条件不能为空。', 'empty saved query');
}

export function listSavedSearches(library: Library): SavedSearch[] {
  return library.db
    .prepare<[], SavedRow>('SELECT * FROM saved_searches ORDER BY position, created_at')
    .all()
    .map((row) => toSaved(library, row));
}

export function saveSearch(library: Library, input: { name: string; query: string; sort: 'relevance' | 'date' }): SavedSearch {
  const name = input.name.trim();
  const query = input.query.trim();
  assertQuery(query);
  const row = library.write(() => {
    assertNameFree(library, name, null);
    const now = nowIso();
    const position =
      library.db.prepare<[], number>('SELECT coalesce(max(position), 0) + 1 FROM saved_searches').pluck().get() ?? 1;
    const saved: SavedRow = { id: newId(), name, query, sort: input.sort, created_at: now, updated_at: now };
    library.db
      .prepare('INSERT INTO saved_searches (id, name, query, sort, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(saved.id, name, query, saved.sort, position, now, now);
    return saved;
  });
  return toSaved(library, row);
}

export function updateSavedSearch(
  library: Library,
  id: string,
  patch: { name?: string | undefined; query?: string | undefined; sort?: 'relevance' | 'date' | undefined },
): SavedSearch {
  const row = library.write(() => {
    const current = requireSaved(library, id);
    const name = patch.name?.trim() ?? current.name;
    const query = patch.query?.trim() ?? current.query;
    assertQuery(query);
    assertNameFree(library, name, id);
    const updated: SavedRow = { ...current, name, query, sort: patch.sort ?? current.sort, updated_at: nowIso() };
    library.db
      .prepare('UPDATE saved_searches SET name = ?, query = ?, sort = ?, updated_at = ? WHERE id = ?')
      .run(updated.name, updated.query, updated.sort, updated.updated_at, id);
    return updated;
  });
  return toSaved(library, row);
}

export function deleteSavedSearch(library: Library, id: string): { ok: true } {
  library.write(() => {
    requireSaved(library, id);
    library.db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id);
  });
  return { ok: true };
}

export function searchHistory(library: Library, limit: number): SearchHistoryEntry[] {
  return library.db
    .prepare<[number], { query: string; used_at: string; uses: number }>(
      'SELECT query, used_at, uses FROM search_history ORDER BY rowid DESC LIMIT ?',
    )
    .all(limit)
    .map((row) => ({ query: row.query, usedAt: row.used_at, uses: row.uses }));
}

/** Remembers a query the user ran (newest first); keeps the newest HISTORY_LIMIT. */
export function recordSearch(library: Library, query: string): { ok: true } {
  const trimmed = query.trim();
  if (trimmed === '') return { ok: true };
  library.write(() => {
    // Delete and insert again: the newest use gets the highest rowid, which orders the list.
    const uses =
      library.db.prepare<[string], number>('SELECT uses FROM search_history WHERE query = ?').pluck().get(trimmed) ?? 0;
    library.db.prepare('DELETE FROM search_history WHERE query = ?').run(trimmed);
    library.db.prepare('INSERT INTO search_history (query, used_at, uses) VALUES (?, ?, ?)').run(trimmed, nowIso(), uses + 1);
    library.db
      .prepare('DELETE FROM search_history WHERE rowid NOT IN (SELECT rowid FROM search_history ORDER BY rowid DESC LIMIT ?)')
      .run(HISTORY_LIMIT);
  });
  return { ok: true };
}

export function clearSearchHistory(library: Library): { cleared: number } {
  return library.write(() => ({ cleared: library.db.prepare('DELETE FROM search_history').run().changes }));
}
