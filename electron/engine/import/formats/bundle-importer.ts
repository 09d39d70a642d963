import fs from 'node:fs';
import path from 'node:path';
import { makeSystemTempFolder } from '../../core/system-temp';
import { BUNDLE_FILE_EXTENSION, type ConflictChoice } from '../../../../shared/model/bundle';
import { failedImport, type ImportResult } from '../../../../shared/model/import';
import { looksLikeZip } from '../../archive/zip-reader';
import { mayBeBundle } from '../../exchange/bundle/bundle-read';
import type { Library } from '../../core/library';
import { importBundleAsFiles } from '../../exchange/bundle-service';

const NOT_A_BUNDLE = '这个文件不是有效的案例库交换包（可能已损坏或只复制了一部分），已拒绝导入，资料库没有任何改动。';

/**
 * The `bundle` importer: a 交换包 is recognised by its content (a ZIP with a Casebook manifest), not
 * by its name, and imports as many documents as it holds, so it sits beside the one-file-one-document
 * format modules instead of in their registry. Anything else goes on to those modules.
 */
export const bundleImporter = {
  id: 'bundle',
  label: '案例库交换包',

  /** Whether a file on disk is for this importer: a bundle by content, or a file named as one (refused when it is not). */
  recognisesFile(shownName: string, fsPath: string | Buffer): boolean {
    if (typeof fsPath !== 'string') return false;
    return mayBeBundle(fsPath, shownName) || (path.extname(shownName).toLowerCase() === BUNDLE_FILE_EXTENSION && fs.existsSync(fsPath));
  },

  /** The same for bytes a window sent. */
  recognisesBytes(shownName: string, bytes: Buffer): boolean {
    if (!looksLikeZip(bytes.subarray(0, 4))) return path.extname(shownName).toLowerCase() === BUNDLE_FILE_EXTENSION;
    if (path.extname(shownName).toLowerCase() !== '.docx') return true;
    return withUploadFile(bytes, (file) => mayBeBundle(file, shownName));
  },

  /** A file on disk: null when it is not a bundle. */
  async importFile(library: Library, shownName: string, fsPath: string | Buffer, onConflict: ConflictChoice): Promise<ImportResult[] | null> {
    // A file name the disk spells in another encoding (GBK on Linux) is read by the format modules only.
    if (typeof fsPath !== 'string') return null;
    if (!mayBeBundle(fsPath, shownName)) {
      const named = path.extname(shownName).toLowerCase() === BUNDLE_FILE_EXTENSION && fs.existsSync(fsPath);
      return named ? [failedImport(shownName, NOT_A_BUNDLE)] : null;
    }
    return await importBundleAsFiles(library, { path: fsPath }, shownName, onConflict);
  },

  /** Bytes sent from the browser: null when they are not a bundle. */
  async importBytes(library: Library, shownName: string, bytes: Buffer, onConflict: ConflictChoice): Promise<ImportResult[] | null> {
    if (!looksLikeZip(bytes.subarray(0, 4))) {
      return path.extname(shownName).toLowerCase() === BUNDLE_FILE_EXTENSION ? [failedImport(shownName, NOT_A_BUNDLE)] : null;
    }
    return await withUploadFileAsync(bytes, async (file) => (mayBeBundle(file, shownName) ? await importBundleAsFiles(library, { path: file }, shownName, onConflict) : null));
  },
};

/** The same for an import that awaits: the file stays until it settles. */
async function withUploadFileAsync<T>(bytes: Buffer, use: (file: string) => Promise<T>): Promise<T> {
  const folder = makeSystemTempFolder('upload');
  try {
    const file = path.join(folder, 'upload.bin');
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    return await use(file);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Bundles are read from a file: bytes a window sent are written to a private temporary one meanwhile. */
function withUploadFile<T>(bytes: Buffer, use: (file: string) => T): T {
  const folder = makeSystemTempFolder('upload');
  try {
    const file = path.join(folder, 'upload.bin');
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    return use(file);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
