import type { ApiEnvelope } from './errors';

/**
 * The desktop app's native file dialogs, exposed by the preload as `window.casebookFiles` beside the
 * contract's `window.casebook`. Not part of the contract: browser mode and the command line take
 * paths directly, and only the desktop window is kept from naming files (electron/main/file-handles.ts).
 */

/** A file or folder the user chose: main keeps the path; `handle` goes back where the contract asks for a path. */
export interface ChosenPath {
  /** Opaque, valid for this run of the app only. */
  handle: string;
  /** To show the user; main never accepts it back. */
  path: string;
  name: string;
}

export interface DesktopFiles {
  /** 恢复到新资料库: names a new folder (made when missing) in a save dialog opened beside the open library. */
  chooseNewLibraryFolder(request: { suggestedName: string }): Promise<ApiEnvelope<ChosenPath | null>>;
  /** Files (with folders: true, folders instead) to read: import, a backup, a 交换包. [] when cancelled. */
  chooseFilesToOpen(request: { title: string; folders?: boolean; multiple?: boolean; extensions?: string[] }): Promise<ApiEnvelope<ChosenPath[]>>;
  /** Where to write one file (导出 to a file, a 交换包, a copy of a backup). null when cancelled. */
  chooseSavePath(request: { title: string; suggestedName: string; extensions?: string[] }): Promise<ApiEnvelope<ChosenPath | null>>;
  /** 用默认程序打开: a document's original (named by the document, never a path) in the program the system opens its kind with. */
  openOriginal(request: { documentId: string }): Promise<ApiEnvelope<{ opened: true }>>;
  /** 在文件夹中显示: the library's copy of a document's original, selected in the file manager. */
  showOriginalInFolder(request: { documentId: string }): Promise<ApiEnvelope<{ shown: true }>>;
}

export type DesktopFilesMethod = keyof DesktopFiles;
export const DESKTOP_FILES_METHODS: readonly DesktopFilesMethod[] = ['chooseNewLibraryFolder', 'chooseFilesToOpen', 'chooseSavePath', 'openOriginal', 'showOriginalInFolder'];
