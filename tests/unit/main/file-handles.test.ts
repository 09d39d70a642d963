// The desktop window never names a file for main to read or write: every path field of the contract
// must carry a handle issued by this run's native dialogs (or, for kept backups, by backup.list).
// A path typed, guessed or forged by the page is refused before the engine sees it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { METHOD_NAMES, methods } from '../../../shared/api/contract';
import type { ChosenPath } from '../../../shared/api/desktop-files';
import type { ApiEnvelope } from '../../../shared/api/errors';
import type { BackupList } from '../../../shared/model/backup';
import type { ImportResult } from '../../../shared/model/import';
import { bareFileName } from '../../../electron/main/file-dialogs';
import { FileHandles, PATH_FIELDS, resolvePathHandles } from '../../../electron/main/file-handles';
import { startDesktopForTest, pageUrl, type DesktopForTest } from './desktop-harness';
import { dialog, recorded } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));
vi.spyOn(console, 'error').mockImplementation(() => {});
vi.spyOn(console, 'log').mockImplementation(() => {});

let desktop: DesktopForTest;
let secret: string;
let documentId = '';

beforeAll(async () => {
  desktop = await startDesktopForTest('casebook-main-handles-');
  secret = path.join(desktop.tempDir, 'not-chosen', '私人笔记.txt');
  fs.mkdirSync(path.dirname(secret), { recursive: true });
  fs.writeFileSync(secret, '私人笔记\n\n这份文件从未在对话框中选择过，窗口不该读到它。\n');
  const chosen = path.join(desktop.tempDir, '工地夜校.txt');
  fs.writeFileSync(chosen, '工地夜校\n\n项目部开办工地夜校，为农民工讲授安全知识和党的政策。\n');
  const [imported] = await desktop.call<ImportResult[]>('import.files', { paths: await desktop.chooseToOpen(chosen) });
  documentId = imported?.id ?? '';
});

afterAll(() => desktop?.close());

async function documentCount(): Promise<number> {
  return (await desktop.call<{ documentCount: number }>('library.info')).documentCount;
}

function expectRefused(envelope: ApiEnvelope<unknown>, message: RegExp = /只能在对话框中选择/): void {
  // BAD_REQUEST: UNAUTHORIZED would show the window's full-page "token expired" notice.
  expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  if (!envelope.ok) expect(envelope.error.message).toMatch(message);
}

describe('a path the window names itself', () => {
  it('is refused for every import, and nothing is read', async () => {
    const before = await documentCount();
    expectRefused(await desktop.envelope('import.files', { paths: [secret] }));
    expectRefused(await desktop.envelope('import.files', { paths: [path.dirname(secret)] }));
    expectRefused(await desktop.envelope('import.start', { paths: [secret] }));
    // One handle among raw paths does not carry them through.
    const [handle] = await desktop.chooseToOpen(path.join(desktop.tempDir, '工地夜校.txt'));
    expectRefused(await desktop.envelope('import.files', { paths: [handle, secret] }));
    expect(await documentCount()).toBe(before);
    expect((await desktop.call<{ hits: unknown[] }>('search.query', { query: '私人笔记' })).hits).toEqual([]);
  });

  it('is refused as a file to write, and nothing is written', async () => {
    const out = path.join(desktop.tempDir, 'not-chosen', 'written');
    expectRefused(await desktop.envelope('export.toFile', { target: { documents: [documentId] }, format: 'docx', outFile: `${out}.docx` }));
    expectRefused(await desktop.envelope('bundle.export', { documentIds: [documentId], out: `${out}.bin` }));
    expectRefused(await desktop.envelope('backup.create', { out: `${out}.casebook-backup` }));
    expect(fs.readdirSync(path.dirname(out))).toEqual(['私人笔记.txt']);
  });

  it('is refused as a bundle or backup to read, and as the folder of a new library', async () => {
    expectRefused(await desktop.envelope('bundle.preview', { source: { path: secret } }));
    expectRefused(await desktop.envelope('bundle.apply', { source: { path: secret } }));
    expectRefused(await desktop.envelope('backup.restore', { source: { path: secret } }));
    const backups = path.join(desktop.libraryFolder, 'backups');
    await desktop.call('backup.create');
    const kept = fs.readdirSync(backups).find((name) => name.endsWith('.casebook-backup')) ?? '';
    const target = path.join(desktop.tempDir, 'typed-folder');
    // The kept backup's real path, as the engine knows it, is not a handle either.
    expectRefused(await desktop.envelope('backup.restoreToNew', { source: { path: path.join(backups, kept) }, folder: await desktop.chooseNewLibraryFolder(target) }));
    const [keptHandle] = (await desktop.call<BackupList>('backup.list')).backups.map((backup) => backup.path);
    expectRefused(await desktop.envelope('backup.restoreToNew', { source: { path: keptHandle }, folder: target }));
    expect(fs.existsSync(target)).toBe(false);
    expect(await desktop.call<{ path: string }>('library.info')).toMatchObject({ path: desktop.libraryFolder });
  });

  it('is refused when forged, or when a handle of another kind is used', async () => {
    const forged = `casebook-file:${'0'.repeat(32)}`;
    expectRefused(await desktop.envelope('import.files', { paths: [forged] }));
    const saveHandle = await desktop.chooseSavePath(secret);
    expectRefused(await desktop.envelope('import.files', { paths: [saveHandle] }));
    const [openHandle] = await desktop.chooseToOpen(path.join(desktop.tempDir, 'elsewhere.docx'));
    expectRefused(await desktop.envelope('export.toFile', { target: { documents: [documentId] }, format: 'docx', outFile: openHandle }));
    const folderHandle = await desktop.chooseNewLibraryFolder(path.join(desktop.tempDir, 'new-library'));
    expectRefused(await desktop.envelope('backup.create', { out: folderHandle }));
    expect(fs.existsSync(path.join(desktop.tempDir, 'elsewhere.docx'))).toBe(false);
  });

  it('leaves requests without paths alone: bytes sent by the window still import and restore as before', async () => {
    const content = Buffer.from('上传的资料\n\n由窗口以字节发送，不经过任何路径。\n').toString('base64');
    const [uploaded] = await desktop.call<ImportResult[]>('import.upload', { files: [{ name: '上传的资料.txt', contentBase64: content }] });
    expect(uploaded?.status).toBe('imported');
    // Not a bundle: refused by the engine (not by the gate), with its own code.
    const preview = await desktop.envelope('bundle.preview', { source: { fileName: 'x.bin', contentBase64: content } });
    expect(preview).toMatchObject({ ok: false });
    if (!preview.ok) expect(preview.error.message).not.toMatch(/只能在对话框中选择/);
  });
});

describe('a path chosen in a dialog', () => {
  it('reaches the engine by its handle: export to the file the user named', async () => {
    const out = path.join(desktop.tempDir, '导出的资料.docx');
    const outFile = await desktop.chooseSavePath(out);
    expect(await desktop.call('export.toFile', { target: { documents: [documentId] }, format: 'docx', outFile })).toMatchObject({ file: out });
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });

  it('answers the window with the handle, the path to show and the name; the same file twice has one handle', async () => {
    const file = path.join(desktop.tempDir, '工地夜校.txt');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const handler = recorded.ipcHandlers.get('casebook-files:chooseFilesToOpen');
    const event = { sender: { id: desktop.window.webContents.id }, senderFrame: { url: pageUrl } };
    const answer = (await handler?.(event, { title: '导入' })) as ApiEnvelope<ChosenPath[]>;
    expect(answer).toEqual({ ok: true, result: [{ handle: expect.stringMatching(/^casebook-file:[0-9a-f]{32}$/), path: file, name: '工地夜校.txt' }] });
    expect(await desktop.chooseToOpen(file)).toEqual([answer.ok ? answer.result[0]?.handle : '']);
  });

  it('answers nothing when the user cancels', async () => {
    const event = { sender: { id: desktop.window.webContents.id }, senderFrame: { url: pageUrl } };
    expect(await recorded.ipcHandlers.get('casebook-files:chooseFilesToOpen')?.(event, { title: '导入' })).toEqual({ ok: true, result: [] });
    expect(await recorded.ipcHandlers.get('casebook-files:chooseSavePath')?.(event, { title: '导出', suggestedName: 'a.docx' })).toEqual({ ok: true, result: null });
  });

  it('opens no dialog for another page or window, and lets the window suggest a name but never a folder', async () => {
    const stranger = { sender: { id: 9_999 }, senderFrame: { url: pageUrl } };
    dialog.showSaveDialog.mockClear();
    expect(await recorded.ipcHandlers.get('casebook-files:chooseSavePath')?.(stranger, { title: '导出', suggestedName: 'a.docx' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const own = { sender: { id: desktop.window.webContents.id }, senderFrame: { url: pageUrl } };
    expect(await recorded.ipcHandlers.get('casebook-files:chooseSavePath')?.(own, { title: '导出', suggestedName: 'a.docx', defaultPath: '/etc' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    await recorded.ipcHandlers.get('casebook-files:chooseNewLibraryFolder')?.(own, { suggestedName: '../../../etc/资料库-恢复' });
    const options = dialog.showSaveDialog.mock.calls.at(-1)?.at(-1) as { defaultPath: string };
    expect(options.defaultPath).toBe(path.join(path.dirname(desktop.libraryFolder), '资料库-恢复'));
    expect(bareFileName('..', '新资料库')).toBe('新资料库');
    expect(bareFileName('C:\\Windows\\system32\\x<y>.docx', 'f')).toBe('xy.docx');
  });

  it('restores a kept backup into a folder named in the dialog, by handles only', async () => {
    const [kept] = (await desktop.call<BackupList>('backup.list')).backups;
    expect(kept?.path).toMatch(/^casebook-file:[0-9a-f]{32}$/);
    const target = path.join(desktop.tempDir, '恢复到这里');
    const result = await desktop.call<{ folder: string }>('backup.restoreToNew', { source: { path: kept?.path }, folder: await desktop.chooseNewLibraryFolder(target) });
    expect(result.folder).toBe(target);
    expect(await desktop.call<{ path: string }>('library.info')).toMatchObject({ path: target });
  });
});

describe('the list of path fields', () => {
  it('covers every field of the contract that takes a path (a string of up to 4096 characters)', () => {
    const withPaths = METHOD_NAMES.filter((method) => {
      const schema = z.toJSONSchema(methods[method].request, { io: 'input', unrepresentable: 'any' });
      return JSON.stringify(schema).includes('"maxLength":4096');
    });
    expect(withPaths.length).toBeGreaterThan(0);
    expect(Object.keys(PATH_FIELDS).sort()).toEqual([...withPaths].sort());
  });

  it('maps nested and listed fields and leaves the rest of the request as it was', () => {
    const handles = new FileHandles();
    const a = handles.issue('/data/a.txt', 'open');
    const b = handles.issue('/data/b', 'open');
    const request = { paths: [a, b], tags: ['主题'], kind: 'case' };
    expect(resolvePathHandles('import.files', request, handles)).toEqual({ paths: [path.resolve('/data/a.txt'), path.resolve('/data/b')], tags: ['主题'], kind: 'case' });
    expect(request.paths).toEqual([a, b]);
    expect(resolvePathHandles('documents.list', { limit: 5 }, handles)).toEqual({ limit: 5 });
    // Absent optional fields pass (the engine then uses no path); a malformed request is the schema's to refuse.
    expect(resolvePathHandles('backup.create', {}, handles)).toEqual({});
    expect(resolvePathHandles('import.files', { paths: 'x' }, handles)).toEqual({ paths: 'x' });
    expect(() => resolvePathHandles('backup.create', { out: '' }, handles)).toThrow(/只能在对话框中选择/);
    expect(() => resolvePathHandles('backup.create', { out: 42 }, handles)).toThrow(/只能在对话框中选择/);
    expect(handles.resolve(a, ['save'])).toBeNull();
    expect(handles.resolve(`${a} `, ['open'])).toBeNull();
  });
});
