import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/engine/import/import-service';
import { documentMatches, searchFacets } from '../../../electron/engine/search/search-extras-service';
import { withTempLibrary } from '../../helpers/temp-library';

let fixture: ReturnType<typeof withTempLibrary>;
let id = '';
const TEXT = '寧波杭州灣新區項目推行黨建聯建\n\n臨時黨支部開展黨建聯建，温住建〔2022〕35号文件要求落實。黨建聯建成效明顯。';
beforeEach(async () => {
  fixture = withTempLibrary();
  id = (await importBytes(fixture.library, '聯建.txt', Buffer.from(TEXT))).id ?? '';
});
afterEach(() => fixture.cleanup());

const spans = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('matches of the query in one document (the reader)', () => {
  it('finds every match by the search rules, in the original characters', () => {
    // The title line became the title; the text keeps the rest.
    const found = documentMatches(fixture.library, id, '党建联建 温住建[2022]35号 -清廉 kind:case');
    const doc = fixture.library.db.prepare<[string], { title: string; text: string }>('SELECT title, text FROM documents WHERE id = ?').get(id);
    expect(spans(doc?.text ?? '', found.text)).toEqual(['黨建聯建', '温住建〔2022〕35号', '黨建聯建']);
    expect(spans(doc?.title ?? '', found.title)).toEqual(['黨建聯建']);
    expect(found.truncated).toBe(false);
  });

  it('merges overlapping terms and returns nothing for a query without words', () => {
    const found = documentMatches(fixture.library, id, '党建 建联');
    const doc = fixture.library.db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?').get(id);
    expect(spans(doc?.text ?? '', found.text)).toEqual(['黨建聯', '黨建聯']);
    expect(documentMatches(fixture.library, id, 'kind:case')).toEqual({ title: [], text: [], truncated: false });
  });
});

describe('bad input to facets and matches', () => {
  const inputs = [
    '', ' ', '"', '"""', '“红色工地', '*', '^', ':', 'NEAR(a b, 2)', 'OR', 'NOT', '- -', '()', '{title}:党建',
    "'; DROP TABLE documents; --", '(a+)+$', '((((a*)*)*)*)$', '\u0000', '\ud800', '党'.repeat(10_000),
    '"' + '党建 '.repeat(3000), 'x:'.repeat(3000), 'unknown:值 党建', 'collection:不存在', 'year:去年',
  ];
  it('answers each with a reading, never an exception', () => {
    for (const query of inputs) {
      expect(() => searchFacets(fixture.library, query), JSON.stringify(query.slice(0, 30))).not.toThrow();
      expect(() => documentMatches(fixture.library, id, query), JSON.stringify(query.slice(0, 30))).not.toThrow();
    }
    expect(searchFacets(fixture.library, '').total).toBe(0);
    expect(searchFacets(fixture.library, 'unknown:值 党建联建').total).toBe(0);
    expect(searchFacets(fixture.library, '党建联建 kind:教材').total).toBe(1);
  });
});
