// Drafts through the desktop door: the real main-process IPC wiring and the real engine on a
// temporary library, with `electron` replaced by the recording stub of tests/unit/main.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiEnvelope } from '../../shared/api/errors';
import type { DocumentRecord } from '../../shared/model/document';
import type { CitingDraft, DraftRecord, DraftSaveResult, DraftVersion, DraftVersionSummary, QuoteResult } from '../../shared/model/draft';
import type { ImportResult } from '../../shared/model/import';
import { richTextToPlainText } from '../../shared/model/rich-text';
import { startCasebook, type CasebookApp } from '../../electron/main/main-process';
import { FakeBrowserWindow, recorded } from '../unit/main/electron-stub';
import { CASE_TEXT, POLICY_TEXT, rangeOf } from '../unit/drafts/draft-fixtures';

vi.mock('electron', () => import('../unit/main/electron-stub'));

const outDir = path.join(os.tmpdir(), 'casebook-out-does-not-matter', 'out');
const pageUrl = pathToFileURL(path.join(outDir, 'renderer', 'index.html')).href;
let tempDir: string;
let started: CasebookApp;
let window: FakeBrowserWindow;
vi.spyOn(console, 'error').mockImplementation(() => {});

async function envelope(method: string, payload: unknown): Promise<ApiEnvelope<unknown>> {
  const handler = recorded.ipcHandlers.get(`casebook:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  const event = { sender: { id: window.webContents.id }, senderFrame: { url: `${pageUrl}#/drafts` } };
  return (await handler(event, payload)) as ApiEnvelope<unknown>;
}

async function call<T>(method: string, payload: unknown = {}): Promise<T> {
  const result = await envelope(method, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.result as T;
}

beforeAll(async () => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-drafts-ipc-'));
  const result = startCasebook({
    argv: ['/usr/bin/electron', '.', '--library', path.join(tempDir, 'library')],
    env: {},
    layout: { outDir },
    nativeBinding: () => undefined,
  });
  if (result === null) throw new Error('startCasebook did not start');
  started = result;
  await started.ready;
  const created = FakeBrowserWindow.created[0];
  if (!created) throw new Error('no window was created');
  window = created;
});

afterAll(() => {
  started?.host.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

describe('drafts over IPC', () => {
  it('quotes, autosaves, versions and restores a draft, and lists it under 被引用', async () => {
    const upload = (name: string, text: string) => ({ name, contentBase64: Buffer.from(text).toString('base64') });
    const [first, second] = await call<ImportResult[]>('import.upload', { files: [upload('案例.txt', CASE_TEXT), upload('方案.txt', POLICY_TEXT)] });
    const caseDoc = await call<DocumentRecord>('documents.get', { id: first?.id });
    const policyDoc = await call<DocumentRecord>('documents.get', { id: second?.id });

    const created = await call<DraftRecord>('drafts.create', { title: '支部书记培训讲义' });
    await call<QuoteResult>('drafts.quote', { documentId: caseDoc.id, ...rangeOf(caseDoc.text, '吸纳了51家企业党组织'), draftId: created.id });
    await call<QuoteResult>('drafts.quote', { documentId: policyDoc.id, ...rangeOf(policyDoc.text, '红色工地创建率达到70%以上'), draftId: created.id });
    const draft = await call<DraftRecord>('drafts.get', { id: created.id });
    expect(draft.citations.map((citation) => citation.documentId)).toEqual([caseDoc.id, policyDoc.id]);

    const version = await call<DraftVersionSummary>('drafts.saveVersion', { id: created.id });
    const saved = await call<DraftSaveResult>('drafts.save', {
      id: created.id,
      title: '讲义（修改）',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '全部删掉重写' }] }] },
      baseRevision: draft.revision,
    });
    expect(saved).toMatchObject({ title: '讲义（修改）', citations: [], conflict: false });
    expect(await call<CitingDraft[]>('drafts.citing', { documentId: caseDoc.id })).toEqual([]);

    const opened = await call<DraftVersion>('drafts.version', { id: created.id, versionId: version.id });
    expect(richTextToPlainText(opened.content)).toBe('吸纳了51家企业党组织[1]\n\n红色工地创建率达到70%以上[2]');
    const restored = await call<DraftRecord>('drafts.restoreVersion', { id: created.id, versionId: version.id });
    expect(restored.citations).toHaveLength(2);
    expect((await call<CitingDraft[]>('drafts.citing', { documentId: caseDoc.id }))[0]).toMatchObject({ draftId: created.id, citationCount: 1 });

    expect(await call('drafts.trash', { ids: [created.id] })).toEqual({ count: 1 });
    expect(await call('drafts.purge', { ids: [created.id] })).toEqual({ count: 1 });
  });

  it('refuses bad requests with a Chinese message', async () => {
    const result = await envelope('drafts.save', { id: 'x', content: { type: 'doc', content: 'not a list' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    const missing = await envelope('drafts.get', { id: 'nosuchdraft' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});
