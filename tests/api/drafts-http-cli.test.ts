import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../shared/model/document';
import type { CitingDraft, DraftRecord, DraftSaveResult, DraftSummary, DraftVersion, DraftVersionSummary, QuoteResult } from '../../shared/model/draft';
import type { ImportResult } from '../../shared/model/import';
import { richTextToPlainText, type RichTextDoc } from '../../shared/model/rich-text';
import { captureCliIo } from '../helpers/cli-io';
import { runCli } from '../../electron/cli/main';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { CASE_TEXT, POLICY_TEXT, rangeOf } from '../unit/drafts/draft-fixtures';
import { BridgeSandbox, CHINESE, callApi, errorOf, okResult } from './http-helpers';

// Drafts through the HTTP bridge (browser mode) and the command line, on one real library.
let sandbox: BridgeSandbox;
let server: BrowserModeServer;
let libraryFolder: string;

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  libraryFolder = path.join(sandbox.root, 'library');
  server = await sandbox.start(libraryFolder);
});
afterAll(async () => {
  await sandbox.close();
});

const call = <T>(method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload);


const doc = (text: string): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('drafts over HTTP and the command line', () => {
  let caseDoc: DocumentRecord;
  let policyDoc: DocumentRecord;
  let draftId: string;

  it('quotes two documents into a new draft, with numbered citations and a 被引用 list', async () => {
    const upload = (name: string, text: string) => ({ name, contentBase64: Buffer.from(text).toString('base64') });
    const [first, second] = await call<ImportResult[]>('import.upload', { files: [upload('案例.txt', CASE_TEXT), upload('方案.txt', POLICY_TEXT)] });
    caseDoc = await call<DocumentRecord>('documents.get', { id: first?.id });
    policyDoc = await call<DocumentRecord>('documents.get', { id: second?.id });

    const quoted = await call<QuoteResult>('drafts.quote', { documentId: caseDoc.id, ...rangeOf(caseDoc.text, '“六有一好”'), newTitle: '红色工地宣传稿' });
    expect(quoted).toMatchObject({ created: true, draft: { title: '红色工地宣传稿', citationCount: 1 } });
    draftId = quoted.draft.id;
    await call<QuoteResult>('drafts.quote', { documentId: policyDoc.id, ...rangeOf(policyDoc.text, '落实工资专户制度'), draftId });

    const draft = await call<DraftRecord>('drafts.get', { id: draftId });
    expect(draft.citations.map((citation) => [citation.number, citation.documentId, citation.quote])).toEqual([
      [1, caseDoc.id, '“六有一好”'],
      [2, policyDoc.id, '落实工资专户制度'],
    ]);
    expect(await call<CitingDraft[]>('drafts.citing', { documentId: policyDoc.id })).toEqual([
      expect.objectContaining({ draftId, title: '红色工地宣传稿', citationCount: 1, deletedAt: null }),
    ]);
  });

  it('autosaves, snapshots on demand and restores a version', async () => {
    const draft = await call<DraftRecord>('drafts.get', { id: draftId });
    const written: RichTextDoc = { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '红色工地建设综述' }] }, ...draft.content.content] };
    const saved = await call<DraftSaveResult>('drafts.save', { id: draftId, content: written, baseRevision: draft.revision });
    expect(saved).toMatchObject({ revision: draft.revision + 1, conflict: false });
    const version = await call<DraftVersionSummary>('drafts.saveVersion', { id: draftId, label: '初稿' });
    await call<DraftSaveResult>('drafts.save', { id: draftId, content: doc('改坏了的稿子'), baseRevision: saved.revision });

    const versions = await call<DraftVersionSummary[]>('drafts.versions', { id: draftId });
    expect(versions[0]).toMatchObject({ id: version.id, reason: 'manual', label: '初稿' });
    const opened = await call<DraftVersion>('drafts.version', { id: draftId, versionId: version.id });
    expect(richTextToPlainText(opened.content)).toMatch(/^红色工地建设综述/);
    const restored = await call<DraftRecord>('drafts.restoreVersion', { id: draftId, versionId: version.id });
    expect(restored.citations).toHaveLength(2);
    const after = await call<DraftVersionSummary[]>('drafts.versions', { id: draftId });
    expect(after.map((item) => item.reason).slice(0, 3)).toEqual(['restore', 'before_restore', 'manual']);
  });

  it('answers bad requests with Chinese messages and changes nothing', async () => {
    const before = await call<DraftRecord>('drafts.get', { id: draftId });
    for (const [method, payload] of [
      ['drafts.save', { id: draftId, content: { type: 'paragraph' } }],
      ['drafts.save', { id: draftId, content: doc('x'), extra: 1 }],
      ['drafts.quote', { documentId: caseDoc.id, start: 0, end: 10_000_000, draftId }],
      ['drafts.get', { id: '' }],
    ] as const) {
      const response = await callApi(server.port, server.token, method, payload);
      expect(response.status, JSON.stringify(payload)).toBe(400);
      expect(errorOf(response).message).toMatch(CHINESE);
    }
    expect(errorOf(await callApi(server.port, server.token, 'drafts.get', { id: 'nosuchdraft' })).code).toBe('NOT_FOUND');
    expect(errorOf(await callApi(server.port, server.token, 'drafts.purge', { ids: [draftId] })).code).toBe('CONFLICT');
    expect(await call<DraftRecord>('drafts.get', { id: draftId })).toEqual(before);
  });

  it('shows drafts and their citations on the command line', async () => {
    const list = captureCliIo();
    expect(await runCli(['draft', 'list', '--library', libraryFolder, '--json'], list.io)).toBe(0);
    expect((JSON.parse(list.out()) as { items: DraftSummary[] }).items.map((item) => item.id)).toEqual([draftId]);
    const human = captureCliIo();
    expect(await runCli(['draft', 'show', draftId, '--library', libraryFolder], human.io)).toBe(0);
    expect(human.out()).toContain('红色工地宣传稿');
    expect(human.out()).toContain('红色工地建设综述\n\n“六有一好”[1]\n\n落实工资专户制度[2]');
    expect(human.out()).toContain(`[2] ${policyDoc.title}`);
    expect(human.out()).toContain('“落实工资专户制度”');
    const json = captureCliIo();
    expect(await runCli(['draft', 'show', draftId, '--library', libraryFolder, '--json'], json.io)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ id: draftId, plainText: expect.stringContaining('“六有一好”[1]') });
    const missing = captureCliIo();
    expect(await runCli(['draft', 'show', 'nosuchdraft', '--library', libraryFolder], missing.io)).not.toBe(0);
    expect(missing.err()).toContain('找不到这篇草稿');
  });

  it('trashes and restores a draft; a trashed source shows in its citations', async () => {
    await call('documents.trash', { ids: [policyDoc.id] });
    expect((await call<DraftRecord>('drafts.get', { id: draftId })).citations[1]?.status).toBe('trashed');
    await call('documents.restore', { ids: [policyDoc.id] });
    expect(await call('drafts.trash', { ids: [draftId] })).toEqual({ count: 1, undoId: expect.any(String) });
    expect((await call<{ total: number }>('drafts.list', {})).total).toBe(0);
    expect((await call<{ items: DraftSummary[] }>('drafts.list', { trashed: true })).items[0]?.id).toBe(draftId);
    expect(await call('drafts.restore', { ids: [draftId] })).toEqual({ count: 1 });
  });
});
