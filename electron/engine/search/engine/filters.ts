import type Database from 'better-sqlite3';
import { normalizeTagPath, TAG_SEPARATOR } from '../../../../shared/model/tag';
import { normalizeText } from '../../text/normalize';
import type { Filter } from './query-parser';

/**
 * SQL conditions for the field filters of a query: on `search_docs s` (folded region and issuer,
 * year already derived) when the index is in use, or on `documents d` when it is being rebuilt.
 */
export type FilterTarget = 's' | 'd';

export interface FilterSql {
  conditions: string[];
  params: unknown[];
  notices: string[];
}

/** SQL function registered on the connection: does the folded value contain the folded needle? */
export const CONTAINS_FUNCTION = 'casebook_search_contains';

export function registerSearchFunctions(db: Database.Database): void {
  db.function(CONTAINS_FUNCTION, { deterministic: true }, (value: unknown, needle: unknown) =>
    typeof value === 'string' && typeof needle === 'string' && normalizeText(value).includes(needle) ? 1 : 0,
  );
}

/** tag:X matches a tag whose path is X or below X, or that has a level named X (主题/党建联建 for 党建联建). */
export function tagMatches(path: string, wanted: string): boolean {
  const p = normalizeText(path);
  return (
    p === wanted ||
    p.startsWith(wanted + TAG_SEPARATOR) ||
    p.endsWith(TAG_SEPARATOR + wanted) ||
    p.includes(TAG_SEPARATOR + wanted + TAG_SEPARATOR)
  );
}

/**
 * Documents in the collections (专辑, not deleted) named `wanted` (folded; an exact name first,
 * else every name containing it); null when there is no such collection or no collections table yet.
 */
export function collectionMembers(db: Database.Database, wanted: string): number[] | null {
  if (!hasCollections(db)) return null;
  const collections = db
    .prepare<[], { id: string | number; name: string }>('SELECT id, name FROM collections WHERE deleted_at IS NULL')
    .all()
    .map((row) => ({ id: row.id, name: normalizeText(row.name) }));
  let chosen = collections.filter((c) => c.name === wanted);
  if (chosen.length === 0) chosen = collections.filter((c) => c.name.includes(wanted));
  if (chosen.length === 0) return null;
  return db
    .prepare<[string], number>(
      `SELECT DISTINCT d.seq FROM collection_items ci JOIN documents d ON d.id = ci.document_id
       WHERE ci.collection_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .all(JSON.stringify(chosen.map((c) => c.id)));
}

/** Collections (专辑) arrive with migration 006; a library without them still searches. */
export function hasCollections(db: Database.Database): boolean {
  const found = db
    .prepare<[], number>(
      "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('collections', 'collection_items')",
    )
    .pluck()
    .get();
  return found === 2;
}

function condition(db: Database.Database, t: FilterTarget, filter: Filter, params: unknown[], notices: string[]): string {
  switch (filter.field) {
    case 'kind':
      params.push(...filter.kinds);
      return `${t}.kind IN (${filter.kinds.map(() => '?').join(', ')})`;
    case 'region':
    case 'issuer': {
      params.push(normalizeText(filter.value.trim()));
      // search_docs keeps these folded already.
      return t === 's' ? `instr(s.${filter.field}, ?) > 0` : `${CONTAINS_FUNCTION}(d.${filter.field}, ?)`;
    }
    case 'tag': {
      const wanted = normalizeText(normalizeTagPath(filter.value));
      const ids = db
        .prepare<[], { id: number; path: string }>('SELECT id, path FROM tags')
        .all()
        .filter((tag) => tagMatches(tag.path, wanted))
        .map((tag) => tag.id);
      if (ids.length === 0) {
        notices.push(`没有名为“${filter.value}”的标签。`);
        return '0';
      }
      params.push(JSON.stringify(ids));
      return `EXISTS (SELECT 1 FROM document_tags dt WHERE dt.document_seq = ${t}.seq
        AND dt.tag_id IN (SELECT value FROM json_each(?)))`;
    }
    case 'collection': {
      const seqs = collectionMembers(db, normalizeText(filter.value.trim()));
      if (seqs === null) {
        notices.push(`没有名为“${filter.value}”的专辑。`);
        return '0';
      }
      params.push(JSON.stringify(seqs));
      return `${t}.seq IN (SELECT value FROM json_each(?))`;
    }
    case 'year':
      params.push(filter.range.from, filter.range.to);
      return t === 's'
        ? 's.year BETWEEN ? AND ?'
        : 'coalesce(d.year, CAST(substr(d.date, 1, 4) AS INTEGER)) BETWEEN ? AND ?';
    case 'date': {
      const parts: string[] = [];
      if (filter.range.from !== null) {
        parts.push(`${t}.date >= ?`);
        params.push(filter.range.from);
      }
      if (filter.range.to !== null) {
        parts.push(`${t}.date <= ?`);
        params.push(filter.range.to);
      }
      return `(${parts.join(' AND ')})`;
    }
  }
}

/**
 * Filters of one field are alternatives (kind:policy kind:case); different fields must all hold;
 * a negated filter excludes. A document without the value (no date) fails a positive filter and
 * passes a negated one.
 */
export function filterSql(db: Database.Database, filters: readonly Filter[], target: FilterTarget): FilterSql {
  const out: FilterSql = { conditions: [], params: [], notices: [] };
  const positive = new Map<string, Filter[]>();
  for (const filter of filters) {
    if (filter.negated) continue;
    const list = positive.get(filter.field) ?? [];
    list.push(filter);
    positive.set(filter.field, list);
  }
  for (const group of positive.values()) {
    const parts = group.map((filter) => `(${condition(db, target, filter, out.params, out.notices)})`);
    out.conditions.push(parts.length === 1 ? (parts[0] ?? '1') : `(${parts.join(' OR ')})`);
  }
  for (const filter of filters) {
    if (!filter.negated) continue;
    out.conditions.push(`NOT coalesce(${condition(db, target, filter, out.params, out.notices)}, 0)`);
  }
  return out;
}
