import { setImmediate as tick } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Library } from '../../../electron/engine/core/library';
import { writeWithoutIndex } from '../../helpers/write-without-index';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { importBytes } from '../../../electron/engine/import/import-service';
import {
  rebuildSearchIndex,
  searchIndexSettled,
  searchIndexStatus,
  startSearchIndexRebuild,
} from '../../../electron/engine/search/search-index-service';
import { libraryOptions, withTempLibrary } from '../../helpers/temp-library';

let fixture: ReturnType<typeof withTempLibrary>;
beforeEach(async () => {
  fixture = withTempLibrary();
  await importBytes(fixture.library, '联建.txt', Buffer.from('安置房项目党建联建\n\n临时党支部开展党建联建，寧波杭州灣新區項目參加。'));
  await importBytes(fixture.library, '清廉.txt', Buffer.from('清廉工地建设\n\n开展廉政教育。'));
});
afterEach(() => fixture.cleanup());

/** Documents written straight into the table, as an older or interrupted program may have left them. */
function insertWithoutIndex(library: Library, count: number): void {
  writeWithoutIndex(library.db, () => {
    const insert = library.db.prepare(`INSERT INTO documents (id, kind, title, text, text_sha256, created_at, updated_at)
      VALUES (?, 'news', ?, ?, 'x', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`);
    for (let i = 0; i < count; i++) insert.run(`bulk${i}`, `简报${i}`, i === 450 ? '独有的检索词语出现在这里' : '普通的工地简报内容');
  });
}

function reopen(): Library {
  fixture.library.close();
  fixture.library = openLibrary(libraryOptions(fixture.folder));
  return fixture.library;
}

const ids = (library: Library, query: string) =>
  library.search.query({ query, sort: 'relevance', offset: 0, limit: 50 }).hits.map((hit) => hit.id).sort();

describe('a stale or damaged index at start', () => {
  it('is rebuilt in the background with progress, while queries answer by scanning', async () => {
    insertWithoutIndex(fixture.library, 900);
    const library = reopen();
    const first = searchIndexStatus(library);
    expect(first.status).toBe('rebuilding');
    const seen: string[] = [];
    const progress: number[] = [];
    while (searchIndexStatus(library).status === 'rebuilding') {
      const response = library.search.query({ query: '独有的检索词语', sort: 'relevance', offset: 0, limit: 20 });
      seen.push(`${response.hits.map((h) => h.id).join()}|${response.notice ?? ''}`);
      expect(ids(library, '宁波杭州湾新区')).toHaveLength(1);
      progress.push(searchIndexStatus(library).done);
      await tick();
    }
    expect(seen.length).toBeGreaterThan(2);
    for (const entry of seen) expect(entry).toMatch(/^bulk450\|.*逐篇查找/);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(searchIndexStatus(library)).toEqual({ status: 'ready', done: 902, total: 902, error: null });
    const after = library.search.query({ query: '独有的检索词语', sort: 'relevance', offset: 0, limit: 20 });
    expect(after.hits.map((h) => h.id)).toEqual(['bulk450']);
    expect(after.notice).toBeNull();
  });

  it('detects a corrupted FTS table, answers by scanning and rebuilds it', async () => {
    const before = ids(fixture.library, '党建联建');
    expect(before).toHaveLength(1);
    // Overwrite the FTS5 structure record (id 10) with garbage: the table then reads as empty.
    fixture.library.db.unsafeMode(true);
    fixture.library.db.prepare("UPDATE document_fts_data SET block = x'deadbeef' WHERE id = 10").run();
    const library = reopen();
    expect(searchIndexStatus(library).status).toBe('rebuilding');
    const during = library.search.query({ query: '党建联建', sort: 'relevance', offset: 0, limit: 20 });
    expect(during.hits.map((h) => h.id).sort()).toEqual(before);
    expect(during.notice).toMatch(/逐篇查找/);
    await searchIndexSettled(library);
    expect(searchIndexStatus(library).status).toBe('ready');
    const fixed = library.search.query({ query: '党建联建', sort: 'relevance', offset: 0, limit: 20 });
    expect(fixed.hits.map((h) => h.id).sort()).toEqual(before);
    expect(fixed.notice).toBeNull();
  });

  it('leaves a ready index alone, and a full rebuild on request reports progress', async () => {
    expect(searchIndexStatus(fixture.library)).toMatchObject({ status: 'ready', error: null });
    const progress: [number, number][] = [];
    expect(await rebuildSearchIndex(fixture.library, (done, total) => progress.push([done, total]))).toEqual({ documents: 2 });
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(searchIndexStatus(fixture.library)).toEqual({ status: 'ready', done: 2, total: 2, error: null });
  });

  it('rebuilds in the background on request, reporting progress through the status', async () => {
    expect(startSearchIndexRebuild(fixture.library)).toEqual({ documents: 2 });
    expect(searchIndexStatus(fixture.library).status).toBe('rebuilding');
    await searchIndexSettled(fixture.library);
    expect(searchIndexStatus(fixture.library)).toEqual({ status: 'ready', done: 2, total: 2, error: null });
  });
});
