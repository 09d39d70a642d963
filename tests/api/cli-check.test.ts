import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryCheckReport } from '../../shared/model/library';
import { jsonLines, runCasebook } from '../helpers/casebook-cli';
import { FIXTURES_FOLDER, makeTempFolder } from '../helpers/temp-library';

let root: string;
let library: string;

beforeAll(async () => {
  root = makeTempFolder('casebook-cli-check-');
  library = path.join(root, '资料库');
  const imported = await runCasebook(['--library', library, 'import', path.join(FIXTURES_FOLDER, 'api'), '--json']);
  expect(imported.code, imported.stderr).toBe(0);
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('casebook check', () => {
  it('says all is well on a sound library', async () => {
    const run = await runCasebook(['--library', library, 'check']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('✓ 数据库完整性：正常');
    expect(run.stdout).toContain('资料库检查完毕：一切正常。');
  }, 60_000);

  it('reports a lost original and an incomplete index; --repair rebuilds the index and keeps the document', async () => {
    const db = new Database(path.join(library, 'casebook.db'));
    const lost = db.prepare('SELECT d.id AS id, d.title AS title, o.stored_path AS storedPath FROM documents d JOIN originals o ON o.sha256 = d.original_sha256 ORDER BY d.seq LIMIT 1').get() as { id: string; title: string; storedPath: string };
    db.prepare("DELETE FROM search_index_state WHERE key = 'tokenizer'").run();
    db.close();
    fs.rmSync(path.join(library, lost.storedPath));

    const checked = await runCasebook(['--library', library, 'check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(`✗ 缺少原始文件的资料：1 份（《${lost.title}》）`);
    expect(checked.stdout).toMatch(/✗ 检索索引：不完整或已过时，修复时重建/);
    expect(checked.stdout).toContain('casebook check --repair');

    const repaired = await runCasebook(['--library', library, 'check', '--repair', '--json']);
    const [report] = jsonLines(repaired.stdout) as unknown as LibraryCheckReport[];
    expect(report).toMatchObject({ integrityOk: true, missingOriginalCount: 1, index: 'ready', ok: false, repaired: { orphanOriginals: 0, leftovers: 0, indexRebuiltDocuments: 3 } });
    expect(report?.missingOriginals[0]).toMatchObject({ id: lost.id, title: lost.title });
    expect(repaired.code).toBe(1); // the lost original is still reported: only the user can bring it back

    const found = await runCasebook(['--library', library, 'list', '--json']);
    const [listing] = jsonLines(found.stdout) as unknown as { total: number }[];
    expect(listing?.total).toBe(3);
  }, 90_000);
});
