import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LibraryHost } from '../../electron/engine/api/library-host';
import { type Library, type OpenLibraryOptions } from '../../electron/engine/core/library';
import { openLibrary } from '../../electron/engine/library/open-library';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESOURCES_FOLDER = path.join(REPO_ROOT, 'resources');
export const FIXTURES_FOLDER = path.join(REPO_ROOT, 'tests', 'fixtures');

export function makeTempFolder(prefix = 'casebook-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Scans are not recognised in the background unless a test asks (recognizeInBackground: true): a test
 * process that ends while the OCR worker runs a model is aborted by onnxruntime-node.
 */
export function libraryOptions(folder: string, overrides: Partial<OpenLibraryOptions> = {}): OpenLibraryOptions {
  return { folder, createIfMissing: true, resourcesFolder: RESOURCES_FOLDER, actor: '测试员', appVersion: 'test', recognizeInBackground: false, ...overrides };
}

/** A fresh library in a temporary folder, removed after the test. */
export function withTempLibrary(): { library: Library; folder: string; cleanup: () => void } {
  const folder = makeTempFolder();
  const library = openLibrary(libraryOptions(folder));
  return {
    library,
    folder,
    cleanup: () => {
      library.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function tempHost(): { host: LibraryHost; folder: string; cleanup: () => void } {
  const folder = makeTempFolder();
  const host = new LibraryHost(libraryOptions(folder));
  return {
    host,
    folder,
    cleanup: () => {
      host.close();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
