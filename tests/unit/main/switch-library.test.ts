// 文件 → 打开或新建资料库 / 使用默认资料库 in the desktop app: the real main-process wiring and engine,
// with the native folder picker and message boxes answered by the test.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readRememberedLibrary } from '../../../electron/main/app-paths';
import type { LibraryInfo } from '../../../shared/model/library';
import { startDesktopForTest, type DesktopForTest } from './desktop-harness';
import { dialog, Menu, shell } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

type MenuItem = { label?: string; enabled?: boolean; click?: () => void };
type MenuTemplate = Array<{ label: string; submenu: MenuItem[] }>;

let desktop: DesktopForTest;
vi.spyOn(console, 'error').mockImplementation(() => {});

beforeAll(async () => {
  desktop = await startDesktopForTest('casebook-main-switch-');
});
afterAll(() => desktop?.close());

function menuItem(menu: string, label: string): MenuItem {
  const template = Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as MenuTemplate;
  const item = template.find((entry) => entry.label === menu)?.submenu.find((entry) => entry.label === label);
  if (!item) throw new Error(`no menu item ${menu} → ${label}`);
  return item;
}

/**
 * Clicks 打开或新建资料库… with the folder the user picks. The stubbed dialogs answer at once and the
 * switch itself is synchronous, so main is done once the pending promise callbacks have run.
 */
async function openFromMenu(folder: string | null): Promise<void> {
  dialog.showOpenDialog.mockResolvedValueOnce(folder === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] });
  menuItem('文件', '打开或新建资料库…').click?.();
  await new Promise((resolve) => setImmediate(resolve));
}

const info = () => desktop.call<LibraryInfo>('library.info');
const settingsFolder = () => path.join(desktop.tempDir, 'settings');

describe('打开或新建资料库', () => {
  it('makes a new library in an empty folder, reloads the window and remembers it for the next start', async () => {
    await desktop.call('library.declineSample');
    expect((await info()).path).toBe(desktop.libraryFolder);
    expect(menuItem('文件', '使用默认资料库').enabled).toBe(true);

    const fresh = path.join(desktop.tempDir, '培训用资料库');
    fs.mkdirSync(fresh);
    await openFromMenu(fresh);
    expect(desktop.window.webContents.reload).toHaveBeenCalled();
    const opened = await info();
    expect(opened).toMatchObject({ path: fresh, documentCount: 0, offerSample: true });
    expect(fs.existsSync(path.join(fresh, 'casebook.db'))).toBe(true);
    expect(readRememberedLibrary(settingsFolder())).toBe(fresh);
    // The menu follows: 打开资料库文件夹 opens the new folder.
    menuItem('帮助', '打开资料库文件夹').click?.();
    expect(shell.openPath).toHaveBeenLastCalledWith(fresh);
  });

  it('asks before making a library in a folder that holds other files, and does nothing when told no', async () => {
    const before = (await info()).path;
    const documents = path.join(desktop.tempDir, '我的文档');
    fs.mkdirSync(documents);
    fs.writeFileSync(path.join(documents, '工作总结.docx'), 'not really a docx');
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await openFromMenu(documents);
    expect(dialog.showMessageBox).toHaveBeenCalled();
    expect((await info()).path).toBe(before);
    expect(fs.existsSync(path.join(documents, 'casebook.db'))).toBe(false);

    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await openFromMenu(documents);
    expect((await info()).path).toBe(documents);
    expect(fs.readFileSync(path.join(documents, '工作总结.docx'), 'utf8')).toBe('not really a docx');
  });

  it('keeps the library it has when the chosen one cannot be opened, and says why', async () => {
    const before = (await info()).path;
    const broken = path.join(desktop.tempDir, '坏的资料库');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, 'casebook.db'), 'this is not a database');
    await openFromMenu(broken);
    expect(dialog.showErrorBox).toHaveBeenCalledWith('无法打开资料库', expect.stringContaining(`仍在使用原来的资料库：${before}`));
    expect((await info()).path).toBe(before);
    expect(readRememberedLibrary(settingsFolder())).toBe(before);
  });

  it('says so when the picked folder cannot be read (gone since it was picked)', async () => {
    const before = (await info()).path;
    const gone = path.join(desktop.tempDir, '已拔出的U盘');
    await openFromMenu(gone);
    expect(dialog.showErrorBox).toHaveBeenLastCalledWith('无法打开资料库', expect.stringContaining(`无法读取文件夹“${gone}”`));
    expect((await info()).path).toBe(before);
    expect(fs.existsSync(gone)).toBe(false);
  });

  it('changes nothing when the picker is cancelled', async () => {
    const before = (await info()).path;
    await openFromMenu(null);
    expect((await info()).path).toBe(before);
  });
});
