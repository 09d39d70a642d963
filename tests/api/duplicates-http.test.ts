import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../shared/model/document';
import type { DuplicateList, DuplicatePair, SimilarDocument } from '../../shared/model/duplicates';
import type { ImportResult } from '../../shared/model/import';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { FIXTURES_FOLDER } from '../helpers/temp-library';
import { BridgeSandbox, CHINESE, callApi, errorOf, okResult } from './http-helpers';

const FIXTURES = path.join(FIXTURES_FOLDER, 'near-duplicates');
let sandbox: BridgeSandbox;
let server: BrowserModeServer;

function upload(...names: string[]) {
  return okResult<ImportResult[]>(server.port, server.token, 'import.upload', {
    files: names.map((name) => ({ name, contentBase64: fs.readFileSync(path.join(FIXTURES, name)).toString('base64') })),
  });
}

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  server = await sandbox.start(path.join(sandbox.root, 'library'));
});

afterAll(async () => {
  await sandbox.close();
});

describe('HTTP bridge: 查重', () => {
  let siteA: ImportResult;
  let siteB: ImportResult;
  let edited: ImportResult;

  it('reports near duplicates in the import results', async () => {
    [siteA, siteB, edited] = (await upload('story-site-a.txt', 'story-site-b.html', 'story-edited.txt')) as [ImportResult, ImportResult, ImportResult];
    expect(siteA).toMatchObject({ status: 'imported', nearDuplicateOf: null, similarity: null });
    expect(siteB).toMatchObject({ status: 'imported', nearDuplicateOf: siteA.id });
    expect(siteB.similarity).toBeGreaterThanOrEqual(0.75);
    expect(edited).toMatchObject({ status: 'imported', nearDuplicateOf: siteA.id });
    expect(edited.similarity).toBeGreaterThanOrEqual(0.5);
    expect(edited.similarity).toBeLessThan(siteB.similarity ?? 0);
    const [other] = await upload('other-story-same-theme.txt');
    expect(other).toMatchObject({ status: 'imported', nearDuplicateOf: null, similarity: null });
  });

  it('duplicates.list: pending pairs, most similar first, with both summaries and a preview', async () => {
    const list = await okResult<DuplicateList>(server.port, server.token, 'duplicates.list', {});
    expect(list).toMatchObject({ total: 2, pendingCount: 2 });
    const [first, second] = list.items as [DuplicatePair, DuplicatePair];
    expect(first).toMatchObject({ status: 'pending', left: { id: siteA.id, kind: siteA.kind }, right: { id: siteB.id, source: '温州日报' }, similarity: siteB.similarity });
    expect(second).toMatchObject({ left: { id: siteA.id }, right: { id: edited.id }, similarity: edited.similarity });
    expect(first.preview.right).toContain('本报讯（记者 林晓');
    const limited = await okResult<DuplicateList>(server.port, server.token, 'duplicates.list', { limit: 1, offset: 1 });
    expect(limited).toMatchObject({ total: 2, pendingCount: 2 });
    expect(limited.items.map((pair) => pair.id)).toEqual([second.id]);
  });

  it('duplicates.check: the documents similar to one, for the reader', async () => {
    const similar = await okResult<SimilarDocument[]>(server.port, server.token, 'duplicates.check', { id: siteA.id });
    expect(similar.map((item) => item.document.id)).toEqual([siteB.id, edited.id]);
    expect(similar[0]).toMatchObject({ similarity: siteB.similarity, status: 'pending' });
    expect(typeof similar[0]?.pairId).toBe('number');
    const missing = await callApi(server.port, server.token, 'duplicates.check', { id: 'nosuchdoc' });
    expect(errorOf(missing).code).toBe('NOT_FOUND');
  });

  it('validates duplicates.resolve at the door', async () => {
    const list = await okResult<DuplicateList>(server.port, server.token, 'duplicates.list', {});
    const pairId = list.items[0]?.id ?? 0;
    for (const payload of [
      { pairId, action: 'delete' },
      { pairId: String(pairId), action: 'merge' },
      { pairId, action: 'keepBoth', keepId: siteA.id },
      { pairId, action: 'merge', extra: true },
      { action: 'merge' },
    ]) {
      const result = await callApi(server.port, server.token, 'duplicates.resolve', payload);
      expect(result.status, JSON.stringify(payload)).toBe(400);
      expect(errorOf(result).code).toBe('BAD_REQUEST');
      expect(errorOf(result).message).toMatch(CHINESE);
    }
    const unknown = await callApi(server.port, server.token, 'duplicates.resolve', { pairId: 9999, action: 'keepBoth' });
    expect(errorOf(unknown).code).toBe('NOT_FOUND');
  });

  it('duplicates.resolve: 保留两份 settles one pair, 合并 sends the other document to the 回收站', async () => {
    const list = await okResult<DuplicateList>(server.port, server.token, 'duplicates.list', {});
    const [republished, editedPair] = list.items as [DuplicatePair, DuplicatePair];
    const kept = await okResult<DuplicatePair>(server.port, server.token, 'duplicates.resolve', { pairId: editedPair.id, action: 'keepBoth' });
    expect(kept).toMatchObject({ id: editedPair.id, status: 'kept' });

    const merged = await okResult<DuplicatePair>(server.port, server.token, 'duplicates.resolve', { pairId: republished.id, action: 'merge', keepId: siteB.id });
    expect(merged).toMatchObject({ status: 'merged', keptId: siteB.id, left: { id: siteA.id } });
    const trash = await okResult<{ total: number; items: DocumentSummary[] }>(server.port, server.token, 'documents.list', { trashed: true });
    expect(trash.items.map((doc) => doc.id)).toEqual([siteA.id]);

    const after = await okResult<DuplicateList>(server.port, server.token, 'duplicates.list', {});
    expect(after).toMatchObject({ total: 0, pendingCount: 0, items: [] });
    const all = await okResult<DuplicateList>(server.port, server.token, 'duplicates.list', { status: 'all' });
    expect(all.items.map((pair) => pair.status).sort()).toEqual(['kept', 'merged']);

    const twice = await callApi(server.port, server.token, 'duplicates.resolve', { pairId: republished.id, action: 'keepBoth' });
    expect(errorOf(twice).code).toBe('CONFLICT');
  });
});
