// PDF in the desktop app: Electron's own printing (webContents.printToPDF), injected into the engine
// as its PdfRenderer, so the desktop app needs no separate browser. The export page is loaded from a
// temporary file into a hidden window with JavaScript off, in a session of its own that fetches
// nothing from the network and does not carry the app's CSP hook.
import fs from 'node:fs';
import path from 'node:path';
import { makeSystemTempFolder } from '../engine/core/system-temp';
import { BrowserWindow, session } from 'electron';
import { CasebookError } from '../../shared/api/errors';
import type { PdfRenderer } from '../engine/core/pdf-renderer';

const PARTITION = 'casebook-print';

function printSession(): Electron.Session {
  const printing = session.fromPartition(PARTITION, { cache: false });
  printing.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith('file:') || details.url.startsWith('data:')) });
  });
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  return printing;
}

export function electronPdfRenderer(): PdfRenderer {
  let printing: Electron.Session | null = null;
  return {
    name: 'Electron',
    async render(html, options = {}) {
      printing ??= printSession();
      const folder = makeSystemTempFolder('print');
      const file = path.join(folder, 'export.html');
      const window = new BrowserWindow({
        show: false,
        webPreferences: { session: printing, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
      });
      try {
        fs.writeFileSync(file, html, 'utf8');
        await window.loadFile(file);
        const full = !options.measureOnly;
        const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: full, generateTaggedPDF: full });
        return Buffer.from(pdf);
      } catch (error) {
        throw new CasebookError('EXPORT_FAILED', '生成 PDF 时出错，请重试或改为导出 Word。', String(error));
      } finally {
        window.destroy();
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
