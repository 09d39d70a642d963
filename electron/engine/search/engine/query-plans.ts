import type Database from 'better-sqlite3';
import type { ParsedRequestOf } from '../../../../shared/api/contract';
import type { DocumentReader } from './document-rows';
import { evaluateDocument, type CompiledQuery } from './evaluate';
import type { FilterSql } from './filters';

/**
 * How a query is answered. Every plan returns exactly the documents that match; they differ in how
 * the order and the total are found, so that a query matching most of a 50,000-document library
 * costs about as much as a rare one:
 * - `filterScan`: the filters leave few documents; read and check them directly.
 * - `rare`, `narrow` (ranked-plans.ts): the terms' rare tokens bound the answer to RANK_AT_ONCE
 *   documents, or the index finds at most PROBE; exact total, bm25 order (title and practice-name
 *   hits weigh most), or the broad order where bm25 would read a common phrase or excluded word.
 * - `broad` (broad-plan.ts): more than PROBE; documents with a hit in the title, practice name
 *   or metadata come first, then the others, each newest-added first; the total is estimated.
 * - `list`: no words, only filters and exclusions; newest first.
 * - `scan`: no usable index (being rebuilt); every document is read.
 */

export type Request = ParsedRequestOf<'search.query'>;

export interface Ranked {
  seq: number;
  score: number;
}

export interface Plan {
  total: number;
  page: Ranked[];
  /** The total is an estimate (broad queries sorted by relevance). */
  estimated: boolean;
}

export interface PlanContext {
  db: Database.Database;
  reader: DocumentReader;
  /** Documents per index token, counted up to RARE + 1 (see ranked-plans.ts), kept until the index changes. */
  rarity?: Map<string, number>;
  /** The seqs of trashed documents (few), kept until the library changes. */
  trashed?: () => ReadonlySet<number>;
  query: CompiledQuery;
  filters: FilterSql;
  request: Request;
  /** FTS5 expression of the whole query (null when it has no words to look for). */
  match: string | null;
  /** FTS5 expression "any positive term", for the title/practice/meta tier. */
  anyTerm: string | null;
  /** FTS5 expression "any excluded term" (null without exclusions), as `match` excludes them. */
  anyExcluded: string | null;
  /** Some term has a traditional character with several meanings: candidates are verified. */
  verifyCandidates: boolean;
  /**
   * FTS5 expression of the sense markers that may refuse a term (senses.ts): only candidates
   * having one are read and checked; the index answers the others exactly.
   */
  risky: string | null;
  /** The documents having a risky marker, found once per query. */
  riskySeqs?: ReadonlySet<number>;
}

/** Answers with more documents than this are "broad". */
export const PROBE = 500;
/** Filters leaving at most this many documents are answered by reading them. */
export const FILTER_SCAN = 60;
export const VERIFY_BATCH = 200;
/** `limit` meaning all. */
export const ALL = -1;
/**
 * A rowid bound of an FTS5 query. FTS5 ignores a bound given as a float, which is how better-sqlite3
 * passes every JavaScript number, and then reads the whole index, leaving SQLite to drop the rows
 * outside the range.
 */
export const ROWID = 'CAST(? AS INTEGER)';

export const where = (p: PlanContext, ...extra: string[]) =>
  ['s.deleted = 0', ...extra, ...p.filters.conditions].join(' AND ');

/**
 * The given seqs that pass trash and filters, in the given order. Without filters only the trash
 * matters: a set lookup instead of one index read per seq.
 */
export function passing(p: PlanContext, candidates: readonly number[]): number[] {
  if (p.filters.conditions.length === 0 && p.trashed) {
    const trashed = p.trashed();
    return candidates.filter((seq) => !trashed.has(seq));
  }
  const kept = new Set(
    seqs(p, `SELECT s.seq FROM search_docs s WHERE ${where(p, 's.seq IN (SELECT value FROM json_each(?))')}`, [
      JSON.stringify(candidates),
      ...p.filters.params,
    ]),
  );
  return candidates.filter((seq) => kept.has(seq));
}

export function pageOf<T>(items: readonly T[], request: Request): T[] {
  return request.limit === ALL ? items.slice(request.offset) : items.slice(request.offset, request.offset + request.limit);
}

export function exact(found: Ranked[], request: Request): Plan {
  return { total: found.length, page: pageOf(found, request), estimated: false };
}

/** Keeps the candidates (in order) that really match, reading them in batches; stops at `enough`. */
export function verify(p: PlanContext, candidates: readonly Ranked[], enough = Infinity): Ranked[] {
  const kept: Ranked[] = [];
  for (let i = 0; i < candidates.length && kept.length < enough; i += VERIFY_BATCH) {
    const slice = candidates.slice(i, i + VERIFY_BATCH);
    const docs = new Map(p.reader.load(slice.map((c) => c.seq)).map((doc) => [doc.seq, doc]));
    for (const candidate of slice) {
      const doc = docs.get(candidate.seq);
      if (doc && !doc.deleted && evaluateDocument(doc, p.query) !== null) kept.push(candidate);
    }
  }
  return kept;
}

/**
 * Keeps the candidates (in order) whose one-to-many characters really match (see `risky`): only
 * those with a marker are read. Without filters or a scan, the index's answer is exact for the others.
 */
export function verifySenses(p: PlanContext, candidates: readonly Ranked[], enough = Infinity): Ranked[] {
  if (p.risky === null) return candidates.slice(0, enough);
  p.riskySeqs ??= new Set(seqs(p, 'SELECT rowid FROM document_fts WHERE document_fts MATCH ?', [p.risky]));
  const risky = p.riskySeqs;
  if (risky.size === 0) return candidates.slice(0, enough);
  const kept: Ranked[] = [];
  for (let i = 0; i < candidates.length && kept.length < enough; ) {
    const candidate = candidates[i];
    if (candidate && !risky.has(candidate.seq)) {
      kept.push(candidate);
      i++;
      continue;
    }
    // The next run of candidates up to VERIFY_BATCH risky ones, read together.
    let j = i;
    let reads = 0;
    while (j < candidates.length && reads < VERIFY_BATCH) if (risky.has(candidates[j++]?.seq ?? -1)) reads++;
    const slice = candidates.slice(i, j);
    const docs = new Map(p.reader.load(slice.flatMap((c) => (risky.has(c.seq) ? [c.seq] : []))).map((doc) => [doc.seq, doc]));
    for (const c of slice) {
      if (kept.length >= enough) break;
      if (!risky.has(c.seq)) kept.push(c);
      else {
        const doc = docs.get(c.seq);
        if (doc && !doc.deleted && evaluateDocument(doc, p.query) !== null) kept.push(c);
      }
    }
    i = j;
  }
  return kept;
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement<unknown[], number>>>();

/** A prepared statement per SQL text and connection: the plans run the same few texts again and again. */
export function prepared(db: Database.Database, sql: string): Database.Statement<unknown[], number> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= 500) cache.clear();
    statement = db.prepare<unknown[], number>(sql).pluck();
    cache.set(sql, statement);
  }
  return statement;
}

export function seqs(p: PlanContext, sql: string, params: unknown[]): number[] {
  return prepared(p.db, sql).all(...params);
}

/** The filters alone leave at most FILTER_SCAN documents: null when they leave more. */
export function filterScan(p: PlanContext): Plan | null {
  if (p.filters.conditions.length === 0) return null;
  // No ORDER BY: the scan stops at the first FILTER_SCAN + 1 rows.
  const rows = p.db
    .prepare<unknown[], { seq: number; date: string | null }>(`SELECT s.seq, s.date FROM search_docs s WHERE ${where(p)} LIMIT ?`)
    .all(...p.filters.params, FILTER_SCAN + 1);
  if (rows.length > FILTER_SCAN) return null;
  rows.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.seq - a.seq);
  return scanDocuments(p, rows.map((row) => row.seq));
}

/** Reads the given documents (in date order) and keeps the matching ones, best first. */
export function scanDocuments(p: PlanContext, candidates: readonly number[]): Plan {
  const found: Ranked[] = [];
  for (let i = 0; i < candidates.length; i += VERIFY_BATCH) {
    for (const doc of p.reader.load(candidates.slice(i, i + VERIFY_BATCH))) {
      const score = doc.deleted ? null : evaluateDocument(doc, p.query);
      if (score !== null) found.push({ seq: doc.seq, score });
    }
  }
  // A stable sort keeps date order among equal scores.
  if (p.request.sort === 'relevance' && p.query.groups.length > 0) found.sort((a, b) => b.score - a.score);
  return exact(found, p.request);
}

/** Every match, in date order (broad queries sorted by date; also "select all"). */
export function complete(p: PlanContext): Plan {
  const order = p.request.sort === 'date' ? 's.date DESC, s.seq DESC' : 'f.rowid DESC';
  let found: Ranked[] = seqs(
    p,
    `SELECT f.rowid FROM document_fts f JOIN search_docs s ON s.seq = f.rowid
     WHERE document_fts MATCH ? AND ${where(p)} ORDER BY ${order}`,
    [p.match, ...p.filters.params],
  ).map((seq) => ({ seq, score: 0 }));
  if (p.verifyCandidates) found = verifySenses(p, found);
  return exact(found, p.request);
}

export function list(p: PlanContext): Plan {
  const params: unknown[] = [];
  const extra: string[] = [];
  if (p.match !== null) {
    extra.push('s.seq NOT IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?)');
    params.push(p.match);
  }
  const from = `FROM search_docs s WHERE ${where(p, ...extra)}`;
  const order = 'ORDER BY s.date DESC, s.seq DESC';
  if (p.verifyCandidates) {
    const candidates = seqs(p, `SELECT s.seq ${from} ${order}`, [...params, ...p.filters.params]);
    return exact(verifySenses(p, candidates.map((seq) => ({ seq, score: 0 }))), p.request);
  }
  const total = p.db.prepare<unknown[], number>(`SELECT count(*) ${from}`).pluck().get(...params, ...p.filters.params) ?? 0;
  const page = seqs(p, `SELECT s.seq ${from} ${order} LIMIT ? OFFSET ?`, [
    ...params,
    ...p.filters.params,
    p.request.limit,
    p.request.offset,
  ]).map((seq) => ({ seq, score: 0 }));
  return { total, page, estimated: false };
}
