import { afterEach, describe, expect, it } from 'vitest';
import { type Library } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { restoreDocuments, trashDocuments, updateDocument } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { tidySearchIndex } from '../../../electron/engine/search/search-index-service';
import { libraryOptions, withTempLibrary } from '../../helpers/temp-library';

const CITIES = ['温州', '嘉兴', '湖州', '台州', '丽水', '衢州'];

/** A short 支部做法 in the style staff receive, different for every n. */
function practice(n: number): string {
  const city = CITIES[n % CITIES.length];
  return [
    `${city}第${n}项目部推行“党员先锋岗”`,
    `来源：${city}市建设工程服务中心`,
    `${2020 + (n % 5)}年${1 + (n % 12)}月${1 + (n % 27)}日`,
    `${city}第${n}项目部临时党支部把支部建在项目上，设立党员先锋岗${n % 9}个，开展安全隐患排查${n * 3}次。`,
    n % 2 === 0 ? '工地党建联建带动农民工夜校开课，权益保障落到实处。' : '清廉工地建设同步推进，质量安全责任层层压实。',
  ].join('\n');
}

const segments = (library: Library) =>
  library.db.prepare<[], number>('SELECT count(DISTINCT segid) FROM document_fts_idx').pluck().get() ?? 0;

const answers = (library: Library) =>
  ['党员先锋岗', '温州', '"夜校开课"', '清廉工地 -温州', 'year:2022 安全隐患'].map((query) => {
    const response = library.search.query({ query, sort: 'relevance', offset: 0, limit: 100 });
    return { query, total: response.total, ids: response.hits.map((hit) => hit.id) };
  });

let cleanup = () => {};
afterEach(() => {
  cleanup();
  cleanup = () => {};
});

describe('tidying the search index after imports', () => {
  it('merges the segments imports leave, in the background, without changing any answer', async () => {
    const temp = withTempLibrary();
    cleanup = temp.cleanup;
    const { library } = temp;
    for (let n = 0; n < 60; n++) {
      const result = await importBytes(library, `做法${n}.txt`, Buffer.from(practice(n)));
      expect(result.status).toBe('imported');
    }
    await tidySearchIndex(library);
    for (let n = 60; n < 120; n++) await importBytes(library, `做法${n}.txt`, Buffer.from(practice(n)));
    // Each import wrote its own small segment; those written since the last tidy are still apart.
    expect(segments(library)).toBeGreaterThan(1);
    const before = answers(library);
    expect(before.every((answer) => answer.total > 0)).toBe(true);

    await tidySearchIndex(library);
    expect(segments(library)).toBe(1);
    expect(library.search.tidyStep()).toBe(false);
    expect(answers(library)).toEqual(before);
  });

  it('never merges inside a one-document edit: the edits’ small segments wait for the idle tidy', async () => {
    const temp = withTempLibrary();
    cleanup = temp.cleanup;
    const { library } = temp;
    const imported = await importBytes(library, '做法.txt', Buffer.from(practice(1)));
    await tidySearchIndex(library);
    const tidy = segments(library);
    // More edits than FTS5's automerge let pile up (16) before it merged them inside the writes: none of them waits for a merge.
    for (let n = 0; n < 40; n++) updateDocument(library, imported.id!, { title: `温州第${n}项目部推行“党员先锋岗”` });
    expect(segments(library)).toBe(tidy + 40);
    await tidySearchIndex(library);
    expect(segments(library)).toBe(1);
    expect(library.search.query({ query: '温州第39项目部', sort: 'relevance', offset: 0, limit: 5 }).total).toBe(1);
  });

  it('stops quietly when the library is closed while it waits', async () => {
    const temp = withTempLibrary();
    cleanup = temp.cleanup;
    await importBytes(temp.library, '做法.txt', Buffer.from(practice(1)));
    const tidying = tidySearchIndex(temp.library);
    temp.library.close();
    await expect(tidying).resolves.toBeUndefined();
  });
});

describe('two connections to one library (the app and the command line)', () => {
  /** The app's library and a second connection to the same folder, both closed after the test. */
  function twoConnections() {
    const temp = withTempLibrary();
    const other = openLibrary(libraryOptions(temp.folder));
    cleanup = () => {
      other.close();
      temp.cleanup();
    };
    return { temp, other };
  }

  it('hides a document trashed by the other connection and shows it again when restored there', async () => {
    const { temp, other } = twoConnections();
    const first = await importBytes(temp.library, '做法1.txt', Buffer.from(practice(1)));
    const second = await importBytes(temp.library, '做法2.txt', Buffer.from(practice(2)));
    const found = () => temp.library.search.query({ query: '党员先锋岗', sort: 'relevance', offset: 0, limit: 20 }).hits.map((hit) => hit.id).sort();
    expect(found()).toEqual([first.id, second.id].sort());
    trashDocuments(other, [first.id!]);
    expect(found()).toEqual([second.id]);
    restoreDocuments(other, [first.id!]);
    expect(found()).toEqual([first.id, second.id].sort());
  });

  it('suggests an 发文机关 the other connection has just written', async () => {
    const { temp, other } = twoConnections();
    const imported = await importBytes(temp.library, '做法1.txt', Buffer.from(practice(1)));
    const issuers = () =>
      temp.library.search
        .suggest('瑞安市住房', 10)
        .filter((suggestion) => suggestion.type === 'issuer')
        .map((suggestion) => suggestion.label);
    expect(issuers()).toEqual([]);
    updateDocument(other, imported.id!, { issuer: '瑞安市住房和城乡建设局' });
    expect(issuers()).toEqual(['瑞安市住房和城乡建设局']);
  });
});
