// A stand-in for the `electron` module, for `vi.mock('electron', () => import('./electron-stub'))`.
// It records what main and preload do with Electron (windows and their options, IPC channels, the
// exposed bridge, session hooks, the menu) so tests can drive the real wiring and the real engine.
import path from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  /** Calls every listener of `event`; returns what they returned. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => (listener as (...a: unknown[]) => unknown)(...args));
  }
}

let nextContentsId = 1;

export class FakeWebContents extends Emitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  readonly reload = vi.fn();
}

export class FakeBrowserWindow extends Emitter {
  static readonly created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: { url?: string; file?: string } | null = null;
  shown = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.created;
  }

  loadURL(url: string): Promise<void> {
    this.loaded = { url };
    return Promise.resolve();
  }

  loadFile(file: string): Promise<void> {
    this.loaded = { file };
    return Promise.resolve();
  }

  show(): void {
    this.shown = true;
  }

  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
}

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

export const recorded = {
  ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  exposed: new Map<string, unknown>(),
  headersListener: null as HeadersListener | null,
  permissionRequest: null as ((contents: unknown, permission: string, callback: (allowed: boolean) => void) => void) | null,
  permissionCheck: null as ((contents: unknown, permission: string) => boolean) | null,
  appEvents: new Emitter(),
  /** protocol.registerSchemesAsPrivileged calls, and the protocol.handle handlers by scheme. */
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
};

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

export const app = {
  isPackaged: false,
  setName: vi.fn(),
  setPath: vi.fn(),
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  getAppPath: vi.fn(() => repoRoot),
  getVersion: vi.fn(() => '0.1.0'),
  whenReady: vi.fn(() => Promise.resolve()),
  isReady: vi.fn(() => true),
  setAboutPanelOptions: vi.fn(),
  on: vi.fn((event: string, listener: Listener) => {
    recorded.appEvents.on(event, listener);
    return app;
  }),
};

export const BrowserWindow = FakeBrowserWindow;

export const ipcMain = {
  handle: vi.fn((channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => {
    if (recorded.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    recorded.ipcHandlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    recorded.ipcHandlers.delete(channel);
  }),
};

export const session = {
  defaultSession: {
    webRequest: {
      onHeadersReceived: vi.fn((listener: HeadersListener) => {
        recorded.headersListener = listener;
      }),
    },
    setPermissionRequestHandler: vi.fn((handler: typeof recorded.permissionRequest) => {
      recorded.permissionRequest = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: typeof recorded.permissionCheck) => {
      recorded.permissionCheck = handler;
    }),
  },
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
    recorded.privilegedSchemes.push(...schemes);
  }),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
    if (recorded.protocolHandlers.has(scheme)) throw new Error(`The scheme has been handled: ${scheme}`);
    recorded.protocolHandlers.set(scheme, handler);
  }),
};

export const shell = {
  openExternal: vi.fn(() => Promise.resolve()),
  openPath: vi.fn(() => Promise.resolve('')),
  showItemInFolder: vi.fn(),
};

/** Native dialogs: tests set what the user picks or answers with mockResolvedValueOnce. */
export const dialog = {
  showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePath: '' as string | undefined })),
  showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 1, checkboxChecked: false })),
  showErrorBox: vi.fn(),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    recorded.exposed.set(key, api);
  }),
};

export const ipcRenderer = {
  invoke: vi.fn((channel: string, request: unknown) => Promise.resolve({ ok: true, result: { channel, request } })),
};

export default { app, BrowserWindow, ipcMain, protocol, session, shell, dialog, Menu, contextBridge, ipcRenderer };
