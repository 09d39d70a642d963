import { passing, ROWID, seqs, verifySenses, type PlanContext, type Ranked } from './query-plans';

/**
 * What the probe of a broad query already tells (ranked-plans.ts `probe`): it holds the newest
 * PROBE + 1 matches, so every match at or above its lowest rowid. The first page of a broad query
 * is nearly always among them, and is then found without evaluating the query over the index again.
 */
export interface ProbeWindow {
  /** Where the window starts; past every rowid when it is not used. */
  lowest: number;
  /** The probed matches that pass trash and filters, newest first. */
  matches: readonly number[];
  /** Which documents of the window have a query term in the title, practice name or metadata. */
  fieldHits: ReadonlySet<number>;
}

/**
 * Beyond this many documents of the window with a term in a short field (a term in a tag most
 * documents carry), the window is not used: listing them would cost more than it saves.
 */
const WINDOW_FIELD_HITS = 1000;

export function probeWindow(p: PlanContext, probed: readonly number[]): ProbeWindow {
  const lowest = probed[probed.length - 1] ?? 0;
  const hits = seqs(p, `SELECT rowid FROM document_fields_fts WHERE document_fields_fts MATCH ? AND rowid >= ${ROWID} LIMIT ?`, [
    p.anyTerm,
    lowest,
    WINDOW_FIELD_HITS + 1,
  ]);
  const matches = passing(p, probed);
  if (hits.length > WINDOW_FIELD_HITS) return { lowest: Number.MAX_SAFE_INTEGER, matches, fieldHits: new Set() };
  return { lowest, matches, fieldHits: new Set(hits) };
}

/**
 * The window's matches of one tier (with or without a field hit), newest first, up to `enough`;
 * documents with a sense marker are read (senses.ts).
 */
export function windowTier(p: PlanContext, window: ProbeWindow, fieldHit: boolean, enough: number, score: number): Ranked[] {
  const items = window.matches
    .filter((seq) => seq >= window.lowest && window.fieldHits.has(seq) === fieldHit)
    .map((seq) => ({ seq, score }));
  return p.verifyCandidates ? verifySenses(p, items, enough) : items.slice(0, enough);
}

/**
 * The candidates (newest first, trash and filters applied) that match the whole query, up to
 * `enough`. Each is looked up in the index by its rowid, which costs a few microseconds a token,
 * against reading its text or evaluating the query over the span of all of them. For a query of
 * one group whose candidates are known to hold it, only the excluded terms are looked up.
 */
export function matchingInIndex(p: PlanContext, candidates: readonly number[], enough: number, score: number, onlyExcluded: boolean): Ranked[] {
  if (candidates.length === 0) return [];
  const expression = onlyExcluded ? p.anyExcluded : p.match;
  const found = new Set(
    seqs(
      p,
      `SELECT value FROM json_each(?) j WHERE ${onlyExcluded ? 'NOT ' : ''}EXISTS
       (SELECT 1 FROM document_fts WHERE document_fts MATCH ? AND rowid = j.value)`,
      [JSON.stringify(candidates), expression],
    ),
  );
  const kept = candidates.filter((seq) => found.has(seq)).map((seq) => ({ seq, score }));
  return p.verifyCandidates ? verifySenses(p, kept, enough) : kept.slice(0, enough);
}
