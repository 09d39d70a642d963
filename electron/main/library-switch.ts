// 文件 → 打开或新建资料库 / 使用默认资料库: which library the desktop app serves, chosen in the app.
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { CasebookError } from '../../shared/api/errors';
import type { LibraryHost } from '../engine/api/library-host';
import { folderAsLibrary, rememberLibrary } from './app-paths';

export interface LibrarySwitchOptions {
  host: LibraryHost;
  /** Where the choice is remembered for the next start. */
  settingsFolder: string;
  defaultFolder: string;
  /** The window dialogs belong to and that reloads after a switch. */
  window: () => BrowserWindow | null;
  /** After a switch: the menu shows the new folder. */
  onSwitched: () => void;
}

export interface LibrarySwitch {
  isDefault(): boolean;
  /** Serves the library in folder from now on, remembers it, reloads the window; false (and says why) when it cannot be opened. */
  switchTo(folder: string): boolean;
  /** An existing library opens; an empty folder becomes a new one; a folder holding other files asks first. */
  openFromDialog(): Promise<boolean>;
}

export function librarySwitch({ host, settingsFolder, defaultFolder, window, onSwitched }: LibrarySwitchOptions): LibrarySwitch {
  const isDefault = (folder: string) => path.resolve(folder) === path.resolve(defaultFolder);

  // Every switch, from the menu or from the window (恢复到新资料库), is remembered for the next start.
  host.onSwitched((folder) => {
    try {
      rememberLibrary(settingsFolder, isDefault(folder) ? null : folder);
    } catch (error) {
      console.error('[casebook] could not remember the library:', error);
    }
    onSwitched();
  });

  const switchTo = (folder: string): boolean => {
    try {
      host.switchTo(folder, true);
    } catch (error) {
      const message = error instanceof CasebookError ? error.message : String(error);
      dialog.showErrorBox('无法打开资料库', `${message}\n\n仍在使用原来的资料库：${host.folder}`);
      return false;
    }
    window()?.webContents.reload();
    return true;
  };

  const openFromDialog = async (): Promise<boolean> => {
    const owner = window();
    const options = { title: '打开或新建资料库', buttonLabel: '使用这个文件夹', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
    const picked = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const folder = picked.filePaths[0];
    if (picked.canceled || !folder) return false;
    let contents: ReturnType<typeof folderAsLibrary>;
    try {
      contents = folderAsLibrary(folder);
    } catch (error) {
      // Gone since it was picked (a USB drive pulled out) or not readable.
      dialog.showErrorBox('无法打开资料库', `无法读取文件夹“${folder}”，请检查它是否存在、是否有读取权限。\n\n仍在使用原来的资料库：${host.folder}`);
      console.error('[casebook] could not read the chosen folder:', error);
      return false;
    }
    if (contents === 'other-files') {
      const question = {
        type: 'question' as const,
        title: '新建资料库',
        message: `“${folder}”中没有案例库资料库，但已有其他文件。`,
        detail: '要在这个文件夹中新建资料库吗？原有文件不会被改动；资料库会放在其中的 casebook.db 和 originals 文件夹里。',
        buttons: ['新建资料库', '取消'],
        defaultId: 1,
        cancelId: 1,
      };
      const answer = owner ? await dialog.showMessageBox(owner, question) : await dialog.showMessageBox(question);
      if (answer.response !== 0) return false;
    }
    return switchTo(folder);
  };

  return { isDefault: () => isDefault(host.folder), switchTo, openFromDialog };
}
