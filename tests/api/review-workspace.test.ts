import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserModeServer } from '../../electron/server/start-server';
import type { ImportResult } from '../../shared/model/import';
import type { ReviewResultExport, ReviewWorkspaceDetail, ReviewWorkspaceOpened, ReviewWorkspaceSummary } from '../../shared/model/review-workspace';
import type { ReviewPackageResult, ReviewResultPreview, RoundDetail } from '../../shared/model/selection';
import { ALL_NAMES, NAMED_CASES, type NamedCaseKey } from '../unit/selection/review-package-fixtures';
import { BridgeSandbox, callApi, errorOf, namedCasesRound, okResult } from './http-helpers';

// The reviewer's side of a 评审包, in a second library as a reviewer with Casebook has it: opened apart
// from their documents, scored as typed, exported signed, merged by the bureau.
let sandbox: BridgeSandbox;
let bureau: BrowserModeServer;
let reviewer: BrowserModeServer;
let round: RoundDetail;
let packageBase64: string;
let ids: Record<NamedCaseKey, string>;

const at = (server: BrowserModeServer) => ({
  call: <T>(method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload),
  raw: <T>(method: string, payload: unknown = {}) => callApi<T>(server.port, server.token, method, payload),
});

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  bureau = await sandbox.start(path.join(sandbox.root, 'bureau'));
  reviewer = await sandbox.start(path.join(sandbox.root, 'reviewer'));
  ({ round, ids } = await namedCasesRound(bureau, '2025年度红色工地十大典型案例评选', ['王评审', '李评审']));
  const made = await at(bureau).call<ReviewPackageResult>('rounds.package', { roundId: round.id, reviewer: '王评审', blind: true });
  packageBase64 = made.contentBase64!;
}, 60_000);
afterAll(() => sandbox.close());

const open = (contentBase64 = packageBase64) => at(reviewer).raw<ReviewWorkspaceOpened>('reviewWorkspaces.open', { source: { fileName: '评审包.cbreview', contentBase64 } });

describe('评审工作台 (a 评审包 opened in the reviewer’s own Casebook)', () => {
  let workspace: ReviewWorkspaceOpened;
  let criteria: ReviewWorkspaceDetail['criteria'];

  it('opens the package apart from the library: the cases are readable, blind, and not among the documents', async () => {
    const opened = await open();
    expect(opened.status).toBe(200);
    workspace = (opened.envelope as { ok: true; result: ReviewWorkspaceOpened }).result;
    criteria = workspace.criteria;
    expect(workspace).toMatchObject({ roundName: '2025年度红色工地十大典型案例评选', reviewer: '王评审', blind: true, caseCount: 3, scoredCount: 0, reopened: false, exportedAt: null });
    const haichen = workspace.cases.find((item) => item.id === ids.haichen)!;
    expect(haichen.text).toContain('候鸟党员');
    expect(haichen).toMatchObject({ organization: null, author: null, source: null, total: null });
    const shown = JSON.stringify(workspace.cases);
    for (const name of ALL_NAMES) expect(shown.includes(name), name).toBe(false);
    const documents = await at(reviewer).call<{ total: number }>('documents.list', {});
    expect(documents.total).toBe(0);
    expect(await at(reviewer).call<ReviewWorkspaceSummary[]>('reviewWorkspaces.list')).toMatchObject([{ id: workspace.id, caseCount: 3 }]);
  });

  it('keeps scores as they are saved, computes the weighted total, and keeps them when the same package is opened again', async () => {
    const full = Object.fromEntries(criteria.map((criterion) => [criterion.key, 90]));
    let detail = await at(reviewer).call<ReviewWorkspaceDetail>('reviewWorkspaces.saveScores', { id: workspace.id, documentId: ids.haichen, scores: full, comment: '海岛工地做法有特色', notes: { [criteria[0]!.key]: '党建引领扎实' } });
    expect(detail.cases.find((item) => item.id === ids.haichen)).toMatchObject({ total: 90, comment: '海岛工地做法有特色' });
    expect(detail.scoredCount).toBe(1);
    detail = await at(reviewer).call<ReviewWorkspaceDetail>('reviewWorkspaces.saveScores', { id: workspace.id, documentId: ids.oujiang, scores: { [criteria[0]!.key]: 70 } });
    expect(detail.cases.find((item) => item.id === ids.oujiang)).toMatchObject({ total: null, scores: { [criteria[0]!.key]: 70 } });
    expect(detail.scoredCount).toBe(1);

    const again = await open();
    expect((again.envelope as { ok: true; result: ReviewWorkspaceOpened }).result).toMatchObject({ reopened: true, scoredCount: 1 });
    const fetched = await at(reviewer).call<ReviewWorkspaceDetail>('reviewWorkspaces.get', { id: workspace.id });
    expect(fetched.cases.find((item) => item.id === ids.haichen)?.notes).toEqual({ [criteria[0]!.key]: '党建引领扎实' });
  });

  it('refuses a score out of range, a criterion the package does not have, and a case it does not hold', async () => {
    const before = await at(reviewer).call<ReviewWorkspaceDetail>('reviewWorkspaces.get', { id: workspace.id });
    const outOfRange = await at(reviewer).raw('reviewWorkspaces.saveScores', { id: workspace.id, documentId: ids.haichen, scores: { [criteria[0]!.key]: 120 } });
    expect(errorOf(outOfRange).message).toContain('分数应在 0–100 之间');
    const strange = await at(reviewer).raw('reviewWorkspaces.saveScores', { id: workspace.id, documentId: ids.haichen, scores: { 其他: 50 } });
    expect(errorOf(strange).message).toContain('评分标准不符');
    const outside = await at(reviewer).raw('reviewWorkspaces.saveScores', { id: workspace.id, documentId: 'notacase', scores: {} });
    expect(errorOf(outside).message).toContain('不在评审包中');
    expect(await at(reviewer).call<ReviewWorkspaceDetail>('reviewWorkspaces.get', { id: workspace.id })).toEqual(before);
  });

  it('refuses a package changed after it was made, and keeps nothing of it', async () => {
    const bytes = Buffer.from(packageBase64, 'base64');
    const marker = Buffer.from('候鸟党员');
    const at_ = bytes.indexOf(marker);
    expect(at_).toBeGreaterThan(0);
    Buffer.from('侯鸟党员').copy(bytes, at_);
    const refused = await open(bytes.toString('base64'));
    expect(errorOf(refused).message).toMatch(/评审包.*校验和不符/);
    expect(await at(reviewer).call<ReviewWorkspaceSummary[]>('reviewWorkspaces.list')).toHaveLength(1);
    const notAPackage = await open(Buffer.from('这不是评审包').toString('base64'));
    expect(errorOf(notAPackage).message).toMatch(/评审包|ZIP|压缩/);
  });

  it('exports the signed 评分结果, which the bureau merges as that reviewer’s scores', async () => {
    const exported = await at(reviewer).call<ReviewResultExport>('reviewWorkspaces.exportResult', { id: workspace.id });
    expect(exported).toMatchObject({ fileName: '评分结果-王评审-2025年度红色工地十大典型案例评选.json', caseCount: 2, completeCount: 1, total: 3, path: null });
    const lines = await at(bureau).call<ImportResult[]>('import.upload', { files: [{ name: exported.fileName, contentBase64: exported.contentBase64 }] });
    expect(lines).toMatchObject([{ status: 'imported' }]);
    const merged = await at(bureau).call<RoundDetail>('rounds.get', { id: round.id });
    expect(merged).toMatchObject({ returnedReviewers: ['王评审'], outstandingReviewers: ['李评审'] });
    const haichen = merged.submissions.find((row) => row.document.id === ids.haichen)!;
    expect(haichen.reviews).toMatchObject([{ reviewer: '王评审', total: 90, comment: '海岛工地做法有特色' }]);
    expect((await at(reviewer).call<ReviewWorkspaceSummary[]>('reviewWorkspaces.list'))[0]?.exportedAt).not.toBeNull();

    const file = path.join(sandbox.root, 'result.json');
    const written = await at(reviewer).call<ReviewResultExport>('reviewWorkspaces.exportResult', { id: workspace.id, out: file });
    expect(written).toMatchObject({ path: file, contentBase64: null });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ format: 'casebook-review-result', reviewer: '王评审', roundId: round.id });
  });

  it('previews a second return with a change: says what changes, and changes nothing until it is imported', async () => {
    const lead = criteria[0]!;
    await at(reviewer).call('reviewWorkspaces.saveScores', { id: workspace.id, documentId: ids.haichen, scores: { ...Object.fromEntries(criteria.map((criterion) => [criterion.key, 90])), [lead.key]: 60 }, comment: '海岛工地做法有特色', notes: {} });
    const second = await at(reviewer).call<ReviewResultExport>('reviewWorkspaces.exportResult', { id: workspace.id });
    const before = await at(bureau).call<RoundDetail>('rounds.get', { id: round.id });
    const preview = await at(bureau).call<ReviewResultPreview>('rounds.previewResult', { source: { fileName: second.fileName, contentBase64: second.contentBase64 } });
    expect(preview).toMatchObject({ ok: true, reviewer: '王评审', secondReturn: true, unchanged: false });
    expect(preview.ok && preview.changes).toEqual([`《${NAMED_CASES.haichen.title}》${lead.name} 90 → 60，评分说明已修改`]);
    expect(await at(bureau).call<RoundDetail>('rounds.get', { id: round.id })).toEqual(before);
    const foreign = await at(bureau).call<ReviewResultPreview>('rounds.previewResult', { source: { fileName: 'x.json', contentBase64: Buffer.from('{"format":"casebook-review-result","version":1}').toString('base64') } });
    expect(foreign).toMatchObject({ ok: false, reason: expect.stringContaining('已拒绝导入') as unknown });
    await at(bureau).call('import.upload', { files: [{ name: second.fileName, contentBase64: second.contentBase64 }] });
    const after = await at(bureau).call<RoundDetail>('rounds.get', { id: round.id });
    expect(after.submissions.find((row) => row.document.id === ids.haichen)?.reviews[0]?.scores[lead.key]).toBe(60);
  });

  it('closes a workspace on request; its package and scores leave the list', async () => {
    await at(reviewer).call('reviewWorkspaces.remove', { id: workspace.id });
    expect(await at(reviewer).call<ReviewWorkspaceSummary[]>('reviewWorkspaces.list')).toEqual([]);
    expect(errorOf(await at(reviewer).raw('reviewWorkspaces.get', { id: workspace.id })).message).toContain('找不到这个评审');
  });
});
