// The desktop app started for a test: the real main-process wiring and the real engine on a temporary
// library, with `electron` replaced by the recording stub. The test file itself must call
// `vi.mock('electron', () => import('…/electron-stub'))`: vitest hoists that per file, and it then also
// applies to this module and to main-process. Without it the real `electron` package loads and fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiEnvelope } from '../../../shared/api/errors';
import { startCasebook, type CasebookApp } from '../../../electron/main/main-process';
import type { ChosenPath } from '../../../shared/api/desktop-files';
import { dialog, FakeBrowserWindow, recorded } from './electron-stub';

/** Where main-process believes the built app is; nothing is read from it. */
export const outDir = path.join(os.tmpdir(), 'casebook-out-does-not-matter', 'out');
/** The page the window loads (served by renderer-protocol.ts), the only page whose IPC calls are trusted. */
export const pageUrl = 'app://casebook/index.html';

export interface DesktopForTest {
  started: CasebookApp;
  window: FakeBrowserWindow;
  /** A temporary folder for the test's files; the library is its `library` subfolder. */
  tempDir: string;
  libraryFolder: string;
  /** Calls a contract method over IPC and returns the envelope, ok or not; by default as the app's own window. */
  envelope<T = unknown>(method: string, payload?: unknown, event?: unknown): Promise<ApiEnvelope<T>>;
  /** Calls a contract method over IPC and returns its result; an error envelope throws. */
  call<T = unknown>(method: string, payload?: unknown): Promise<T>;
  /**
   * The user picks these files (or folders) in the window's open dialog: answers the handles main
   * gives the window, which a request's path fields must carry (electron/main/file-handles.ts).
   */
  chooseToOpen(...files: string[]): Promise<string[]>;
  /** The user names this file in the window's save dialog: answers its handle. */
  chooseSavePath(file: string): Promise<string>;
  /** The user names this folder for a new library (恢复到新资料库): answers its handle. */
  chooseNewLibraryFolder(folder: string): Promise<string>;
  /** Closes the library and removes the temporary folder. */
  close(): void;
}

async function startWithWindow(libraryFolder: string, settingsFolder: string): Promise<{ started: CasebookApp; window: FakeBrowserWindow }> {
  const started = startCasebook({
    argv: ['/usr/bin/electron', '.', '--library', libraryFolder],
    env: {},
    layout: { outDir },
    // Never the real app-data folder of the machine running the tests.
    settingsFolder,
    // Under vitest the Node build of better-sqlite3 is the right one.
    nativeBinding: () => undefined,
  });
  if (started === null) throw new Error('startCasebook did not start');
  try {
    await started.ready;
    const window = FakeBrowserWindow.created[0];
    if (!window) throw new Error('no window was created');
    return { started, window };
  } catch (error) {
    started.host.close();
    throw error;
  }
}

/** Starts the app with `--library <tempDir>/library`, as the desktop app is started from a shell. */
export async function startDesktopForTest(prefix: string): Promise<DesktopForTest> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const libraryFolder = path.join(tempDir, 'library');
  const removeTempDir = () => fs.rmSync(tempDir, { recursive: true, force: true });
  const { started, window } = await startWithWindow(libraryFolder, path.join(tempDir, 'settings')).catch((error: unknown) => {
    removeTempDir();
    throw error;
  });

  const trustedEvent = (): unknown => ({ sender: { id: window.webContents.id }, senderFrame: { url: `${pageUrl}#/` } });
  const envelope = async <T>(method: string, payload: unknown = {}, event: unknown = trustedEvent()): Promise<ApiEnvelope<T>> => {
    const handler = recorded.ipcHandlers.get(`casebook:${method}`);
    if (!handler) throw new Error(`no IPC handler for ${method}`);
    return (await handler(event, payload)) as ApiEnvelope<T>;
  };
  const call = async <T>(method: string, payload: unknown = {}): Promise<T> => {
    const result = await envelope<T>(method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.result;
  };

  const fileDialog = async <T>(method: string, request: unknown): Promise<T> => {
    const handler = recorded.ipcHandlers.get(`casebook-files:${method}`);
    if (!handler) throw new Error(`no IPC handler for the ${method} dialog`);
    const result = (await handler(trustedEvent(), request)) as ApiEnvelope<T>;
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.result;
  };
  const handleOf = (chosen: ChosenPath | null): string => {
    if (chosen === null) throw new Error('the dialog was cancelled');
    return chosen.handle;
  };
  const chooseToOpen = async (...files: string[]): Promise<string[]> => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: files });
    return (await fileDialog<ChosenPath[]>('chooseFilesToOpen', { title: '选择文件', multiple: true })).map((chosen) => chosen.handle);
  };
  const chooseSavePath = async (file: string): Promise<string> => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    return handleOf(await fileDialog<ChosenPath | null>('chooseSavePath', { title: '保存', suggestedName: path.basename(file) }));
  };
  const chooseNewLibraryFolder = async (folder: string): Promise<string> => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: folder });
    return handleOf(await fileDialog<ChosenPath | null>('chooseNewLibraryFolder', { suggestedName: path.basename(folder) }));
  };

  return {
    started,
    window,
    tempDir,
    libraryFolder,
    envelope,
    call,
    chooseToOpen,
    chooseSavePath,
    chooseNewLibraryFolder,
    close: () => {
      started.host.close();
      removeTempDir();
    },
  };
}
