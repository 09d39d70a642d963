// The main window: a sandboxed, context-isolated renderer that reaches the engine only through the
// preload's `window.casebook` object.
import path from 'node:path';
import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './renderer-protocol';
import { lockNavigation, type RendererEntry } from './security';

export const WINDOW_TITLE = '案例库 Casebook';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Chromium's spell checker downloads dictionaries; Casebook stays offline.
    spellcheck: false,
  };
}

/** The folder electron-vite writes to (out/), seen from the built main script in out/main/. */
export interface BuildLayout {
  outDir: string;
}

export function preloadPath(layout: BuildLayout): string {
  // Built as CommonJS: a sandboxed preload cannot be an ES module.
  return path.join(layout.outDir, 'preload', 'index.cjs');
}

/**
 * The Vite dev server in development (electron-vite sets ELECTRON_RENDERER_URL); the built page on
 * app://casebook/ in a package, where the variable is ignored so nobody can point the app at another page.
 */
export function rendererEntry(layout: BuildLayout, isPackaged: boolean, devServerUrl: string | undefined): RendererEntry {
  if (!isPackaged && devServerUrl) return { kind: 'url', url: devServerUrl };
  return { kind: 'app', url: APP_ENTRY_URL, root: path.join(layout.outDir, 'renderer') };
}

export interface MainWindowOptions {
  layout: BuildLayout;
  entry: RendererEntry;
  icon?: string;
}

export function createMainWindow({ layout, entry, icon }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f5f5f5',
    ...(icon ? { icon } : {}),
    webPreferences: secureWebPreferences(preloadPath(layout)),
  });
  lockNavigation(window.webContents, entry);
  window.once('ready-to-show', () => window.show());

  const loading = window.loadURL(entry.url);
  loading.catch((error: unknown) => {
    console.error('[casebook] the window could not load its page:', error);
    window.show();
  });
  return window;
}
