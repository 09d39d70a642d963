// Wires the desktop app: one LibraryHost serving the IPC door, one locked-down window, the menu.
// A library that cannot be opened (locked, missing, not a library) does not stop the app: every
// request answers with the error envelope, and the renderer shows it (library.info is its first call).
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, protocol, session, type IpcMainInvokeEvent } from 'electron';
import type { ErrorLogger } from '../engine/api/dispatch';
import { LibraryHost } from '../engine/api/library-host';
import { currentActor, defaultAppDataFolder, defaultLibraryFolder } from '../engine/core/paths';
import { chooseLibrary, readRememberedLibrary, resolveResourcesFolder, type AppLocation, type LibraryChoice } from './app-paths';
import { contentSecurityPolicy } from './csp';
import { electronPdfRenderer } from './electron-pdf-renderer';
import { installBackupOnQuit } from './backup-on-quit';
import { installRecognitionPauseOnQuit } from './recognition-on-quit';
import { registerFileDialogs } from './file-dialogs';
import { originalPathOf } from './original-in-shell';
import { FileHandles } from './file-handles';
import { registerIpcDoor } from './ipc';
import { librarySwitch } from './library-switch';
import { installApplicationMenu } from './menu';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './renderer-protocol';
import { loadSampleFromMenu } from './sample-from-menu';
import { electronNativeBinding } from './native-binding';
import { denyPopupsAndWebviews, hardenSession, isTrustedSender, type RendererEntry } from './security';
import { createMainWindow, rendererEntry, type BuildLayout } from './window';

export const APP_NAME = 'Casebook';

export interface StartOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The built app's out/ folder (the parent of out/main/). */
  layout: BuildLayout;
  /** Which better_sqlite3.node to load; by default Electron's own copy (see native-binding.ts). */
  nativeBinding?: (location: AppLocation) => string | undefined;
  /** Where the desktop app remembers the library last opened; the app-data folder unless a test says. */
  settingsFolder?: string;
}

export interface CasebookApp {
  host: LibraryHost;
  library: LibraryChoice;
  entry: RendererEntry;
  /** Resolves once the first window has been created. */
  ready: Promise<BrowserWindow | null>;
}

const logError: ErrorLogger = (method, error) => {
  console.error(`[casebook] ${method}: ${error.code} ${error.message}${error.detail ? `\n  ${error.detail.split('\n').join('\n  ')}` : ''}`);
};

function defaultNativeBinding(location: AppLocation): string | undefined {
  try {
    const file = electronNativeBinding(location, {
      electronVersion: process.versions.electron ?? '',
      platform: process.platform,
      arch: process.arch,
    });
    if (!fs.existsSync(file)) {
      console.error(`[casebook] ${file} is missing; run "node electron/build/prepare-electron.mjs" (npm run dev does).`);
    }
    return file;
  } catch (error) {
    console.error('[casebook] could not locate the Electron build of better-sqlite3:', error);
    return undefined;
  }
}

export function startCasebook(options: StartOptions): CasebookApp | null {
  app.setName(APP_NAME);
  // Before ready: the app, the CLI and browser mode share one app-data folder and default library.
  app.setPath('userData', defaultAppDataFolder(process.platform, options.env));
  app.enableSandbox();
  // The built page is served from app://casebook/ (renderer-protocol.ts); the scheme's privileges
  // can only be given before ready.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  const location: AppLocation = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
  const settingsFolder = options.settingsFolder ?? defaultAppDataFolder(process.platform, options.env);
  const library = chooseLibrary(options.argv, options.env, process.cwd(), fs.existsSync, readRememberedLibrary(settingsFolder));
  const defaultFolder = defaultLibraryFolder(process.platform, options.env);
  const resourcesFolder = resolveResourcesFolder(location);
  const nativeBinding = (options.nativeBinding ?? defaultNativeBinding)(location);
  const host = new LibraryHost({
    folder: library.folder,
    createIfMissing: library.createIfMissing,
    resourcesFolder,
    ...(nativeBinding ? { nativeBinding } : {}),
    actor: currentActor('桌面用户'),
    pdfRenderer: electronPdfRenderer(),
    appVersion: app.getVersion(),
  });

  const entry = rendererEntry(options.layout, app.isPackaged, options.env.ELECTRON_RENDERER_URL);
  const ownContents = new Set<number>();
  const trusted = (event: IpcMainInvokeEvent) => isTrustedSender(event, ownContents, entry);
  // Files and folders the user chose in this run's dialogs; the window refers to them by handle only.
  const handles = new FileHandles();
  registerIpcDoor({ host, isTrustedSender: trusted, handles, logError });

  const devIcon = path.join(location.appPath, 'resources', 'icons', 'icon.png');
  let mainWindow: BrowserWindow | null = null;
  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({ layout: options.layout, entry, ...(!app.isPackaged && fs.existsSync(devIcon) ? { icon: devIcon } : {}) });
    const id = window.webContents.id;
    ownContents.add(id);
    window.on('closed', () => {
      ownContents.delete(id);
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
    return window;
  };

  registerFileDialogs({ handles, libraryFolder: () => host.folder, window: () => mainWindow, originalPath: (documentId) => originalPathOf(host, documentId), isTrustedSender: trusted, logError });

  const libraries = librarySwitch({ host, settingsFolder, defaultFolder, window: () => mainWindow, onSwitched: () => installMenu() });
  const installMenu = () =>
    installApplicationMenu({
      platform: process.platform,
      isPackaged: app.isPackaged,
      libraryFolder: host.folder,
      isDefaultLibrary: libraries.isDefault(),
      onOpenLibrary: () => void libraries.openFromDialog(),
      onDefaultLibrary: () => void libraries.switchTo(defaultFolder),
      onLoadSample: () => void loadSampleFromMenu(host, mainWindow, logError),
    });

  app.on('web-contents-created', (_event, contents) => denyPopupsAndWebviews(contents));
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  installBackupOnQuit(app, host);
  installRecognitionPauseOnQuit(app, host);
  app.on('will-quit', () => host.close());

  const ready = app
    .whenReady()
    .then(() => {
    const csp = contentSecurityPolicy({ dev: entry.kind === 'url' });
    hardenSession(session.defaultSession, csp);
    if (entry.kind === 'app') serveRenderer(protocol, entry.root, csp);
    app.setAboutPanelOptions({ applicationName: '案例库 Casebook', applicationVersion: app.getVersion() });
    installMenu();
    return openWindow();
  }).catch((error: unknown) => {
    console.error('[casebook] start-up failed:', error);
    return null;
  });
  return { host, library, entry, ready };
}
