import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused } from '../../../electron/engine/archive/zip-reader';
import { applyBundle } from '../../../electron/engine/exchange/bundle/bundle-apply';
import { openBundle } from '../../../electron/engine/exchange/bundle/bundle-read';
import { applyBundleFrom } from '../../../electron/engine/exchange/bundle-service';
import { makeTempFolder, withTempLibrary } from '../../helpers/temp-library';
import { largeLegalBundle } from '../../helpers/hostile-files';

// A bundle is written a batch at a time (each batch's texts read just before it is written): a failure
// after the first batch keeps what was written, says so, and the same bundle imported again adds the rest.

let folder: string;
let bundleFile: string;
let ids: string[];
let target: ReturnType<typeof withTempLibrary>;

beforeAll(() => {
  folder = makeTempFolder('casebook-bundle-batches-');
  // Three documents of 1.5 million characters: two go in the first batch, the third in a second one.
  const built = largeLegalBundle(3, 1_500_000);
  bundleFile = path.join(folder, '长篇汇编.casebook');
  fs.writeFileSync(bundleFile, built.bytes);
  ids = built.documents.map((document) => document.id);
  target = withTempLibrary();
}, 120_000);

afterAll(() => {
  target.cleanup();
  fs.rmSync(folder, { recursive: true, force: true });
});

function documentIds(): string[] {
  return (target.library.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[]).sort();
}

describe('a bundle written in batches', () => {
  it('keeps the batches written when a later one fails, says what was imported, and the same bundle imported again adds the rest', async () => {
    const bundle = await openBundle(bundleFile);
    const read = bundle.document.bind(bundle);
    // The third document's entry turns bad after the bundle was checked (the file changed on a USB stick meanwhile).
    bundle.document = (head) => (head.id === ids[2] ? Promise.reject(refused('交换包', '中的文件在导入过程中被改动', 'test')) : read(head));
    let partly;
    try {
      partly = await applyBundle(target.library, bundle, { fileName: '长篇汇编.casebook', onConflict: 'mine', choices: {} });
    } finally {
      bundle.close();
    }
    expect(partly.results.map((line) => line.status)).toEqual(['imported', 'imported', 'failed']);
    expect(partly.results[2]?.error).toMatch(/^交换包只导入了一部分：前 2 项已处理并保留，其余未导入（交换包中的文件在导入过程中被改动.*）。再次导入同一个交换包即可补上其余部分/);
    expect(documentIds()).toEqual(ids.slice(0, 2).sort());

    const again = await applyBundleFrom(target.library, { path: bundleFile }, 'mine', {});
    expect(again.results.map((line) => line.status)).toEqual(['duplicate', 'duplicate', 'imported']);
    expect(documentIds()).toEqual([...ids].sort());
  }, 120_000);

  it('changes nothing when the first batch fails', async () => {
    const other = withTempLibrary();
    try {
      const bundle = await openBundle(bundleFile);
      bundle.document = () => Promise.reject(refused('交换包', '中的文件在导入过程中被改动', 'test'));
      try {
        await expect(applyBundle(other.library, bundle, { fileName: 'x.casebook', onConflict: 'mine', choices: {} })).rejects.toThrow(/资料库没有任何改动/);
      } finally {
        bundle.close();
      }
      expect(other.library.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    } finally {
      other.cleanup();
    }
  }, 60_000);
});
