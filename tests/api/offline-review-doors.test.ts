import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewPackageResult, RoundDetail } from '../../shared/model/selection';
import { namedCasesLibrary, type NamedCasesLibrary } from '../helpers/named-cases-library';
import { offlinePageDataOf } from '../helpers/offline-review-page';
import { ALL_NAMES, NAMED_CASES } from '../unit/selection/review-package-fixtures';
import { BridgeSandbox, namedCasesRound, okResult } from './http-helpers';

// The offline review page (评审包 as .html) through the command line and the HTTP bridge.
let setup: NamedCasesLibrary;
let root: string;
let roundId: string;

beforeAll(async () => {
  setup = await namedCasesLibrary('casebook-offline-review-', { withRound: true });
  root = setup.root;
  roundId = setup.roundId!;
}, 60_000);
afterAll(() => setup.remove());

const cli = (args: string[]) => setup.cli(args);

describe('casebook round package --html', () => {
  it('writes exactly FILE as one offline page, blind: no unit or person name in its bytes', async () => {
    const page = path.join(root, 'out', '王评审 离线评审.html');
    fs.mkdirSync(path.dirname(page));
    const made = await cli(['round', 'package', roundId, '--reviewer', '王评审', '--html', '--blind', '--unit', '瓯江市政', '--out', page, '--json']);
    expect(made.code, made.err).toBe(0);
    expect(JSON.parse(made.out) as ReviewPackageResult).toMatchObject({ format: 'html', path: page, reviewer: '王评审', blind: true, count: 2, abstained: [{ title: NAMED_CASES.oujiang.title }] });
    expect(fs.readdirSync(path.dirname(page))).toEqual([path.basename(page)]);
    const bytes = fs.readFileSync(page);
    for (const name of ALL_NAMES) expect(bytes.includes(Buffer.from(name)), name).toBe(false);
    expect(offlinePageDataOf(bytes.toString('utf8')).info).toMatchObject({ roundId, reviewer: '王评审', blind: true });

    const human = await cli(['round', 'package', roundId, '--reviewer', '李评审', '--html', '--out', path.join(root, 'li.html')]);
    expect(human.code, human.err).toBe(0);
    expect(human.out).toContain(`已生成离线评审网页：${path.join(root, 'li.html')}（评审人 李评审，收到阶段 3 件）`);
  });

  it('help names the --html choice', async () => {
    const help = await cli(['round', '--help']);
    expect(help.out + help.err).toMatch(/--html.*离线网页/s);
  });
});

describe('rounds.package format html through the HTTP bridge (browser mode)', () => {
  it('sends the page back as bytes named .html', async () => {
    const sandbox = new BridgeSandbox();
    try {
      const server = await sandbox.start(path.join(sandbox.root, 'library'));
      const call = <T>(method: string, payload: unknown) => okResult<T>(server.port, server.token, method, payload);
      const { round } = await namedCasesRound(server, '2025年度评选', ['王评审']);
      const made = await call<ReviewPackageResult>('rounds.package', { roundId: round.id, reviewer: '王评审', blind: true, format: 'html' });
      expect(made).toMatchObject({ format: 'html', path: null, fileName: '评审包-2025年度评选-王评审.html', count: 3 });
      const html = Buffer.from(made.contentBase64 ?? '', 'base64').toString('utf8');
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(offlinePageDataOf(html).submissions).toHaveLength(3);
      expect((await call<RoundDetail>('rounds.get', { id: round.id })).reviewerStatus[0]).toMatchObject({ reviewer: '王评审', blind: true });
    } finally {
      await sandbox.close();
    }
  });
});
