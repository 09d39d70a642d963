import { FIELD_WEIGHT, fieldScore } from './evaluate';
import type { TermPattern } from './matcher';
import { ROWID, seqs, type PlanContext } from './query-plans';

/**
 * Relevance from the title, practice name and metadata only (each query term found in a field adds
 * that field's weight, as evaluate.ts's fieldScore does), for the matches of a query whose bm25 would
 * cost too much: their phrases are made of very common bigrams.
 */

const SHORT_FIELDS = ['title', 'practice', 'meta'] as const;

/**
 * Beyond this many documents with the term in a short field (over the matches' span), reading the
 * matches' fields is cheaper than asking the index: a term in a tag most documents carry.
 */
const FIELD_HITS_ASKED = 1500;

/**
 * Asked of the small fields index, one phrase and column at a time over the matches' span: reading
 * the matches' rows (hundreds of them, with their tags) and scanning their fields costs several times
 * more, unless a term is in the tags of most documents. A term with a traditional character that has
 * several senses, or a one-character prefix, is checked by reading the fields: only the matcher
 * applies the sense rules, and a prefix would expand to every token that begins with it.
 */
export function fieldScores(p: PlanContext, matches: readonly number[]): Map<number, number> {
  const patterns = p.query.groups.flat();
  const read = () => new Map(p.reader.fields(matches).map(({ seq, fields }) => [seq, fieldScore(fields, p.query)]));
  if (p.verifyCandidates || patterns.some((pattern) => pattern.prefix)) return read();
  const scores = new Map(matches.map((seq) => [seq, 0]));
  if (matches.length === 0) return scores;
  const span = [Math.min(...matches), Math.max(...matches)];
  const found = (expression: string) =>
    seqs(p, `SELECT rowid FROM document_fields_fts WHERE document_fields_fts MATCH ? AND rowid BETWEEN ${ROWID} AND ${ROWID} LIMIT ?`, [
      expression,
      ...span,
      FIELD_HITS_ASKED + 1,
    ]);
  // Most terms of such queries are in no title, practice name or tag: one question settles them.
  const present: TermPattern[] = [];
  for (const pattern of patterns) {
    const anywhere = found(`{${SHORT_FIELDS.join(' ')}} : ${pattern.fts}`);
    if (anywhere.length > FIELD_HITS_ASKED) return read();
    if (anywhere.some((seq) => scores.has(seq))) present.push(pattern);
  }
  for (const pattern of present) {
    for (const field of SHORT_FIELDS) {
      for (const seq of found(`{${field}} : ${pattern.fts}`)) {
        const score = scores.get(seq);
        if (score !== undefined) scores.set(seq, score + FIELD_WEIGHT[field]);
      }
    }
  }
  return scores;
}
