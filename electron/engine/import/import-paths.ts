import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { importerForFile } from './registry';

/**
 * File names as the file system holds them. On Linux and macOS a name is bytes, and a folder copied
 * from an old Chinese Windows machine (or unpacked from a zip made there) holds names in GBK, which
 * Node would read as U+FFFD and then fail to open. Folders are therefore read as bytes: a name is
 * shown decoded (UTF-8 when it is valid UTF-8, else GB18030) and the file is opened by its bytes.
 */

export type FsPath = string | Buffer;

export interface ImportTarget {
  /** The path as shown and reported, with the name decoded. */
  file: string;
  /** What to open: the same string, or the raw bytes when a name is not UTF-8. */
  fsPath: FsPath;
  /** Named by the user (not found inside a folder). */
  explicit: boolean;
}

export function decodeFileName(name: Buffer): string {
  return isUtf8(name) ? name.toString('utf8') : iconv.decode(name, 'gb18030');
}

function joinFsPath(folder: FsPath, name: Buffer, decodedName: string): FsPath {
  if (typeof folder === 'string' && isUtf8(name)) return path.join(folder, decodedName);
  const base = typeof folder === 'string' ? Buffer.from(folder, 'utf8') : folder;
  const separator = base.length > 0 && base[base.length - 1] === path.sep.charCodeAt(0) ? Buffer.alloc(0) : Buffer.from(path.sep);
  return Buffer.concat([base, separator, name]);
}

function exists(fsPath: FsPath): boolean {
  try {
    fs.lstatSync(fsPath);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path to open for a path as shown: itself when it exists, else the entry whose decoded name
 * matches, component by component (so "资料/党建联建.txt" finds a GBK-named file or folder).
 */
export function resolveFsPath(shown: string): FsPath {
  if (exists(shown)) return shown;
  const parent = path.dirname(shown);
  if (parent === shown) return shown;
  const parentPath = resolveFsPath(parent);
  const wanted = path.basename(shown);
  try {
    for (const name of fs.readdirSync(parentPath, { encoding: 'buffer' })) {
      if (decodeFileName(name) === wanted) return joinFsPath(parentPath, name, wanted);
    }
  } catch {
    // The parent is missing or unreadable: report the path as given.
  }
  return shown;
}

/** Files and folders (recursively, in name order); unsupported files inside folders are skipped, not failed. */
export function expandImportPaths(paths: string[]): ImportTarget[] {
  const files: ImportTarget[] = [];
  const walk = (folder: FsPath, shownFolder: string): void => {
    const entries = fs
      .readdirSync(folder, { withFileTypes: true, encoding: 'buffer' })
      .map((entry) => ({ entry, name: decodeFileName(entry.name) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const { entry, name } of entries) {
      if (name.startsWith('.')) continue;
      const fsPath = joinFsPath(folder, entry.name, name);
      const shown = path.join(shownFolder, name);
      if (entry.isDirectory()) walk(fsPath, shown);
      else if (entry.isFile() && importerForFile(name)) files.push({ file: shown, fsPath, explicit: false });
    }
  };
  for (const given of paths) {
    const fsPath = resolveFsPath(given);
    let isFolder = false;
    try {
      isFolder = fs.statSync(fsPath).isDirectory();
    } catch {
      isFolder = false;
    }
    if (isFolder) walk(fsPath, given);
    else files.push({ file: given, fsPath, explicit: true });
  }
  return files;
}
