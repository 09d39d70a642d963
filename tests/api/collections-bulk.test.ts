import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CollectionDetail } from '../../shared/model/collection';
import type { LibraryHost } from '../../electron/engine/api/library-host';
import { tempHost } from '../helpers/temp-library';
import { BridgeSandbox, errorOf, callApi, okResult } from './http-helpers';
import { dispatchCalls } from '../helpers/dispatch-calls';

// A selection in a 专辑 handled at once: 移到分节 and 移出专辑 for several items, each one write and
// one 撤销, on the real engine behind the contract.

const SOURCES: Record<string, string> = {
  联建: '“党建联盟”凝聚红色工地合力\n\n城东安置房项目成立临时党支部，联合建设、施工、监理单位开展结对共建。',
  清廉: '关于推进清廉工地建设的通知\n\n各有关单位：现就清廉工地建设通知如下。加强廉政教育，规范招投标管理。',
  能量站: '“赤色能量站”守护工友权益\n\n项目党支部在生活区设立赤色能量站，提供法律咨询和薪资监督。',
  夜校: '关于开展工地夜校的通知\n\n请在各在建项目开办农民工夜校，每月不少于两次课。',
  红领: '“红领筑建”打造过硬支部\n\n项目党支部推行“一党员一项目”，党员带头攻坚关键工序。',
  结对: '“结对共建”连起街道与工地\n\n街道社区党委与项目临时党支部结对，共办志愿服务和安全宣传。',
};

let folder: string;
let host: LibraryHost;
const { call, refused } = dispatchCalls(() => host);

let cleanup: () => void;

beforeEach(() => {
  ({ host, folder, cleanup } = tempHost());
});
afterEach(() => cleanup());



interface Fixture {
  id: string;
  org: string;
  rights: string;
  /** Item id by short name (联建 …). */
  item: Record<string, string>;
}

/** 未分节: 联建, 清廉; 一、组织建设: 红领, 结对; 二、权益保障: 能量站, 夜校. */
async function buildCollection(): Promise<Fixture> {
  const inputs = path.join(folder, '..', `${path.basename(folder)}-inputs`);
  fs.mkdirSync(inputs, { recursive: true });
  const doc: Record<string, string> = {};
  try {
    for (const [name, text] of Object.entries(SOURCES)) fs.writeFileSync(path.join(inputs, `${name}.txt`), text);
    const results = await call('import.files', { paths: Object.keys(SOURCES).map((name) => path.join(inputs, `${name}.txt`)) });
    for (const result of results) doc[path.basename(result.file, '.txt')] = result.id ?? '';
  } finally {
    fs.rmSync(inputs, { recursive: true, force: true });
  }
  const created = await call('collections.create', { name: '支部书记培训·第三讲' });
  const org = (await call('collections.addSection', { collectionId: created.id, title: '组织建设' })).sectionId;
  const rights = (await call('collections.addSection', { collectionId: created.id, title: '权益保障' })).sectionId;
  const item: Record<string, string> = {};
  const add = async (names: string[], sectionId: string | null) => {
    const { added } = await call('collections.addItems', { collectionId: created.id, sectionId, items: names.map((name) => ({ kind: 'document' as const, documentId: doc[name]! })) });
    names.forEach((name, index) => (item[name] = added[index]!));
  };
  await add(['联建', '清廉'], null);
  await add(['红领', '结对'], org);
  await add(['能量站', '夜校'], rights);
  return { id: created.id, org, rights, item };
}

/** The outline as short names: 未分节 first, then each section, as `heading: names`. */
function outline(detail: CollectionDetail, fixture: Fixture): string[] {
  const names = new Map(Object.entries(fixture.item).map(([name, id]) => [id, name]));
  const of = (sectionId: string | null) => detail.items.filter((item) => item.sectionId === sectionId).map((item) => names.get(item.id) ?? '?').join(' ');
  return [`未分节: ${of(null)}`, ...detail.sections.map((section) => `${section.heading}: ${of(section.id)}`)];
}

const ORIGINAL = ['未分节: 联建 清廉', '一、组织建设: 红领 结对', '二、权益保障: 能量站 夜校'];

describe('移到分节 for a selection', () => {
  it('moves items from three places into one section in reading order, in one step that 撤销 takes back', async () => {
    const f = await buildCollection();
    // Asked in the order they were clicked; they land in the order they are read.
    const moved = await call('collections.moveItems', { collectionId: f.id, itemIds: [f.item['夜校']!, f.item['联建']!, f.item['红领']!], sectionId: f.org });
    expect(moved.moved).toBe(3);
    expect(moved.undoId).toEqual(expect.any(String));
    expect(outline(moved.collection, f)).toEqual(['未分节: 清廉', '一、组织建设: 结对 联建 红领 夜校', '二、权益保障: 能量站']);
    expect(outline(await call('collections.get', { id: f.id }), f)).toEqual(outline(moved.collection, f));

    await call('undo.apply', { undoId: moved.undoId! });
    expect(outline(await call('collections.get', { id: f.id }), f)).toEqual(ORIGINAL);
    expect((await refused('undo.apply', { undoId: moved.undoId! })).message).toBe('这一步已经撤销过了。');
  });

  it('moves to 未分节, first in a section, or after an item (the after-item’s section wins)', async () => {
    const f = await buildCollection();
    let detail = (await call('collections.moveItems', { collectionId: f.id, itemIds: [f.item['结对']!, f.item['能量站']!], sectionId: null })).collection;
    expect(outline(detail, f)).toEqual(['未分节: 联建 清廉 结对 能量站', '一、组织建设: 红领', '二、权益保障: 夜校']);
    detail = (await call('collections.moveItems', { collectionId: f.id, itemIds: [f.item['联建']!, f.item['清廉']!], sectionId: f.rights, afterItemId: null })).collection;
    expect(outline(detail, f)).toEqual(['未分节: 结对 能量站', '一、组织建设: 红领', '二、权益保障: 联建 清廉 夜校']);
    detail = (await call('collections.moveItems', { collectionId: f.id, itemIds: [f.item['夜校']!, f.item['结对']!], sectionId: null, afterItemId: f.item['红领']! })).collection;
    expect(outline(detail, f)).toEqual(['未分节: 能量站', '一、组织建设: 红领 结对 夜校', '二、权益保障: 联建 清廉']);
    // After one of the moved items itself: after the nearest one before it that stays (here none: first).
    detail = (await call('collections.moveItems', { collectionId: f.id, itemIds: [f.item['清廉']!, f.item['红领']!], sectionId: f.org, afterItemId: f.item['红领']! })).collection;
    expect(outline(detail, f)).toEqual(['未分节: 能量站', '一、组织建设: 红领 清廉 结对 夜校', '二、权益保障: 联建']);
  });

  it('changes nothing (and offers no 撤销) when the items are already there; refuses a deleted section', async () => {
    const f = await buildCollection();
    const same = await call('collections.moveItems', { collectionId: f.id, itemIds: [f.item['红领']!, f.item['结对']!], sectionId: f.org });
    expect(same).toMatchObject({ moved: 0 });
    expect(same.undoId).toBeUndefined();
    // Items removed in another window are left out; the rest still move.
    await call('collections.removeItems', { collectionId: f.id, itemIds: [f.item['夜校']!] });
    const partly = await call('collections.moveItems', { collectionId: f.id, itemIds: [f.item['夜校']!, f.item['能量站']!], sectionId: null });
    expect(partly.moved).toBe(1);
    await call('collections.deleteSection', { collectionId: f.id, sectionId: f.rights });
    const gone = await refused('collections.moveItems', { collectionId: f.id, itemIds: [f.item['联建']!], sectionId: f.rights });
    expect(gone).toMatchObject({ code: 'NOT_FOUND', message: '找不到这个分节，它可能已在另一个窗口中被删除。' });
    expect((await refused('collections.moveItems', { collectionId: f.id, itemIds: [], sectionId: null })).message).toMatch(/请至少选择一条/);
  });
});

describe('撤销 of 移到分节 after later changes', () => {
  it('keeps an item added since (after the restored ones) and sends the items of a section deleted since to 未分节, in reading order', async () => {
    const f = await buildCollection();
    const first = await call('collections.moveItems', { collectionId: f.id, itemIds: [f.item['联建']!, f.item['清廉']!], sectionId: f.rights });
    const detail = await call('collections.get', { id: f.id });
    const documentId = detail.items.find((item) => item.id === f.item['联建'])!.documentId!;
    await call('collections.addItems', { collectionId: f.id, sectionId: null, allowDuplicates: true, items: [{ kind: 'document', documentId }] });
    await call('undo.apply', { undoId: first.undoId! });
    expect(outline(await call('collections.get', { id: f.id }), f)).toEqual(['未分节: 联建 清廉 ?', '一、组织建设: 红领 结对', '二、权益保障: 能量站 夜校']);

    const second = await call('collections.moveItems', { collectionId: f.id, itemIds: [f.item['红领']!], sectionId: f.rights });
    await call('collections.deleteSection', { collectionId: f.id, sectionId: f.org });
    await call('undo.apply', { undoId: second.undoId! });
    const after = await call('collections.get', { id: f.id });
    expect(outline(after, f)).toEqual(['未分节: 联建 清廉 ? 红领 结对', '一、权益保障: 能量站 夜校']);
  });
});

describe('移出专辑 for a selection', () => {
  it('removes items given in any order and 撤销 puts each back in place with its own id', async () => {
    const f = await buildCollection();
    const before = await call('collections.get', { id: f.id });
    // Adjacent items and items in different sections, given last-first.
    const removed = await call('collections.removeItems', { collectionId: f.id, itemIds: [f.item['能量站']!, f.item['结对']!, f.item['红领']!, f.item['清廉']!] });
    expect(outline(removed.collection, f)).toEqual(['未分节: 联建', '一、组织建设: ', '二、权益保障: 夜校']);
    await call('undo.apply', { undoId: removed.undoId! });
    const after = await call('collections.get', { id: f.id });
    expect(after.items.map((item) => [item.id, item.sectionId, item.title])).toEqual(before.items.map((item) => [item.id, item.sectionId, item.title]));
  });

  it('takes back a removal and then the move before it, each as one step', async () => {
    const f = await buildCollection();
    const moved = await call('collections.moveItems', { collectionId: f.id, itemIds: [f.item['联建']!, f.item['清廉']!], sectionId: f.rights });
    const removed = await call('collections.removeItems', { collectionId: f.id, itemIds: [f.item['清廉']!, f.item['能量站']!] });
    expect(outline(removed.collection, f)).toEqual(['未分节: ', '一、组织建设: 红领 结对', '二、权益保障: 夜校 联建']);
    await call('undo.apply', { undoId: removed.undoId! });
    expect(outline(await call('collections.get', { id: f.id }), f)).toEqual(['未分节: ', '一、组织建设: 红领 结对', '二、权益保障: 能量站 夜校 联建 清廉']);
    await call('undo.apply', { undoId: moved.undoId! });
    expect(outline(await call('collections.get', { id: f.id }), f)).toEqual(ORIGINAL);
  });
});

describe('移到分节 through the HTTP bridge (browser mode)', () => {
  it('answers the moved collection and a zh-CN refusal', async () => {
    const sandbox = new BridgeSandbox();
    try {
      const server = await sandbox.start(path.join(sandbox.root, 'library'));
      const created = await okResult<CollectionDetail>(server.port, server.token, 'collections.create', { name: '公众号素材' });
      const { sectionId } = await okResult<{ sectionId: string }>(server.port, server.token, 'collections.addSection', { collectionId: created.id, title: '工人权益' });
      const refusal = await callApi(server.port, server.token, 'collections.moveItems', { collectionId: created.id, itemIds: ['nosuchitem'], sectionId: 'nosuchsection' });
      expect(errorOf(refusal)).toMatchObject({ code: 'NOT_FOUND', message: '找不到这个分节，它可能已在另一个窗口中被删除。' });
      const unchanged = await okResult<{ collection: CollectionDetail; moved: number }>(server.port, server.token, 'collections.moveItems', { collectionId: created.id, itemIds: ['nosuchitem'], sectionId });
      expect(unchanged).toMatchObject({ moved: 0, collection: { id: created.id } });
    } finally {
      await sandbox.close();
    }
  });
});
