// The desktop app's 帮助 → 载入示例资料… and 恢复到新资料库 through the IPC door: the real main-process
// wiring and engine, with the native message boxes answered by the test.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readRememberedLibrary } from '../../../electron/main/app-paths';
import type { BackupList, BackupResult, RestoreToNewResult } from '../../../shared/model/backup';
import type { LibraryInfo, SampleStatus } from '../../../shared/model/library';
import { startDesktopForTest, type DesktopForTest } from './desktop-harness';
import { dialog, Menu } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

type MenuItem = { label?: string; accelerator?: string; click?: () => void };
type MenuTemplate = Array<{ label: string; submenu: MenuItem[] }>;

let desktop: DesktopForTest;
vi.spyOn(console, 'error').mockImplementation(() => {});

beforeAll(async () => {
  desktop = await startDesktopForTest('casebook-main-sample-');
});
afterAll(() => desktop?.close());

function menuItem(menu: string, label: string): MenuItem {
  const template = Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuTemplate;
  const item = template.find((entry) => entry.label === menu)?.submenu.find((entry) => entry.label === label);
  if (!item) throw new Error(`no menu item ${menu} → ${label}`);
  return item;
}

/** Waits until main has answered the menu click (message box, then the engine). */
async function settle(): Promise<void> {
  for (let i = 0; i < 400; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

const info = () => desktop.call<LibraryInfo>('library.info');
const SAMPLE_FILES = fs.readdirSync(path.resolve(import.meta.dirname, '../../../resources/sample')).filter((name) => name.endsWith('.md')).length;

describe('帮助 → 载入示例资料…', () => {
  it('asks, loads the sample into a library started empty, and the second time says it is there', async () => {
    await desktop.call('library.declineSample');
    expect((await info()).documentCount).toBe(0);
    // 文件 → 打开或新建资料库 left Ctrl+O to the window's 导入.
    expect(menuItem('文件', '打开或新建资料库…').accelerator).toBe('CmdOrCtrl+Shift+O');

    // 取消 (the second button) changes nothing.
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    menuItem('帮助', '载入示例资料…').click?.();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    const asked = dialog.showMessageBox.mock.calls.at(-1)?.at(-1) as { message: string; detail: string; buttons: string[] };
    expect(asked.message).toBe('载入示例资料？');
    expect(asked.detail).toContain(`将添加 ${SAMPLE_FILES} 份示例资料`);
    expect(asked.buttons).toEqual([`载入 ${SAMPLE_FILES} 份示例资料`, '取消']);
    await settle();
    expect((await info()).documentCount).toBe(0);

    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    menuItem('帮助', '载入示例资料…').click?.();
    await vi.waitFor(async () => expect((await info()).documentCount).toBe(SAMPLE_FILES), { timeout: 30_000, interval: 100 });

    // One sample document in the 回收站 still counts as there: nothing is added twice.
    const status = await desktop.call<SampleStatus>('library.sampleStatus');
    expect(status).toEqual({ documents: SAMPLE_FILES, inLibrary: SAMPLE_FILES, inTrash: 0 });
    const { items } = await desktop.call<{ items: { id: string }[] }>('documents.list', { limit: 1 });
    await desktop.call('documents.trash', { ids: [items[0]?.id] });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    menuItem('帮助', '载入示例资料…').click?.();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(3));
    const told = dialog.showMessageBox.mock.calls.at(-1)?.at(-1) as { message: string; detail: string; buttons: string[] };
    expect(told.message).toBe('示例资料已经载入');
    expect(told.detail).toContain(`${SAMPLE_FILES - 1} 份已在资料库中，1 份在回收站中`);
    expect(told.buttons).toEqual(['知道了']);
    await settle();
    expect(await desktop.call('library.loadSample')).toEqual({ imported: 0, alreadyPresent: SAMPLE_FILES });
    expect((await info()).documentCount).toBe(SAMPLE_FILES - 1);
  });
});

describe('恢复到新资料库 in the desktop app', () => {
  it('restores into a new folder, switches to it and remembers it for the next start', async () => {
    const before = await info();
    const backup = await desktop.call<BackupResult>('backup.create');
    const target = path.join(desktop.tempDir, '恢复的资料库');
    // As the window does it: the kept backup as backup.list hands it out (a handle), the folder from the dialog.
    const kept = (await desktop.call<BackupList>('backup.list')).backups.find((item) => item.fileName === backup.fileName);
    expect(kept?.path).toMatch(/^casebook-file:[0-9a-f]{32}$/);
    const result = await desktop.call<RestoreToNewResult>('backup.restoreToNew', { source: { path: kept?.path }, folder: await desktop.chooseNewLibraryFolder(target) });
    expect(result).toMatchObject({ folder: target, documents: before.documentCount, trashed: 1 });
    expect(await info()).toMatchObject({ path: target, documentCount: before.documentCount });
    expect(readRememberedLibrary(path.join(desktop.tempDir, 'settings'))).toBe(target);
    // The menu follows the new library (使用默认资料库 is offered again).
    expect(menuItem('文件', '使用默认资料库')).toBeDefined();
  });
});
