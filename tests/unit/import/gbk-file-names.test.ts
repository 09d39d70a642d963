import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { getDocument } from '../../../electron/engine/documents/documents-service';
import { decodeFileName, expandImportPaths, resolveFsPath } from '../../../electron/engine/import/import-paths';
import { importAll } from '../../../electron/engine/import/import-job';
import { makeTempFolder, withTempLibrary } from '../../helpers/temp-library';

/**
 * A folder copied from a Chinese Windows machine onto Linux or macOS (or unpacked from a zip made
 * there) holds names in GBK bytes. Node reads such a name as U+FFFD characters and cannot open the
 * file by it; the importer reads names as bytes instead.
 */
let context: ReturnType<typeof withTempLibrary>;
let library: Library;
let folder: string;
beforeEach(() => {
  context = withTempLibrary();
  library = context.library;
  folder = makeTempFolder('casebook-gbk-names-');
});
afterEach(() => {
  context.cleanup();
  fs.rmSync(folder, { recursive: true, force: true });
});

const gbk = (name: string): Buffer => iconv.encode(name, 'gbk');
const join = (...parts: Buffer[]): Buffer => Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [Buffer.from(path.sep), part])));

function writeGbkNamed(): { folderBytes: Buffer } {
  const folderBytes = Buffer.from(folder, 'utf8');
  fs.writeFileSync(join(folderBytes, gbk('鹿城区党建联建做法.txt')), '鹿城区党建联建做法\n\n项目临时党支部与社区结对共建，开设工友课堂。', 'utf8');
  fs.mkdirSync(join(folderBytes, gbk('二〇二四年资料')));
  fs.writeFileSync(join(folderBytes, gbk('二〇二四年资料'), gbk('清廉工地通知.md')), '# 关于推进清廉工地建设的通知\n\n各项目部要开展廉政教育。', 'utf8');
  fs.writeFileSync(path.join(folder, '普通名称.txt'), '普通名称的资料\n\n这份文件的名字是 UTF-8。', 'utf8');
  return { folderBytes };
}

describe('file names in GBK bytes', () => {
  it('the file system really holds GBK bytes that Node cannot read as a name', () => {
    writeGbkNamed();
    const names = fs.readdirSync(folder);
    expect(names.some((name) => name.includes('\uFFFD'))).toBe(true);
    expect(fs.readdirSync(folder, { encoding: 'buffer' }).some((name) => name.equals(gbk('鹿城区党建联建做法.txt')))).toBe(true);
  });

  it('decodes names as UTF-8 when they are, else as GB18030', () => {
    expect(decodeFileName(Buffer.from('党建联建.txt', 'utf8'))).toBe('党建联建.txt');
    expect(decodeFileName(gbk('党建联建.txt'))).toBe('党建联建.txt');
    expect(decodeFileName(Buffer.from('plain.txt'))).toBe('plain.txt');
  });

  it('finds, shows and imports GBK-named files and folders, with the rest of the folder', async () => {
    writeGbkNamed();
    const targets = expandImportPaths([folder]);
    expect(targets.map((target) => path.relative(folder, target.file))).toEqual([
      path.join('二〇二四年资料', '清廉工地通知.md'),
      '鹿城区党建联建做法.txt',
      '普通名称.txt',
    ].sort((a, b) => a.localeCompare(b)));
    expect(targets.filter((target) => Buffer.isBuffer(target.fsPath))).toHaveLength(2);
    expect(targets.find((target) => target.file.endsWith('普通名称.txt'))?.fsPath).toBe(path.join(folder, '普通名称.txt'));

    const results = await importAll(library, [folder]);
    expect(results.map((result) => result.status)).toEqual(['imported', 'imported', 'imported']);
    const practice = results.find((result) => result.file.endsWith('鹿城区党建联建做法.txt'));
    expect(practice?.file).toBe(path.join(folder, '鹿城区党建联建做法.txt'));
    expect(getDocument(library, practice?.id ?? '').original?.fileName).toBe('鹿城区党建联建做法.txt');
    expect(getDocument(library, results.find((result) => result.file.endsWith('通知.md'))?.id ?? '').title).toBe('关于推进清廉工地建设的通知');
  });

  it('opens a GBK-named file given by its shown path (as the command line passes it back)', async () => {
    const { folderBytes } = writeGbkNamed();
    const shown = path.join(folder, '二〇二四年资料', '清廉工地通知.md');
    expect(fs.existsSync(shown)).toBe(false);
    expect(resolveFsPath(shown)).toEqual(join(folderBytes, gbk('二〇二四年资料'), gbk('清廉工地通知.md')));
    expect((await importAll(library, [shown]))[0]?.status).toBe('imported');
    expect((await importAll(library, [path.join(folder, '二〇二四年资料')]))[0]).toMatchObject({ status: 'duplicate', file: shown });

    const missing = path.join(folder, '不存在.txt');
    expect(resolveFsPath(missing)).toBe(missing);
    expect((await importAll(library, [missing]))[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('找不到') });
  });
});
