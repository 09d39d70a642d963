import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { importStaged, stageSource } from '../../../electron/engine/import/import-service';
import { blindCase, sameUnit } from '../../../electron/engine/selection/review-package/blind-review';
import { makeResultFile } from '../../../electron/engine/selection/review-package/review-package-format';
import { openReviewPackage } from '../../../electron/engine/selection/review-package/review-package-read';
import { makeReviewPackage } from '../../../electron/engine/selection/review-package/review-package-write';
import { createRound, getRound } from '../../../electron/engine/selection/selection-service';
import { addSubmissions, moveStage, saveScores } from '../../../electron/engine/selection/selection-submissions-service';
import { captureError } from '../../helpers/capture-error';
import { withTempLibrary } from '../../helpers/temp-library';
import { ALL_NAMES, NAMED_CASES, namedCasesInRound, scoresFor, type NamedCaseKey } from './review-package-fixtures';

let library: Library;
let folder: string;
let cleanup: () => void;
let ids: Record<NamedCaseKey, string>;
let roundId: string;

beforeEach(async () => {
  ({ library, folder, cleanup } = withTempLibrary());
  ({ ids, roundId } = await namedCasesInRound(library, ['王评审', '李评审', '赵评审']));
});
afterEach(() => cleanup());

const out = (name: string) => path.join(folder, name);

/** Imports a 评分结果 file the way `casebook import` does (recognised by content). */
async function importResult(name: string, text: string) {
  const file = out(name);
  fs.writeFileSync(file, text);
  const lines = await importStaged(library, stageSource(library, { file: name, fsPath: file }));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

function bytesContain(bytes: Buffer, text: string): boolean {
  return bytes.includes(Buffer.from(text, 'utf8'));
}

describe('评审包 (review package)', () => {
  it('writes exactly the file asked for, with the rubric, the cases, the reviewer and a checksum per entry; reading checks them', () => {
    const written = makeReviewPackage(library, { roundId, reviewer: '王评审', blind: false, out: out('王评审.cbreview') });
    expect(written).toMatchObject({ path: out('王评审.cbreview'), reviewer: '王评审', count: 3, stage: 'received', abstained: [], contentBase64: null });
    expect(fs.readdirSync(folder)).toContain('王评审.cbreview');
    const opened = openReviewPackage(out('王评审.cbreview'));
    const round = getRound(library, roundId);
    expect(opened.info).toMatchObject({ roundId, reviewer: '王评审', blind: false, stage: 'received', abstainedCount: 0 });
    expect(opened.info.criteria).toEqual(round.criteria);
    expect(opened.info.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(opened.submissions.map((item) => item.id).sort()).toEqual(Object.values(ids).sort());
    const hongjian = opened.submissions.find((item) => item.id === ids.hongjian);
    expect(hongjian).toMatchObject({ organization: NAMED_CASES.hongjian.organization, title: NAMED_CASES.hongjian.title });
    // Not blind: the names are there to be seen (so the blind test below is not vacuous).
    expect(bytesContain(fs.readFileSync(out('王评审.cbreview')), NAMED_CASES.hongjian.organization)).toBe(true);
  });

  it('takes the cases at the round\'s current stage', () => {
    for (const stage of ['screening', 'shortlisted'] as const) {
      moveStage(library, { roundId, documentId: ids.hongjian, stage });
      moveStage(library, { roundId, documentId: ids.oujiang, stage });
    }
    const written = makeReviewPackage(library, { roundId, reviewer: '王评审', blind: false, out: out('p.cbreview') });
    expect(written).toMatchObject({ stage: 'shortlisted', count: 2 });
    expect(openReviewPackage(out('p.cbreview')).info.submissions.sort()).toEqual([ids.hongjian, ids.oujiang].sort());
  });

  it('refuses a package changed after it was written (checksum per entry)', () => {
    makeReviewPackage(library, { roundId, reviewer: '王评审', blind: false, out: out('p.cbreview') });
    const bytes = fs.readFileSync(out('p.cbreview'));
    const at = bytes.indexOf(Buffer.from('零安全事故', 'utf8'));
    expect(at).toBeGreaterThan(0);
    Buffer.from('一', 'utf8').copy(bytes, at); // same length: only the checksums can tell
    fs.writeFileSync(out('bad.cbreview'), bytes);
    const error = captureError(() => openReviewPackage(out('bad.cbreview')));
    expect(error.message).toMatch(/评审包.*(校验和不符|已损坏)/);
  });

  it('盲评: no unit or person name of any case is in the package bytes; the 来源 and byline lines are gone', () => {
    makeReviewPackage(library, { roundId, reviewer: '李评审', blind: true, out: out('blind.cbreview') });
    const bytes = fs.readFileSync(out('blind.cbreview'));
    for (const name of ALL_NAMES) expect(bytesContain(bytes, name), name).toBe(false);
    const opened = openReviewPackage(out('blind.cbreview'));
    expect(opened.info.blind).toBe(true);
    const hongjian = opened.submissions.find((item) => item.id === ids.hongjian)!;
    expect(hongjian).toMatchObject({ organization: null, author: null, source: null, title: '某单位：“红领筑建”党建联盟扎根安置房工地' });
    expect(hongjian.text).not.toMatch(/来源|作者：|记者/);
    expect(hongjian.text).toContain('某单位承建的某安置房项目');
    expect(hongjian.text).toContain('项目经理某某任书记');
    expect(hongjian.text).toContain('“红领筑建”'); // the practice itself stays
    expect(getRound(library, roundId).reviewerStatus.find((item) => item.reviewer === '李评审')).toMatchObject({ blind: true, returnedAt: null });
  });

  it('one blinding function: the same rules for any text', () => {
    const input = { title: '某项目', text: '来 源:工程部\n（记者 张三 通讯员 李四）党支部做法。\n联系人：王五', practiceName: null, project: null, organization: null, author: null, source: null, issuer: null };
    expect(blindCase(input).text).toBe('党支部做法。');
    expect(sameUnit('红建建设集团', '浙江红建建设集团有限公司')).toBe(true);
    expect(sameUnit('瓯江市政', '舟山海辰建设有限公司')).toBe(false);
  });

  it('回避: a reviewer from a case\'s unit does not get it; the round records the abstention', () => {
    const written = makeReviewPackage(library, { roundId, reviewer: '赵评审', blind: false, unit: '红建建设集团', out: out('zhao.cbreview') });
    expect(written.count).toBe(2);
    expect(written.abstained).toEqual([{ documentId: ids.hongjian, title: NAMED_CASES.hongjian.title }]);
    const opened = openReviewPackage(out('zhao.cbreview'));
    expect(opened.info.submissions).not.toContain(ids.hongjian);
    expect(opened.info.abstainedCount).toBe(1);
    expect(bytesContain(fs.readFileSync(out('zhao.cbreview')), NAMED_CASES.hongjian.title)).toBe(false);
    const status = getRound(library, roundId).reviewerStatus.find((item) => item.reviewer === '赵评审');
    expect(status?.abstained).toEqual([{ documentId: ids.hongjian, title: NAMED_CASES.hongjian.title }]);
  });

  it('refuses a reviewer who is not on the panel', () => {
    const error = captureError(() => makeReviewPackage(library, { roundId, reviewer: '钱某', blind: false, out: out('x.cbreview') }));
    expect(error.message).toMatch(/不是这个评选的评审人/);
    expect(fs.existsSync(out('x.cbreview'))).toBe(false);
  });
});

describe('评分结果 (returned scores)', () => {
  function packageFor(reviewer: string, unit?: string) {
    makeReviewPackage(library, { roundId, reviewer, blind: true, unit, out: out(`${reviewer}.cbreview`) });
    return openReviewPackage(out(`${reviewer}.cbreview`)).info;
  }

  it('merges a return: that reviewer\'s scores filled, the reviewer counted as returned', async () => {
    const info = packageFor('王评审');
    expect(getRound(library, roundId)).toMatchObject({ returnedReviewers: [], outstandingReviewers: ['王评审', '李评审', '赵评审'] });
    const line = await importResult('王评审-评分结果.json', makeResultFile(info, scoresFor(info.submissions, info.criteria, () => 80), '2025-06-01T08:00:00Z'));
    expect(line).toMatchObject({ status: 'imported', error: null, warnings: [] });
    expect(line.title).toMatch(/王评审/);
    const round = getRound(library, roundId);
    expect(round).toMatchObject({ returnedReviewers: ['王评审'], outstandingReviewers: ['李评审', '赵评审'] });
    for (const row of round.submissions) expect(row.reviews).toMatchObject([{ reviewer: '王评审', total: 80 }]);
  });

  it('a first return over scores typed in the app replaces them and says which', async () => {
    const info = packageFor('王评审');
    const lead = info.criteria[0]!;
    saveScores(library, { roundId, documentId: ids.haichen, reviewer: '王评审', scores: { [lead.key]: 60 }, comment: '', notes: {} });
    const line = await importResult('a.json', makeResultFile(info, scoresFor(info.submissions, info.criteria, () => 80), '2025-06-01T08:00:00Z'));
    expect(line.status).toBe('imported');
    expect(line.warnings).toEqual([`已用王评审交回的评分替换此前在案例库中录入的评分：《${NAMED_CASES.haichen.title}》${lead.name} 60 → 80`]);
  });

  it('a second return: the same file again is a duplicate; one with changes is applied and says what changed', async () => {
    const info = packageFor('王评审');
    const first = makeResultFile(info, scoresFor(info.submissions, info.criteria, () => 80), '2025-06-01T08:00:00Z');
    expect((await importResult('a.json', first)).status).toBe('imported');
    expect((await importResult('a-again.json', first)).status).toBe('duplicate');
    const lead = info.criteria[0]!;
    const changed = makeResultFile(info, scoresFor(info.submissions, info.criteria, (id, key) => (id === ids.oujiang && key === lead.key ? 85 : 80)), '2025-06-02T08:00:00Z');
    const line = await importResult('b.json', changed);
    expect(line.status).toBe('imported');
    expect(line.warnings).toHaveLength(1);
    expect(line.warnings[0]).toMatch(/王评审再次交回评分/);
    expect(line.warnings[0]).toContain(`《${NAMED_CASES.oujiang.title}》${lead.name} 80 → 85`);
    const review = getRound(library, roundId).submissions.find((row) => row.document.id === ids.oujiang)?.reviews[0];
    expect(review?.scores[lead.key]).toBe(85);
  });

  it('refuses a tampered file, another round\'s file, an unknown reviewer and an abstained case, and changes nothing', async () => {
    const info = packageFor('王评审');
    const zhao = packageFor('赵评审', '红建建设集团');
    const other = createRound(library, { name: '2024年度评选', year: 2024, targetCount: 1, quotas: [], reviewers: ['王评审'] });
    addSubmissions(library, other.id, [ids.oujiang]);
    makeReviewPackage(library, { roundId: other.id, reviewer: '王评审', blind: false, out: out('other.cbreview') });
    const otherInfo = openReviewPackage(out('other.cbreview')).info;
    const before = getRound(library, roundId);

    const good = makeResultFile(info, scoresFor(info.submissions, info.criteria, () => 80), '2025-06-01T08:00:00Z');
    const tampered = good.replace(/"scores": \{\n(\s+)"([a-z0-9]+)": 80/, '"scores": {\n$1"$2": 99');
    expect(tampered).not.toBe(good);
    const cases: [string, string, RegExp][] = [
      ['tampered.json', tampered, /校验失败/],
      // Signed for another round's package, claiming this round.
      ['foreign.json', makeResultFile({ ...otherInfo, roundId }, scoresFor(info.submissions, info.criteria, () => 80), '2025-06-01T08:00:00Z'), /不是这个评选发给“王评审”的评审包/],
      ['nowhere.json', makeResultFile({ ...info, roundId: 'nosuchround1' }, [], '2025-06-01T08:00:00Z'), /属于另一个评选活动/],
      ['unknown.json', makeResultFile({ ...info, reviewer: '孙某' }, [], '2025-06-01T08:00:00Z'), /评审人“孙某”不在评选/],
      ['abstained.json', makeResultFile(zhao, scoresFor([ids.hongjian], zhao.criteria, () => 60), '2025-06-01T08:00:00Z'), /应回避的案例/],
      ['broken.json', good.slice(0, 200), /无法读取|内容有误/],
    ];
    for (const [name, text, reason] of cases) {
      const line = await importResult(name, text);
      expect(line.status, name).toBe('failed');
      expect(line.error, name).toMatch(reason);
      expect(line.error).toMatch(/已拒绝导入，资料库没有任何改动/);
    }
    expect(getRound(library, roundId)).toEqual(before);
  });
});
