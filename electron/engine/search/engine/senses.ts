import { traditionalMap, widthFold } from '../../text/normalize';
import { ONE_TO_MANY, isTraditionalScript } from '../../text/one-to-many';

/**
 * Sense markers: how the index keeps queries with a one-to-many traditional character (範, 術, 黨 …,
 * see one-to-many.ts) exact without reading the documents.
 *
 * The index folds 範 and 范 to the same 范, so the phrase of 範計劃 also finds 范计划 written in a
 * traditional field, which the folding rule does not count as a match. For every occurrence of a
 * folded one-to-many character X whose original form tells its sense, the document's index gets one
 * marker token `·Xi` (i = the sense in ONE_TO_MANY[X]), once per document:
 * - a form listed in sense i (範 → ·范1, 幹 → ·干2);
 * - X itself written in a traditional-script unit when X is also a traditional character of its
 *   own (范 in a traditional title → ·范0), where it cannot mean another sense.
 * X in a simplified unit, or a variant the list does not know, matches every query: no marker.
 *
 * A query character of sense k can only be refused where the document has a marker ·Xj with j ≠ k,
 * so documents without any such marker are answered by the index alone, and only the (few) others
 * are read and checked. '·' separates tokens in what is typed (tokenizer.ts), so no query can
 * produce a marker or a prefix of one, while FTS5's 'ascii' tokenizer keeps it inside one token.
 *
 * The script is judged per unit, as the matcher judges it: the title, the practice name, the body,
 * and each metadata value (a line of the meta field) on its own; a simplified tag on a traditional
 * page stays simplified. A unit with no evidence either way (皇后, 2023) takes the document's script.
 */

const MARK = '·';

/** Folded one-to-many character → its senses; and each listed form → [folded, sense]. */
let formSense: Map<string, [string, number]> | null = null;
/** Folded characters that are also a traditional character of their own sense, with that sense. */
let ownSense: Map<string, number> | null = null;
/** 1 for every UTF-16 unit that is a listed form or a folded one-to-many character. */
let relevant: Uint8Array | null = null;

function tables() {
  if (formSense && ownSense && relevant) return { formSense, ownSense, relevant };
  formSense = new Map();
  ownSense = new Map();
  relevant = new Uint8Array(0x10000);
  for (const [folded, groups] of Object.entries(ONE_TO_MANY)) {
    relevant[folded.charCodeAt(0)] = 1;
    groups.forEach((group, sense) => {
      for (const ch of group) {
        if (ch === folded) ownSense?.set(folded, sense);
        else {
          formSense?.set(ch, [folded, sense]);
          if (ch.length === 1) relevant![ch.charCodeAt(0)] = 1;
        }
      }
    });
  }
  return { formSense, ownSense, relevant };
}

/** Characters only simplified script uses (as one-to-many.ts counts them). */
let simplifiedOnly: Set<number> | null = null;

function simplifiedOnlySet(): Set<number> {
  if (simplifiedOnly) return simplifiedOnly;
  const alsoTraditional = new Set(Object.entries(ONE_TO_MANY).filter(([s, groups]) => groups.some((g) => g.includes(s))).map(([s]) => s));
  const map = traditionalMap();
  const set = new Set<number>();
  for (const target of map.values()) if (!map.has(target) && !alsoTraditional.has(String.fromCodePoint(target))) set.add(target);
  simplifiedOnly = set;
  return set;
}

/**
 * The script of one unit (width-folded): true traditional, false simplified, null when it has as
 * many characters of one as of the other (none, usually), which isTraditionalScript counts the same way.
 */
export function unitScript(width: string): boolean | null {
  const weights = scriptWeights();
  let balance = 0;
  for (let i = 0; i < width.length; i++) balance += weights[width.charCodeAt(i)] ?? 0;
  return balance === 0 ? null : balance > 0;
}

/** +1 for a traditional character, -1 for a simplified-only one, per UTF-16 unit (a table, not two Map lookups a character). */
let weightTable: Int8Array | null = null;

function scriptWeights(): Int8Array {
  if (weightTable) return weightTable;
  const table = new Int8Array(0x10000);
  for (const cp of simplifiedOnlySet()) if (cp >= 0x3400 && cp < 0x10000) table[cp] = -1;
  for (const cp of traditionalMap().keys()) if (cp >= 0x3400 && cp < 0x10000) table[cp] = 1;
  weightTable = table;
  return table;
}

/** The script of a unit, or of its whole document when the unit does not tell. */
export function scriptOf(width: string, documentScript: () => boolean): boolean {
  return unitScript(width) ?? documentScript();
}

/** `·范0`: it begins with the mark so that no prefix query (范*) can reach it. */
export function marker(folded: string, sense: number): string {
  return `${MARK}${folded}${sense}`;
}

/** Adds the markers of one unit of text (width-folded) to `into`. */
function unitMarkers(width: string, into: Set<string>, documentScript: () => boolean): void {
  const t = tables();
  let traditional: boolean | undefined;
  for (let i = 0; i < width.length; i++) {
    if (t.relevant[width.charCodeAt(i)] !== 1) continue;
    const ch = width[i] ?? '';
    const form = t.formSense.get(ch);
    if (form) {
      into.add(marker(form[0], form[1]));
      continue;
    }
    const own = t.ownSense.get(ch);
    if (own === undefined) continue;
    traditional ??= scriptOf(width, documentScript);
    if (traditional) into.add(marker(ch, own));
  }
}

/** The units whose script is judged on its own: a field, or each line of the meta field. */
export function scriptUnits(text: string, perLine: boolean): string[] {
  return perLine ? text.split('\n') : [text];
}

/** The marker tokens of a document's searchable fields, space separated ('' for most documents). */
export function senseMarkers(fields: { title: string; practice: string; body: string; meta: string }): string {
  const t = tables();
  const found = new Set<string>();
  let document: boolean | undefined;
  const documentScript = () =>
    (document ??= isTraditionalScript(widthFold([fields.title, fields.practice, fields.body, fields.meta].join('\n'))));
  const scan = (text: string, perLine: boolean) => {
    const width = widthFold(text);
    // Most texts have no listed character at all: one quick pass before splitting or judging.
    let any = false;
    for (let i = 0; i < width.length && !any; i++) if (t.relevant[width.charCodeAt(i)] === 1) any = true;
    if (!any) return;
    for (const unit of scriptUnits(width, perLine)) unitMarkers(unit, found, documentScript);
  };
  scan(fields.title, false);
  scan(fields.practice, false);
  scan(fields.body, false);
  scan(fields.meta, true);
  return [...found].join(' ');
}

/**
 * The markers that may refuse a query term (width-folded): for each listed traditional character
 * of it, the other senses of its folded character. Empty when the term has none.
 */
export function riskyMarkers(widthFoldedTerm: string): string[] {
  const t = tables();
  const out = new Set<string>();
  for (const ch of widthFoldedTerm) {
    const form = t.formSense.get(ch);
    if (!form) continue;
    const [folded, sense] = form;
    const groups = ONE_TO_MANY[folded] ?? [];
    groups.forEach((_, other) => {
      if (other !== sense) out.add(marker(folded, other));
    });
  }
  return [...out];
}

/** FTS5 expression for any of the markers (null for none). */
export function markersExpression(markers: readonly string[]): string | null {
  return markers.length === 0 ? null : markers.map((m) => `"${m}"`).join(' OR ');
}
