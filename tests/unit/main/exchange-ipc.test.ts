// 交换包 and 备份 through the desktop door: the real main-process wiring and engine, `electron` stubbed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackupList, BackupResult } from '../../../shared/model/backup';
import type { BundleApplyResult, BundleExportResult, BundlePlan } from '../../../shared/model/bundle';
import type { ImportResult } from '../../../shared/model/import';
import { startDesktopForTest, type DesktopForTest } from './desktop-harness';
import { recorded } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

let desktop: DesktopForTest;
vi.spyOn(console, 'log').mockImplementation(() => {});

beforeAll(async () => {
  desktop = await startDesktopForTest('casebook-main-exchange-');
});

afterAll(() => desktop?.close());

describe('bundles and backups over IPC', () => {
  let id = '';

  it('exports a bundle to the named file and finds everything already there on import', async () => {
    const file = path.join(desktop.tempDir, '项目党建联建做法.txt');
    fs.writeFileSync(file, '项目党建联建做法\n\n项目临时党支部联合监理、施工单位开展“结对共建”，每月召开一次联席会。\n');
    const [imported] = await desktop.call<ImportResult[]>('import.files', { paths: await desktop.chooseToOpen(file) });
    id = imported?.id ?? '';
    const out = path.join(desktop.tempDir, 'to-county.bin');
    const exported = await desktop.call<BundleExportResult>('bundle.export', { documentIds: [id], out: await desktop.chooseSavePath(out) });
    expect(exported).toMatchObject({ path: out, documents: 1 });
    const [picked] = await desktop.chooseToOpen(out);
    const plan = await desktop.call<BundlePlan>('bundle.preview', { source: { path: picked } });
    expect(plan).toMatchObject({ fromThisLibrary: true, counts: { new: 0, duplicate: 1, conflict: 0 } });
    const applied = await desktop.call<BundleApplyResult>('bundle.apply', { source: { path: picked } });
    expect(applied.results.map((result) => [result.status, result.duplicateOf])).toEqual([['duplicate', id]]);
  });

  it('backs up on demand and lists the backups with how many are kept', async () => {
    const backup = await desktop.call<BackupResult>('backup.create', {});
    expect(backup.path.startsWith(path.join(desktop.libraryFolder, 'backups'))).toBe(true);
    const list = await desktop.call<BackupList>('backup.list', {});
    expect(list).toMatchObject({ keep: 10, backups: [{ fileName: backup.fileName }] });
    expect((await desktop.call<BackupList>('backup.setKeep', { keep: 4 })).keep).toBe(4);
  });

  it('backs up when the app quits after a change, keeping the last N', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await desktop.call('documents.update', { id, patch: { region: '浙江省温州市鹿城区' } });
    const before = (await desktop.call<BackupList>('backup.list', {})).backups.length;
    // As Electron sends it: an event whose default (quitting) a listener may hold back.
    recorded.appEvents.emit('before-quit', { preventDefault: () => undefined });
    const after = await desktop.call<BackupList>('backup.list', {});
    expect(after.backups.length).toBe(before + 1);
    expect(fs.readdirSync(path.join(desktop.libraryFolder, 'backups')).filter((name) => name.endsWith('.casebook-backup'))).toHaveLength(before + 1);
  });
});
