import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, DocumentSummary } from '../../shared/model/document';
import type { LibraryInfo } from '../../shared/model/library';
import type { TagNode } from '../../shared/model/tag';
import { runCli } from '../../electron/cli/main';
import { jsonLines, runCasebook, SOURCE_BIN } from '../helpers/casebook-cli';
import { captureCliIo } from '../helpers/cli-io';
import { FIXTURES_FOLDER, makeTempFolder } from '../helpers/temp-library';
import { CHINESE } from './http-helpers';

const API_FIXTURES = path.join(FIXTURES_FOLDER, 'api');
const IMPORT_KEYS = ['file', 'status', 'id', 'title', 'kind', 'date', 'source', 'author', 'issuer', 'docNumber', 'region', 'duplicateOf', 'nearDuplicateOf', 'similarity', 'error'];

function findTag(nodes: TagNode[], tagPath: string): TagNode | undefined {
  for (const node of nodes) {
    if (node.path === tagPath) return node;
    const inChild = findTag(node.children, tagPath);
    if (inChild) return inChild;
  }
  return undefined;
}

let root: string;
let library: string;
let inputs: string;

beforeAll(() => {
  root = makeTempFolder('casebook-cli-');
  library = path.join(root, 'library');
  inputs = path.join(root, 'inputs');
  fs.mkdirSync(path.join(inputs, 'batch', 'nested'), { recursive: true });
  fs.copyFileSync(path.join(API_FIXTURES, 'wenzhou-notice.md'), path.join(inputs, 'wenzhou-notice.md'));
  fs.copyFileSync(path.join(API_FIXTURES, 'company-practice.txt'), path.join(inputs, 'company-practice.txt'));
  fs.copyFileSync(path.join(API_FIXTURES, 'company-practice.txt'), path.join(inputs, 'company-practice-copy.txt'));
  fs.writeFileSync(path.join(inputs, 'empty.txt'), '');
  fs.writeFileSync(path.join(inputs, 'photo.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 0)]));
  const news = fs.readFileSync(path.join(API_FIXTURES, 'lucheng-news.txt'), 'utf8');
  fs.writeFileSync(path.join(inputs, 'batch', 'nested', 'lucheng-news-gbk.txt'), iconv.encode(news, 'gbk'));
  fs.writeFileSync(path.join(inputs, 'batch', 'scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('casebook command line', () => {
  const ids: Record<string, string> = {};

  it('imports files and folders, one JSON line per file, exit 1 when some fail while the rest are kept', async () => {
    const files = ['wenzhou-notice.md', 'company-practice.txt', 'company-practice-copy.txt', 'empty.txt', 'photo.txt', 'batch'].map((name) =>
      path.join(inputs, name),
    );
    const run = await runCasebook(['import', ...files, '--tag', '资料用途/培训课件', '--library', library, '--json']);
    expect(run.code, run.stderr).toBe(1);
    const lines = jsonLines(run.stdout);
    // The folder's damaged scan.png is an image now read for 文字识别: it fails alone with the reason.
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(Object.keys(line).slice(0, IMPORT_KEYS.length)).toEqual(IMPORT_KEYS);
      expect(Object.keys(line).filter((key) => !IMPORT_KEYS.includes(key))).toEqual(line.warnings ? ['warnings'] : []);
    }
    const [notice, practice, copy, empty, photo] = lines;
    const news = lines.find((line) => line.file === path.join(inputs, 'batch', 'nested', 'lucheng-news-gbk.txt'));
    const scan = lines.find((line) => line.file === path.join(inputs, 'batch', 'scan.png'));
    expect(scan).toMatchObject({ status: 'failed', id: null });
    expect(String(scan?.error)).toContain('图片文件已损坏');
    expect(notice).toMatchObject({
      file: files[0],
      status: 'imported',
      kind: 'policy',
      title: '温州市住房和城乡建设局关于开展2022年度“红色工地”示范项目评选工作的通知',
      issuer: '温州市住房和城乡建设局',
      docNumber: '温住建〔2022〕35号',
      date: '2022-05-24',
      region: '浙江省温州市',
      duplicateOf: null,
      error: null,
    });
    expect(practice).toMatchObject({ status: 'imported', error: null });
    expect(copy).toMatchObject({ file: files[2], status: 'duplicate', duplicateOf: practice?.id });
    // A duplicate's line describes the document it matches, field for field.
    const described = (line: Record<string, unknown> | undefined) =>
      Object.fromEntries(['title', 'kind', 'date', 'source', 'author', 'issuer', 'docNumber', 'region'].map((key) => [key, line?.[key]]));
    expect(described(copy)).toEqual(described(practice));
    expect(copy?.source ?? copy?.region).not.toBeNull();
    expect(empty).toMatchObject({ status: 'failed', id: null });
    expect(String(empty?.error)).toMatch(CHINESE);
    expect(photo).toMatchObject({ status: 'failed', id: null });
    expect(String(photo?.error)).toMatch(CHINESE);
    expect(news).toMatchObject({ file: path.join(inputs, 'batch', 'nested', 'lucheng-news-gbk.txt'), status: 'imported' });
    ids.notice = String(notice?.id);
    ids.practice = String(practice?.id);
    ids.news = String(news?.id);
  });

  it('finds the document with search --json, markers removed (through the package.json bin, from the sources)', async () => {
    const run = await runCasebook(['search', '温住建', '--library', library, '--json'], { bin: SOURCE_BIN });
    expect(run.code, run.stderr).toBe(0);
    const [body, ...rest] = jsonLines(run.stdout);
    expect(rest).toHaveLength(0);
    expect(Object.keys(body ?? {})).toEqual(['total', 'tookMs', 'hits']);
    const hits = body?.hits as Record<string, unknown>[];
    expect(hits.map((hit) => hit.id)).toContain(ids.notice);
    for (const hit of hits) {
      expect(Object.keys(hit)).toEqual(['id', 'title', 'kind', 'date', 'score', 'snippet']);
      expect(String(hit.snippet)).not.toMatch(/[\u0001\u0002]/);
    }
  });

  it('shows search hits for people with 【】 around the matches', async () => {
    const run = await runCasebook(['search', '红领筑建', '--library', library]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('红领筑建');
    expect(run.stdout).toContain(ids.practice);
    expect(run.stdout).toMatch(/【[^】]*】/);
  });

  it('prints the whole record with get --json and a readable one without', async () => {
    const json = await runCasebook(['get', ids.notice ?? '', '--library', library, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const record = JSON.parse(json.stdout) as DocumentRecord;
    expect(record).toMatchObject({ id: ids.notice, kind: 'policy', date: '2022-05-24', docNumber: '温住建〔2022〕35号' });
    expect(record.text).toContain('评选范围');
    expect(record.tags).toEqual(expect.arrayContaining(['资料用途/培训课件', '主题/党建品牌']));
    expect(record.original?.fileName).toBe('wenzhou-notice.md');

    const human = await runCasebook(['get', ids.news ?? '', '--library', library]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain('鹿城区成立建筑业党建联盟');
    expect(human.stdout).toContain('标签：资料用途/培训课件');
    expect(human.stdout).toContain('gb18030');
    expect(human.stdout).toContain('辖区51家建筑企业党组织');
  });

  it('adds and removes tags', async () => {
    const run = await runCasebook([
      'tag', ids.practice ?? '', '--add', '主题/党建联建', '--add', '一强一优五提升／权益保障提升', '--remove', '资料用途/培训课件', '--library', library, '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const record = JSON.parse(run.stdout) as DocumentRecord;
    expect(record.tags.sort()).toEqual(['一强一优五提升/权益保障提升', '主题/党建联建'].sort());

    const tags = await runCasebook(['tags', '--library', library, '--json']);
    expect(tags.code, tags.stderr).toBe(0);
    const tree = JSON.parse(tags.stdout) as TagNode[];
    expect(findTag(tree, '资料用途/培训课件')?.count).toBe(2);
    expect(findTag(tree, '主题/党建联建')?.count).toBe(1);
  });

  // Five command-line processes, each starting the TypeScript loader: 11 s alone, over 30 s on a busy 2-core run.
  it('moves documents to the trash and back', async () => {
    const removed = await runCasebook(['rm', ids.practice ?? '', '--library', library, '--json']);
    expect(removed.code, removed.stderr).toBe(0);
    expect(JSON.parse(removed.stdout)).toEqual({ count: 1 });

    const listed = await runCasebook(['list', '--library', library, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const list = JSON.parse(listed.stdout) as { total: number; items: DocumentSummary[] };
    expect(list.total).toBe(2);
    expect(list.items.map((item) => item.id)).not.toContain(ids.practice);

    const trash = await runCasebook(['list', '--trash', '--library', library]);
    expect(trash.code, trash.stderr).toBe(0);
    expect(trash.stdout).toContain(ids.practice);
    expect(trash.stdout).toContain('回收站中共 1 份');

    const restored = await runCasebook(['restore', ids.practice ?? '', '--library', library]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('已恢复 1 份资料');

    const policies = await runCasebook(['list', '--kind', '政策文件', '--sort', 'date', '--library', library, '--json']);
    expect((JSON.parse(policies.stdout) as { items: DocumentSummary[] }).items.map((item) => item.id)).toEqual([ids.notice]);
  }, 90_000);

  it('purges only with --yes when not run from a terminal', async () => {
    expect((await runCasebook(['rm', ids.news ?? '', '--library', library])).code).toBe(0);
    const refused = await runCasebook(['purge', ids.news ?? '', '--library', library]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    const purged = await runCasebook(['purge', ids.news ?? '', '--yes', '--library', library, '--json']);
    expect(purged.code, purged.stderr).toBe(0);
    expect(JSON.parse(purged.stdout)).toEqual({ count: 1 });
  });

  it('prints a readable line per file without --json and exits 0 when nothing failed', async () => {
    const run = await runCasebook(['import', path.join(inputs, 'company-practice.txt'), '--library', library]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('重复');
    expect(run.stdout).toContain(ids.practice);
    expect(run.stdout).toContain('共 1 个文件：导入 0 个，重复 1 个，失败 0 个。');
  });

  it('rebuilds the search index', async () => {
    const run = await runCasebook(['reindex', '--library', library, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ documents: expect.any(Number) });
  });

  it('shows the rebuild’s progress on a terminal, then searches with the new index', async () => {
    const terminal = captureCliIo({ terminal: true, columns: 100 });
    expect(await runCli(['reindex', '--library', library], terminal.io)).toBe(0);
    expect(terminal.err()).toMatch(/正在重建检索索引 \[\d+\/\d+\]/);
    expect(terminal.err().endsWith('\r\x1b[K')).toBe(true);
    expect(terminal.out()).toMatch(/^已重建检索索引，共 \d+ 份资料。/);
    const search = await runCasebook(['search', '党支部', '--library', library, '--json']);
    expect((JSON.parse(search.stdout) as { total: number }).total).toBeGreaterThan(0);
  });

  it('refuses read-only commands on a missing library with exit 2 and creates nothing', async () => {
    const missing = path.join(root, 'no-such-library');
    const run = await runCasebook(['list', '--library', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('找不到资料库文件夹');
    expect(run.stdout).toBe('');
    expect(fs.existsSync(missing)).toBe(false);

    // A mistyped path fails that input without creating an empty library either.
    const typo = await runCasebook(['import', path.join(inputs, 'no-such-file.txt'), '--library', missing, '--json']);
    expect(typo.code).toBe(1);
    expect(jsonLines(typo.stdout)).toEqual([expect.objectContaining({ status: 'failed', error: expect.stringMatching(CHINESE) })]);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('reports errors as {"error":{"code","message"}} with --json', async () => {
    // The news document was purged above: gone for good.
    const notFound = await runCasebook(['get', ids.news ?? '', '--library', library, '--json']);
    expect(notFound.code).toBe(1);
    const body = JSON.parse(notFound.stdout) as { error: { code: string; message: string } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error)).toEqual(['code', 'message']);
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message).toMatch(CHINESE);
    expect(notFound.stderr).toContain(body.error.message);

    const usage = await runCasebook(['import', path.join(inputs, 'company-practice.txt'), '--kind', '小说', '--library', path.join(root, 'never'), '--json']);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout)).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    expect(usage.stderr).toContain('不认识的资料类型');
    expect(fs.existsSync(path.join(root, 'never'))).toBe(false);

    const unknownOption = await runCasebook(['list', '--colour', '--library', library]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain('不认识的选项“--colour”');
  });

  it('explains itself in Chinese (in process, through the same runCli the bin calls)', async () => {
    const general = captureCliIo({ columns: 100 });
    expect(await runCli(['--help'], general.io)).toBe(0);
    for (const command of ['import', 'list', 'get', 'search', 'tag', 'rm', 'restore', 'purge', 'duplicates', 'tags', 'info', 'sample', 'reindex']) {
      expect(general.out()).toContain(`  ${command} `);
    }
    expect(general.out()).toContain('资料库文件夹');
    const importHelp = captureCliIo({ columns: 100 });
    expect(await runCli(['import', '--help'], importHelp.io)).toBe(0);
    expect(importHelp.out()).toContain('--encoding');
  });

  it('adds the sample library only when asked', async () => {
    const sampleLibrary = path.join(root, 'sample-library');
    const run = await runCasebook(['sample', '--library', sampleLibrary, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { imported: number }).imported).toBeGreaterThanOrEqual(40);
    const info = await runCasebook(['info', '--library', sampleLibrary, '--json']);
    expect(info.code, info.stderr).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ schemaVersion: expect.any(Number), trashCount: 0, offerSample: false });
    expect((JSON.parse(info.stdout) as LibraryInfo).documentCount).toBeGreaterThanOrEqual(40);
  });
});
