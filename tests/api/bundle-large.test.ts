import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../shared/api/contract';
import { LibraryHost } from '../../electron/engine/api/library-host';
import { libraryOptions, makeTempFolder } from '../helpers/temp-library';
import { dispatchCalls } from '../helpers/dispatch-calls';
import { largeLegalBundle } from '../helpers/hostile-files';

// A 交换包 within every limit but large (several documents of millions of characters): its entries
// are unpacked and checked in the parse workers and its documents written in short transactions, so
// the engine answers other requests while it is previewed and imported, and all of it arrives.

const COUNT = 4;
const CHARS = 2_000_000;

let root: string;
let host: LibraryHost;
let bundleFile: string;
let documents: { id: string; title: string }[];
const { call } = dispatchCalls(() => host);

/** Whether `pending` is still unsettled once `probe` answered. */
async function answeredFirst(probe: Promise<unknown>, pending: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  await probe;
  return !settled;
}

async function untilDone(jobId: string): Promise<ResponseOf<'import.results'>> {
  for (;;) {
    const state = await call('import.results', { jobId, after: 0 });
    if (state.done) return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(() => {
  root = makeTempFolder('casebook-large-bundle-');
  host = new LibraryHost(libraryOptions(path.join(root, 'library')));
  const built = largeLegalBundle(COUNT, CHARS);
  documents = built.documents;
  bundleFile = path.join(root, '长篇汇编.casebook');
  fs.writeFileSync(bundleFile, built.bytes);
}, 120_000);

afterAll(() => {
  host.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('a large but legal bundle', () => {
  it('is previewed while library.info is answered', async () => {
    await call('library.info', {}); // opens the library first
    const preview = call('bundle.preview', { source: { path: bundleFile } });
    expect(await answeredFirst(call('library.info', {}), preview)).toBe(true);
    const plan = await preview;
    expect(plan.counts).toEqual({ new: COUNT, duplicate: 0, conflict: 0 });
    expect(plan.items.map((item) => item.title)).toEqual(documents.map((document) => document.title));
  }, 120_000);

  it('is imported while library.info is answered; afterwards every document is there whole and searchable, and a second import adds nothing', async () => {
    const started = await call('import.start', { paths: [bundleFile] });
    const info = call('library.info', {});
    const during = await call('import.results', { jobId: started.jobId, after: 0 });
    expect(during.done).toBe(false);
    expect((await info).documentCount).toBeLessThan(COUNT);

    const finished = await untilDone(started.jobId);
    expect(finished.results.map((line) => [line.title, line.status])).toEqual(documents.map((document) => [document.title, 'imported']));
    expect((await call('library.info', {})).documentCount).toBe(COUNT);
    for (const document of documents) {
      const stored = await call('documents.get', { id: document.id });
      expect(stored.text.length).toBe(CHARS);
      expect(stored.tags).toContain('主题/长篇汇编');
    }
    const search = await call('search.query', { query: '长篇汇编', limit: 50 });
    expect(search.hits.map((hit) => hit.id).sort()).toEqual(documents.map((document) => document.id).sort());

    const again = await untilDone((await call('import.start', { paths: [bundleFile] })).jobId);
    expect(again.results.map((line) => line.status)).toEqual(documents.map(() => 'duplicate'));
    expect((await call('library.info', {})).documentCount).toBe(COUNT);
  }, 300_000);
});
