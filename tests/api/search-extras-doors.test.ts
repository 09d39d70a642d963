import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCliIo } from '../helpers/cli-io';
import { runCli } from '../../electron/cli/main';
import type { BrowserModeServer } from '../../electron/server/start-server';
import type { SearchResponse } from '../../shared/model/search';
import type {
  DocumentMatches,
  RelatedDocument,
  SavedSearch,
  SearchFacets,
  SearchHistoryEntry,
  SearchIndexProgress,
} from '../../shared/model/search-extras';
import { RELATED_FIXTURES } from '../unit/search-extras/related-fixture';
import { BridgeSandbox, CHINESE, callApi, errorOf, okResult } from './http-helpers';

// Facets, saved searches, history, matches, related documents and the index status: HTTP bridge and CLI.
let sandbox: BridgeSandbox;
let server: BrowserModeServer;
let libraryFolder: string;
const ids = new Map<string, string>();

const call = <T>(method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload);

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  libraryFolder = path.join(sandbox.root, 'library');
  server = await sandbox.start(libraryFolder);
  for (const doc of RELATED_FIXTURES) {
    const [result] = await call<{ id: string }[]>('import.upload', {
      files: [{ name: `${doc.key}.txt`, contentBase64: Buffer.from(doc.text).toString('base64') }],
    });
    await call('documents.update', { id: result?.id, patch: { title: doc.text.split('\n')[0], ...doc.meta } });
    ids.set(doc.key, result?.id ?? '');
  }
});
afterAll(async () => {
  await sandbox.close();
});

describe('search extras over HTTP', () => {
  it('reports the index status, facets, matches and related documents', async () => {
    expect(await call<SearchIndexProgress>('search.status')).toMatchObject({ status: 'ready', error: null });
    const facets = await call<SearchFacets>('search.facets', { query: '六有一好' });
    expect(facets.total).toBe(4);
    expect(facets.facets.kind.map((v) => v.filter).sort()).toEqual(['类型:典型案例', '类型:支部做法', '类型:新闻报道'].sort());
    // The English name reads the same as the Chinese one a facet writes.
    const narrowed = await call<SearchResponse>('search.query', { query: '六有一好 kind:news', limit: 20 });
    expect(narrowed.total).toBe(facets.facets.kind.find((v) => v.filter === '类型:新闻报道')?.count);
    expect((await call<SearchResponse>('search.query', { query: '六有一好 类型:新闻报道', limit: 20 })).total).toBe(narrowed.total);
    expect(narrowed.estimated).toBe(false);

    const matches = await call<DocumentMatches>('search.matches', { id: ids.get('case'), query: '农民工夜校' });
    expect(matches.text).toHaveLength(2);
    const related = await call<RelatedDocument[]>('search.related', { id: ids.get('case'), limit: 3 });
    expect(related.map((r) => r.document.id)).toEqual([ids.get('copy'), ids.get('samePractice'), ids.get('sameProject')]);
  });

  it('saves, lists with live counts, renames and deletes searches; keeps and clears history', async () => {
    const saved = await call<SavedSearch>('savedSearches.create', { name: '六有一好做法', query: '六有一好' });
    expect(saved).toMatchObject({ count: 4, sort: 'relevance' });
    const renamed = await call<SavedSearch>('savedSearches.update', { id: saved.id, name: '“六有一好”全部资料' });
    expect((await call<SavedSearch[]>('savedSearches.list')).map((s) => [s.name, s.count])).toEqual([[renamed.name, 4]]);

    const duplicate = await callApi(server.port, server.token, 'savedSearches.create', { name: renamed.name, query: '别的' });
    expect(errorOf(duplicate)).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已经有名为') });
    for (const payload of [{ name: '', query: '党建' }, { name: '空', query: '   ' }, { name: 'x'.repeat(61), query: '党建' }, { name: '多余', query: '党建', extra: 1 }]) {
      const response = await callApi(server.port, server.token, 'savedSearches.create', payload);
      expect(errorOf(response).code, JSON.stringify(payload)).toBe('BAD_REQUEST');
      expect(errorOf(response).message).toMatch(CHINESE);
    }
    expect(errorOf(await callApi(server.port, server.token, 'savedSearches.delete', { id: 'nosuch' })).code).toBe('NOT_FOUND');
    await call('savedSearches.delete', { id: saved.id });
    expect(await call<SavedSearch[]>('savedSearches.list')).toEqual([]);

    await call('searchHistory.add', { query: '党建联建' });
    await call('searchHistory.add', { query: '六有一好 kind:case' });
    expect((await call<SearchHistoryEntry[]>('searchHistory.list', {})).map((h) => h.query)).toEqual(['六有一好 kind:case', '党建联建']);
    expect(await call('searchHistory.clear')).toEqual({ cleared: 2 });
  });

  it('refuses an over-long query with a Chinese message and reads odd ones', async () => {
    const long = await callApi(server.port, server.token, 'search.facets', { query: '党'.repeat(10_001) });
    expect(errorOf(long)).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(CHINESE) });
    const odd = await call<SearchFacets>('search.facets', { query: '"党建 NEAR( -* kind:教材' });
    expect(odd.total).toBeGreaterThanOrEqual(0);
  });
});

describe('search extras on the command line', () => {
  it('prints facets, related documents and saved searches', async () => {
    await server.close();
    const facets = captureCliIo();
    expect(await runCli(['facets', '六有一好', '--library', libraryFolder, '--json'], facets.io)).toBe(0);
    expect((JSON.parse(facets.out()) as SearchFacets).total).toBe(4);
    const human = captureCliIo();
    expect(await runCli(['facets', '六有一好', '--library', libraryFolder], human.io)).toBe(0);
    expect(human.out()).toMatch(/类型：.*典型案例 1（类型:典型案例）/);

    const related = captureCliIo();
    expect(await runCli(['related', ids.get('case') ?? '', '--library', libraryFolder], related.io)).toBe(0);
    expect(related.out()).toContain('同一做法：“六有一好”');
    const saved = captureCliIo();
    expect(await runCli(['saved', '--library', libraryFolder], saved.io)).toBe(0);
    expect(saved.out()).toContain('还没有保存的搜索');
  });
});
