import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZipReader, type ZipLimits } from '../../../electron/engine/archive/zip-reader';
import { makeTempFolder } from '../../helpers/temp-library';

const LIMITS: ZipLimits = { maxArchiveBytes: 10 * 1024 * 1024, maxTotalBytes: 10 * 1024 * 1024, maxEntryBytes: 1024 * 1024, maxEntries: 5, maxRatio: 200 };

let folder: string;
beforeEach(() => {
  folder = makeTempFolder('casebook-zip-count-');
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

function packageWith(cases: number): string {
  const entries = Object.fromEntries(Array.from({ length: cases }, (_, i) => [`cases/${i}.json`, strToU8(`{"title":"案例${i}"}`)]));
  const file = path.join(folder, `${cases}.cbreview`);
  fs.writeFileSync(file, zipSync(entries));
  return file;
}

describe('a package with more files than any real one', () => {
  it('is refused as having too many files, not called a compression bomb', () => {
    expect(() => ZipReader.open(packageWith(6), '评审包', LIMITS)).toThrow(/^评审包中的文件过多（超过 5 个），已拒绝导入，资料库没有任何改动。$/);
  });

  it('opens at the limit', () => {
    const reader = ZipReader.open(packageWith(5), '评审包', LIMITS);
    expect(reader.entries).toHaveLength(5);
    reader.close();
  });
});
