import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../../shared/api/errors';
import type { Browser, BrowserType, Page } from 'playwright-core';
import type { PdfPrintSession, PdfRenderer } from '../../core/pdf-renderer';

/**
 * PDF through headless Chromium driven by playwright-core: the command line, browser mode and the
 * tests. The browser is started for one export (all of a booklet's prints) and closed after it, so no
 * process is left behind.
 * Chinese is drawn with the fonts the page names or, on Linux, the installed Noto CJK; Chromium
 * embeds the glyphs it uses, so the text is searchable and copyable.
 */

const CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function windowsCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
  return roots.flatMap((root) => [
    path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    path.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
  ]);
}

export const NO_CHROMIUM_MESSAGE =
  '无法生成 PDF：这台电脑上没有找到 Chromium、Chrome 或 Edge 浏览器。请安装 Chromium（Debian/Ubuntu：sudo apt-get install chromium fonts-noto-cjk），' +
  '或用环境变量 CASEBOOK_CHROMIUM 指定浏览器程序的位置；也可以改为导出 Word 或网页格式。桌面版案例库自带打印功能，无需另装浏览器。';

/** The browser to print with: CASEBOOK_CHROMIUM, or the first installed one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.CASEBOOK_CHROMIUM?.trim();
  if (chosen) return fs.existsSync(chosen) ? chosen : null;
  const candidates = process.platform === 'win32' ? windowsCandidates(env) : CANDIDATES;
  return candidates.find((candidate) => fs.existsSync(candidate)) ?? null;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-extensions'];

function printError(executablePath: string, error: unknown): CasebookError {
  if (error instanceof CasebookError) return error;
  return new CasebookError('EXPORT_FAILED', `生成 PDF 时浏览器出错（${path.basename(executablePath)}），请重试或改为导出 Word。`, String(error).slice(0, 2000));
}

/** A browser and one page to print in, started for one export (its prints) and closed after it. */
async function openChromiumSession(explicitPath: string | undefined): Promise<PdfPrintSession> {
  const executablePath = explicitPath ?? findChromium();
  if (!executablePath) {
    throw new CasebookError('EXPORT_FAILED', NO_CHROMIUM_MESSAGE, `no Chromium found (CASEBOOK_CHROMIUM=${process.env.CASEBOOK_CHROMIUM ?? ''})`);
  }
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    throw new CasebookError('EXPORT_FAILED', NO_CHROMIUM_MESSAGE, `playwright-core missing: ${String(error)}`);
  }
  let browser: Browser | undefined;
  let page: Page;
  try {
    browser = await chromium.launch({ executablePath, args: ARGS });
    page = await browser.newPage({ javaScriptEnabled: false });
    // The page is self-contained: nothing may be fetched while it prints.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.emulateMedia({ media: 'print' });
  } catch (error) {
    await browser?.close().catch(() => undefined);
    throw printError(executablePath, error);
  }
  const opened = browser;
  return {
    async render(html, options = {}) {
      try {
        await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
        const full = !options.measureOnly;
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: full, tagged: full, displayHeaderFooter: false });
        return Buffer.from(pdf);
      } catch (error) {
        throw printError(executablePath, error);
      }
    },
    async close() {
      await opened.close().catch(() => undefined);
    },
  };
}

export function chromiumPdfRenderer(options: { executablePath?: string } = {}): PdfRenderer {
  return {
    name: 'Chromium',
    openSession: () => openChromiumSession(options.executablePath),
    async render(html, printOptions) {
      const session = await openChromiumSession(options.executablePath);
      try {
        return await session.render(html, printOptions);
      } finally {
        await session.close();
      }
    },
  };
}
