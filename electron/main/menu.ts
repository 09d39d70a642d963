// The zh-CN application menu: standard roles, plus 打开或新建资料库 / 使用默认资料库 (main switches the
// library and reloads the window), 打开资料库文件夹 and 载入示例资料 (main asks and loads; the window
// sees the new documents as it sees any other change). Commands that need the renderer (导入…) live in
// the renderer's own UI, so the preload needs no channel beyond the contract.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools only while developing. */
  isPackaged: boolean;
  libraryFolder: string;
  /** Whether the library open now is the default one (使用默认资料库 is then greyed out). */
  isDefaultLibrary: boolean;
  /** 打开或新建资料库…: pick a folder and switch to it. */
  onOpenLibrary: () => void;
  /** 使用默认资料库: switch back to the app-data library. */
  onDefaultLibrary: () => void;
  /** 载入示例资料…: ask, then add what of the sample library is missing. */
  onLoadSample: () => void;
  openFolder?: (folder: string) => void;
}

function openFolderInShell(folder: string): void {
  shell.openPath(folder).then(
    (problem) => {
      if (problem) console.error(`[casebook] could not open ${folder}: ${problem}`);
    },
    (error: unknown) => console.error(`[casebook] could not open ${folder}:`, error),
  );
}

export function menuTemplate({
  platform,
  isPackaged,
  libraryFolder,
  isDefaultLibrary,
  onOpenLibrary,
  onDefaultLibrary,
  onLoadSample,
  openFolder = openFolderInShell,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: '案例库',
      submenu: [
        { role: 'about', label: '关于案例库' },
        { type: 'separator' },
        { role: 'hide', label: '隐藏案例库' },
        { role: 'hideOthers', label: '隐藏其他' },
        { role: 'unhide', label: '全部显示' },
        { type: 'separator' },
        { role: 'quit', label: '退出案例库' },
      ],
    });
  }
  template.push(
    {
      label: '文件',
      submenu: [
        // Ctrl+O is the window's 导入 (the files people open into Casebook); switching libraries is rarer.
        { label: '打开或新建资料库…', accelerator: 'CmdOrCtrl+Shift+O', click: () => onOpenLibrary() },
        { label: '使用默认资料库', enabled: !isDefaultLibrary, click: () => onDefaultLibrary() },
        { type: 'separator' },
        mac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'pasteAndMatchStyle', label: '粘贴为纯文本' },
        { role: 'delete', label: '删除' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'reload', label: '重新载入' },
        ...(isPackaged ? [] : ([{ role: 'toggleDevTools', label: '开发者工具' }] as MenuItemConstructorOptions[])),
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '窗口',
      role: 'windowMenu',
      submenu: [{ role: 'minimize', label: '最小化' }, ...(mac ? ([{ role: 'zoom', label: '缩放' }] as MenuItemConstructorOptions[]) : []), { role: 'close', label: '关闭' }],
    },
    {
      label: '帮助',
      role: 'help',
      submenu: [
        { label: '载入示例资料…', click: () => onLoadSample() },
        { label: '打开资料库文件夹', click: () => openFolder(libraryFolder) },
        ...(mac ? [] : ([{ type: 'separator' }, { role: 'about', label: '关于案例库' }] as MenuItemConstructorOptions[])),
      ],
    },
  );
  return template;
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
