import { matchingInIndex, probeWindow, windowTier, type ProbeWindow } from './probe-window';
import { ALL, pageOf, ROWID, seqs, verifySenses, VERIFY_BATCH, where, type Plan, type PlanContext, type Ranked } from './query-plans';

/** The plan for a query matching more than PROBE documents (see query-plans.ts). */

/** Streams one tier newest first, below `start`, until `needed` matches or the end (rowid keyset between batches). */
function tier(p: PlanContext, table: string, match: string, needed: number, score: number, start = Number.MAX_SAFE_INTEGER) {
  const sql = `SELECT f.rowid FROM ${table} f JOIN search_docs s ON s.seq = f.rowid
    WHERE ${table} MATCH ? AND f.rowid < ${ROWID} AND ${where(p)} ORDER BY f.rowid DESC LIMIT ?`;
  const items: Ranked[] = [];
  const batch = needed === ALL ? ALL : p.verifyCandidates ? Math.max(VERIFY_BATCH, needed + 1) : needed + 1;
  for (let below = start; ; ) {
    const rows = seqs(p, sql, [match, below, ...p.filters.params, batch]);
    const want = needed === ALL ? Infinity : needed - items.length;
    const candidates = rows.map((seq) => ({ seq, score }));
    items.push(...(p.verifyCandidates ? verifySenses(p, candidates, want) : candidates.slice(0, want)));
    if (batch === ALL || rows.length < batch) return { items, done: true };
    if (items.length >= needed) return { items: items.slice(0, needed), done: false };
    below = rows[rows.length - 1] ?? 0;
  }
}

/** Older title/practice/meta candidates looked up first; each next batch is twice as large. */
const FIRST_BATCH = 25;
/**
 * Token lookups spent on older candidates before the full index is asked instead (about 3 ms): many
 * candidates that are not matches mean the query's terms are common in the fields, where the full
 * index finds the matches among them fast.
 */
const LOOKUP_BUDGET = 500;

/**
 * Matches with a hit in the title, practice name or metadata, newest first. They come from the
 * small index; when the query is more than one group of alternatives or has exclusions, a candidate
 * must also match the whole query: the probe decides the recent ones, older ones are looked up in
 * the index one by one, and when there are many, the full index is asked.
 */
function fieldTier(p: PlanContext, window: ProbeWindow, needed: number) {
  const any = p.anyTerm ?? '';
  const oneGroup = p.query.groups.length === 1;
  if (oneGroup && p.query.excluded.length === 0) return tier(p, 'document_fields_fts', any, needed, 2);
  const enough = needed === ALL ? Infinity : needed + 1;
  let items = windowTier(p, window, true, enough, 2);
  const patterns = oneGroup ? p.query.excluded : [...p.query.groups.flat(), ...p.query.excluded];
  // A one-character prefix would be expanded over the whole vocabulary at every lookup; a window
  // too full of field hits to be used says the same as many candidates.
  const costly = patterns.some((pattern) => pattern.prefix) || window.lowest === Number.MAX_SAFE_INTEGER;
  const budget = costly ? 0 : LOOKUP_BUDGET / patterns.reduce((sum, pattern) => sum + pattern.tokens.length, 0);
  let below = window.lowest;
  for (let batch = FIRST_BATCH, checked = 0; items.length < enough; checked += batch, batch *= 2) {
    if (checked >= budget) {
      const rest = tier(p, 'document_fts', `(${p.match}) AND ({title practice meta} : (${any}))`, needed === ALL ? ALL : needed - items.length, 2, below);
      return { items: items.concat(rest.items), done: rest.done };
    }
    const candidates = seqs(
      p,
      `SELECT f.rowid FROM document_fields_fts f JOIN search_docs s ON s.seq = f.rowid
       WHERE document_fields_fts MATCH ? AND f.rowid < ${ROWID} AND ${where(p)} ORDER BY f.rowid DESC LIMIT ?`,
      [any, below, ...p.filters.params, batch],
    );
    items = items.concat(matchingInIndex(p, candidates, enough - items.length, 2, oneGroup));
    if (candidates.length < batch) break;
    below = candidates[candidates.length - 1] ?? 0;
  }
  return { items: needed === ALL ? items : items.slice(0, needed), done: items.length < enough };
}

/** Matches without a hit in the title, practice name or metadata, newest first: most often all in the window. */
function bodyTier(p: PlanContext, window: ProbeWindow, needed: number) {
  if (needed !== ALL) {
    const items = windowTier(p, window, false, needed + 1, 1);
    if (items.length > needed) return { items: items.slice(0, needed), done: false };
  }
  return tier(p, 'document_fts', `(${p.match}) NOT ({title practice meta} : (${p.anyTerm}))`, needed, 1);
}

/** Two significant figures: an estimate should not look exact. */
const roughly = (n: number) => {
  if (n < 100) return Math.round(n);
  const scale = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / scale) * scale;
};

/** `atMost`: what the query's rare tokens say the total cannot exceed (Infinity when they do not). */
export function broad(p: PlanContext, probed: readonly number[], atMost: number): Plan {
  const { request } = p;
  const needed = request.limit === ALL ? ALL : request.offset + request.limit;
  const window = probeWindow(p, probed);
  const fields = fieldTier(p, window, needed);
  let all = fields.items;
  let exhausted = fields.done;
  if (needed === ALL || all.length < needed) {
    const bodyItems = bodyTier(p, window, needed === ALL ? ALL : needed - all.length);
    all = all.concat(bodyItems.items);
    exhausted = bodyItems.done;
  } else exhausted = false;
  const page = pageOf(all, request);
  if (exhausted) return { total: all.length, page, estimated: false };

  // Estimate: matches per rowid in the probed window (after trash and filters) × all rowids.
  const kept = window.matches.length;
  // Two subqueries: min and max together would scan the table.
  const range = p.db
    .prepare<[], { lo: number; hi: number }>('SELECT (SELECT min(seq) FROM search_docs) AS lo, (SELECT max(seq) FROM search_docs) AS hi')
    .get();
  const lowest = probed[probed.length - 1] ?? 0;
  const span = Math.max(1, (range?.hi ?? lowest) - lowest + 1);
  const estimate = (kept * Math.max(span, (range?.hi ?? 0) - (range?.lo ?? 0) + 1)) / span;
  return { total: Math.max(all.length, Math.min(roughly(estimate), atMost)), page, estimated: true };
}
