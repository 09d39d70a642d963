import { createRequire } from 'node:module';
import path from 'node:path';
import type * as pdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type Pdfjs = typeof pdfjsModule;

let loading: Promise<Pdfjs> | null = null;

/**
 * pdf.js for Node: the legacy build, its worker loaded into this thread (pdf.js picks it up from
 * globalThis.pdfjsWorker instead of starting a worker), loaded on first use.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

let cMapFolder: string | null | undefined;

/** Character maps for Chinese PDFs whose fonts are not embedded (UniGB-UCS2-H and friends). */
export function pdfjsCMapUrl(): string | undefined {
  if (cMapFolder === undefined) {
    try {
      const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
      cMapFolder = path.join(path.dirname(packageJson), 'cmaps') + path.sep;
    } catch {
      cMapFolder = null;
    }
  }
  return cMapFolder ?? undefined;
}
