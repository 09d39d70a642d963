import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupList, BackupResult, RestoreToNewResult } from '../../shared/model/backup';
import type { DocumentRecord } from '../../shared/model/document';
import type { ImportResult } from '../../shared/model/import';
import type { LibraryInfo } from '../../shared/model/library';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { BridgeSandbox, CHINESE, callApi, errorOf, okResult } from './http-helpers';

// 恢复到新资料库 through the HTTP bridge and the real engine: the backup of a library that holds
// documents goes into a new folder, the door serves that library from then on, the old one is untouched.
let sandbox: BridgeSandbox;
let server: BrowserModeServer;
let original: string;

const text = (body: string) => Buffer.from(body, 'utf8').toString('base64');
const call = <T>(method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload);

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  original = path.join(sandbox.root, 'working');
  server = await sandbox.start(original);
});
afterAll(async () => {
  await sandbox.close();
});

describe('恢复到新资料库 over HTTP', () => {
  let backup: BackupResult;
  let ids: string[] = [];

  it('restores a kept backup into a folder it makes and switches the door to it', async () => {
    const imported = await call<ImportResult[]>('import.upload', {
      files: [
        { name: '夜校开班.txt', contentBase64: text('工人夜校开班\n\n项目临时党支部开办工人夜校，讲授安全知识和劳动权益。\n') },
        { name: '联建简报.txt', contentBase64: text('党建联建工作简报\n\n联盟成员单位开展结对共建，共建项目12个。\n') },
      ],
    });
    ids = imported.map((result) => result.id ?? '');
    await call('notes.add', { documentId: ids[0], body: '已核实。' });
    backup = await call<BackupResult>('backup.create', {});
    // A change after the backup: it stays in the old library only.
    await call('documents.trash', { ids: [ids[1]] });
    await call<ImportResult[]>('import.upload', { files: [{ name: '备份后.txt', contentBase64: text('备份之后才导入的资料\n\n只在原来的资料库里。\n') }] });

    const kept = await call<BackupList>('backup.list');
    const target = path.join(sandbox.root, '新建的', '恢复的资料库');
    const result = await call<RestoreToNewResult>('backup.restoreToNew', { source: { path: kept.backups[0]?.path }, folder: target });
    expect(result).toMatchObject({ folder: target, documents: 2, trashed: 0, notes: 1 });

    // The door now serves the new library: its info, its documents, its search.
    const info = await call<LibraryInfo>('library.info');
    expect(path.resolve(info.path)).toBe(path.resolve(target));
    expect(info.documentCount).toBe(2);
    const restored = await call<DocumentRecord>('documents.get', { id: ids[1] });
    expect(restored.deletedAt).toBeNull();
    const hits = await call<{ total: number }>('search.query', { query: '工人夜校', limit: 5 });
    expect(hits.total).toBe(1);
    // library.changes differs, so every open window refreshes onto the new library.
    expect((await call<{ stamp: string }>('library.changes')).stamp).toContain(target);

    // The old library is as it was: its three documents and the backup are still there.
    expect(fs.existsSync(path.join(original, 'casebook.db'))).toBe(true);
    expect(fs.existsSync(backup.path)).toBe(true);
  });

  it('restores uploaded bytes into an existing empty folder', async () => {
    const bytes = fs.readFileSync(backup.path).toString('base64');
    const emptyFolder = path.join(sandbox.root, '空文件夹');
    fs.mkdirSync(emptyFolder);
    const result = await call<RestoreToNewResult>('backup.restoreToNew', { source: { fileName: backup.fileName, contentBase64: bytes }, folder: emptyFolder });
    expect(result).toMatchObject({ folder: emptyFolder, documents: 2 });
    expect((await call<LibraryInfo>('library.info')).path).toBe(emptyFolder);
  });

  it('refuses a folder with other files, a relative path, the open library, and a damaged backup, keeping the library it serves', async () => {
    const served = (await call<LibraryInfo>('library.info')).path;
    const busy = path.join(sandbox.root, '有文件');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, '别人的.txt'), '不要动');
    const source = { path: backup.path };

    const notEmpty = await callApi(server.port, server.token, 'backup.restoreToNew', { source, folder: busy });
    expect(notEmpty.status).toBe(409);
    expect(errorOf(notEmpty).message).toMatch(/已有其他文件/);
    expect(fs.readdirSync(busy)).toEqual(['别人的.txt']);

    const relative = await callApi(server.port, server.token, 'backup.restoreToNew', { source, folder: '相对/位置' });
    expect(errorOf(relative).message).toMatch(/完整位置/);

    const inside = await callApi(server.port, server.token, 'backup.restoreToNew', { source, folder: path.join(served, '子文件夹') });
    expect(errorOf(inside).message).toMatch(/不能是当前资料库的文件夹/);

    const blank = await callApi(server.port, server.token, 'backup.restoreToNew', { source, folder: '  ' });
    expect(blank.status).toBe(400);
    expect(errorOf(blank).message).toMatch(CHINESE);

    const damagedFolder = path.join(sandbox.root, '坏备份的目标');
    const bytes = fs.readFileSync(backup.path);
    const damaged = await callApi(server.port, server.token, 'backup.restoreToNew', {
      source: { fileName: '坏的.casebook-backup', contentBase64: bytes.subarray(0, bytes.length - 200).toString('base64') },
      folder: damagedFolder,
    });
    expect(damaged.envelope.ok).toBe(false);
    expect(errorOf(damaged).message).toMatch(CHINESE);
    // What the failed restore made is gone, and the door still serves the same library.
    expect(fs.existsSync(damagedFolder)).toBe(false);
    expect((await call<LibraryInfo>('library.info')).path).toBe(served);
  });
});
