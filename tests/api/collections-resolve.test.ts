import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, RequestOf } from '../../shared/api/contract';
import { dispatch } from '../../electron/engine/api/dispatch';
import { type LibraryHost } from '../../electron/engine/api/library-host';
import { tempHost } from '../helpers/temp-library';
import { dispatchCalls } from '../helpers/dispatch-calls';

// A collection's name finds exactly one collection: the engine keeps names unique among live
// collections and resolves a name or an id for every door (the command line's NAME).

let host: LibraryHost;
const { call } = dispatchCalls(() => host);
let cleanup: () => void;

beforeEach(() => {
  ({ host, cleanup } = tempHost());
});

afterEach(() => cleanup());


async function refusal<M extends MethodName>(method: M, request: RequestOf<M>): Promise<string> {
  const envelope = await dispatch(host, method, request);
  if (envelope.ok) throw new Error(`${method} was not refused`);
  return envelope.error.message;
}

describe('collections.resolve and unique names', () => {
  it('finds a collection by name or id, with the folders it sits in', async () => {
    const { folderId } = await call('collectionFolders.create', { name: '支部书记培训' });
    const inner = await call('collectionFolders.create', { name: '第三讲', parentId: folderId });
    const created = await call('collections.create', { name: '党建联建 案例', folderId: inner.folderId });
    expect(await call('collections.resolve', { nameOrId: ' 党建联建   案例 ' })).toMatchObject({ id: created.id, folderPath: '支部书记培训 / 第三讲' });
    expect((await call('collections.resolve', { nameOrId: created.id })).name).toBe('党建联建 案例');
    expect((await call('collections.list', {})).collections[0]?.folderPath).toBe('支部书记培训 / 第三讲');
  });

  it('refuses a second collection, a rename or a copy onto a name in use, changing nothing', async () => {
    const first = await call('collections.create', { name: '2025年度十大典型案例' });
    const second = await call('collections.create', { name: '候选案例' });
    expect(await refusal('collections.create', { name: '2025年度十大典型案例' })).toBe('已有名为“2025年度十大典型案例”的专辑，请换一个名称。');
    expect(await refusal('collections.update', { id: second.id, set: { name: '2025年度十大典型案例' } })).toContain('已有名为');
    expect(await refusal('collections.duplicate', { id: second.id, name: '2025年度十大典型案例' })).toContain('已有名为');
    expect((await call('collections.list', {})).collections.map((item) => item.name).sort()).toEqual(['2025年度十大典型案例', '候选案例']);
    // Renaming a collection to its own name is no conflict; a name in the 回收站 is free again.
    await call('collections.update', { id: first.id, set: { name: '2025年度十大典型案例' } });
    await call('collections.trash', { ids: [first.id] });
    expect((await call('collections.create', { name: '2025年度十大典型案例' })).name).toBe('2025年度十大典型案例');
  });

  it('says why a name finds nothing', async () => {
    const gone = await call('collections.create', { name: '旧专辑' });
    await call('collections.trash', { ids: [gone.id] });
    expect(await refusal('collections.resolve', { nameOrId: '旧专辑' })).toBe('专辑“旧专辑”在回收站中，请先恢复。');
    expect(await refusal('collections.resolve', { nameOrId: '没有的专辑' })).toContain('找不到名为“没有的专辑”的专辑');
  });
});
