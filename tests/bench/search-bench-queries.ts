import type Database from 'better-sqlite3';
import { normalizeText, widthFold } from '../../electron/engine/text/normalize';
import { constraintsFor, isTraditionalScript } from '../../electron/engine/text/one-to-many';
import { CJK, WORD, charClassAt } from '../../electron/engine/search/engine/tokenizer';
import { CITIES, pick, prng, toTraditional, type Random } from './search-corpus';

/**
 * Query sets for the search benchmark, and the brute-force baseline: `includes()` over the
 * normalised searchable text of every document, made once into a table of the same database
 * (bench_scan) and held in memory while the queries are checked.
 */

export const QUERY_CLASSES = ['2', '3', '4', '8', 'phrase', 'common', 'and', 'or', 'not', 'trad', 'mixed', 'filtered'] as const;
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
  /** The terms the baseline looks for with includes() (per unit where one-to-many characters are). */
  terms: BooleanQuery;
  filter: BenchFilter;
}

export const SCAN_TABLE_SQL = `CREATE TABLE bench_scan (
  seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, region TEXT NOT NULL, year INTEGER NOT NULL,
  deleted INTEGER NOT NULL, folded TEXT NOT NULL, units TEXT NOT NULL)`;

export interface ScanRow {
  seq: number;
  kind: string;
  region: string;
  year: number;
  deleted: number;
  folded: string;
  /** scanUnits joined by UNIT_SEPARATOR. */
  units: string;
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

/** Words found in most documents of the corpus. */
const COMMON = ['党建', '项目', '工地', '党员', '建设', '组织', '开展', '工程', '安全', '质量'];
/** Folded characters whose traditional forms have several senses (one-to-many.ts), as the corpus has them. */
const ONE_TO_MANY_FOLDED = '范术台党发征划制系复干后里面只历志才准';
const single = (term: string): BooleanQuery => ({ groups: [[term]], excluded: [] });

/** A 2–4 character CJK substring around a one-to-many character of the text, or null. */
function aroundOneToMany(random: Random, text: string): string | null {
  for (let attempt = 0; attempt < 50; attempt++) {
    const at = Math.floor(random() * text.length);
    const found = [...ONE_TO_MANY_FOLDED].map((ch) => text.indexOf(ch, at)).filter((i) => i >= 0);
    if (found.length === 0) continue;
    const pos = Math.min(...found);
    const k = 2 + Math.floor(random() * 3);
    const start = Math.max(0, pos - Math.floor(random() * k));
    const candidate = text.slice(start, start + k);
    if (candidate.length === k && isCjkRun(candidate)) return candidate;
  }
  return null;
}

/** Every other character traditional, the one-to-many ones included: 示範计劃. */
function mixedScript(text: string, offset: number): string {
  return [...text].map((ch, i) => ((i + offset) % 2 === 0 || ONE_TO_MANY_FOLDED.includes(ch) ? toTraditional(ch) : ch)).join('');
}

/** `perClass` queries of each class, drawn from the texts of random documents. */
export function makeQueries(db: Database.Database, docs: number, perClass: number, seed: number): BenchQuery[] {
  const random = prng(seed);
  const textOf = db.prepare<[number], { folded: string }>('SELECT folded FROM bench_scan WHERE seq = ?');
  const randomText = () => textOf.get(1 + Math.floor(random() * docs))?.folded ?? '';
  const queries: BenchQuery[] = [];
  for (const cls of QUERY_CLASSES) {
    let made = 0;
    while (made < perClass) {
      const text = randomText();
      const short = () => cjkSubstring(random, text, 2 + Math.floor(random() * 3));
      let made1: { text: string; terms: BooleanQuery; filter?: BenchFilter } | null = null;
      if (cls === 'phrase') {
        const needle = numberPhrase(random, text);
        if (needle) made1 = { text: `"${needle}"`, terms: single(needle) };
      } else if (cls === 'common') {
        const word = pick(random, COMMON);
        made1 = { text: word, terms: single(word) };
      } else if (cls === 'and') {
        const terms = Array.from({ length: 2 + Math.floor(random() * 2) }, short);
        if (terms.every((t): t is string => t !== null)) made1 = { text: terms.join(' '), terms: { groups: terms.map((t) => [t]), excluded: [] } };
      } else if (cls === 'or') {
        const a = short();
        const b = cjkSubstring(random, randomText(), 2 + Math.floor(random() * 3));
        if (a && b) made1 = { text: `${a} OR ${b}`, terms: { groups: [[a, b]], excluded: [] } };
      } else if (cls === 'not') {
        const a = short();
        const b = cjkSubstring(random, randomText(), 2);
        if (a && b && !a.includes(b)) made1 = { text: `${a} -${b}`, terms: { groups: [[a]], excluded: [b] } };
      } else if (cls === 'trad' || cls === 'mixed') {
        const piece = aroundOneToMany(random, text);
        if (piece) {
          const typed = cls === 'trad' ? toTraditional(piece) : mixedScript(piece, made);
          made1 = { text: typed, terms: single(typed) };
        }
      } else if (cls === 'filtered') {
        const needle = short();
        if (needle) {
          const { filter, text: filterText } = randomFilter(random);
          made1 = { text: `${needle} ${filterText}`, terms: single(needle), filter };
        }
      } else {
        const needle = cjkSubstring(random, text, Number(cls));
        if (needle) made1 = { text: needle, terms: single(needle) };
      }
      if (!made1) continue;
      queries.push({ cls, text: made1.text, terms: made1.terms, filter: made1.filter ?? {} });
      made++;
    }
  }
  return queries;
}

export function passesFilter(row: Pick<ScanRecord, 'deleted' | 'kind' | 'region' | 'year'>, filter: BenchFilter): boolean {
  if (row.deleted) return false;
  if (filter.kind !== undefined && row.kind !== filter.kind) return false;
  if (filter.city !== undefined && !row.region.includes(filter.city)) return false;
  if (filter.yearFrom !== undefined && (row.year < filter.yearFrom || row.year > (filter.yearTo ?? row.year))) return false;
  return true;
}

/**
 * A row of bench_scan held in memory: the baseline and the accuracy checks read every row for
 * every query, and at 50,000 documents reading them from the table each time took most of the run.
 */
export interface ScanRecord extends Omit<ScanRow, 'units'> {
  units: readonly string[];
  /** Made the first time a one-to-many term needs them. */
  facts?: UnitFacts;
}

export function loadScanRecords(db: Database.Database): ScanRecord[] {
  return db
    .prepare<[], ScanRow>('SELECT * FROM bench_scan ORDER BY seq')
    .all()
    .map((row) => ({ ...row, units: row.units.split(UNIT_SEPARATOR) }));
}

/**
 * Whether a row matches: includes() over the folded text; where a term has a one-to-many
 * traditional character, the occurrences are then checked per unit (unitsMatch).
 */
export function rowMatcher(query: BenchQuery): (row: ScanRecord) => boolean {
  const all = [...query.terms.groups.flat(), ...query.terms.excluded];
  const needles = new Map(all.map((term) => [term, normalizeText(term)]));
  const constrained = all.some((term) => constraintsFor(widthFold(term)).length > 0);
  const has = (row: ScanRecord, term: string) => row.folded.includes(needles.get(term) ?? term);
  return (row) => {
    if (!passesFilter(row, query.filter)) return false;
    const folded = query.terms.groups.every((group) => group.some((term) => has(row, term)));
    if (!constrained) return folded && !query.terms.excluded.some((term) => has(row, term));
    // Folding can only widen a term: a row that fails on the folded text fails per unit too.
    if (!folded) return false;
    return unitsMatch(row.units, query.terms, (row.facts ??= new UnitFacts(row.units)));
  };
}

/** The baseline for one query: read every text, count those that match. */
export function scanOnce(records: readonly ScanRecord[], query: BenchQuery): number {
  const matches = rowMatcher(query);
  let count = 0;
  for (const row of records) if (matches(row)) count++;
  return count;
}

/** Separates the units of a document in `bench_scan.units` (never in a text). */
export const UNIT_SEPARATOR = '\u001e';

/**
 * The units whose script is judged on its own (the title, the practice name, the body and each
 * metadata value), width-folded: what the reference reads for one-to-many characters.
 */
export function scanUnits(fields: { title: string; practice: string; body: string; meta: string }): string[] {
  return [fields.title, fields.practice, fields.body, ...fields.meta.split('\n')].map((unit) => widthFold(unit));
}

/**
 * The reference for one term: includes() over the folded text of each unit, and where the term has
 * a traditional character with several senses (one-to-many.ts), an occurrence counts only when
 * the document's character there is allowed for it in that unit's script. No index, no matcher.
 */
/**
 * What the reference works out about a document's units, kept when the same document is checked
 * against many queries (the bench): each unit's folded text and script, and the document's script.
 */
export class UnitFacts {
  private readonly foldedUnits: (string | undefined)[] = [];
  private readonly scripts: (boolean | undefined)[] = [];
  private documentScript: boolean | undefined;

  constructor(readonly units: readonly string[]) {}

  folded(k: number): string {
    return (this.foldedUnits[k] ??= normalizeText(this.units[k] ?? ''));
  }

  /**
   * Whether unit k is judged traditional. A unit with as many traditional-only as simplified-only
   * characters takes the document's script (one more traditional character, 們, tips a tie and only a tie over).
   */
  traditional(k: number): boolean {
    let script = this.scripts[k];
    if (script === undefined) {
      const unit = this.units[k] ?? '';
      const own = isTraditionalScript(unit);
      const tie = !own && isTraditionalScript(`${unit}們`);
      script = this.scripts[k] = tie ? (this.documentScript ??= isTraditionalScript(this.units.join('\n'))) : own;
    }
    return script;
  }
}

export function unitsInclude(facts: UnitFacts, term: string): boolean {
  const needle = normalizeText(term);
  const constraints = constraintsFor(widthFold(term));
  for (const [k, unit] of facts.units.entries()) {
    const folded = facts.folded(k);
    let at = folded.indexOf(needle);
    if (at < 0) continue;
    if (constraints.length === 0) return true;
    const traditional = facts.traditional(k);
    for (; at >= 0; at = folded.indexOf(needle, at + 1)) {
      if (constraints.every((c) => c.allows(unit[at + c.offset] ?? '', traditional))) return true;
    }
  }
  return false;
}

/** A boolean query as the reference reads it: every group has a term found, no excluded term is. */
export interface BooleanQuery {
  groups: string[][];
  excluded: string[];
}

/** `facts` of the same units, when the caller keeps them between queries. */
export function unitsMatch(units: readonly string[], query: BooleanQuery, facts = new UnitFacts(units)): boolean {
  return (
    query.groups.every((group) => group.some((term) => unitsInclude(facts, term))) &&
    !query.excluded.some((term) => unitsInclude(facts, term))
  );
}
