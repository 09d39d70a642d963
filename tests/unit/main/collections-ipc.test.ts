// 专辑 through the desktop door: the real main-process wiring and engine, `electron` stubbed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CollectionDetail, CollectionItemsAdded, CollectionList } from '../../../shared/model/collection';
import type { ImportResult } from '../../../shared/model/import';
import { startDesktopForTest, type DesktopForTest } from './desktop-harness';
import { recorded } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

let desktop: DesktopForTest;
vi.spyOn(console, 'log').mockImplementation(() => {});

beforeAll(async () => {
  desktop = await startDesktopForTest('casebook-main-collections-');
});

afterAll(() => desktop?.close());

describe('collections over IPC', () => {
  it('registers every collection method and builds an ordered collection with sections and commentary', async () => {
    for (const method of ['collections.list', 'collections.addItems', 'collections.moveItem', 'collections.moveItems', 'collections.setCommentary', 'collectionFolders.create']) {
      expect(recorded.ipcHandlers.has(`casebook:${method}`), method).toBe(true);
    }
    const ids: string[] = [];
    for (const [name, text] of [
      ['一党员一项目.txt', '“一党员一项目”做法\n\n每名党员认领一个项目难题，限期攻坚。'],
      ['夜校.txt', '工友夜校开课\n\n项目党支部开办工友夜校，讲授安全生产和法律常识。'],
    ]) {
      const file = path.join(desktop.tempDir, name!);
      fs.writeFileSync(file, text!);
      const [imported] = await desktop.call<ImportResult[]>('import.files', { paths: await desktop.chooseToOpen(file) });
      ids.push(imported?.id ?? '');
    }
    const created = await desktop.call<CollectionDetail>('collections.create', { name: '支部做法汇编' });
    const { sectionId } = await desktop.call<{ sectionId: string }>('collections.addSection', { collectionId: created.id, title: '二、权益保障' });
    const added = await desktop.call<CollectionItemsAdded>('collections.addItems', {
      collectionId: created.id,
      sectionId,
      items: ids.map((documentId) => ({ kind: 'document', documentId })),
    });
    // Alt+↓ in the app: the first item moves after the second.
    let detail = await desktop.call<CollectionDetail>('collections.moveItem', { collectionId: created.id, itemId: added.added[0], sectionId, afterItemId: added.added[1] });
    detail = await desktop.call<CollectionDetail>('collections.setCommentary', {
      collectionId: created.id,
      itemId: added.added[0],
      commentary: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '编者按：认领制度值得推广。' }] }] },
    });
    expect(detail.sections.map((s) => s.heading)).toEqual(['一、权益保障']);
    expect(detail.items.map((item) => [item.title, item.commentaryText])).toEqual([
      ['工友夜校开课', ''],
      ['“一党员一项目”做法', '编者按：认领制度值得推广。'],
    ]);
    await desktop.call('collections.trash', { ids: [created.id] });
    expect((await desktop.call<CollectionList>('collections.list', { trashed: true })).collections.map((item) => item.name)).toEqual(['支部做法汇编']);
  });

  it('answers bad requests with a Chinese error envelope', async () => {
    const result = await desktop.envelope('collections.create', { name: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('专辑名称不能为空') } });
  });
});
