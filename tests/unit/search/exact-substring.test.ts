import { beforeAll, describe, expect, it } from 'vitest';
import { searchableFields } from '../../../electron/engine/search/engine/fts-index';
import { normalizeText } from '../../../electron/engine/text/normalize';
import { PROBE } from '../../../electron/engine/search/engine/query-plans';
import { RARE } from '../../../electron/engine/search/engine/ranked-plans';
import { CJK, charClassAt } from '../../../electron/engine/search/engine/tokenizer';
import { generateDocument, prng } from '../../bench/search-corpus';
import { openLibrary, type Library } from './search-fixture';

/**
 * The index must find exactly what a plain includes() scan of the normalised text finds, for any
 * CJK substring, on a generated corpus big enough that common terms take the "broad" plan and
 * rare ones the exact bm25 plan.
 */
const DOCS = RARE + 600;
const SEED = 7;

describe('exact substring semantics', () => {
  let lib: Library;
  const folded = new Map<string, string>();

  beforeAll(() => {
    lib = openLibrary();
    for (let i = 0; i < DOCS; i++) {
      const generated = generateDocument(SEED, i, 300);
      const doc = lib.put({ ...generated, tags: generated.tags });
      const f = searchableFields(doc);
      if (!doc.deleted) folded.set(doc.id, normalizeText([f.title, f.practice, f.body, f.meta].join('\n')));
    }
  });

  const scan = (needle: string) => [...folded].filter(([, text]) => text.includes(needle)).map(([id]) => id).sort();
  const found = (query: string) => [...lib.engine.matchingIds(query)].sort();

  function substrings(count: number, length: number, seed: number): string[] {
    const random = prng(seed);
    const texts = [...folded.values()];
    const out: string[] = [];
    while (out.length < count) {
      const text = texts[Math.floor(random() * texts.length)] ?? '';
      const start = Math.floor(random() * text.length);
      const piece = text.slice(start, start + length);
      if (piece.length === length && [...piece].every((_, k) => charClassAt(piece, k) === CJK)) out.push(piece);
    }
    return out;
  }

  for (const length of [1, 2, 3, 4, 6, 8]) {
    it(`finds every document containing a ${length}-character substring, and no other`, () => {
      for (const needle of substrings(40, length, length * 101)) expect(found(needle), needle).toEqual(scan(needle));
    });
  }

  it('finds nothing for strings that are not in the corpus, even when their bigrams are', () => {
    // Pairs of bigrams that do occur, joined so that the whole never does.
    for (const needle of ['党建工地', '临时联建', '项目党建联建支部', '温州宁波杭州']) expect(found(needle), needle).toEqual(scan(needle));
  });

  it('exercises every plan: some queries match more than RARE documents, some fewer than the probe', () => {
    const counts = substrings(40, 2, 202).map((needle) => scan(needle).length);
    expect(Math.max(...counts)).toBeGreaterThan(RARE);
    expect(Math.min(...counts)).toBeLessThan(PROBE);
  });

  it('pages through the same documents as matchingIds, each once', () => {
    for (const needle of ['党建', '临时党支部', ...substrings(5, 3, 303)]) {
      const all = new Set<string>();
      for (let offset = 0; ; offset += 100) {
        const page = lib.search(needle, { offset, limit: 100 }).hits.map((hit) => hit.id);
        for (const id of page) {
          expect(all.has(id), `${needle}: ${id} twice`).toBe(false);
          all.add(id);
        }
        if (page.length < 100) break;
      }
      expect([...all].sort(), needle).toEqual(scan(needle));
    }
  });

  it('gives an exact total when it does not say the total is an estimate', () => {
    for (const needle of substrings(30, 3, 404)) {
      const response = lib.search(needle);
      if (response.notice?.includes('估计')) continue;
      expect(response.total, needle).toBe(scan(needle).length);
    }
  });

  it('never returns trashed documents', () => {
    const trashed = [...Array(DOCS).keys()].map((i) => generateDocument(SEED, i, 300)).filter((d) => d.deleted);
    expect(trashed.length).toBeGreaterThan(0);
    const ids = new Set(lib.engine.matchingIds('党建'));
    for (const doc of trashed) expect(ids.has(doc.id)).toBe(false);
  });
});
