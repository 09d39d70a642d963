import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserModeServer } from '../../electron/server/start-server';
import type { ImportResult } from '../../shared/model/import';
import type { ReviewWorkspaceOpened, WorkspaceAttachment } from '../../shared/model/review-workspace';
import type { ReviewPackageResult, RoundDetail } from '../../shared/model/selection';
import { offlinePageDataOf } from '../helpers/offline-review-page';
import { REPO_ROOT } from '../helpers/temp-library';
import { BridgeSandbox, callApi, errorOf, okResult } from './http-helpers';

// A case submitted as a PDF travels with its 评审包 as 原件 (not in 盲评), checked like every entry.
const PDF = path.join(REPO_ROOT, 'tests/fixtures/eval/dev/cases/booklet-yiwu-136-case.pdf');
let sandbox: BridgeSandbox;
let bureau: BrowserModeServer;
let reviewer: BrowserModeServer;
let roundId: string;
let caseId: string;

const call = <T>(server: BrowserModeServer, method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload);
const base64 = (bytes: Buffer) => bytes.toString('base64');

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  bureau = await sandbox.start(path.join(sandbox.root, 'bureau'));
  reviewer = await sandbox.start(path.join(sandbox.root, 'reviewer'));
  const [line] = await call<ImportResult[]>(bureau, 'import.upload', { kind: 'case', files: [{ name: '义乌案例.pdf', contentBase64: base64(fs.readFileSync(PDF)) }] });
  caseId = line!.id!;
  const round = await call<RoundDetail>(bureau, 'rounds.create', { name: '2025年度评选', year: 2025, reviewers: ['王评审'] });
  roundId = round.id;
  await call(bureau, 'rounds.addSubmissions', { roundId, documentIds: [caseId] });
}, 60_000);
afterAll(() => sandbox.close());

const makePackage = async (blind: boolean, format: 'package' | 'html' = 'package') =>
  Buffer.from((await call<ReviewPackageResult>(bureau, 'rounds.package', { roundId, reviewer: '王评审', blind, format })).contentBase64!, 'base64');

describe('原件 in a 评审包', () => {
  it('travels with a named package and opens in the workspace byte for byte', async () => {
    const pack = await makePackage(false);
    expect(pack.includes(fs.readFileSync(PDF))).toBe(true);
    const opened = await call<ReviewWorkspaceOpened>(reviewer, 'reviewWorkspaces.open', { source: { fileName: 'p.cbreview', contentBase64: base64(pack) } });
    expect(opened.cases[0]?.attachment).toEqual({ name: '义乌案例.pdf', mediaType: 'application/pdf', size: fs.statSync(PDF).size });
    const original = await call<WorkspaceAttachment>(reviewer, 'reviewWorkspaces.attachment', { id: opened.id, documentId: caseId });
    expect(original).toMatchObject({ fileName: '义乌案例.pdf', mediaType: 'application/pdf' });
    expect(Buffer.from(original.contentBase64, 'base64').equals(fs.readFileSync(PDF))).toBe(true);
  });

  it('is left out of a 盲评 package, which still opens', async () => {
    const pack = await makePackage(true);
    expect(pack.includes(Buffer.from('attachments/'))).toBe(false);
    const opened = await call<ReviewWorkspaceOpened>(reviewer, 'reviewWorkspaces.open', { source: { fileName: 'p.cbreview', contentBase64: base64(pack) } });
    expect(opened.cases[0]?.attachment).toBeNull();
    expect(errorOf(await callApi(reviewer.port, reviewer.token, 'reviewWorkspaces.attachment', { id: opened.id, documentId: caseId })).message).toContain('没有原件');
  });

  it('is refused when changed after packaging', async () => {
    const pack = await makePackage(false);
    const pdf = fs.readFileSync(PDF);
    const at = pack.indexOf(pdf) + Math.floor(pdf.length / 2);
    pack[at] = pack[at]! ^ 0xff;
    const refused = await callApi(reviewer.port, reviewer.token, 'reviewWorkspaces.open', { source: { fileName: 'p.cbreview', contentBase64: base64(pack) } });
    expect(errorOf(refused).message).toMatch(/校验和不符/);
  });

  it('rides in the offline page as data the page can save', async () => {
    const page = (await makePackage(false, 'html')).toString('utf8');
    const data = offlinePageDataOf(page) as unknown as { attachments: Record<string, string>; submissions: { attachment: { entry: string } }[] };
    const entry = data.submissions[0]!.attachment.entry;
    expect(Buffer.from(data.attachments[entry]!, 'base64').equals(fs.readFileSync(PDF))).toBe(true);
  });
});
