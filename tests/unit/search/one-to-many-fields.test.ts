import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateDocument } from '../../../electron/engine/search/engine/evaluate';
import { searchableFields } from '../../../electron/engine/search/engine/fts-index';
import type { IndexableDocument } from '../../../electron/engine/search/engine/index';
import { compileTerm, type TermPattern } from '../../../electron/engine/search/engine/matcher';
import { senseMarkers } from '../../../electron/engine/search/engine/senses';
import { snippetFor } from '../../../electron/engine/search/engine/snippet';
import { wholeText } from '../../../electron/engine/search/engine/text-excerpt';
import { widthFold } from '../../../electron/engine/text/normalize';
import { isTraditionalScript } from '../../../electron/engine/text/one-to-many';
import { generateDocument } from '../../bench/search-corpus';
import { scanUnits, unitsMatch, type BooleanQuery } from '../../bench/search-bench-queries';
import { openLibrary, type Library } from './search-fixture';

/**
 * Traditional characters with several simplified senses (範, 術, 臺, 黨, 發, 徵, 乾 …) are exact per
 * unit of text: a simplified tag on a traditional page is simplified, and the index's sense markers
 * (senses.ts) let every plan answer without reading documents, except the few that have a marker
 * that may refuse the query. Compared with a reference that reads each unit with includes().
 */

const FIXTURE: (Partial<IndexableDocument> & { id: string })[] = [
  // A traditional page whose tag and practice name are written in simplified characters (issue 15).
  { id: 'trad-tag', kind: 'case', title: '臨時黨支部開展活動', text: '寧波杭州灣新區的項目部組織工人學習，會議紀要如下。',
    practiceName: '一党员一项目', tags: ['做法/推动党建', '主题/示范计划'] },
  // 范 written in a traditional title is the surname 范, not 範: 範計劃 must not find it.
  { id: 'trad-surname', kind: 'case', title: '范計劃的來歷', text: '臨時黨支部會議紀要，項目進度順利，工地乾淨。' },
  // Both: 示範計劃 in the title, the surname 范 in the body (a document that has to be read).
  { id: 'trad-both', kind: 'news', title: '示範計劃推進會', text: '范先生主持會議，技術臺賬完善，幹部帶頭。' },
  { id: 'simp-fan', kind: 'case', title: '示范计划推进会', text: '临时党支部推动党建，技术台账完善，干部带头。' },
  { id: 'trad-cadre', kind: 'policy', title: '關於幹部培訓的通知', text: '各單位幹部要以身作則，保持工地乾淨整潔，發展黨員。' },
  { id: 'trad-meta', kind: 'practice', title: '技術臺賬管理辦法', text: '項目區技術人員徵求意見。', issuer: '臺州市住房和城鄉建設局',
    organization: '台州城建集团', tags: ['主题/技术台账'] },
  { id: 'trad-trashed', kind: 'case', title: '示範計劃', text: '推動黨建。', deleted: true },
];

const QUERIES: Record<string, string[]> = {
  trad: ['動黨', '黨建', '範計劃', '範', '技術臺', '區技術', '臺賬', '乾', '乾淨', '乾部', '幹部', '發展', '徵求', '後'],
  mixed: ['动黨', '示範计划', '技术臺', '推動党建', '幹部带头'],
  and: ['黨建 工地', '範計劃 推進', '技術 臺賬 管理', '党员 项目 工地'],
  or: ['範計劃 OR 技術臺', '乾淨 OR 幹部', '温州 OR 寧波'],
  not: ['党建 -範計劃', '會議 -乾淨', '项目 NOT 黨建', '工地 -幹部 -示範'],
  filtered: ['黨建 kind:case', '範計劃 kind:news', '技術 kind:practice'],
};

/** The query as the reference reads it (the syntax used above only). */
function parse(query: string): { boolean: BooleanQuery; kind: string | null } {
  const boolean: BooleanQuery = { groups: [], excluded: [] };
  let kind: string | null = null;
  const words = query.split(/\s+/u);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word.startsWith('kind:')) kind = word.slice(5);
    else if (word === 'NOT') boolean.excluded.push(words[++i] ?? '');
    else if (word.startsWith('-')) boolean.excluded.push(word.slice(1));
    else if (word === 'OR') boolean.groups[boolean.groups.length - 1]?.push(words[++i] ?? '');
    else boolean.groups.push([word]);
  }
  return { boolean, kind };
}

describe('one-to-many characters are exact per field', () => {
  let lib: Library;
  const docs: IndexableDocument[] = [];
  const units = new Map<string, string[]>();

  beforeAll(() => {
    lib = openLibrary();
    // Enough documents that common terms take the broad plan (more than PROBE matches).
    for (let i = 0; i < 700; i++) docs.push(lib.put({ ...generateDocument(15, i, 200) }));
    for (const doc of FIXTURE) docs.push(lib.put(doc));
    for (const doc of docs) units.set(doc.id, scanUnits(searchableFields(doc)));
  });

  const expected = (query: string) => {
    const { boolean, kind } = parse(query);
    return docs
      .filter((doc) => !doc.deleted && (kind === null || doc.kind === kind) && unitsMatch(units.get(doc.id) ?? [], boolean))
      .map((doc) => doc.id)
      .sort();
  };

  it('finds a traditional page through its simplified tag (动党 in 推动党建)', () => {
    expect(lib.ids('動黨')).toContain('trad-tag');
    expect(lib.ids('範計劃')).toContain('trad-tag');
    const tradTag = docs.find((doc) => doc.id === 'trad-tag');
    const pattern = compileTerm('動黨') as TermPattern;
    expect(tradTag && evaluateDocument(tradTag, { groups: [[pattern]], excluded: [] })).not.toBeNull();
  });

  it('does not let a traditional character find another sense in a traditional field', () => {
    expect(lib.ids('範計劃')).not.toContain('trad-surname');
    expect(lib.ids('範計劃').sort()).toEqual(expect.arrayContaining(['simp-fan', 'trad-both', 'trad-tag']));
    expect(lib.ids('乾部')).not.toContain('trad-cadre');
    expect(lib.ids('乾')).toContain('trad-cadre');
  });

  it('marks only what may refuse a query', () => {
    // 范 in a traditional title is the surname; 劃 and 歷 are listed forms of their own senses.
    expect(senseMarkers({ title: '范計劃的來歷', practice: '', body: '', meta: '' }).split(' ').sort()).toEqual(['·划1', '·历0', '·范0']);
    expect(senseMarkers({ title: '示范计划', practice: '', body: '', meta: '' })).toBe('');
    expect(senseMarkers({ title: '', practice: '', body: '臨時黨支部', meta: '主题/推动党建' })).toBe('·党1');
  });

  for (const [cls, queries] of Object.entries(QUERIES)) {
    it(`answers ${cls} queries exactly (recall 1, no false hits), every page consistent`, () => {
      for (const query of queries) {
        const want = expected(query);
        expect([...lib.engine.matchingIds(query)].sort(), query).toEqual(want);
        const page = lib.search(query, { limit: 20 });
        for (const hit of page.hits) expect(want, `${query}: ${hit.id}`).toContain(hit.id);
        expect(page.hits.length, query).toBe(Math.min(20, want.length));
      }
    });
  }

  it('marks in each snippet exactly the occurrences the rule allows, judged from the whole document', () => {
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    for (const query of [...(QUERIES.trad ?? []), ...(QUERIES.mixed ?? [])]) {
      const pattern = compileTerm(query) as TermPattern;
      for (const hit of lib.search(query, { limit: 20 }).hits) {
        const doc = byId.get(hit.id) as IndexableDocument;
        const fields = searchableFields(doc);
        const documentScript = () => isTraditionalScript(widthFold([fields.title, fields.practice, fields.body, fields.meta].join('\n')));
        // Without the index's markers: the script of the whole body, or of the document.
        const expected = snippetFor(wholeText(doc.text), [pattern], { documentScript });
        expect(hit.snippet, `${query}: ${hit.id}`).toBe(expected);
      }
    }
  });

  it('keeps markers out of reach of a one-character prefix query', () => {
    expect([...lib.engine.matchingIds('党')].sort()).toEqual(expected('党'));
    expect([...lib.engine.matchingIds('范')].sort()).toEqual(expected('范'));
  });

  it('covers broad and narrow answers', () => {
    expect(expected('黨建').length).toBeGreaterThan(500);
    expect(expected('範計劃').length).toBeLessThan(50);
  });
});
