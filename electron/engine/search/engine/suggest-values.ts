import type Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import type { Suggestion } from '../../../../shared/model/search';
import { normalizeText } from '../../text/normalize';
import { CJK, segments } from './tokenizer';

/**
 * Tags, practice names, issuers, regions and collections (专辑): a few thousand distinct values at
 * most, held in a minisearch index for prefix and typo-tolerant matching. The values are read from
 * search_docs, tags and collections (small tables) and read again after any document write
 * (`touch`) or when the tags or collections differ from those last read (a cheap signature checked
 * before each search: collection and tag writes do not go through the search engine). So the index
 * always shows what the database holds, even after a rolled-back transaction.
 */

export interface ValueEntry {
  id: string;
  type: Extract<Suggestion['type'], 'tag' | 'practice' | 'issuer' | 'region' | 'collection'>;
  label: string;
  /** Documents carrying the value; for a collection, its items. */
  count: number;
  /** The collection's id (names need not be unique); null for the other values. */
  ref: string | null;
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

interface SourceRow {
  label: string;
  count: number;
  ref: string | null;
}

const SOURCES: readonly [ValueEntry['type'], string][] = [
  ['practice', 'SELECT practice_label AS label, count(*) AS count, NULL AS ref FROM search_docs WHERE deleted = 0 AND practice_label IS NOT NULL GROUP BY practice_label'],
  ['issuer', 'SELECT issuer_label AS label, count(*) AS count, NULL AS ref FROM search_docs WHERE deleted = 0 AND issuer_label IS NOT NULL GROUP BY issuer_label'],
  ['region', 'SELECT region_label AS label, count(*) AS count, NULL AS ref FROM search_docs WHERE deleted = 0 AND region_label IS NOT NULL GROUP BY region_label'],
  ['tag', `SELECT t.path AS label, count(s.seq) AS count, NULL AS ref FROM tags t LEFT JOIN document_tags dt ON dt.tag_id = t.id
           LEFT JOIN search_docs s ON s.seq = dt.document_seq AND s.deleted = 0 GROUP BY t.id`],
];

/** Collections not in the 回收站, with their item counts (the table arrives with migration 006). */
const COLLECTIONS_SOURCE = `SELECT c.name AS label, c.id AS ref,
  (SELECT count(*) FROM collection_items ci WHERE ci.collection_id = c.id) AS count
  FROM collections c WHERE c.deleted_at IS NULL`;

const TAGS_SIGNATURE = "SELECT coalesce(group_concat(path, char(10)), '') FROM tags";
/** Changes with any create, rename, trash, restore or purge of a collection and with items added or removed. */
const COLLECTIONS_SIGNATURE = `SELECT coalesce(group_concat(id || char(9) || name, char(10)), '') || char(10) ||
  (SELECT count(*) FROM collection_items) FROM collections WHERE deleted_at IS NULL`;

export interface ValueIndex {
  /** Something was written: read the values again before the next search. */
  touch(): void;
  /** Matches best first; the AND of all terms, then (for a mistyped character) most of them. */
  search(prefix: string): { entry: ValueEntry; score: number }[];
}

export function createValueIndex(db: Database.Database): ValueIndex {
  let mini: MiniSearch<ValueEntry> | null = null;
  let entries = new Map<string, ValueEntry>();
  let lastSignature = '';
  let hasCollections: boolean | null = null;

  function collectionsTable(): boolean {
    // Known once present (tables are never dropped); looked for again until then (a library migrating).
    if (!hasCollections) {
      hasCollections = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'collections'").get() !== undefined;
    }
    return hasCollections;
  }

  // Checked before every search (each keystroke): prepared once, on first use.
  let tagsSignature: Database.Statement<[], string> | null = null;
  let collectionsSignature: Database.Statement<[], string> | null = null;

  function signature(): string {
    tagsSignature ??= db.prepare<[], string>(TAGS_SIGNATURE).pluck();
    const tags = tagsSignature.get() ?? '';
    if (!collectionsTable()) return tags;
    collectionsSignature ??= db.prepare<[], string>(COLLECTIONS_SIGNATURE).pluck();
    return `${tags}\u0000${collectionsSignature.get() ?? ''}`;
  }

  function load(): MiniSearch<ValueEntry> {
    const current = signature();
    if (mini && current === lastSignature) return mini;
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
    const sources: [ValueEntry['type'], string][] = [...SOURCES];
    if (collectionsTable()) sources.push(['collection', COLLECTIONS_SOURCE]);
    for (const [type, sql] of sources) {
      for (const row of db.prepare<[], SourceRow>(sql).all()) {
        const entry: ValueEntry = { id: `${type}:${row.ref ?? row.label}`, type, label: row.label, count: row.count, ref: row.ref };
        entries.set(entry.id, entry);
        index.add(entry);
      }
    }
    lastSignature = current;
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
