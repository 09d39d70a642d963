import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { getDocument, updateDocument } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { importAll } from '../../../electron/engine/import/import-job';
import { sha256 } from '../../../electron/engine/core/ids';
import { makeTempFolder, withTempLibrary } from '../../helpers/temp-library';
import { fixtureBytes, IMPORT_FIXTURES } from './fixture-helpers';
import { deflated, writeZip } from './zip-writer';

let context: ReturnType<typeof withTempLibrary>;
let library: Library;
let folder: string;
beforeEach(() => {
  context = withTempLibrary();
  library = context.library;
  folder = makeTempFolder('casebook-import-');
});
afterEach(() => {
  context.cleanup();
  fs.rmSync(folder, { recursive: true, force: true });
});

const FIXTURE_FILES = fs.readdirSync(IMPORT_FIXTURES).filter((name) => !name.endsWith('.ts'));

describe('importing a folder of mixed, messy files', () => {
  it('imports every fixture, fails only the bad files with Chinese reasons, and keeps the rest of the batch', async () => {
    for (const name of FIXTURE_FILES) fs.copyFileSync(path.join(IMPORT_FIXTURES, name), path.join(folder, name));
    const bad = path.join(folder, '坏文件');
    fs.mkdirSync(bad);
    const tenMb = deflated(new Uint8Array(10 * 1024 * 1024));
    fs.writeFileSync(path.join(bad, '炸弹.docx'), writeZip(Array.from({ length: 25 }, (_, i) => ({ name: `word/p${i}.xml`, data: tenMb, declaredSize: 10 * 1024 * 1024 }))));
    fs.writeFileSync(path.join(bad, '截断.docx'), fixtureBytes('case-structure.docx').subarray(0, 4000));
    fs.writeFileSync(path.join(bad, '空.txt'), '');
    fs.writeFileSync(path.join(bad, '旧格式.doc'), 'x');
    // A sparse file: 201 MB on paper, nothing on disk; refused from its size before it is read.
    fs.writeFileSync(path.join(bad, '扫描合集.pdf'), '');
    fs.truncateSync(path.join(bad, '扫描合集.pdf'), 201 * 1024 * 1024);

    const results = await importAll(library, [folder, path.join(bad, '旧格式.doc'), path.join(folder, '已删除.pdf')]);
    const byName = new Map(results.map((result) => [path.basename(result.file), result]));
    for (const name of FIXTURE_FILES) expect(byName.get(name)?.status, name).toBe('imported');
    expect(byName.get('炸弹.docx')).toMatchObject({ status: 'failed', error: expect.stringContaining('压缩炸弹') });
    expect(byName.get('截断.docx')).toMatchObject({ status: 'failed', error: expect.stringContaining('已损坏或不完整') });
    expect(byName.get('空.txt')).toMatchObject({ status: 'failed', error: expect.stringContaining('空') });
    expect(byName.get('旧格式.doc')).toMatchObject({ status: 'failed', error: expect.stringContaining('另存为') });
    expect(byName.get('已删除.pdf')).toMatchObject({ status: 'failed', error: expect.stringContaining('找不到') });
    expect(byName.get('扫描合集.pdf')).toMatchObject({ status: 'failed', error: expect.stringContaining('单个文件不能超过 200 MB') });

    expect(byName.get('gbk-notice-page.html')).toMatchObject({ kind: 'policy', docNumber: '鹿住建〔2023〕12号', issuer: '温州市鹿城区住房和城乡建设局', date: '2023-03-10', region: '浙江省温州市鹿城区' });
    expect(byName.get('news-body-twice.html')).toMatchObject({ kind: 'news', source: '东瓯日报', author: '林晓', date: '2023-06-02' });
  }, 30_000); // the whole fixture folder, PDFs and Word files included

  it('stores the cleaned text, the metadata with its origins and the original PDF byte for byte', async () => {
    const bytes = fixtureBytes('policy-three-pages.pdf');
    const result = await importBytes(library, 'policy-three-pages.pdf', bytes);
    expect(result.status).toBe('imported');
    const record = getDocument(library, result.id!);
    expect(record).toMatchObject({ title: '湖州市南浔区住房和城乡建设局关于深化“红色工地”建设的实施意见', docNumber: '浔住建〔2024〕21号', year: 2024 });
    expect(record.fieldOrigins).toMatchObject({ docNumber: 'text', issuer: 'text', date: 'text', region: 'text' });
    expect(record.text).toContain('三、保障措施');
    expect(record.original?.sha256).toBe(sha256(bytes));
    const storedFolder = path.join(context.folder, 'originals', sha256(bytes).slice(0, 2));
    const stored = fs.readFileSync(path.join(storedFolder, fs.readdirSync(storedFolder)[0]!));
    expect(stored.equals(bytes)).toBe(true);
  });

  it('imports scans without text under their file name, queued for 文字识别, and two different scans are not duplicates', async () => {
    const scan = fixtureBytes('scan-no-text.pdf');
    const first = await importBytes(library, '2023年联建协议扫描件.pdf', scan);
    const second = await importBytes(library, '另一份扫描件.pdf', Buffer.concat([scan, Buffer.from('\n% second scan\n')]));
    expect(first).toMatchObject({ status: 'imported', title: '2023年联建协议扫描件', pagesToRecognise: 1 });
    expect(first.warnings.join('')).toContain('正在识别文字');
    expect(second).toMatchObject({ status: 'imported', title: '另一份扫描件' });
    expect(getDocument(library, first.id!).text).toBe('');
  });

  it('never overwrites a field the user corrected: a re-import of the same file changes nothing', async () => {
    const bytes = fixtureBytes('gbk-notice.txt');
    const first = await importBytes(library, 'gbk-notice.txt', bytes);
    updateDocument(library, first.id!, { region: '浙江省嘉兴市南湖区' });
    const again = await importBytes(library, '改名后.txt', bytes);
    expect(again).toMatchObject({ status: 'duplicate', duplicateOf: first.id });
    const same = await importBytes(library, 'utf8.txt', Buffer.from(iconv.decode(bytes, 'gb18030'), 'utf8'));
    expect(same).toMatchObject({ status: 'duplicate', duplicateOf: first.id });
    const record = getDocument(library, first.id!);
    expect(record.region).toBe('浙江省嘉兴市南湖区');
    expect(record.fieldOrigins.region).toBe('user');
  });

  it('lets a kind chosen for the import win over the guess', async () => {
    const result = await importBytes(library, 'copied-page.txt', fixtureBytes('copied-page.txt'), { kind: 'news' });
    expect(result.kind).toBe('news');
    expect(getDocument(library, result.id!).fieldOrigins.kind).toBe('user');
  });
});
