// The desktop door end to end, minus Electron itself: the real main-process wiring and the real
// engine on a temporary library, with `electron` replaced by a recording stub.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import { contentSecurityPolicy } from '../../../electron/main/csp';
import { isOwnAppUrl } from '../../../electron/main/security';
import { rendererEntry } from '../../../electron/main/window';
import { defaultAppDataFolder } from '../../../electron/engine/core/paths';
import { startDesktopForTest, outDir, pageUrl, type DesktopForTest } from './desktop-harness';
import { app, FakeBrowserWindow, Menu, recorded, shell } from './electron-stub';

vi.mock('electron', () => import('./electron-stub'));

let desktop: DesktopForTest;
const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});

beforeAll(async () => {
  desktop = await startDesktopForTest('casebook-main-');
});

afterAll(() => desktop?.close());

describe('start-up', () => {
  it('names the app and shares the app-data folder with the CLI and browser mode', () => {
    expect(app.setName).toHaveBeenCalledWith('Casebook');
    expect(app.setPath).toHaveBeenCalledWith('userData', defaultAppDataFolder(process.platform, {}));
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('opens the library given with --library, creating it in an existing folder', () => {
    expect(desktop.started.library).toEqual({ folder: path.join(desktop.tempDir, 'library'), createIfMissing: true, source: 'argument' });
  });

  it('loads the built page from app://casebook/ when not in development, never from file://', () => {
    expect(desktop.window.loaded).toEqual({ url: 'app://casebook/index.html' });
    expect(recorded.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect([...recorded.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('closes the library when the app quits', () => {
    const close = vi.spyOn(desktop.started.host, 'close');
    recorded.appEvents.emit('will-quit');
    expect(close).toHaveBeenCalled();
  });
});

describe('IPC door', () => {
  it('registers exactly one handler per contract method, and one per native file dialog', () => {
    const channels = [...recorded.ipcHandlers.keys()];
    expect(channels.filter((channel) => channel.startsWith('casebook:')).sort()).toEqual(METHOD_NAMES.map((method) => `casebook:${method}`).sort());
    expect(channels.filter((channel) => !channel.startsWith('casebook:')).sort()).toEqual(
      ['casebook-files:chooseFilesToOpen', 'casebook-files:chooseNewLibraryFolder', 'casebook-files:chooseSavePath', 'casebook-files:openOriginal', 'casebook-files:showOriginalInFolder'],
    );
  });

  it('answers library.info from the real engine', async () => {
    const info = await desktop.call<{ path: string; documentCount: number; offerSample: boolean }>('library.info', {});
    expect(info.path).toBe(path.join(desktop.tempDir, 'library'));
    expect(info.documentCount).toBe(0);
    expect(info.offerSample).toBe(true);
  });

  it('lists documents', async () => {
    expect(await desktop.call('documents.list', {})).toEqual({ total: 0, items: [] });
  });

  it('imports, gets and finds a document', async () => {
    const file = path.join(desktop.tempDir, '工地党建联盟工作方案.txt');
    fs.writeFileSync(file, '工地党建联盟工作方案\n\n为推进红色工地建设，成立项目临时党支部，开展党员先锋岗活动。\n');
    const [imported] = await desktop.call<Array<{ status: string; id: string }>>('import.files', { paths: await desktop.chooseToOpen(file), kind: 'practice' });
    expect(imported?.status).toBe('imported');
    const record = await desktop.call<{ id: string; kind: string; text: string }>('documents.get', { id: imported?.id });
    expect(record.kind).toBe('practice');
    expect(record.text).toContain('党员先锋岗');
    const found = await desktop.call<{ total: number; hits: Array<{ id: string }> }>('search.query', { query: '先锋岗' });
    expect(found.hits.map((hit) => hit.id)).toContain(imported?.id);
  });

  it('answers a malformed request with BAD_REQUEST', async () => {
    const envelope = await desktop.envelope('documents.list', { limit: 'many', extra: true });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    if (!envelope.ok) expect(envelope.error.message).toMatch(/请求参数有误/);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('documents.list: BAD_REQUEST'));
  });

  it('answers an unknown document with NOT_FOUND', async () => {
    expect(await desktop.envelope('documents.get', { id: 'no-such-document' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses other web contents and other pages', async () => {
    const stranger = { sender: { id: 9_999 }, senderFrame: { url: pageUrl } };
    expect(await desktop.envelope('library.info', {}, stranger)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const foreignPage = { sender: { id: desktop.window.webContents.id }, senderFrame: { url: 'https://example.com/' } };
    expect(await desktop.envelope('library.info', {}, foreignPage)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const closedFrame = { sender: { id: desktop.window.webContents.id }, senderFrame: null };
    expect(await desktop.envelope('library.info', {}, closedFrame)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });
});

describe('window security', () => {
  it('uses the secure webPreferences and the CommonJS preload', () => {
    expect(desktop.window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: path.join(outDir, 'preload', 'index.cjs'),
    });
  });

  it('blocks navigation away from the app, but not within it', () => {
    const away = { preventDefault: vi.fn() };
    desktop.window.webContents.emit('will-navigate', away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const otherFile = { preventDefault: vi.fn() };
    desktop.window.webContents.emit('will-navigate', otherFile, pathToFileURL('/etc/passwd').href);
    expect(otherFile.preventDefault).toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    desktop.window.webContents.emit('will-redirect', redirect, 'http://127.0.0.1:1/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    desktop.window.webContents.emit('will-navigate', inside, `${pageUrl}#/documents/1`);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('denies window.open; only http(s) links go to the OS browser', () => {
    const handler = desktop.window.webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    shell.openExternal.mockClear();
    expect(handler?.({ url: 'https://www.gov.cn/zhengce/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.gov.cn/zhengce/');
    shell.openExternal.mockClear();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'https://user:pw@example.com/']) {
      expect(handler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents <webview>', () => {
    const event = { preventDefault: vi.fn() };
    desktop.window.webContents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('hardens every web contents the app creates', () => {
    const other = new FakeBrowserWindow({}).webContents;
    recorded.appEvents.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    other.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('sends the strict CSP with every response, replacing any other', () => {
    let headers: Record<string, string[]> | undefined;
    recorded.headersListener?.({ responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Test': ['1'] } }, (response) => {
      headers = response.responseHeaders;
    });
    expect(headers).toEqual({ 'X-Test': ['1'], 'Content-Security-Policy': [contentSecurityPolicy()] });
    expect(headers?.['Content-Security-Policy']?.[0]).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('denies permission requests', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      recorded.permissionRequest?.({}, permission, (allowed) => answers.push(allowed));
      answers.push(recorded.permissionCheck?.({}, permission) ?? true);
    }
    expect(answers.every((allowed) => !allowed)).toBe(true);
  });
});

describe('renderer entry', () => {
  it('uses the dev server only when not packaged', () => {
    expect(rendererEntry({ outDir }, false, 'http://localhost:5173/')).toEqual({ kind: 'url', url: 'http://localhost:5173/' });
    const built = { kind: 'app', url: 'app://casebook/index.html', root: path.join(outDir, 'renderer') };
    expect(rendererEntry({ outDir }, true, 'http://evil.example/')).toEqual(built);
    expect(rendererEntry({ outDir }, false, undefined)).toEqual(built);
  });

  it('treats only app://casebook/index.html (any hash) as the built page', () => {
    const built = rendererEntry({ outDir }, true, undefined);
    expect(isOwnAppUrl('app://casebook/index.html#/documents/1', built)).toBe(true);
    expect(isOwnAppUrl('app://casebook/', built)).toBe(true);
    for (const url of ['app://casebook/assets/index.js', 'app://other/index.html', 'file:///index.html', pathToFileURL(path.join(outDir, 'renderer', 'index.html')).href, 'app://u:p@casebook/index.html']) {
      expect(isOwnAppUrl(url, built), url).toBe(false);
    }
  });

  it("treats the dev server's origin as the app's own", () => {
    const dev = { kind: 'url', url: 'http://localhost:5173/' } as const;
    expect(isOwnAppUrl('http://localhost:5173/#/search?q=1', dev)).toBe(true);
    expect(isOwnAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isOwnAppUrl('not a url', dev)).toBe(false);
  });
});

describe('menu', () => {
  it('is in Chinese and opens the library folder', () => {
    const template = Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Array<{ label: string; submenu: Array<{ label?: string; click?: () => void }> }>;
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    const labels = template.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '窗口', '帮助']));
    const openFolder = template.find((item) => item.label === '帮助')?.submenu.find((item) => item.label === '打开资料库文件夹');
    openFolder?.click?.();
    expect(shell.openPath).toHaveBeenCalledWith(path.join(desktop.tempDir, 'library'));
  });
});
