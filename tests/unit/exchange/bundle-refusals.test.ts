import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyBundleFrom, exportBundle, previewBundle } from '../../../electron/engine/exchange/bundle-service';
import { tidySearchIndex } from '../../../electron/engine/search/search-index-service';
import { importAll } from '../../../electron/engine/import/import-job';
import { CasebookError } from '../../../shared/api/errors';
import { makeTempFolder, withTempLibrary } from '../../helpers/temp-library';
import { addExchangeDocuments, folderFingerprint, jsonEntry, parseEntry, rewriteZip, sha256Hex } from './exchange-fixtures';

let source: ReturnType<typeof withTempLibrary>;
let target: ReturnType<typeof withTempLibrary>;
let folder: string;
let good: string;
let before: Record<string, string>;

beforeAll(async () => {
  source = withTempLibrary();
  target = withTempLibrary();
  folder = makeTempFolder('casebook-bad-bundles-');
  const ids = await addExchangeDocuments(source.library);
  good = path.join(folder, 'good.casebook');
  exportBundle(source.library, { documentIds: ids, collectionIds: [], draftIds: [], out: good });
  // The receiving library has work of its own that must survive every refusal untouched.
  await addExchangeDocuments(target.library);
  // The index tidies itself in the background after imports: let it finish before taking the fingerprint.
  await tidySearchIndex(target.library);
  target.library.db.pragma('wal_checkpoint(TRUNCATE)');
  before = folderFingerprint(target.folder);
});

afterAll(() => {
  source.cleanup();
  target.cleanup();
  fs.rmSync(folder, { recursive: true, force: true });
});

function firstDocumentEntry(entries: Record<string, Uint8Array>): string {
  const name = Object.keys(entries).find((entry) => entry.startsWith('documents/'));
  if (!name) throw new Error('no document entry');
  return name;
}

const cases: { name: string; message: RegExp; make: () => string }[] = [
  {
    name: 'a changed byte (bad checksum)',
    message: /校验和不符/,
    make: () =>
      rewriteZip(good, path.join(folder, 'checksum.casebook'), (entries) => {
        const name = firstDocumentEntry(entries);
        entries[name] = strToU8(Buffer.from(entries[name] ?? []).toString('utf8').replace('鹿', '龙'));
      }),
  },
  {
    name: 'a path with ..',
    message: /不安全的文件路径/,
    make: () => rewriteZip(good, path.join(folder, 'dotdot.casebook'), (entries) => void (entries['../evil.txt'] = strToU8('x'))),
  },
  {
    name: 'an absolute path',
    message: /不安全的文件路径/,
    make: () => rewriteZip(good, path.join(folder, 'absolute.casebook'), (entries) => void (entries['/tmp/evil.txt'] = strToU8('x'))),
  },
  {
    name: 'a backslash escape',
    message: /不安全的文件路径/,
    make: () => rewriteZip(good, path.join(folder, 'backslash.casebook'), (entries) => void (entries['originals\\..\\..\\evil.txt'] = strToU8('x'))),
  },
  {
    name: 'an unknown manifest version',
    message: /格式版本（2）不受这个版本的案例库支持/,
    make: () =>
      rewriteZip(good, path.join(folder, 'version.casebook'), (entries) => {
        entries['manifest.json'] = jsonEntry({ ...parseEntry<Record<string, unknown>>(entries['manifest.json']), version: 2 });
      }),
  },
  {
    name: 'an entry the manifest does not list',
    message: /清单之外的文件/,
    make: () => rewriteZip(good, path.join(folder, 'extra.casebook'), (entries) => void (entries['notes.txt'] = strToU8('x'))),
  },
  {
    name: 'a truncated archive',
    message: /已损坏或不完整/,
    make: () => {
      const bytes = fs.readFileSync(good);
      const file = path.join(folder, 'truncated.casebook');
      fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      return file;
    },
  },
  {
    name: 'a zip bomb',
    message: /压缩炸弹/,
    make: () => rewriteZip(good, path.join(folder, 'bomb.casebook'), (entries) => void (entries['originals/zeros'] = new Uint8Array(60 * 1024 * 1024))),
  },
  {
    name: 'a document longer than any real one (a memory bomb that packs small)',
    message: /中的资料“.+\.json”过大（\d+ MB），其正文超过一份资料可有的 800 万字/,
    make: () =>
      rewriteZip(good, path.join(folder, 'long-text.casebook'), (entries) => {
        const name = firstDocumentEntry(entries);
        const document = parseEntry<Record<string, unknown>>(entries[name]);
        entries[name] = jsonEntry({ ...document, text: '红色工地。'.repeat(2_100_000) });
        const manifest = parseEntry<{ entries: { path: string; size: number; sha256: string }[] }>(entries['manifest.json']);
        for (const entry of manifest.entries) {
          if (entry.path === name) Object.assign(entry, { size: entries[name]?.length ?? 0, sha256: sha256Hex(entries[name] ?? new Uint8Array()) });
        }
        entries['manifest.json'] = jsonEntry(manifest);
      }),
  },
  {
    name: 'a ZIP64 archive',
    message: /使用了 ZIP64 格式/,
    make: () => {
      const bytes = Buffer.from(fs.readFileSync(good));
      const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
      bytes.writeUInt32LE(0xffffffff, end + 16); // the central directory's offset, as ZIP64 writers leave it
      const file = path.join(folder, 'zip64.casebook');
      fs.writeFileSync(file, bytes);
      return file;
    },
  },
  {
    name: 'an oversized archive',
    message: /太大（\d+ MB，上限 2048 MB）/,
    make: () => {
      const file = path.join(folder, 'huge.casebook');
      fs.copyFileSync(good, file);
      fs.truncateSync(file, 2 * 1024 * 1024 * 1024 + 4096); // sparse: no disk used
      return file;
    },
  },
  {
    name: 'a manifest far larger than any real one (parsed in a worker, refused by its size first)',
    message: /的清单（manifest\.json）过大（\d+ MB）/,
    make: () =>
      rewriteZip(good, path.join(folder, 'huge-manifest.casebook'), (entries) => {
        const manifest = parseEntry<Record<string, unknown>>(entries['manifest.json']);
        // Varied padding, so it packs like real data and is not taken for a compression bomb.
        entries['manifest.json'] = strToU8(`${JSON.stringify(manifest)} ${randomBytes(33 * 1024 * 1024).toString('hex')}`);
      }),
  },
  {
    name: 'a ZIP that is not a bundle',
    message: /不是案例库交换包/,
    make: () => rewriteZip(good, path.join(folder, 'plain.zip'), (entries) => void delete entries['manifest.json']),
  },
];

describe('a bad bundle is refused before anything is written', () => {
  for (const item of cases) {
    it(`refuses ${item.name} with a clear reason and leaves the library byte-identical`, async () => {
      const file = item.make();
      for (const attempt of [() => previewBundle(target.library, { path: file }), () => applyBundleFrom(target.library, { path: file }, 'theirs', {})]) {
        let error: unknown;
        try {
          await attempt();
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(CasebookError);
        expect((error as CasebookError).message).toMatch(item.message);
      }
      // Through `import` it is one failed line, nothing else.
      const results = await importAll(target.library, [file], { onConflict: 'theirs' });
      expect(results).toHaveLength(1);
      expect(results[0]?.status).toBe('failed');
      expect(results[0]?.error).toMatch(item.message);
      expect(folderFingerprint(target.folder)).toEqual(before);
    });
  }
});

describe('a long document that packs tightly is not a bomb', () => {
  it('imports a document whose 2 MB text repeats one line (packs far tighter than 200:1)', async () => {
    const file = rewriteZip(good, path.join(folder, 'repetitive.casebook'), (entries) => {
      const name = firstDocumentEntry(entries);
      const document = parseEntry<Record<string, unknown>>(entries[name]);
      const text = '序号｜项目名称｜党员人数｜备注\n'.repeat(70_000);
      entries[name] = jsonEntry({ ...document, text, textSha256: sha256Hex(strToU8(text)) });
      const manifest = parseEntry<{ entries: { path: string; size: number; sha256: string }[] }>(entries['manifest.json']);
      for (const entry of manifest.entries) {
        if (entry.path === name) Object.assign(entry, { size: entries[name]?.length ?? 0, sha256: sha256Hex(entries[name] ?? new Uint8Array()) });
      }
      entries['manifest.json'] = jsonEntry(manifest);
    });
    const fresh = withTempLibrary();
    try {
      const results = await importAll(fresh.library, [file]);
      expect(results.every((line) => line.status === 'imported')).toBe(true);
      expect(results.length).toBeGreaterThan(1);
    } finally {
      fresh.cleanup();
    }
  });
});
