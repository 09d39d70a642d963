import type Database from 'better-sqlite3';
import { Charset, Encoder, Index } from 'flexsearch';
import { normalizeText } from '../../electron/engine/text/normalize';
import type { BenchQuery } from './search-bench-queries';

/**
 * flexsearch (in memory) as a peer in the search benchmark, set up as its documentation suggests for
 * Chinese (the CJK charset: one term per character) over the same folded texts the scan reads.
 * A query is answered as an app on flexsearch would: each term searched, OR-groups united, groups
 * intersected, excluded terms taken out, then the filters; the first page gets a snippet from the
 * stored text. Its false hits (characters present, not the word) count against the same reference.
 */
interface PeerRow {
  kind: string;
  region: string;
  year: number;
  folded: string;
}

export class FlexsearchPeer {
  private readonly index = new Index({ encoder: new Encoder(Charset.CJK), tokenize: 'strict' });
  private readonly rows = new Map<number, PeerRow>();

  /** Indexes every live document of the bench's scan table; answers the time it took (ms). */
  build(db: Database.Database): number {
    const started = performance.now();
    const all = db.prepare<[], PeerRow & { seq: number }>('SELECT seq, kind, region, year, folded FROM bench_scan WHERE deleted = 0').iterate();
    for (const row of all) {
      this.rows.set(row.seq, { kind: row.kind, region: row.region, year: row.year, folded: row.folded });
      this.index.add(row.seq, row.folded);
    }
    return performance.now() - started;
  }

  private hits(term: string): number[] {
    return this.index.search(normalizeText(term), { limit: this.rows.size }) as number[];
  }

  private passesFilter(seq: number, query: BenchQuery): boolean {
    const row = this.rows.get(seq);
    if (!row) return false;
    const { kind, city, yearFrom, yearTo } = query.filter;
    if (kind !== undefined && row.kind !== kind) return false;
    if (city !== undefined && !row.region.includes(normalizeText(city))) return false;
    if (yearFrom !== undefined && (row.year < yearFrom || row.year > (yearTo ?? yearFrom))) return false;
    return true;
  }

  /** Every seq the peer matches, in its own rank order (the first group's). */
  matches(query: BenchQuery): number[] {
    const [first, ...rest] = query.terms.groups.map((group) => {
      const united = new Set<number>();
      for (const term of group) for (const seq of this.hits(term)) united.add(seq);
      return united;
    });
    if (!first) return [];
    const excluded = new Set(query.terms.excluded.flatMap((term) => this.hits(term)));
    return [...first].filter((seq) => rest.every((group) => group.has(seq)) && !excluded.has(seq) && this.passesFilter(seq, query));
  }

  /** One results page with a snippet per hit. */
  page(query: BenchQuery, limit: number): string[] {
    const first = normalizeText(query.terms.groups[0]?.[0] ?? '');
    return this.matches(query)
      .slice(0, limit)
      .map((seq) => {
        const text = this.rows.get(seq)?.folded ?? '';
        const at = Math.max(0, text.indexOf(first) - 24);
        return text.slice(at, at + 120);
      });
  }
}
