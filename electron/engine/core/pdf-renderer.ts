/**
 * Prints a self-contained HTML page to PDF. The engine never picks a browser itself at the call
 * site: the desktop app injects Electron's own printing (webContents.printToPDF, electron/main), and
 * the command line, browser mode and tests use headless Chromium through playwright-core
 * (chromium-pdf-renderer.ts), the default when a caller injects nothing.
 *
 * The page carries its own @page rules (A4, margins, page numbers in the margin boxes), so a renderer
 * must print with the page's CSS size and no header or footer of its own, and keep internal links
 * (the table of contents) and the document outline.
 */
export interface PrintOptions {
  /**
   * A print that is only read for where the pages fall and then thrown away (a booklet's first pass):
   * the outline and the tagged structure may be left out, which makes it faster. Never saved.
   */
  measureOnly?: boolean;
}

export interface PdfPrinter {
  render(html: string, options?: PrintOptions): Promise<Buffer>;
}

/** Several prints in one browser, opened once: a booklet prints two or three times. */
export interface PdfPrintSession extends PdfPrinter {
  close(): Promise<void>;
}

export interface PdfRenderer extends PdfPrinter {
  /** A short name for logs and errors, e.g. "Electron" or "Chromium". */
  readonly name: string;
  /** Opens a session for several prints; without it each render stands alone. The caller closes it. */
  openSession?(): Promise<PdfPrintSession>;
  /** Frees the browser or window it keeps between exports, if any. */
  close?(): Promise<void>;
}
