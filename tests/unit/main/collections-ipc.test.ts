// 专辑 through the desktop door: the real main-process wiring and engine, `electron` stubbed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiEnvelope } from '../../../shared/api/errors';
import type { CollectionDetail, CollectionItemsAdded, CollectionList } from '../../../shared/model/collection';
import type { ImportResult } from '../../../shared/model/import';
import { startCasebook, type CasebookApp } from '../../../electron/main/main-process';
import { FakeBrowserWindow, recorded } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

const outDir = path.join(os.tmpdir(), 'casebook-out-does-not-matter', 'out');
const pageUrl = pathToFileURL(path.join(outDir, 'renderer', 'index.html')).href;
let tempDir: string;
let started: CasebookApp;
let window: FakeBrowserWindow;
vi.spyOn(console, 'log').mockImplementation(() => {});

async function envelope<T>(method: string, payload: unknown): Promise<ApiEnvelope<T>> {
  const handler = recorded.ipcHandlers.get(`casebook:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  return (await handler({ sender: { id: window.webContents.id }, senderFrame: { url: `${pageUrl}#/` } }, payload)) as ApiEnvelope<T>;
}

async function call<T>(method: string, payload: unknown): Promise<T> {
  const result = await envelope<T>(method, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.result;
}

beforeAll(async () => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-main-collections-'));
  const result = startCasebook({ argv: ['/usr/bin/electron', '.', '--library', path.join(tempDir, 'library')], env: {}, layout: { outDir }, nativeBinding: () => undefined });
  if (result === null) throw new Error('startCasebook did not start');
  started = result;
  await started.ready;
  const created = FakeBrowserWindow.created[0];
  if (!created) throw new Error('no window');
  window = created;
});

afterAll(() => {
  started?.host.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

describe('collections over IPC', () => {
  it('registers every collection method and builds an ordered collection with sections and commentary', async () => {
    for (const method of ['collections.list', 'collections.addItems', 'collections.moveItem', 'collections.setCommentary', 'collectionFolders.create']) {
      expect(recorded.ipcHandlers.has(`casebook:${method}`), method).toBe(true);
    }
    const ids: string[] = [];
    for (const [name, text] of [
      ['一党员一项目.txt', '“一党员一项目”做法\n\n每名党员认领一个项目难题，限期攻坚。'],
      ['夜校.txt', '工友夜校开课\n\n项目党支部开办工友夜校，讲授安全生产和法律常识。'],
    ]) {
      const file = path.join(tempDir, name!);
      fs.writeFileSync(file, text!);
      const [imported] = await call<ImportResult[]>('import.files', { paths: [file] });
      ids.push(imported?.id ?? '');
    }
    const created = await call<CollectionDetail>('collections.create', { name: '支部做法汇编' });
    const { sectionId } = await call<{ sectionId: string }>('collections.addSection', { collectionId: created.id, title: '二、权益保障' });
    const added = await call<CollectionItemsAdded>('collections.addItems', {
      collectionId: created.id,
      sectionId,
      items: ids.map((documentId) => ({ kind: 'document', documentId })),
    });
    // Alt+↓ in the app: the first item moves after the second.
    let detail = await call<CollectionDetail>('collections.moveItem', { collectionId: created.id, itemId: added.added[0], sectionId, afterItemId: added.added[1] });
    detail = await call<CollectionDetail>('collections.setCommentary', {
      collectionId: created.id,
      itemId: added.added[0],
      commentary: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '编者按：认领制度值得推广。' }] }] },
    });
    expect(detail.sections.map((s) => s.heading)).toEqual(['一、权益保障']);
    expect(detail.items.map((item) => [item.title, item.commentaryText])).toEqual([
      ['工友夜校开课', ''],
      ['“一党员一项目”做法', '编者按：认领制度值得推广。'],
    ]);
    await call('collections.trash', { ids: [created.id] });
    expect((await call<CollectionList>('collections.list', { trashed: true })).collections.map((item) => item.name)).toEqual(['支部做法汇编']);
  });

  it('answers bad requests with a Chinese error envelope', async () => {
    const result = await envelope('collections.create', { name: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('专辑名称不能为空') } });
  });
});
