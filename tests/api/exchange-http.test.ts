import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupList, BackupResult, RestoreResult } from '../../shared/model/backup';
import type { BundleApplyResult, BundleExportResult, BundlePlan } from '../../shared/model/bundle';
import type { DocumentRecord } from '../../shared/model/document';
import type { ImportResult } from '../../shared/model/import';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { BridgeSandbox, CHINESE, callApi, errorOf, okResult } from './http-helpers';

// 交换包 and 备份 through the HTTP bridge (browser mode): files travel as bytes both ways.
let sandbox: BridgeSandbox;
let sender: BrowserModeServer;
let receiver: BrowserModeServer;

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  sender = await sandbox.start(path.join(sandbox.root, 'sender'));
  receiver = await sandbox.start(path.join(sandbox.root, 'receiver'));
});
afterAll(async () => {
  await sandbox.close();
});

const on = (server: BrowserModeServer) => <T>(method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload);
const text = (body: string) => Buffer.from(body, 'utf8').toString('base64');

describe('bundles over HTTP', () => {
  let ids: string[] = [];
  let bundle = { fileName: '', contentBase64: '' };

  it('exports a selection as bytes for the browser to download', async () => {
    const results = await on(sender)<ImportResult[]>('import.upload', {
      files: [
        { name: '党建联盟工作简报.txt', contentBase64: text('党建联盟工作简报\n\n发布日期：2024-05-10\n\n联盟成员单位开展“结对共建”，共建项目12个，覆盖职工3000余人。\n') },
        { name: '工人夜校开班.txt', contentBase64: text('工人夜校开班\n\n项目临时党支部开办工人夜校，讲授安全知识和劳动权益。\n') },
      ],
    });
    ids = results.map((result) => result.id ?? '');
    await on(sender)('notes.add', { documentId: ids[0], body: '简报数据已核实。' });
    const exported = await on(sender)<BundleExportResult>('bundle.export', { documentIds: ids });
    expect(exported).toMatchObject({ path: null, documents: 2, fileName: expect.stringMatching(/\.casebook$/) });
    bundle = { fileName: exported.fileName, contentBase64: exported.contentBase64 ?? '' };
    expect(Buffer.from(bundle.contentBase64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('previews, imports, and on the second time finds everything already there', async () => {
    const plan = await on(receiver)<BundlePlan>('bundle.preview', { source: bundle });
    expect(plan).toMatchObject({ fileName: bundle.fileName, fromThisLibrary: false, counts: { new: 2, duplicate: 0, conflict: 0 } });
    const applied = await on(receiver)<BundleApplyResult>('bundle.apply', { source: bundle });
    expect(applied.results.map((result) => [result.status, result.id])).toEqual(ids.map((id) => ['imported', id]));
    const again = await on(receiver)<ImportResult[]>('import.upload', { files: [{ name: '交换包.dat', contentBase64: bundle.contentBase64 }] });
    expect(again.map((result) => result.status)).toEqual(['duplicate', 'duplicate']);
  });

  it('shows a conflict after both sides edit and applies the choice made for it', async () => {
    await on(sender)('documents.update', { id: ids[0], patch: { title: '党建联盟工作简报（第5期）' } });
    await on(receiver)('documents.update', { id: ids[0], patch: { region: '浙江省温州市' } });
    const exported = await on(sender)<BundleExportResult>('bundle.export', { documentIds: ids });
    const source = { fileName: exported.fileName, contentBase64: exported.contentBase64 ?? '' };
    const plan = await on(receiver)<BundlePlan>('bundle.preview', { source });
    expect(plan.items.find((item) => item.id === ids[0])).toMatchObject({ status: 'conflict', differences: ['标题', '地区'] });
    await on(receiver)('bundle.apply', { source, choices: { [ids[0] ?? '']: 'theirs' } });
    const record = await on(receiver)<DocumentRecord>('documents.get', { id: ids[0] });
    expect(record.title).toBe('党建联盟工作简报（第5期）');
    expect(record.region).toBeNull();
  });

  it('refuses bad requests and a damaged bundle with Chinese messages', async () => {
    const badChoice = await callApi(receiver.port, receiver.token, 'bundle.apply', { source: bundle, onConflict: 'merge' });
    expect(badChoice.status).toBe(400);
    expect(errorOf(badChoice).message).toMatch(CHINESE);
    const truncated = Buffer.from(bundle.contentBase64, 'base64');
    const damaged = await callApi(receiver.port, receiver.token, 'bundle.preview', {
      source: { fileName: '坏的.casebook', contentBase64: truncated.subarray(0, truncated.length - 40).toString('base64') },
    });
    expect(damaged.status).toBe(422);
    expect(errorOf(damaged)).toMatchObject({ code: 'IMPORT_FAILED', message: expect.stringMatching(/交换包已损坏或不完整/) });
  });
});

describe('backups over HTTP', () => {
  it('makes a backup, offers it for download, and restores it into an empty library only', async () => {
    const backup = await on(sender)<BackupResult>('backup.create', { download: true });
    expect(backup.contentBase64).toBeTruthy();
    const list = await on(sender)<BackupList>('backup.list');
    expect(list.backups[0]?.fileName).toBe(backup.fileName);
    const read = await on(sender)<{ contentBase64: string }>('backup.read', { fileName: backup.fileName });
    expect(read.contentBase64).toBe(backup.contentBase64);
    const missing = await callApi(sender.port, sender.token, 'backup.read', { fileName: '../casebook.db' });
    expect(errorOf(missing).code).toBe('NOT_FOUND');

    const source = { fileName: backup.fileName, contentBase64: backup.contentBase64 ?? '' };
    const busy = await callApi(receiver.port, receiver.token, 'backup.restore', { source });
    expect(busy.status).toBe(409);
    expect(errorOf(busy).message).toMatch(/只能恢复到新的或空的资料库/);

    const empty = await sandbox.start(path.join(sandbox.root, 'restored'));
    const restored = await on(empty)<RestoreResult>('backup.restore', { source });
    expect(restored).toMatchObject({ documents: 2, notes: 1 });
    const info = await on(empty)<{ documentCount: number }>('library.info');
    expect(info.documentCount).toBe(2);
  });
});
