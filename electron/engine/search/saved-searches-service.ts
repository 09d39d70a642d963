import { CasebookError } from '../../../shared/api/errors';
import type { SavedSearch, SearchHistoryEntry } from '../../../shared/model/search-extras';
import type { Library } from '../core/library';
import { newId, nowIso } from '../core/ids';
import {
  clearSearchHistoryRows,
  deleteSavedSearchRow,
  findSavedSearchIdByName,
  findSavedSearchRow,
  insertSavedSearch,
  listSavedSearchRows,
  listSearchHistory,
  recordSearchUse,
  updateSavedSearchRow,
  type SavedSearchRow,
} from './saved-searches-repo';

/** 保存的搜索 (sidebar, run again live when read) and 最近搜索 (the search box's history). */

export const HISTORY_LIMIT = 50;

function liveCount(library: Library, query: string): { count: number; estimated: boolean } {
  const response = library.search.query({ query, sort: 'relevance', offset: 0, limit: 1 });
  return { count: response.total, estimated: response.estimated };
}

function toSaved(library: Library, row: SavedSearchRow): SavedSearch {
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

function requireSaved(library: Library, id: string): SavedSearchRow {
  const row = findSavedSearchRow(library.db, id);
  if (!row) throw new CasebookError('NOT_FOUND', '找不到这条保存的搜索，它可能已被删除。', `saved search ${id}`);
  return row;
}

function assertNameFree(library: Library, name: string, exceptId: string | null): void {
  const other = findSavedSearchIdByName(library.db, name);
  if (other !== undefined && other !== exceptId) {
    throw new CasebookError('CONFLICT', `已经有名为“${name}”的保存的搜索，请换一个名称。`, `saved search name ${name}`);
  }
}

function assertQuery(query: string): void {
  if (query.trim() === '') throw new CasebookError('BAD_REQUEST', '检索条件不能为空。', 'empty saved query');
}

export function listSavedSearches(library: Library): SavedSearch[] {
  return listSavedSearchRows(library.db).map((row) => toSaved(library, row));
}

export function saveSearch(library: Library, input: { name: string; query: string; sort: 'relevance' | 'date' }): SavedSearch {
  const name = input.name.trim();
  const query = input.query.trim();
  assertQuery(query);
  const row = library.write(() => {
    assertNameFree(library, name, null);
    const now = nowIso();
    const saved: SavedSearchRow = { id: newId(), name, query, sort: input.sort, created_at: now, updated_at: now };
    insertSavedSearch(library.db, saved);
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
    const updated: SavedSearchRow = { ...current, name, query, sort: patch.sort ?? current.sort, updated_at: nowIso() };
    updateSavedSearchRow(library.db, updated);
    return updated;
  });
  return toSaved(library, row);
}

export function deleteSavedSearch(library: Library, id: string): { ok: true } {
  library.write(() => {
    requireSaved(library, id);
    deleteSavedSearchRow(library.db, id);
  });
  return { ok: true };
}

export function searchHistory(library: Library, limit: number): SearchHistoryEntry[] {
  return listSearchHistory(library.db, limit).map((row) => ({ query: row.query, usedAt: row.used_at, uses: row.uses }));
}

/** Remembers a query the user ran (newest first); keeps the newest HISTORY_LIMIT. */
export function recordSearch(library: Library, query: string): { ok: true } {
  const trimmed = query.trim();
  if (trimmed === '') return { ok: true };
  library.write(() => recordSearchUse(library.db, trimmed, nowIso(), HISTORY_LIMIT));
  return { ok: true };
}

export function clearSearchHistory(library: Library): { cleared: number } {
  return library.write(() => ({ cleared: clearSearchHistoryRows(library.db) }));
}
