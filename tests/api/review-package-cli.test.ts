import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResultFile } from '../../electron/engine/selection/review-package/review-package-format';
import { openReviewPackage } from '../../electron/engine/selection/review-package/review-package-read';
import type { ImportResult } from '../../shared/model/import';
import type { ReviewPackageResult, RoundDetail } from '../../shared/model/selection';
import { ALL_NAMES, NAMED_CASES, scoresFor, type NamedCaseKey } from '../unit/selection/review-package-fixtures';
import { namedCasesLibrary, type NamedCasesLibrary } from '../helpers/named-cases-library';
import { BridgeSandbox, namedCasesRound, okResult } from './http-helpers';

// 评审包 → a reviewer's 评分结果 → casebook import → casebook round show, all on the command line.
let setup: NamedCasesLibrary;
let root: string;
let roundId: string;
let ids: Record<NamedCaseKey, string>;

beforeAll(async () => {
  setup = await namedCasesLibrary('casebook-review-cli-', { withRound: true });
  ({ root, ids } = setup);
  roundId = setup.roundId!;
}, 60_000);
afterAll(() => setup.remove());

const cli = (args: string[]) => setup.cli(args);

const lines = (out: string) => out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('casebook round package / import RESULT_FILE / round show', () => {
  it('packages for a reviewer (blind, exactly FILE), takes the returned scores by content, and shows who returned', async () => {
    const packageFile = path.join(root, 'out', '王评审 评审包.cbreview');
    fs.mkdirSync(path.dirname(packageFile));
    const packaged = await cli(['round', 'package', roundId, '--reviewer', '王评审', '--blind', '--out', packageFile, '--json']);
    expect(packaged.code, packaged.err).toBe(0);
    expect(JSON.parse(packaged.out) as ReviewPackageResult).toMatchObject({ path: packageFile, reviewer: '王评审', blind: true, count: 3, stage: 'received' });
    expect(fs.readdirSync(path.dirname(packageFile))).toEqual([path.basename(packageFile)]);
    const bytes = fs.readFileSync(packageFile);
    for (const name of ALL_NAMES) expect(bytes.includes(Buffer.from(name)), name).toBe(false);

    // The reviewer scores on their own computer and sends a file back (any name).
    const info = openReviewPackage(packageFile).info;
    const resultFile = path.join(root, '王评审的评分.txt');
    fs.writeFileSync(resultFile, makeResultFile(info, scoresFor(info.submissions, info.criteria, (id) => (id === ids.haichen ? 90 : 80)), '2025-06-01T08:00:00Z'));
    const imported = await cli(['import', resultFile, '--json']);
    expect(imported.code, imported.err).toBe(0);
    expect(lines(imported.out)).toMatchObject([{ file: resultFile, status: 'imported', id: null, error: null }]);

    const shown = await cli(['round', 'show', roundId, '--json']);
    const round = JSON.parse(shown.out) as RoundDetail;
    expect(round).toMatchObject({ returnedReviewers: ['王评审'], outstandingReviewers: ['李评审'] });
    expect(round.submissions[0]).toMatchObject({ document: { id: ids.haichen }, rank: 1, score: 90 });
    expect(round.submissions.slice(1).map((row) => [row.rank, row.score])).toEqual([
      [2, 80],
      [2, 80],
    ]);
    const human = await cli(['round', 'show', roundId]);
    expect(human.out).toContain('已交回评分：王评审；未交回：李评审');

    // Returned again with a change: applied, and the warning line lists what changed.
    const lead = info.criteria[0]!;
    fs.writeFileSync(resultFile, makeResultFile(info, scoresFor(info.submissions, info.criteria, (id, key) => (id === ids.haichen ? (key === lead.key ? 70 : 90) : 80)), '2025-06-02T08:00:00Z'));
    const again = await cli(['import', resultFile]);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(/已导入 {2}.*王评审的评分\.txt → 评分结果：王评审/);
    expect(again.out).toContain(`提示：王评审再次交回评分，已按新结果更新：《${NAMED_CASES.haichen.title}》${lead.name} 90 → 70`);
    const same = await cli(['import', resultFile, '--json']);
    expect(lines(same.out)).toMatchObject([{ status: 'duplicate' }]);

    // Tampered: refused with the reason, exit code 1, nothing changed.
    const before = (await cli(['round', 'show', roundId, '--json'])).out;
    fs.writeFileSync(resultFile, fs.readFileSync(resultFile, 'utf8').replace('"2025-06-02T08:00:00Z"', '"2025-06-03T08:00:00Z"'));
    const tampered = await cli(['import', resultFile, '--json']);
    expect(tampered.code).toBe(1);
    expect(lines(tampered.out)).toMatchObject([{ status: 'failed', error: expect.stringMatching(/校验失败.*已拒绝导入，资料库没有任何改动/) as unknown }]);
    expect((await cli(['round', 'show', roundId, '--json'])).out).toBe(before);
  });

  it('refuses a package for someone not on the panel, and a missing --out', async () => {
    const bad = await cli(['round', 'package', roundId, '--reviewer', '钱某', '--out', path.join(root, 'x.cbreview')]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/不是这个评选的评审人/);
    expect(fs.existsSync(path.join(root, 'x.cbreview'))).toBe(false);
    const usage = await cli(['round', 'package', roundId, '--reviewer', '王评审']);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/--out/);
  });
});

describe('rounds.package and a returned 评分结果 through the HTTP bridge (browser mode)', () => {
  it('sends the package back as bytes and merges an uploaded result', async () => {
    const sandbox = new BridgeSandbox();
    try {
      const server = await sandbox.start(path.join(sandbox.root, 'library'));
      const call = <T>(method: string, payload: unknown) => okResult<T>(server.port, server.token, method, payload);
      const { round } = await namedCasesRound(server, '2025年度评选', ['王评审']);
      const made = await call<ReviewPackageResult>('rounds.package', { roundId: round.id, reviewer: '王评审', blind: true, unit: '瓯江市政' });
      expect(made).toMatchObject({ path: null, count: 2, abstained: [{ title: NAMED_CASES.oujiang.title }] });
      expect(made.fileName).toMatch(/^评审包-.*王评审\.cbreview$/);
      const file = path.join(sandbox.root, 'downloaded.cbreview');
      fs.writeFileSync(file, Buffer.from(made.contentBase64 ?? '', 'base64'));
      const info = openReviewPackage(file).info;
      const result = makeResultFile(info, scoresFor(info.submissions, info.criteria, () => 75), '2025-06-01T08:00:00Z');
      const lines = await call<ImportResult[]>('import.upload', { files: [{ name: '评分结果.json', contentBase64: Buffer.from(result).toString('base64') }] });
      expect(lines).toMatchObject([{ status: 'imported', id: null }]);
      const after = await call<RoundDetail>('rounds.get', { id: round.id });
      expect(after).toMatchObject({ returnedReviewers: ['王评审'], outstandingReviewers: [] });
      expect(after.reviewerStatus[0]?.abstained.map((item) => item.title)).toEqual([NAMED_CASES.oujiang.title]);
    } finally {
      await sandbox.close();
    }
  });
});
