// Tokens made ahead of a write (in a parse worker, outside the write lock) are indexed only for the very
// fields they were made from: a document stored with other tags or another title is indexed as stored.
import { describe, expect, it } from 'vitest';
import { tokenizeAhead } from '../../../electron/engine/search/engine/index';
import { openLibrary } from './search-fixture';

const body = '项目部临时党支部把支部建在项目上，设立党员先锋岗，开展安全隐患排查。\n'.repeat(3_000);
const source = { title: '党员先锋岗创建做法', text: body, practiceName: null, issuer: null, docNumber: null, source: '温州市建设工程服务中心', organization: null, project: null, region: '温州', tags: ['主题/党员先锋岗'] };
const inIndex = (library: ReturnType<typeof openLibrary>, token: string) =>
  library.db.prepare<[string], number>('SELECT rowid FROM document_fts WHERE document_fts MATCH ?').pluck().all(`"${token}"`);

describe('tokens made ahead of a write', () => {
  it('are what the write indexes when the document is stored with exactly their fields', () => {
    const library = openLibrary();
    const ahead = tokenizeAhead(source);
    // Marked, so the index shows whose tokens it holds: the write's own tokenising would never make this one.
    library.engine.offerTokens([{ ...ahead, tokens: { ...ahead.tokens, meta: `${ahead.tokens.meta} aheadmark` } }]);
    const doc = library.put({ id: 'a', ...source });
    expect(inIndex(library, 'aheadmark')).toEqual([doc.seq]);
    expect(library.ids('安全隐患排查')).toEqual(['a']);
  });

  it('are used once: the same body written again is tokenised by its own write', () => {
    const library = openLibrary();
    const ahead = tokenizeAhead(source);
    library.engine.offerTokens([{ ...ahead, tokens: { ...ahead.tokens, meta: `${ahead.tokens.meta} aheadmark` } }]);
    library.put({ id: 'a', ...source });
    library.put({ id: 'a', ...source, title: '党员先锋岗创建做法（修订）' });
    expect(inIndex(library, 'aheadmark')).toEqual([]);
    expect(library.ids('修订')).toEqual(['a']);
  });

  it('give way to the fields as stored: another title and tags set in the write are what search finds', () => {
    const library = openLibrary();
    library.engine.offerTokens([tokenizeAhead(source)]);
    library.put({ id: 'a', ...source, title: '工地党建联建做法', tags: ['主题/党员先锋岗', '地区/温州/鹿城'] });
    expect(library.ids('工地党建联建')).toEqual(['a']);
    expect(library.ids('鹿城')).toEqual(['a']);
    expect(library.ids('先锋岗创建')).toEqual([]); // the title offered, not the one stored
    expect(library.ids('安全隐患排查')).toEqual(['a']);
  });

  it('read tags in the order the index does, whatever order the document lists them in', () => {
    const library = openLibrary();
    const ahead = tokenizeAhead({ ...source, tags: ['主题/党员先锋岗', '地区/温州'] });
    library.engine.offerTokens([{ ...ahead, tokens: { ...ahead.tokens, meta: `${ahead.tokens.meta} aheadmark` } }]);
    library.put({ id: 'a', ...source, tags: ['地区/温州', '主题/党员先锋岗'] });
    expect(inIndex(library, 'aheadmark')).toHaveLength(1);
  });
});
