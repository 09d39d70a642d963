import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startBrowserModeServer, type BrowserModeServer } from '../../electron/server/start-server';

/** Helpers for the end-to-end tests: the real browser-mode server in-process, Debian's Chromium headless. */

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const ARTIFACTS = path.join(REPO_ROOT, 'tests/e2e/artifacts');
export const CHROMIUM_PATH = process.env.CASEBOOK_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface RunningApp {
  server: BrowserModeServer;
  libraryFolder: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Browser console errors and page errors seen so far (the tests expect none). */
  errors: string[];
  close(): Promise<void>;
}

export function ensureRendererBuilt(): void {
  if (!fs.existsSync(path.join(REPO_ROOT, 'out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run `npm run test:e2e` (it builds with electron-vite first) or `npm run build`.');
  }
}

/** A fresh library folder, the server on a free port, and a page opened on its URL (token in the hash). */
export async function startApp(
  options: { viewport?: { width: number; height: number }; prepareLibrary?: (folder: string) => void } = {},
): Promise<RunningApp> {
  ensureRendererBuilt();
  const libraryFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-'));
  options.prepareLibrary?.(libraryFolder);
  const serverLog: string[] = [];
  const server = await startBrowserModeServer({
    libraryFolder,
    resourcesFolder: path.join(REPO_ROOT, 'resources'),
    staticFolder: path.join(REPO_ROOT, 'out/renderer'),
    port: 0,
    appVersion: 'test',
    log: (line) => serverLog.push(line),
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      locale: 'zh-CN',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // Playwright turns on catching the system file dialog only when a listener is added, and does it
    // asynchronously: a click made right after page.waitForEvent('filechooser') could open the real
    // (invisible, headless) dialog instead, and the wait would time out. Catch it for the page's life.
    page.on('filechooser', () => undefined);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(server.url);
    const running: RunningApp = {
      server,
      libraryFolder,
      browser,
      context,
      page,
      errors,
      async close() {
        await browser?.close();
        await server.close();
        fs.rmSync(libraryFolder, { recursive: true, force: true });
        if (serverLog.length > 0 && process.env.CASEBOOK_E2E_LOG) process.stderr.write(`${serverLog.join('\n')}\n`);
      },
    };
    return running;
  } catch (error) {
    await browser?.close();
    await server.close();
    fs.rmSync(libraryFolder, { recursive: true, force: true });
    throw error;
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.waitForTimeout(400); // let fades and drawers finish
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

/** Clicks what opens the system file dialog (选择文件, 从备份恢复…) and picks `files` in it, as a user would. */
export async function chooseFiles(page: Page, trigger: Locator, files: string | string[]): Promise<void> {
  // Under the whole suite's load a click that lands while a dialog is still opening can open no chooser (seen twice with
  // 选择文件夹): the button is clicked again, as a user would, before the test gives up.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const chooser = page.waitForEvent('filechooser', { timeout: 8_000 }).catch(() => null);
    await trigger.click();
    const opened = await chooser;
    if (opened) {
      await opened.setFiles(files);
      return;
    }
  }
  throw new Error('点击后没有打开文件选择框');
}

/**
 * A button by its visible label. Ant Design icons add their English name to a button's accessible
 * name ("file-add 选择文件"), so match the label at the end instead of the whole name.
 */
export function button(scope: Pick<Page, 'getByRole'>, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('button', { name: new RegExp(`(^|\\s)${escaped}$`) });
}

/** Calls the running app's HTTP bridge as the page does (for setup and for checking what was saved). */
export async function api<T>(app: RunningApp, method: string, payload: unknown = {}): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${app.server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.server.token}` },
    body: JSON.stringify(payload),
  });
  const envelope = (await response.json()) as { ok: boolean; result: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message ?? ''}`);
  return envelope.result;
}
