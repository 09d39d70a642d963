import { ALL, pageOf, passing, seqs, verify, verifySenses, VERIFY_BATCH, where, type Plan, type PlanContext, type Ranked } from './query-plans';

/** The plan for a query matching more than PROBE documents (see query-plans.ts). */

/** Streams one tier newest first until `needed` matches or the end (rowid keyset between batches). */
function tier(p: PlanContext, table: string, match: string, needed: number, score: number) {
  const sql = `SELECT f.rowid FROM ${table} f JOIN search_docs s ON s.seq = f.rowid
    WHERE ${table} MATCH ? AND f.rowid < ? AND ${where(p)} ORDER BY f.rowid DESC LIMIT ?`;
  const items: Ranked[] = [];
  const batch = needed === ALL ? ALL : p.verifyCandidates ? Math.max(VERIFY_BATCH, needed + 1) : needed + 1;
  for (let below = Number.MAX_SAFE_INTEGER; ; ) {
    const rows = seqs(p, sql, [match, below, ...p.filters.params, batch]);
    const want = needed === ALL ? Infinity : needed - items.length;
    const candidates = rows.map((seq) => ({ seq, score }));
    items.push(...(p.verifyCandidates ? verifySenses(p, candidates, want) : candidates.slice(0, want)));
    if (batch === ALL || rows.length < batch) return { items, done: true };
    if (items.length >= needed) return { items: items.slice(0, needed), done: false };
    below = rows[rows.length - 1] ?? 0;
  }
}

/** Few enough title/practice/meta candidates to check each by reading it. */
const FIELD_CHECK = 100;

/**
 * Matches with a hit in the title, practice name or metadata, newest first. They come from the
 * small index; when the query is more than one group of alternatives, a candidate must also match
 * the whole query: a few are read and checked, many are found by the full index.
 */
function fieldTier(p: PlanContext, needed: number) {
  const any = p.anyTerm ?? '';
  if (p.query.groups.length === 1 && p.query.excluded.length === 0) return tier(p, 'document_fields_fts', any, needed, 2);
  const candidates = seqs(
    p,
    `SELECT f.rowid FROM document_fields_fts f JOIN search_docs s ON s.seq = f.rowid
     WHERE document_fields_fts MATCH ? AND ${where(p)} ORDER BY f.rowid DESC LIMIT ?`,
    [any, ...p.filters.params, FIELD_CHECK + 1],
  );
  if (candidates.length <= FIELD_CHECK) {
    const items = verify(p, candidates.map((seq) => ({ seq, score: 2 })));
    return { items: needed === ALL ? items : items.slice(0, needed), done: needed === ALL || items.length <= needed };
  }
  return tier(p, 'document_fts', `(${p.match}) AND ({title practice meta} : (${any}))`, needed, 2);
}

/** Two significant figures: an estimate should not look exact. */
const roughly = (n: number) => {
  if (n < 100) return Math.round(n);
  const scale = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / scale) * scale;
};

export function broad(p: PlanContext, probed: readonly number[]): Plan {
  const { request } = p;
  const needed = request.limit === ALL ? ALL : request.offset + request.limit;
  const fields = fieldTier(p, needed);
  let all = fields.items;
  let exhausted = fields.done;
  if (needed === ALL || all.length < needed) {
    const rest = needed === ALL ? ALL : needed - all.length;
    const body = `(${p.match}) NOT ({title practice meta} : (${p.anyTerm}))`;
    const bodyTier = tier(p, 'document_fts', body, rest, 1);
    all = all.concat(bodyTier.items);
    exhausted = bodyTier.done;
  } else exhausted = false;
  const page = pageOf(all, request);
  if (exhausted) return { total: all.length, page, estimated: false, common: true };

  // Estimate: matches per rowid in the probed window (after trash and filters) × all rowids.
  const kept = passing(p, probed).length;
  // Two subqueries: min and max together would scan the table.
  const range = p.db
    .prepare<[], { lo: number; hi: number }>('SELECT (SELECT min(seq) FROM search_docs) AS lo, (SELECT max(seq) FROM search_docs) AS hi')
    .get();
  const lowest = probed[probed.length - 1] ?? 0;
  const window = Math.max(1, (range?.hi ?? lowest) - lowest + 1);
  const estimate = (kept * Math.max(window, (range?.hi ?? 0) - (range?.lo ?? 0) + 1)) / window;
  return { total: Math.max(all.length, roughly(estimate)), page, estimated: true, common: true };
}
