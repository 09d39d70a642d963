import { beforeAll, describe, expect, it } from 'vitest';
import { searchableFields } from '../../../electron/engine/search/engine/fts-index';
import type { IndexableDocument } from '../../../electron/engine/search/engine/index';
import { PROBE } from '../../../electron/engine/search/engine/query-plans';
import { RARE } from '../../../electron/engine/search/engine/ranked-plans';
import { normalizeText } from '../../../electron/engine/text/normalize';
import { generateDocument } from '../../bench/search-corpus';
import { scanUnits, unitsMatch, type BooleanQuery } from '../../bench/search-bench-queries';
import { openLibrary, type Library } from './search-fixture';

/**
 * Phrases, AND and NOT queries through every plan (rare, narrow, broad), compared with a reference
 * that reads each unit of text with includes(): the broad plan's first pages come from the probe's
 * window, older title/practice/metadata candidates are looked up in the index one by one, and few
 * matches of common words are ranked from the fields index. Traditional characters with several
 * senses (範, 術, 臺, 黨, 發) sit in titles and tags both older and newer than any probe window.
 */

const TRADITIONAL: (Partial<IndexableDocument> & { id: string })[] = [
  { id: 'trad-title', kind: 'case', title: '黨建引領工地建設', text: '臨時黨支部組織工人學習，技術臺賬完善，示範計劃推進。', tags: ['主题/党建联建'] },
  // 范 in a traditional title is the surname: 範計劃 must not find it, 黨建 must.
  { id: 'trad-surname', kind: 'news', title: '范計劃的來歷', text: '黨建工作會議紀要，工地項目進度順利。' },
  { id: 'simp-fan', kind: 'policy', title: '示范计划与技术台账', text: '党建引领工地，发展党员，项目安全。', tags: ['主题/发展党员'] },
  { id: 'trad-tag', kind: 'practice', title: '項目區技術人員', text: '發展黨員，工地安全，技術臺賬。', practiceName: '一党员一项目', tags: ['做法/推动党建'] },
];

const QUERIES = {
  phrase: ['"党员先锋岗"', '"安全生产"', '"临时党支部"', '"建立联席会议制度"', '"黨建引領"', '"示範計劃"'],
  and: ['党建 工地', '项目 安全 质量', '党员 先锋', '临时党支部 农民工', '清廉 工地 党建', '黨建 工地', '技術 臺賬', '發展 黨員'],
  not: ['党建 -工地', '项目 -安全', '工地 -党员 -质量', '党支部 -联建', '施工 -项目', '黨建 -技術', '工地 -範計劃', '项目 NOT 發展'],
};

/** The query as the reference reads it (the syntax used above only). */
function parse(query: string): BooleanQuery {
  const boolean: BooleanQuery = { groups: [], excluded: [] };
  const words = query.split(/\s+/u);
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? '').replaceAll('"', '');
    if (word === 'NOT') boolean.excluded.push(words[++i] ?? '');
    else if (word.startsWith('-')) boolean.excluded.push(word.slice(1));
    else boolean.groups.push([word]);
  }
  return boolean;
}

describe('phrases, AND and NOT through every plan', () => {
  let lib: Library;
  const docs: IndexableDocument[] = [];
  const units = new Map<string, string[]>();

  beforeAll(() => {
    lib = openLibrary();
    const add = (doc: Partial<IndexableDocument> & { id: string }) => docs.push(lib.put(doc));
    TRADITIONAL.forEach((doc) => add({ ...doc, id: `${doc.id}-old` }));
    for (let i = 0; i < RARE + 600; i++) add(generateDocument(21, i, 300));
    TRADITIONAL.forEach((doc) => add({ ...doc, id: `${doc.id}-new` }));
    for (const doc of docs) units.set(doc.id, scanUnits(searchableFields(doc)));
  });

  const expected = (query: string) =>
    docs.filter((doc) => !doc.deleted && unitsMatch(units.get(doc.id) ?? [], parse(query))).map((doc) => doc.id);

  for (const [cls, queries] of Object.entries(QUERIES)) {
    it(`answers ${cls} queries exactly, and its first pages in turn`, () => {
      for (const query of queries) {
        const want = expected(query).sort();
        expect([...lib.engine.matchingIds(query)].sort(), query).toEqual(want);
        const first = lib.search(query, { limit: 100 }).hits.map((hit) => hit.id);
        const paged: string[] = [];
        for (let offset = 0; offset < 100; offset += 20) paged.push(...lib.search(query, { offset, limit: 20 }).hits.map((hit) => hit.id));
        expect(paged, query).toEqual(first);
        expect(new Set(first).size, `${query}: a hit twice`).toBe(first.length);
        expect(first.length, query).toBe(Math.min(100, want.length));
        for (const id of first) expect(want, `${query}: ${id}`).toContain(id);
      }
    });
  }

  it('puts title, practice and tag hits first on a broad first page, each tier newest first', () => {
    const inFields = (doc: IndexableDocument, query: string) => {
      const fields = searchableFields(doc);
      const short = normalizeText([fields.title, fields.practice, fields.meta].join('\n'));
      return parse(query).groups.flat().some((term) => short.includes(normalizeText(term)));
    };
    const newestFirst = (a: IndexableDocument, b: IndexableDocument) => b.seq - a.seq;
    let broad = 0;
    for (const query of [...QUERIES.and, ...QUERIES.not].filter((q) => !/[黨範技發]/u.test(q))) {
      const response = lib.search(query, { limit: 20 });
      if (!response.notice?.includes('估计')) continue;
      broad++;
      const matches = new Set(expected(query));
      const candidates = docs.filter((doc) => matches.has(doc.id));
      const order = [
        ...candidates.filter((doc) => inFields(doc, query)).sort(newestFirst),
        ...candidates.filter((doc) => !inFields(doc, query)).sort(newestFirst),
      ].slice(0, 20);
      expect(response.hits.map((hit) => hit.id), query).toEqual(order.map((doc) => doc.id));
    }
    expect(broad).toBeGreaterThan(2);
  });

  it('covers broad and narrow answers, and one-to-many characters on both sides of the window', () => {
    const counts = Object.values(QUERIES).flat().map((query) => expected(query).length);
    expect(Math.max(...counts)).toBeGreaterThan(PROBE);
    expect(Math.min(...counts)).toBeLessThan(PROBE);
    expect(expected('黨建 工地')).toEqual(expect.arrayContaining(['trad-title-old', 'trad-title-new', 'trad-surname-old']));
    expect(expected('黨建 -技術')).toEqual(expect.arrayContaining(['trad-surname-old', 'trad-surname-new']));
    expect(expected('工地 -範計劃')).not.toContain('simp-fan-old');
    expect(expected('工地 -範計劃')).toContain('trad-surname-old');
  });
});
