import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/engine/library/open-library';
import { jsonLines, runCasebook } from '../helpers/casebook-cli';
import { FIXTURES_FOLDER, libraryOptions, makeTempFolder } from '../helpers/temp-library';

const IMPORT_KEYS = ['file', 'status', 'id', 'title', 'kind', 'date', 'source', 'author', 'issuer', 'docNumber', 'region', 'duplicateOf', 'nearDuplicateOf', 'similarity', 'error'];

let root: string;
let sender: string;
let receiver: string;
let ids: string[];
/** An odd name on purpose: spaces, Chinese, brackets and an extension no one uses for bundles. */
let bundleFile: string;

beforeAll(async () => {
  root = makeTempFolder('casebook-cli-exchange-');
  sender = path.join(root, 'sender');
  receiver = path.join(root, 'receiver');
  bundleFile = path.join(root, '给县局的 交换包（第3批）.dat');
  const imported = await runCasebook(['--library', sender, 'import', path.join(FIXTURES_FOLDER, 'api'), '--json']);
  expect(imported.code).toBe(0);
  ids = jsonLines(imported.stdout).map((line) => String(line.id));
  expect(ids).toHaveLength(3);
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function makeBundle(): Promise<void> {
  const run = await runCasebook(['--library', sender, 'export', ...ids, '--format', 'bundle', '--out', bundleFile, '--json']);
  expect(run.code, run.stderr).toBe(0);
}

describe('casebook import with a bundle', () => {
  it('recognises the bundle by its content, prints one standard line per document, and a second run is all duplicate', async () => {
    await makeBundle();
    // Exactly the file named, nothing beside it.
    expect(fs.readdirSync(root).sort()).toEqual([path.basename(bundleFile), 'sender'].sort());

    const first = await runCasebook(['--library', receiver, 'import', bundleFile, '--json']);
    expect(first.code, first.stderr).toBe(0);
    const firstLines = jsonLines(first.stdout);
    expect(firstLines).toHaveLength(3);
    for (const line of firstLines) {
      expect(Object.keys(line).slice(0, IMPORT_KEYS.length)).toEqual(IMPORT_KEYS);
      expect(line).toMatchObject({ file: bundleFile, status: 'imported' });
    }
    expect(firstLines.map((line) => line.id).sort()).toEqual([...ids].sort());

    const second = await runCasebook(['--library', receiver, 'import', bundleFile, '--json']);
    expect(second.code).toBe(0);
    expect(jsonLines(second.stdout).map((line) => [line.status, line.duplicateOf])).toEqual(firstLines.map((line) => ['duplicate', line.id]));

    const human = await runCasebook(['--library', receiver, 'import', bundleFile]);
    expect(human.stdout).toMatch(/共 1 个文件：导入 0 个，重复 3 个，失败 0 个。/);
  }, 60_000);

  it('takes the bundle’s version of changed documents with --on-conflict theirs', async () => {
    const [id] = ids;
    const library = openLibrary(libraryOptions(receiver, { createIfMissing: false }));
    const before = (library.db.prepare('SELECT title FROM documents WHERE id = ?').get(id) as { title: string }).title;
    library.write(() => library.db.prepare('UPDATE documents SET title = ? WHERE id = ?').run('本库改过的标题', id));
    library.close();

    const kept = await runCasebook(['--library', receiver, 'import', bundleFile, '--json']);
    expect(jsonLines(kept.stdout).find((line) => line.duplicateOf === id)).toMatchObject({ status: 'duplicate', warnings: [expect.stringMatching(/已保留本库版本/)] });
    const taken = await runCasebook(['--library', receiver, 'import', bundleFile, '--on-conflict', 'theirs', '--json']);
    expect(jsonLines(taken.stdout).find((line) => line.id === id)).toMatchObject({ status: 'imported', title: before });
    const bad = await runCasebook(['--library', receiver, 'import', bundleFile, '--on-conflict', 'merge']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/冲突处理方式“merge”无效。可选：mine、theirs、both/);
  }, 60_000);

  it('reports a damaged bundle as one failed line and exit code 1', async () => {
    const damaged = path.join(root, 'damaged.casebook');
    const bytes = fs.readFileSync(bundleFile);
    fs.writeFileSync(damaged, bytes.subarray(0, bytes.length - 100));
    const run = await runCasebook(['--library', receiver, 'import', damaged, '--json']);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ file: damaged, status: 'failed', error: expect.stringMatching(/交换包已损坏或不完整/) })]);
  }, 60_000);
});

describe('casebook backup and restore', () => {
  it('backs up to any file name and restores into a new folder; refuses a library that has documents', async () => {
    const out = path.join(root, '周五 备份.bak');
    const backup = await runCasebook(['--library', sender, 'backup', '--out', out, '--json']);
    expect(backup.code, backup.stderr).toBe(0);
    expect(jsonLines(backup.stdout)[0]).toMatchObject({ path: out, documents: 3, originals: 3 });

    const restoredFolder = path.join(root, 'restored');
    const restored = await runCasebook(['--library', restoredFolder, 'restore', out, '--json']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(jsonLines(restored.stdout)[0]).toMatchObject({ documents: 3, originals: 3 });
    const listed = await runCasebook(['--library', restoredFolder, 'list', '--json']);
    expect(listed.stdout).toContain(ids[0]);

    const refused = await runCasebook(['--library', receiver, 'restore', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/只能恢复到新的或空的资料库/);

    const plain = await runCasebook(['--library', sender, 'backup']);
    expect(plain.stdout).toMatch(/已备份 3 份资料、3 个原始文件（\d+ KB）到：.*backups/);
  }, 60_000);

  it('still restores documents from the 回收站 by id', async () => {
    const [id] = ids;
    expect((await runCasebook(['--library', sender, 'rm', id ?? ''])).code).toBe(0);
    const run = await runCasebook(['--library', sender, 'restore', id ?? '']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/已恢复 1 份资料/);
    const missing = await runCasebook(['--library', path.join(root, 'nowhere'), 'restore', 'abc123']);
    expect(missing.code).toBe(2);
    expect(fs.existsSync(path.join(root, 'nowhere'))).toBe(false);
  }, 60_000);
});
