import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoundDetail } from '../../shared/model/selection';
import { namedCasesLibrary, type NamedCasesLibrary } from '../helpers/named-cases-library';
import type { NamedCaseKey } from '../unit/selection/review-package-fixtures';

// A round set up entirely on the command line: create with its reviewers, add the cases, show it.
let setup: NamedCasesLibrary;
let ids: Record<NamedCaseKey, string>;

beforeAll(async () => {
  setup = await namedCasesLibrary('casebook-round-setup-cli-', { withRound: false });
  ids = setup.ids;
}, 60_000);
afterAll(() => setup.remove());

const cli = (args: string[]) => setup.cli(args);

describe('casebook round create / add', () => {
  it('creates a round with three reviewers and a target, adds cases once each, and shows them in round show', async () => {
    const created = await cli(['round', 'create', '2025年度红色工地十大典型案例评选', '--year', '2025', '--target', '3', '--reviewer', '王评审', '--reviewer', '李评审', '--reviewer', '赵评审', '--json']);
    expect(created.code, created.err).toBe(0);
    const round = JSON.parse(created.out) as RoundDetail;
    expect(round).toMatchObject({ name: '2025年度红色工地十大典型案例评选', year: 2025, targetCount: 3, reviewers: ['王评审', '李评审', '赵评审'] });
    expect(round.criteria.map((criterion) => criterion.weight).reduce((sum, weight) => sum + weight, 0)).toBe(100);

    const [first, ...rest] = Object.values(ids);
    const added = await cli(['round', 'add', round.id, first!, '--json']);
    expect(added.code, added.err).toBe(0);
    expect(JSON.parse(added.out)).toMatchObject({ added: 1, skipped: 0 });
    const again = await cli(['round', 'add', round.id, first!, ...rest]);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toContain(`已加入评选“2025年度红色工地十大典型案例评选”：${rest.length} 件，1 件已在评选中，未重复加入；现共 ${rest.length + 1} 件申报。`);

    const shown = JSON.parse((await cli(['round', 'show', round.id, '--json'])).out) as RoundDetail;
    expect(shown.submissions.map((row) => row.document.id).sort()).toEqual(Object.values(ids).sort());
    expect(shown.submissions.every((row) => row.stage === 'received')).toBe(true);
    expect(shown.outstandingReviewers).toEqual(['王评审', '李评审', '赵评审']);
    const listed = await cli(['round', 'list']);
    expect(listed.out).toContain(`[${round.id}] 2025  2025年度红色工地十大典型案例评选  申报 ${rest.length + 1} 件`);
  });

  it('says what is missing or wrong in Chinese and changes nothing', async () => {
    const before = JSON.parse((await cli(['round', 'list', '--json'])).out) as unknown[];
    const noName = await cli(['round', 'create']);
    expect(noName.code).not.toBe(0);
    expect(noName.err).toContain('缺少评选名称');
    const badYear = await cli(['round', 'create', '某评选', '--year', '1990']);
    expect(badYear.code).not.toBe(0);
    expect(badYear.err).toContain('--year 年度');
    const noIds = await cli(['round', 'add', 'r123']);
    expect(noIds.err).toContain('请给出要加入评选的资料编号');
    const unknownRound = await cli(['round', 'add', 'nosuchround', Object.values(ids)[0]!]);
    expect(unknownRound.code).not.toBe(0);
    expect(unknownRound.err).toMatch(/评选/);
    expect(JSON.parse((await cli(['round', 'list', '--json'])).out)).toHaveLength(before.length);
  });
});
