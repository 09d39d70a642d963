import { fieldScores } from './field-scores';
import type { TermPattern } from './matcher';
import { COLUMN_WEIGHTS } from './fts-index';
import { exact, passing, PROBE, ROWID, seqs, verifySenses, where, type Plan, type PlanContext, type Ranked } from './query-plans';

/** Plans that know every match and rank them: the query is rare, or narrow after the probe. */

/**
 * The newest PROBE + 1 documents the index matches (trash and filters not applied). When the answer
 * is likely small, it is first read in the index's own order: FTS5 reads doclists backwards at about
 * half the speed, and all of a small answer is needed anyway.
 */
export function probe(p: PlanContext, likelySmall: boolean): number[] {
  if (likelySmall) {
    const all = seqs(p, 'SELECT rowid FROM document_fts WHERE document_fts MATCH ? LIMIT ?', [p.match, PROBE + 1]);
    if (all.length <= PROBE) return all.reverse();
  }
  return seqs(p, 'SELECT rowid FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid DESC LIMIT ?', [
    p.match,
    PROBE + 1,
  ]);
}

/** A token in at most this many documents makes evaluating its phrase cheap. */
export const RARE = 2000;

/**
 * How costly the query's phrases are to evaluate over the whole index (bm25 does that to count
 * the documents matching each phrase): 'rare' when every term has a token found in at most RARE
 * documents (the answer is small and cheap to find), 'affordable' when the others are single
 * tokens, 'dense' when some term is made only of very common bigrams or is a one-character prefix.
 */
export type Cost = 'rare' | 'affordable' | 'dense';

/**
 * A rare query whose tokens bound its answer to at most this many documents is ranked by bm25 at
 * once, with an exact total. bm25 reads every match twice (once to count each phrase) at about 2.5 µs
 * a row on the reference machine, so past this bound the probe first tells whether the answer is
 * small (bm25) or broad (ranked by where the terms are found, newest first).
 */
export const RANK_AT_ONCE = 1200;

export interface QueryCost {
  cost: Cost;
  /**
   * At most this many documents match, as the counts of their rare tokens tell (Infinity when they
   * do not: a count past RARE is not known).
   */
  atMost: number;
  /** Some excluded term has no rare token: bm25 would read its whole doclist to count it. */
  excludesCommon: boolean;
}

export function queryCost(p: PlanContext): QueryCost {
  const count = p.db
    .prepare<[string, number], number>('SELECT count(*) FROM (SELECT rowid FROM document_fts WHERE document_fts MATCH ? LIMIT ?)')
    .pluck();
  // Counting a common token reads RARE + 1 index entries: remember the answer until the index changes.
  const known = p.rarity ?? new Map<string, number>();
  if (known.size > 50_000) known.clear();
  const documentsWith = (token: string) => {
    let value = known.get(token);
    if (value === undefined) known.set(token, (value = count.get(`"${token}"`, RARE + 1) ?? 0));
    return value;
  };
  /**
   * The fewest documents holding one of the pattern's tokens, counted up to RARE + 1; the counting
   * stops at a token in at most RANK_AT_ONCE documents, which says the answer is small.
   */
  const fewest = (pattern: TermPattern) => {
    let least = Infinity;
    // Digits and words are usually the rarest tokens: look at them first.
    const tokens = [...pattern.tokens].sort((a, b) => Number(/^\p{Script=Han}/u.test(a)) - Number(/^\p{Script=Han}/u.test(b)));
    for (const token of tokens) {
      least = Math.min(least, documentsWith(token));
      if (least <= RANK_AT_ONCE) break;
    }
    return least;
  };
  let cost: Cost = 'rare';
  const bound = new Map<TermPattern, number>();
  for (const pattern of [...p.query.groups.flat(), ...p.query.excluded]) {
    if (pattern.prefix) return { cost: 'dense', atMost: Infinity, excludesCommon: false };
    const documents = fewest(pattern);
    if (documents <= RARE) {
      bound.set(pattern, documents);
      continue;
    }
    if (pattern.tokens.length > 1) return { cost: 'dense', atMost: Infinity, excludesCommon: false };
    cost = 'affordable';
  }
  // A document matches one alternative of every group.
  const atMost = Math.min(...p.query.groups.map((group) => group.reduce((sum, pattern) => sum + (bound.get(pattern) ?? Infinity), 0)));
  return { cost, atMost, excludesCommon: p.query.excluded.some((pattern) => !bound.has(pattern)) };
}

/**
 * The rowids that can hold a match. bm25 takes its statistics from the whole index whatever the
 * range, so scoring only the span of the known matches gives the same scores for less reading.
 */
interface Span {
  lowest: number;
  highest: number;
}

const EVERY_ROW: Span = { lowest: Number.MIN_SAFE_INTEGER, highest: Number.MAX_SAFE_INTEGER };

function bm25Scores(p: PlanContext, span = EVERY_ROW): Map<number, number> {
  const ranks = p.db
    .prepare<[string | null, number, number], { rowid: number; rank: number }>(
      `SELECT rowid, bm25(document_fts, ${COLUMN_WEIGHTS.join(', ')}) AS rank FROM document_fts
       WHERE document_fts MATCH ? AND rowid BETWEEN ${ROWID} AND ${ROWID}`,
    )
    .all(p.match, span.lowest, span.highest);
  return new Map(ranks.map((r) => [r.rowid, -r.rank]));
}

/**
 * A complete, small answer: keep the matches that pass trash and filters, best first (or newest).
 * Best is bm25 over all fields, title and practice name weighing most; when bm25 would cost too
 * much, hits in the title, practice name or metadata first, then the others newest first.
 */
function rank(p: PlanContext, matches: readonly number[], scores: (kept: readonly number[]) => Map<number, number>): Plan {
  const dateOrder = p.request.sort === 'date';
  const kept = dateOrder
    ? seqs(p, `SELECT s.seq FROM search_docs s WHERE ${where(p, 's.seq IN (SELECT value FROM json_each(?))')} ORDER BY s.date DESC, s.seq DESC`, [
        JSON.stringify(matches),
        ...p.filters.params,
      ])
    : passing(p, matches);
  let found: Ranked[] = kept.map((seq) => ({ seq, score: 0 }));
  if (p.verifyCandidates) found = verifySenses(p, found);
  if (dateOrder || found.length === 0) return exact(found, p.request);
  const score = scores(found.map((r) => r.seq));
  for (const r of found) r.score = score.get(r.seq) ?? 0;
  found.sort((a, b) => b.score - a.score || b.seq - a.seq);
  return exact(found, p.request);
}

/** Every term has a rare token: one pass finds all matches with their bm25. */
export function rare(p: PlanContext): Plan {
  if (p.request.sort === 'date') {
    return rank(p, seqs(p, 'SELECT rowid FROM document_fts WHERE document_fts MATCH ?', [p.match]), () => new Map());
  }
  const scores = bm25Scores(p);
  return rank(p, [...scores.keys()], () => scores);
}

/**
 * Every match is in the probe (newest first): bm25 scores the rowids the probe spans. Not when a
 * term is made of common bigrams only, nor when a common word is excluded: bm25 would read that
 * phrase's or word's whole doclist to count it (for an excluded word, 2–8 times the probe's cost,
 * though it adds nothing to a match's score), so the matches are ranked by where the terms are
 * found, as broad answers are.
 */
export function narrow(p: PlanContext, probed: readonly number[], { cost, excludesCommon }: QueryCost): Plan {
  const span = { lowest: probed[probed.length - 1] ?? 0, highest: probed[0] ?? 0 };
  const byBm25 = cost !== 'dense' && !excludesCommon;
  return rank(p, probed, (kept) => (byBm25 ? bm25Scores(p, span) : fieldScores(p, kept)));
}
