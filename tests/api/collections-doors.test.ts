import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectionDetail, CollectionItemsAdded, CollectionList, CollectionMembership, RemovedCollectionItem } from '../../shared/model/collection';
import type { ImportResult } from '../../shared/model/import';
import { captureCliIo } from '../helpers/cli-io';
import { runCli } from '../../electron/cli/main';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { BridgeSandbox, CHINESE, callApi, errorOf, okResult } from './http-helpers';

// 专辑 through the HTTP bridge (browser mode, two clients at once) and the command line.
let sandbox: BridgeSandbox;
let server: BrowserModeServer;
let libraryFolder: string;
const docs: Record<string, string> = {};

const FILES: Record<string, string> = {
  '党建联盟.txt': '“党建联盟”凝聚红色工地合力\n\n城东安置房项目成立临时党支部，联合建设、施工、监理单位开展结对共建。',
  '赤色能量站.txt': '“赤色能量站”守护工友权益\n\n项目党支部在生活区设立赤色能量站，提供法律咨询和薪资监督。',
  '清廉工地.txt': '关于推进清廉工地建设的通知\n\n各有关单位：现就清廉工地建设通知如下。加强廉政教育，规范招投标管理。',
};

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  libraryFolder = path.join(sandbox.root, 'library');
  server = await sandbox.start(libraryFolder);
  const inputs = path.join(sandbox.root, 'inputs');
  fs.mkdirSync(inputs);
  for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(inputs, name), text);
  const results = await okResult<ImportResult[]>(server.port, server.token, 'import.files', { paths: Object.keys(FILES).map((name) => path.join(inputs, name)) });
  for (const result of results) docs[path.basename(result.file, '.txt')] = result.id ?? '';
});
afterAll(async () => {
  await sandbox.close();
});

const call = <T>(method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload);

describe('collections over HTTP', () => {
  let collection: CollectionDetail;

  it('creates a collection with sections, items, an excerpt and commentary, in order', async () => {
    collection = await call<CollectionDetail>('collections.create', { name: '支部书记培训·第三讲', coverTitle: '党建联建', coverSubtitle: '2025 春季班' });
    const org = await call<{ collection: CollectionDetail; sectionId: string }>('collections.addSection', { collectionId: collection.id, title: '组织建设' });
    const rights = await call<{ sectionId: string }>('collections.addSection', { collectionId: collection.id, title: '权益保障' });
    await call<CollectionItemsAdded>('collections.addItems', {
      collectionId: collection.id,
      sectionId: org.sectionId,
      items: [{ kind: 'document', documentId: docs['党建联盟'] }, { kind: 'document', documentId: docs['清廉工地'] }],
    });
    const added = await call<CollectionItemsAdded>('collections.addItems', {
      collectionId: collection.id,
      sectionId: rights.sectionId,
      items: [{ kind: 'excerpt', documentId: docs['赤色能量站'], start: 0, end: 13 }],
    });
    collection = await call<CollectionDetail>('collections.setCommentary', {
      collectionId: collection.id,
      itemId: added.added[0],
      commentary: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '点评：把服务送到工友身边。' }] }] },
    });
    expect(collection.sections.map((s) => s.heading)).toEqual(['一、组织建设', '二、权益保障']);
    expect(collection.items.map((item) => [item.kind, item.title, item.sectionId])).toEqual([
      ['document', '“党建联盟”凝聚红色工地合力', org.sectionId],
      ['document', '关于推进清廉工地建设的通知', org.sectionId],
      ['excerpt', '“赤色能量站”守护工友权益', rights.sectionId],
    ]);
    expect(collection.items[2]).toMatchObject({ excerpt: { text: '项目党支部在生活区设立赤色', start: 0, end: 13 }, commentaryText: '点评：把服务送到工友身边。' });
    expect(await call<CollectionMembership[]>('collections.containing', { documentId: docs['党建联盟'] })).toEqual([
      { collectionId: collection.id, name: '支部书记培训·第三讲', itemCount: 1 },
    ]);
  });

  it('keeps both clients’ changes when two browser windows edit at once', async () => {
    const [first, second] = collection.items;
    // Both windows loaded the same state; their intents arrive interleaved, some at the same moment.
    await Promise.all([
      call('collections.moveItem', { collectionId: collection.id, itemId: second!.id, sectionId: first!.sectionId, afterItemId: null }),
      call('collections.addItems', { collectionId: collection.id, afterItemId: first!.id, items: [{ kind: 'document', documentId: docs['赤色能量站'] }] }),
      call('collections.update', { id: collection.id, set: { description: '窗口甲写的说明' } }),
      call('collections.update', { id: collection.id, set: { name: '支部书记培训·第三讲 党建联建' } }),
    ]);
    await call('collections.update', { id: collection.id, set: { coverTitle: '窗口乙的封面' } });
    const final = await call<CollectionDetail>('collections.get', { id: collection.id });
    expect(final).toMatchObject({ name: '支部书记培训·第三讲 党建联建', description: '窗口甲写的说明', coverTitle: '窗口乙的封面', coverSubtitle: '2025 春季班', itemCount: 4 });
    expect(final.items.map((item) => item.title).sort()).toEqual(
      ['“党建联盟”凝聚红色工地合力', '关于推进清廉工地建设的通知', '“赤色能量站”守护工友权益', '“赤色能量站”守护工友权益'].sort(),
    );
    expect(final.items[0]!.id).toBe(second!.id);
    collection = final;
  });

  it('removes an item and undoes it in place; a trashed document shows as 已删除', async () => {
    const target = collection.items[1]!;
    const { removed } = await call<{ removed: RemovedCollectionItem[] }>('collections.removeItems', { collectionId: collection.id, itemIds: [target.id] });
    const back = await call<CollectionItemsAdded>('collections.addItems', {
      collectionId: collection.id,
      items: [removed[0]!.item],
      sectionId: removed[0]!.sectionId,
      afterItemId: removed[0]!.afterItemId,
    });
    expect(back.collection.items.map((item) => item.title)).toEqual(collection.items.map((item) => item.title));

    await call('documents.trash', { ids: [docs['清廉工地']] });
    const trashed = await call<CollectionDetail>('collections.get', { id: collection.id });
    expect(trashed.items.find((item) => item.documentId === docs['清廉工地'])?.status).toBe('trashed');
    expect(trashed.missingCount).toBe(1);
    await call('documents.restore', { ids: [docs['清廉工地']] });
  });

  it('refuses bad requests with Chinese messages and changes nothing', async () => {
    const before = await call<CollectionDetail>('collections.get', { id: collection.id });
    for (const [method, payload] of [
      ['collections.create', { name: '   ' }],
      ['collections.addItems', { collectionId: collection.id, items: [] }],
      ['collections.addItems', { collectionId: collection.id, items: [{ kind: 'excerpt', documentId: docs['党建联盟'], start: 9, end: 3 }] }],
      ['collections.update', { id: collection.id, set: { name: '' } }],
      ['collections.addSection', { collectionId: collection.id, title: '' }],
    ] as const) {
      const response = await callApi(server.port, server.token, method, payload);
      expect(response.status, `${method} ${JSON.stringify(payload)}`).toBe(400);
      expect(errorOf(response).message).toMatch(CHINESE);
    }
    const unknown = await callApi(server.port, server.token, 'collections.addItems', { collectionId: collection.id, items: [{ kind: 'document', documentId: docs['党建联盟'] }, { kind: 'document', documentId: 'nosuchdoc' }] });
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('nosuchdoc') });
    expect(errorOf(await callApi(server.port, server.token, 'collections.get', { id: 'nosuch' })).code).toBe('NOT_FOUND');
    expect(await call<CollectionDetail>('collections.get', { id: collection.id })).toEqual(before);
  });

  it('duplicates, trashes, restores and purges; folders nest', async () => {
    const copy = await call<CollectionDetail>('collections.duplicate', { id: collection.id });
    expect(copy.items).toHaveLength(collection.items.length);
    const { folderId: course } = await call<{ folderId: string }>('collectionFolders.create', { name: '培训课程' });
    const { folderId: spring } = await call<{ folderId: string }>('collectionFolders.create', { name: '2025 春季班', parentId: course });
    await call('collections.update', { id: collection.id, set: { folderId: spring } });
    await call('collections.trash', { ids: [copy.id] });
    const trash = await call<CollectionList>('collections.list', { trashed: true });
    expect(trash.collections.map((item) => item.id)).toEqual([copy.id]);
    await call('collections.purge', { ids: [copy.id] });
    const list = await call<CollectionList>('collections.list', {});
    expect(list.folders.map((folder) => [folder.name, folder.parentId])).toEqual([
      ['培训课程', null],
      ['2025 春季班', course],
    ]);
    expect(list.collections.map((item) => [item.name, item.folderId])).toEqual([['支部书记培训·第三讲 党建联建', spring]]);
  });
});

describe('collection command line', () => {
  const cli = async (...args: string[]) => {
    const run = captureCliIo();
    const code = await runCli([...args, '--library', libraryFolder], run.io);
    return { code, out: run.out(), err: run.err() };
  };

  it('creates, adds (with a section), lists and shows collections, as text and as JSON', async () => {
    await server.close();
    const created = await cli('collection', 'create', '2025年度红色工地十大典型案例（候选）', '--json');
    expect(created.code).toBe(0);
    const detail = JSON.parse(created.out) as CollectionDetail;
    expect(detail).toMatchObject({ name: '2025年度红色工地十大典型案例（候选）', itemCount: 0 });

    const added = await cli('collection', 'add', '2025年度红色工地十大典型案例（候选）', docs['赤色能量站']!, docs['党建联盟']!, '--json');
    expect(added.code).toBe(0);
    expect((JSON.parse(added.out) as CollectionItemsAdded).added).toHaveLength(2);
    expect((await cli('collection', 'add', detail.id, docs['清廉工地']!, docs['党建联盟']!, '--section', '二、制度建设')).out).toContain('1 份资料已在专辑中');

    const shown = await cli('collection', 'show', '2025年度红色工地十大典型案例（候选）', '--json');
    const items = (JSON.parse(shown.out) as CollectionDetail).items.map((item) => item.title);
    expect(items).toEqual(['“赤色能量站”守护工友权益', '“党建联盟”凝聚红色工地合力', '关于推进清廉工地建设的通知']);
    const text = (await cli('collection', 'show', detail.id)).out;
    expect(text).toMatch(/1\. +“赤色能量站”守护工友权益/);
    expect(text).toMatch(/一、制度建设\n3\. +关于推进清廉工地建设的通知/);

    const listed = await cli('collection', 'list', '--json');
    const list = JSON.parse(listed.out) as { collections: Array<CollectionList['collections'][number] & { folderPath: string }> };
    expect(list.collections.find((item) => item.name === '支部书记培训·第三讲 党建联建')?.folderPath).toBe('培训课程 / 2025 春季班');
    expect((await cli('collection', 'list')).out).toContain('培训课程 / 2025 春季班 / 支部书记培训·第三讲 党建联建');
  });

  it('says in Chinese when a collection or document is unknown', async () => {
    const missing = await cli('collection', 'show', '不存在的专辑');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('找不到名为“不存在的专辑”的专辑');
    const badDoc = await cli('collection', 'add', '2025年度红色工地十大典型案例（候选）', 'nosuchdoc', '--json');
    expect(badDoc.code).toBe(1);
    expect(badDoc.err).toContain('找不到编号为“nosuchdoc”的资料');
    const again = await cli('collection', 'create', '2025年度红色工地十大典型案例（候选）');
    expect(again.code).toBe(1);
    expect(again.err).toContain('已有名为');
    expect((await cli('collection', 'frobnicate', 'x')).code).toBe(2);
  });
});
