import type Database from 'better-sqlite3';
import { normalizeText } from '../../electron/engine/text/normalize';
import type { BenchQuery } from './search-bench-queries';

/**
 * SQLite FTS5 with the trigram tokenizer over the same folded texts, as a peer in the search
 * benchmark: a query of terms of 3 or more characters is an FTS5 MATCH ranked by bm25; a shorter
 * term makes it a LIKE scan (the trigram index cannot serve it) that stops at the first page,
 * unranked. Folding is done before indexing, so the peer finds traditional text; it knows nothing
 * of one-to-many characters (its false hits and misses are counted against the same reference).
 * Each hit's snippet is cut around the first term, so the peer pays for a results page too.
 */

export const PEER_TABLE_SQL = `CREATE VIRTUAL TABLE peer_trigram USING fts5(t, tokenize = 'trigram')`;

export function insertPeerRow(db: Database.Database): (seq: number, folded: string) => void {
  const insert = db.prepare('INSERT INTO peer_trigram (rowid, t) VALUES (?, ?)');
  return (seq, folded) => insert.run(seq, folded);
}

interface PeerSql {
  sql: string;
  params: unknown[];
}

function filterSql(query: BenchQuery): { where: string[]; params: unknown[] } {
  const where = ['s.deleted = 0'];
  const params: unknown[] = [];
  const { kind, city, yearFrom, yearTo } = query.filter;
  if (kind !== undefined) {
    where.push('s.kind = ?');
    params.push(kind);
  }
  if (city !== undefined) {
    where.push("s.region LIKE '%' || ? || '%'");
    params.push(normalizeText(city));
  }
  if (yearFrom !== undefined) {
    where.push('s.year BETWEEN ? AND ?');
    params.push(yearFrom, yearTo ?? yearFrom);
  }
  return { where, params };
}

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/** The peer's SQL for a query: every matching rowid, or the first page (`limit`). */
export function peerSql(query: BenchQuery, limit: number | null): PeerSql {
  const groups = query.terms.groups.map((group) => group.map(normalizeText));
  const excluded = query.terms.excluded.map(normalizeText);
  const filters = filterSql(query);
  const tail = limit === null ? '' : ` LIMIT ${limit}`;
  if ([...groups.flat(), ...excluded].every((term) => [...term].length >= 3)) {
    let match = groups.map((group) => (group.length === 1 ? quote(group[0] ?? '') : `(${group.map(quote).join(' OR ')})`)).join(' AND ');
    if (excluded.length > 0) match = `(${match}) NOT (${excluded.map(quote).join(' OR ')})`;
    return {
      sql: `SELECT f.rowid AS seq, f.t AS t FROM peer_trigram f JOIN bench_scan s ON s.seq = f.rowid
        WHERE peer_trigram MATCH ? AND ${filters.where.join(' AND ')} ORDER BY f.rank${tail}`,
      params: [match, ...filters.params],
    };
  }
  const like = "f.t LIKE '%' || ? || '%'";
  const where = [
    ...groups.map((group) => `(${group.map(() => like).join(' OR ')})`),
    ...excluded.map(() => `NOT ${like}`),
    ...filters.where,
  ];
  return {
    sql: `SELECT f.rowid AS seq, f.t AS t FROM peer_trigram f JOIN bench_scan s ON s.seq = f.rowid WHERE ${where.join(' AND ')}${tail}`,
    params: [...groups.flat(), ...excluded, ...filters.params],
  };
}

/** One results page from the peer, with a snippet per hit. */
export function peerPage(db: Database.Database, query: BenchQuery, limit: number): string[] {
  const { sql, params } = peerSql(query, limit);
  const first = normalizeText(query.terms.groups[0]?.[0] ?? '');
  return db
    .prepare<unknown[], { seq: number; t: string }>(sql)
    .all(...params)
    .map((row) => {
      const at = Math.max(0, row.t.indexOf(first) - 24);
      return row.t.slice(at, at + 120);
    });
}

/** Every seq the peer matches. */
export function peerMatches(db: Database.Database, query: BenchQuery): number[] {
  const { sql, params } = peerSql(query, null);
  return db.prepare<unknown[], { seq: number }>(sql.replace('f.t AS t', 'NULL AS t')).all(...params).map((row) => row.seq);
}
