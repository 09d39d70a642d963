import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicateList } from '../../shared/model/duplicates';
import { runCasebook } from '../helpers/casebook-cli';
import { FIXTURES_FOLDER, makeTempFolder } from '../helpers/temp-library';

const FIXTURES = path.join(FIXTURES_FOLDER, 'near-duplicates');

let root: string;
let library: string;

beforeAll(() => {
  root = makeTempFolder('casebook-cli-dup-');
  library = path.join(root, 'library');
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('casebook import and duplicates: 查重 on the command line', () => {
  const ids: Record<string, string> = {};

  it('import --json carries nearDuplicateOf and similarity right after duplicateOf', async () => {
    const files = ['story-site-a.txt', 'story-site-c.txt', 'other-story-same-theme.txt'].map((name) => path.join(FIXTURES, name));
    const run = await runCasebook(['import', ...files, '--library', library, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const keys = Object.keys(line);
      expect(keys.slice(keys.indexOf('duplicateOf'), keys.indexOf('duplicateOf') + 4)).toEqual(['duplicateOf', 'nearDuplicateOf', 'similarity', 'error']);
    }
    const [siteA, siteC, other] = lines;
    ids.siteA = String(siteA?.id);
    ids.siteC = String(siteC?.id);
    expect(siteA).toMatchObject({ status: 'imported', nearDuplicateOf: null, similarity: null });
    expect(siteC).toMatchObject({ status: 'imported', duplicateOf: null, nearDuplicateOf: ids.siteA });
    expect(siteC?.similarity).toEqual(expect.any(Number));
    expect(Number(siteC?.similarity)).toBeGreaterThan(0.7);
    expect(Number(siteC?.similarity)).toBeLessThanOrEqual(1);
    expect(String(siteC?.similarity)).toMatch(/^0\.\d{1,2}$/);
    expect(other).toMatchObject({ status: 'imported', nearDuplicateOf: null, similarity: null });
  });

  it('import without --json says the file resembles a document already in the library', async () => {
    const run = await runCasebook(['import', path.join(FIXTURES, 'story-site-b.html'), '--library', library]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/疑似重复（相似度 \d+%）/);
    expect(run.stdout).toContain(ids.siteA);
  });

  it('duplicates lists the pending pairs, for people and as JSON', async () => {
    const human = await runCasebook(['duplicates', '--library', library]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/相似度 \d+% {2}待处理/);
    expect(human.stdout).toContain(ids.siteC);
    expect(human.stdout).toContain('共 2 对待处理的疑似重复资料');

    const json = await runCasebook(['duplicates', '--library', library, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const list = JSON.parse(json.stdout) as DuplicateList;
    expect(list).toMatchObject({ total: 2, pendingCount: 2 });
    expect(list.items.every((pair) => pair.left.id === ids.siteA && pair.status === 'pending')).toBe(true);

    const all = await runCasebook(['duplicates', '--all', '--library', library, '--json']);
    expect((JSON.parse(all.stdout) as DuplicateList).total).toBe(2);
  });

  it('says so when there is nothing to look at', async () => {
    const empty = path.join(root, 'empty-library');
    await runCasebook(['import', path.join(FIXTURES, 'story-site-a.txt'), '--library', empty]);
    const run = await runCasebook(['duplicates', '--library', empty]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('没有待处理的疑似重复资料');
  });
});
