// 交换包 and 备份 through the desktop door: the real main-process wiring and engine, `electron` stubbed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiEnvelope } from '../../../shared/api/errors';
import type { BackupList, BackupResult } from '../../../shared/model/backup';
import type { BundleApplyResult, BundleExportResult, BundlePlan } from '../../../shared/model/bundle';
import type { ImportResult } from '../../../shared/model/import';
import { startCasebook, type CasebookApp } from '../../../electron/main/main-process';
import { FakeBrowserWindow, recorded } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

const outDir = path.join(os.tmpdir(), 'casebook-out-does-not-matter', 'out');
const pageUrl = pathToFileURL(path.join(outDir, 'renderer', 'index.html')).href;
let tempDir: string;
let libraryFolder: string;
let started: CasebookApp;
let window: FakeBrowserWindow;
vi.spyOn(console, 'log').mockImplementation(() => {});

async function call<T>(method: string, payload: unknown): Promise<T> {
  const handler = recorded.ipcHandlers.get(`casebook:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  const envelope = (await handler({ sender: { id: window.webContents.id }, senderFrame: { url: `${pageUrl}#/` } }, payload)) as ApiEnvelope<T>;
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.result;
}

beforeAll(async () => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-main-exchange-'));
  libraryFolder = path.join(tempDir, 'library');
  const result = startCasebook({ argv: ['/usr/bin/electron', '.', '--library', libraryFolder], env: {}, layout: { outDir }, nativeBinding: () => undefined });
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

describe('bundles and backups over IPC', () => {
  let id = '';

  it('exports a bundle to the named file and finds everything already there on import', async () => {
    const file = path.join(tempDir, '项目党建联建做法.txt');
    fs.writeFileSync(file, '项目党建联建做法\n\n项目临时党支部联合监理、施工单位开展“结对共建”，每月召开一次联席会。\n');
    const [imported] = await call<ImportResult[]>('import.files', { paths: [file] });
    id = imported?.id ?? '';
    const out = path.join(tempDir, 'to-county.bin');
    const exported = await call<BundleExportResult>('bundle.export', { documentIds: [id], out });
    expect(exported).toMatchObject({ path: out, documents: 1 });
    const plan = await call<BundlePlan>('bundle.preview', { source: { path: out } });
    expect(plan).toMatchObject({ fromThisLibrary: true, counts: { new: 0, duplicate: 1, conflict: 0 } });
    const applied = await call<BundleApplyResult>('bundle.apply', { source: { path: out } });
    expect(applied.results.map((result) => [result.status, result.duplicateOf])).toEqual([['duplicate', id]]);
  });

  it('backs up on demand and lists the backups with how many are kept', async () => {
    const backup = await call<BackupResult>('backup.create', {});
    expect(backup.path.startsWith(path.join(libraryFolder, 'backups'))).toBe(true);
    const list = await call<BackupList>('backup.list', {});
    expect(list).toMatchObject({ keep: 10, backups: [{ fileName: backup.fileName }] });
    expect((await call<BackupList>('backup.setKeep', { keep: 4 })).keep).toBe(4);
  });

  it('backs up when the app quits after a change, keeping the last N', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await call('documents.update', { id, patch: { region: '浙江省温州市鹿城区' } });
    const before = (await call<BackupList>('backup.list', {})).backups.length;
    recorded.appEvents.emit('before-quit');
    const after = await call<BackupList>('backup.list', {});
    expect(after.backups.length).toBe(before + 1);
    expect(fs.readdirSync(path.join(libraryFolder, 'backups')).filter((name) => name.endsWith('.casebook-backup'))).toHaveLength(before + 1);
  });
});
