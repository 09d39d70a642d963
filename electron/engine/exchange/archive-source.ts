import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../shared/api/errors';
import { newId } from '../core/ids';
import { makeSystemTempFolder } from '../core/system-temp';

/** A bundle or backup named by its path on this computer, or sent as bytes (browser mode). */
export type ArchiveSource = { path: string } | { fileName: string; contentBase64: string };

export interface ResolvedSource {
  file: string;
  /** As the user knows it: the path given, or the uploaded file's name. */
  displayName: string;
  dispose(): void;
}

/** Uploaded bytes go to a private temporary file, so bundles and backups are always read from disk. */
export function resolveSource(source: ArchiveSource): ResolvedSource {
  if ('path' in source) {
    const file = path.resolve(source.path);
    if (!fs.existsSync(file)) throw new CasebookError('NOT_FOUND', `找不到文件“${source.path}”（可能已被移动或删除）。`, `missing ${file}`);
    return { file, displayName: source.path, dispose: () => {} };
  }
  const folder = makeSystemTempFolder('upload');
  const file = path.join(folder, `${newId()}.bin`);
  fs.writeFileSync(file, Buffer.from(source.contentBase64, 'base64'), { mode: 0o600 });
  return { file, displayName: source.fileName, dispose: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

export function withSource<T>(source: ArchiveSource, fn: (resolved: ResolvedSource) => T): T {
  const resolved = resolveSource(source);
  try {
    return fn(resolved);
  } finally {
    resolved.dispose();
  }
}

/** The same for work that awaits (a bundle read in a parse worker): the uploaded copy stays until it settles. */
export async function withSourceAsync<T>(source: ArchiveSource, fn: (resolved: ResolvedSource) => Promise<T>): Promise<T> {
  const resolved = resolveSource(source);
  try {
    return await fn(resolved);
  } finally {
    resolved.dispose();
  }
}

/** Writes to a temporary file and hands back the bytes (browser download), removing the file. */
export function withTemporaryTarget<T>(fileName: string, fn: (target: string) => T): { value: T; bytes: Buffer } {
  const folder = makeSystemTempFolder('out');
  try {
    const target = path.join(folder, fileName);
    const value = fn(target);
    return { value, bytes: fs.readFileSync(target) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
