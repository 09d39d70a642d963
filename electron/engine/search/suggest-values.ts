import type Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import type { Suggestion } from '../../../shared/model/search';
import { normalizeText } from './normalize';
import { CJK, segments } from './tokenizer';

/**
 * Tags, practice names, issuers and regions: a few thousand distinct values at most, held in a
 * minisearch index for prefix and typo-tolerant matching. The values are read from search_docs
 * and tags (small tables) and read again after any write, so the index always shows what the
 * database holds, even after a rolled-back transaction.
 */

export interface ValueEntry {
  id: string;
  type: Extract<Suggestion['type'], 'tag' | 'practice' | 'issuer' | 'region'>;
  label: string;
  count: number;
}

/** Index side: CJK bigrams plus the last character of each run (so any character begins a term). */
function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const segment of segments(normalizeText(text))) {
    if (segment.kind !== CJK) {
      out.push(segment.text);
      continue;
    }
    const chars = Array.from(segment.text);
    for (let k = 0; k + 1 < chars.length; k++) out.push((chars[k] ?? '') + (chars[k + 1] ?? ''));
    out.push(chars[chars.length - 1] ?? '');
  }
  return out;
}

/** Query side: bigrams only; a run of one character stays one character (searched as a prefix). */
export function queryTerms(text: string): string[] {
  const out: string[] = [];
  for (const segment of segments(normalizeText(text))) {
    const chars = Array.from(segment.text);
    if (segment.kind !== CJK || chars.length === 1) out.push(segment.text);
    else for (let k = 0; k + 1 < chars.length; k++) out.push((chars[k] ?? '') + (chars[k + 1] ?? ''));
  }
  return out;
}

const SOURCES: readonly [ValueEntry['type'], string][] = [
  ['practice', 'SELECT practice_label AS label, count(*) AS count FROM search_docs WHERE deleted = 0 AND practice_label IS NOT NULL GROUP BY practice_label'],
  ['issuer', 'SELECT issuer_label AS label, count(*) AS count FROM search_docs WHERE deleted = 0 AND issuer_label IS NOT NULL GROUP BY issuer_label'],
  ['region', 'SELECT region_label AS label, count(*) AS count FROM search_docs WHERE deleted = 0 AND region_label IS NOT NULL GROUP BY region_label'],
  ['tag', `SELECT t.path AS label, count(s.seq) AS count FROM tags t LEFT JOIN document_tags dt ON dt.tag_id = t.id
           LEFT JOIN search_docs s ON s.seq = dt.document_seq AND s.deleted = 0 GROUP BY t.id`],
];

export interface ValueIndex {
  /** Something was written: read the values again before the next search. */
  touch(): void;
  /** Matches best first; the AND of all terms, then (for a mistyped character) most of them. */
  search(prefix: string): { entry: ValueEntry; score: number }[];
}

export function createValueIndex(db: Database.Database): ValueIndex {
  let mini: MiniSearch<ValueEntry> | null = null;
  let entries = new Map<string, ValueEntry>();
  let tagSignature = '';

  function load(): MiniSearch<ValueEntry> {
    const signature = db.prepare<[], string>("SELECT coalesce(group_concat(path, '\n'), '') FROM tags").pluck().get() ?? '';
    if (mini && signature === tagSignature) return mini;
    const index = new MiniSearch<ValueEntry>({
      fields: ['label'],
      tokenize: indexTerms,
      processTerm: (term) => term,
      searchOptions: {
        tokenize: queryTerms,
        processTerm: (term) => term,
        prefix: (_term, i, terms) => i === terms.length - 1,
        fuzzy: (term) => (/^[a-z]/.test(term) && term.length >= 4 ? 0.25 : false),
      },
    });
    entries = new Map();
    for (const [type, sql] of SOURCES) {
      for (const row of db.prepare<[], { label: string; count: number }>(sql).all()) {
        const entry: ValueEntry = { id: `${type}:${row.label}`, type, label: row.label, count: row.count };
        entries.set(entry.id, entry);
        index.add(entry);
      }
    }
    tagSignature = signature;
    mini = index;
    return index;
  }

  return {
    touch() {
      mini = null;
    },
    search(prefix) {
      const terms = queryTerms(prefix);
      if (terms.length === 0) return [];
      const index = load();
      const found = new Map<string, number>();
      for (const r of index.search(prefix, { combineWith: 'AND' })) found.set(String(r.id), r.score);
      if (terms.length > 1) {
        for (const r of index.search(prefix, { combineWith: 'OR' })) {
          if (!found.has(String(r.id)) && r.queryTerms.length * 2 >= terms.length) found.set(String(r.id), r.score / 4);
        }
      }
      return [...found].flatMap(([id, score]) => {
        const entry = entries.get(id);
        return entry ? [{ entry, score }] : [];
      });
    },
  };
}
