import type Database from 'better-sqlite3';
import { normalizeText } from '../../electron/engine/text/normalize';
import { CJK, WORD, charClassAt } from '../../electron/engine/search/engine/tokenizer';
import { CITIES, pick, prng, type Random } from './search-corpus';

/**
 * Query sets for the search benchmark, and the brute-force baseline: `includes()` over the
 * normalised searchable text of every document, read from a table of the same database
 * (bench_scan) so no text is held in memory between queries.
 */

export const QUERY_CLASSES = ['2', '4', '8', 'phrase', 'filtered'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

export interface BenchFilter {
  kind?: string;
  city?: string;
  yearFrom?: number;
  yearTo?: number;
}

export interface BenchQuery {
  cls: QueryClass;
  /** What is typed into the search box. */
  text: string;
  /** The normalised string the baseline looks for with includes(). */
  needle: string;
  filter: BenchFilter;
}

export const SCAN_TABLE_SQL = `CREATE TABLE bench_scan (
  seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, region TEXT NOT NULL, year INTEGER NOT NULL,
  deleted INTEGER NOT NULL, folded TEXT NOT NULL)`;

export interface ScanRow {
  seq: number;
  kind: string;
  region: string;
  year: number;
  deleted: number;
  folded: string;
}

function isCjkRun(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (charClassAt(text, i) !== CJK) return false;
  return text.length > 0;
}

/** A k-character CJK substring of the text, or null after a few tries. */
function cjkSubstring(random: Random, text: string, k: number): string | null {
  for (let attempt = 0; attempt < 50; attempt++) {
    const start = Math.floor(random() * Math.max(1, text.length - k));
    const candidate = text.slice(start, start + k);
    if (candidate.length === k && isCjkRun(candidate)) return candidate;
  }
  return null;
}

/** A phrase around a number, e.g. 覆盖职工3万余人: CJK, digits, CJK, cut at word edges. */
function numberPhrase(random: Random, text: string): string | null {
  for (let attempt = 0; attempt < 50; attempt++) {
    const at = Math.floor(random() * text.length);
    const digit = text.slice(at).search(/\d/);
    if (digit < 0) continue;
    let start = at + digit;
    while (start > 0 && charClassAt(text, start - 1) === WORD) start--;
    let end = start;
    while (end < text.length && charClassAt(text, end) === WORD) end++;
    const before = 2 + Math.floor(random() * 4);
    const after = 2 + Math.floor(random() * 4);
    if (start < before || !isCjkRun(text.slice(start - before, start))) continue;
    if (!isCjkRun(text.slice(end, end + after)) || end + after > text.length) continue;
    return text.slice(start - before, end + after);
  }
  return null;
}

function randomFilter(random: Random): { filter: BenchFilter; text: string } {
  const which = Math.floor(random() * 3);
  if (which === 0) {
    const kind = pick(random, ['case', 'practice', 'news', 'policy']);
    return { filter: { kind }, text: `kind:${kind}` };
  }
  if (which === 1) {
    const city = pick(random, CITIES);
    return { filter: { city }, text: `region:${city}` };
  }
  const from = 2019 + Math.floor(random() * 5);
  const to = from + Math.floor(random() * 3);
  return { filter: { yearFrom: from, yearTo: to }, text: `${from}-01..${to}-12` };
}

/** `perClass` queries of each class, drawn from the texts of random documents. */
export function makeQueries(db: Database.Database, docs: number, perClass: number, seed: number): BenchQuery[] {
  const random = prng(seed);
  const textOf = db.prepare<[number], { folded: string }>('SELECT folded FROM bench_scan WHERE seq = ?');
  const queries: BenchQuery[] = [];
  for (const cls of QUERY_CLASSES) {
    let made = 0;
    while (made < perClass) {
      const text = textOf.get(1 + Math.floor(random() * docs))?.folded ?? '';
      let needle: string | null;
      if (cls === 'phrase') needle = numberPhrase(random, text);
      else needle = cjkSubstring(random, text, cls === 'filtered' ? 2 + Math.floor(random() * 3) : Number(cls));
      if (!needle) continue;
      if (cls === 'filtered') {
        const { filter, text: filterText } = randomFilter(random);
        queries.push({ cls, text: `${needle} ${filterText}`, needle, filter });
      } else {
        queries.push({ cls, text: cls === 'phrase' ? `"${needle}"` : needle, needle: normalizeText(needle), filter: {} });
      }
      made++;
    }
  }
  return queries;
}

export function passesFilter(row: ScanRow, filter: BenchFilter): boolean {
  if (row.deleted) return false;
  if (filter.kind !== undefined && row.kind !== filter.kind) return false;
  if (filter.city !== undefined && !row.region.includes(filter.city)) return false;
  if (filter.yearFrom !== undefined && (row.year < filter.yearFrom || row.year > (filter.yearTo ?? row.year))) return false;
  return true;
}

/** The baseline for one query: read every text, count those that contain the needle. */
export function scanOnce(db: Database.Database, query: BenchQuery): number {
  let count = 0;
  for (const row of db.prepare<[], ScanRow>('SELECT * FROM bench_scan').iterate()) {
    if (passesFilter(row, query.filter) && row.folded.includes(query.needle)) count++;
  }
  return count;
}
