import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../shared/api/contract';
import type { LibraryHost } from '../../electron/engine/api/library-host';
import { tempHost } from '../helpers/temp-library';
import { dispatchCalls } from '../helpers/dispatch-calls';

// 撤销 is the engine's: a change answers with an undoId, and undo.apply puts back exactly what was
// there (values, where they came from, items in their places), once.

let folder: string;
let host: LibraryHost;
const { call, refused } = dispatchCalls(() => host);

let cleanup: () => void;

beforeEach(() => {
  ({ host, folder, cleanup } = tempHost());
});
afterEach(() => cleanup());



async function importNotice(): Promise<string> {
  const file = path.join(folder, '..', `${path.basename(folder)}-notice.txt`);
  fs.writeFileSync(file, '关于开展工地夜校的通知\n\n各县（市、区）住建局：\n请在瓯海区各在建项目开办农民工夜校。\n\n温州市住房和城乡建设局\n2024年5月6日\n');
  try {
    const [result] = await call('import.files', { paths: [file] });
    if (!result?.id) throw new Error('not imported');
    return result.id;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe('撤销 in the engine', () => {
  it('takes back a metadata edit with the value and its origin, and says 撤销 in the history', async () => {
    const id = await importNotice();
    const before = await call('documents.get', { id });
    expect(before.fieldOrigins.region).toBe('text');
    const edited = await call('documents.update', { id, patch: { region: '浙江省杭州市', title: '夜校通知' } });
    expect(edited.fieldOrigins.region).toBe('user');
    expect(edited.undoId).toEqual(expect.any(String));

    await call('undo.apply', { undoId: edited.undoId ?? '' });
    const after = await call('documents.get', { id });
    expect(after.region).toBe(before.region);
    expect(after.title).toBe(before.title);
    expect(after.fieldOrigins).toEqual(before.fieldOrigins);
    const history = await call('documents.history', { id });
    const undone = history.filter((entry) => entry.note === '撤销');
    expect(undone.map((entry) => entry.field).sort()).toEqual(['region', 'title']);
    expect(undone.find((entry) => entry.field === 'region')).toMatchObject({ oldValue: '浙江省杭州市', newValue: before.region });
    // Searched as it was again.
    const found = await call('search.query', { query: '夜校 region:杭州' });
    expect(found.hits).toEqual([]);
  });

  it('takes back a tag taken off, and a move to the 回收站', async () => {
    const id = await importNotice();
    await call('documents.setTags', { id, add: ['主题/工人权益'] });
    const untagged = await call('documents.setTags', { id, remove: ['主题/工人权益'] });
    await call('undo.apply', { undoId: untagged.undoId ?? '' });
    expect((await call('documents.get', { id })).tags).toEqual(['主题/工人权益']);

    const trashed = await call('documents.trash', { ids: [id] });
    expect(trashed.count).toBe(1);
    await call('undo.apply', { undoId: trashed.undoId ?? '' });
    expect((await call('documents.get', { id })).deletedAt).toBeNull();
  });

  it('puts items taken out of a collection back in their order, and refuses a second 撤销', async () => {
    const ids = [await importNotice()];
    const created = await call('collections.create', { name: '夜校专辑' });
    const withItems = await call('collections.addItems', {
      collectionId: created.id,
      items: [
        { kind: 'document', documentId: ids[0] ?? '' },
        { kind: 'excerpt', documentId: ids[0] ?? '', start: 0, end: 4 },
        { kind: 'excerpt', documentId: ids[0] ?? '', start: 5, end: 9 },
        { kind: 'excerpt', documentId: ids[0] ?? '', start: 10, end: 14 },
      ],
    });
    const order = (detail: ResponseOf<'collections.get'>) => detail.items.map((item) => item.excerpt?.text ?? 'whole');
    const original = order(withItems.collection);
    const middle = withItems.collection.items.slice(1, 3).map((item) => item.id);
    const removed = await call('collections.removeItems', { collectionId: created.id, itemIds: middle });
    expect(removed.collection.items).toHaveLength(2);
    await call('undo.apply', { undoId: removed.undoId ?? '' });
    expect(order(await call('collections.get', { id: created.id }))).toEqual(original);

    const again = await refused('undo.apply', { undoId: removed.undoId ?? '' });
    expect(again.message).toBe('这一步已经撤销过了。');
    expect((await refused('undo.apply', { undoId: 'nosuchundo' })).code).toBe('NOT_FOUND');
  });

  it('answers without an undoId when nothing changed', async () => {
    const id = await importNotice();
    const same = await call('documents.update', { id, patch: {} });
    expect(same.undoId).toBeUndefined();
  });
});
