import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { IDLE_CHECKPOINT_PAGES, WAL_AUTOCHECKPOINT_PAGES, walBacklog } from '../../../electron/engine/db/open-database';
import { updateDocument } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { holdTidyingForImport, tidySearchIndex } from '../../../electron/engine/search/search-index-service';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { libraryOptions, withTempLibrary } from '../../helpers/temp-library';

const CITIES = ['温州', '嘉兴', '湖州', '台州', '丽水', '衢州'];
const WORKS = ['党员先锋岗', '农民工夜校', '清廉工地', '安全隐患排查', '党建联建', '质量安全责任'];

/** A short 支部做法, different for every n. */
function practice(n: number): string {
  const city = CITIES[n % CITIES.length];
  return [
    `${city}第${n}项目部推行“${WORKS[n % WORKS.length]}”`,
    `来源：${city}市建设工程服务中心`,
    `${2020 + (n % 5)}年${1 + (n % 12)}月${1 + (n % 27)}日`,
    `${city}第${n}项目部临时党支部把支部建在项目上，开展${WORKS[(n + 2) % WORKS.length]}${n * 3}次。`,
  ].join('\n');
}

const segments = (library: Library) =>
  library.db.prepare<[], number>('SELECT count(DISTINCT segid) FROM document_fts_idx').pluck().get() ?? 0;

const QUERIES = ['党员先锋岗', '温州', '"农民工夜校"', '清廉工地 -温州', '项目部 安全', 'year:2022 项目部', '嘉兴 OR 丽水', '衢州第'];

const answers = (library: Library) =>
  QUERIES.map((query) => {
    const response = library.search.query({ query, sort: 'relevance', offset: 0, limit: 200 });
    return { query, total: response.total, ids: response.hits.map((hit) => hit.id).sort() };
  });

let cleanup = () => {};
afterEach(() => {
  cleanup();
  cleanup = () => {};
});

async function libraryWith(count: number): Promise<{ library: Library; ids: string[] }> {
  const temp = withTempLibrary();
  cleanup = temp.cleanup;
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const result = await importBytes(temp.library, `做法${n}.txt`, Buffer.from(practice(n)));
    ids.push(result.id ?? '');
  }
  await tidySearchIndex(temp.library);
  return { library: temp.library, ids };
}

/**
 * The idle checkpoint copied every page: the next write starts the WAL over, cut back to its size
 * limit, so what it holds after that write is far under the mark (without the checkpoint it would
 * still hold everything written before).
 */
function expectCheckpointed(library: Library): void {
  library.write(() => library.db.prepare('INSERT INTO test_pages VALUES (randomblob(1000))').run());
  expect(walBacklog(library.db) ?? Infinity).toBeLessThan(IDLE_CHECKPOINT_PAGES / 2);
}

describe('upkeep after single writes, at idle time', () => {
  it('merges the small segments single updates leave without merging them into the large one', async () => {
    const { library, ids } = await libraryWith(40);
    expect(segments(library)).toBe(1);
    // Writes back to back (no idle time between): each leaves its own small segment.
    for (let k = 0; k < 12; k++) updateDocument(library, ids[k] ?? '', { title: `${CITIES[k % 6]}第${k}项目部改进${WORKS[(k + 1) % 6]}` });
    const piled = segments(library);
    expect(piled).toBeGreaterThanOrEqual(12);
    // The light tidy every write schedules (no call here starts it): segments merged level by level.
    await tidySearchIndex(library, 'light');
    const tidied = segments(library);
    expect(tidied).toBeLessThan(piled);
    expect(tidied).toBeGreaterThan(1);
    expect(library.search.tidyStep('light')).toBe(false);
  });

  it('answers after many updates as a freshly rebuilt index does', async () => {
    const { library, ids } = await libraryWith(30);
    for (let k = 0; k < 150; k++) {
      const id = ids[(k * 7) % ids.length] ?? '';
      updateDocument(library, id, { title: `${CITIES[k % 6]}第${k}项目部推行${WORKS[(k * 5) % 6]}`, year: 2020 + (k % 5) });
      // Idle time now and then: the light tidy runs between some of the writes, as in the app.
      if (k % 9 === 0) await tidySearchIndex(library, 'light');
    }
    const incremental = answers(library);
    expect(incremental.filter((answer) => answer.total === 0).map((answer) => answer.query)).toEqual([]);
    library.search.rebuild();
    expect(segments(library)).toBe(1);
    expect(answers(library)).toEqual(incremental);
  });

  it('checkpoints the WAL once enough pages wait, not after every write', async () => {
    const { library } = await libraryWith(2);
    expect(library.db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
    library.db.exec('CREATE TABLE test_pages (body BLOB)');
    await tidySearchIndex(library);
    library.db.pragma('wal_checkpoint(TRUNCATE)');

    // A small write: its pages stay in the WAL (checkpointing now would make the next write restart the WAL and fsync).
    library.write(() => library.db.prepare('INSERT INTO test_pages VALUES (randomblob(100000))').run());
    await tidySearchIndex(library, 'light');
    const small = walBacklog(library.db) ?? -1;
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThan(IDLE_CHECKPOINT_PAGES);

    // Past the mark: still no checkpoint inside the write (the safety mark is three times higher), one at idle.
    library.write(() => {
      for (let i = 0; i < 5; i++) library.db.prepare('INSERT INTO test_pages VALUES (randomblob(1000000))').run();
    });
    expect(walBacklog(library.db) ?? 0).toBeGreaterThanOrEqual(IDLE_CHECKPOINT_PAGES);
    await tidySearchIndex(library, 'light');
    expectCheckpointed(library);
  });

  it('checkpoints between the files of a batch import without merging the index there', async () => {
    const { library, ids } = await libraryWith(6);
    library.db.exec('CREATE TABLE test_pages (body BLOB)');
    const release = holdTidyingForImport(library);
    try {
      for (let k = 0; k < 5; k++) updateDocument(library, ids[k] ?? '', { title: `嘉兴第${k}项目部改进党建联建` });
      const piled = segments(library);
      library.write(() => {
        for (let i = 0; i < 5; i++) library.db.prepare('INSERT INTO test_pages VALUES (randomblob(1000000))').run();
      });
      expect(walBacklog(library.db) ?? 0).toBeGreaterThanOrEqual(IDLE_CHECKPOINT_PAGES);
      await tidySearchIndex(library, 'light');
      expectCheckpointed(library);
      expect(segments(library)).toBe(piled);
    } finally {
      release();
    }
    await tidySearchIndex(library);
    expect(segments(library)).toBe(1);
  });

  it('never waits for another process that is writing: the step fails at once and the next one merges', async () => {
    const { library, ids } = await libraryWith(6);
    const folder = library.folder;
    const other = openLibrary(libraryOptions(folder));
    try {
      for (let k = 0; k < 5; k++) updateDocument(library, ids[k] ?? '', { title: `湖州第${k}项目部改进清廉工地` });
      const piled = segments(library);
      other.db.exec('BEGIN IMMEDIATE');
      // Were the step to wait for the lock, this test would outlast its time limit.
      library.db.pragma('busy_timeout = 600000');
      expect(() => library.search.tidyStep('light')).toThrow();
      expect(library.db.pragma('busy_timeout', { simple: true })).toBe(600000);
      other.db.exec('COMMIT');
      while (library.search.tidyStep('light')) {
        // merging
      }
      expect(segments(library)).toBeLessThan(piled);
    } finally {
      if (other.db.inTransaction) other.db.exec('ROLLBACK');
      other.close();
    }
  });

  it('leaves the index alone while another process rebuilds it (its cursor stands)', async () => {
    const { library, ids } = await libraryWith(6);
    for (let k = 0; k < 5; k++) updateDocument(library, ids[k] ?? '', { title: `丽水第${k}项目部改进党员先锋岗` });
    const piled = segments(library);
    // What a rebuild in another process leaves in the library while it runs (batched-rebuild.ts).
    library.db.prepare("INSERT INTO search_index_state (key, value) VALUES ('rebuild_cursor', '0')").run();
    expect(library.search.tidyStep('light')).toBe(false);
    expect(library.search.tidyStep('full')).toBe(false);
    expect(segments(library)).toBe(piled);
    library.db.prepare("DELETE FROM search_index_state WHERE key = 'rebuild_cursor'").run();
    expect(library.search.tidyStep('light')).toBe(true);
  });

  it('calls its write listeners after a commit only', () => {
    const temp = withTempLibrary();
    cleanup = temp.cleanup;
    let calls = 0;
    temp.library.onWritten(() => (calls += 1));
    temp.library.write(() => temp.library.db.prepare("INSERT INTO settings (key, value) VALUES ('test.listener', '1')").run());
    expect(calls).toBe(1);
    expect(() =>
      temp.library.write(() => {
        temp.library.db.prepare("INSERT INTO settings (key, value) VALUES ('test.listener2', '1')").run();
        throw new Error('rolled back');
      }),
    ).toThrow();
    expect(calls).toBe(1);
  });
});
