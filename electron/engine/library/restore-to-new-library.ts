import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../shared/api/errors';
import type { RestoreToNewResult } from '../../../shared/model/backup';
import { DATABASE_FILE_NAME, type Library, type OpenLibraryOptions } from '../core/library';
import type { ArchiveSource } from '../exchange/archive-source';
import { restoreFrom } from '../exchange/backup-service';
import { openLibrary } from './open-library';

type TargetState = 'missing' | 'empty' | 'library';

/** Names in a folder that count as its content (hidden files such as .DS_Store do not). */
function visibleEntries(folder: string): string[] {
  return fs.readdirSync(folder).filter((name) => !name.startsWith('.'));
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Where a new library may go: a full path, not the open library or inside it, missing or empty or an (empty) library. */
function checkTarget(requested: string, currentFolder: string): { folder: string; state: TargetState } {
  if (!path.isAbsolute(requested)) {
    throw new CasebookError('BAD_REQUEST', `请填写新资料库文件夹的完整位置（例如 D:\\案例库\\恢复的资料库），“${requested}”不是完整位置。`, `relative ${requested}`);
  }
  const folder = path.resolve(requested);
  if (isInside(folder, path.resolve(currentFolder))) {
    throw new CasebookError('CONFLICT', '新资料库不能是当前资料库的文件夹，也不能放在它里面。请换一个位置。', `inside ${currentFolder}`);
  }
  const stat = fs.statSync(folder, { throwIfNoEntry: false });
  if (!stat) return { folder, state: 'missing' };
  if (!stat.isDirectory()) throw new CasebookError('CONFLICT', `“${folder}”是一个文件，不是文件夹。请换一个位置。`, 'not a directory');
  const entries = visibleEntries(folder);
  if (entries.includes(DATABASE_FILE_NAME)) return { folder, state: 'library' };
  if (entries.length > 0) {
    throw new CasebookError('CONFLICT', `文件夹“${folder}”中已有其他文件。请选择一个空文件夹，或填写一个还不存在的文件夹（会自动新建）。`, 'folder not empty');
  }
  return { folder, state: 'empty' };
}

/** Takes back what a failed restore made: the folder it created, or what it added to an empty one. */
function removeCreated(folder: string, state: TargetState, before: ReadonlySet<string>): void {
  if (state === 'library') return; // an existing library: the restore wrote nothing it could not roll back
  if (state === 'missing') {
    fs.rmSync(folder, { recursive: true, force: true });
    return;
  }
  for (const name of fs.readdirSync(folder)) {
    if (!before.has(name)) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
  }
}

/**
 * 恢复到新资料库: a backup restored into a new library beside the one open now, which stays as it
 * was. The new library is made (or an empty one used), filled by the same restore as `casebook
 * restore`, and closed; the caller then serves it. If anything fails, what was made is removed.
 */
export function restoreToNewLibrary(options: OpenLibraryOptions, currentFolder: string, requested: string, source: ArchiveSource): RestoreToNewResult {
  const { folder, state } = checkTarget(requested, currentFolder);
  const before = new Set(state === 'empty' ? fs.readdirSync(folder) : []);
  let library: Library | null = null;
  try {
    library = openLibrary({ ...options, folder, createIfMissing: true });
    const restored = restoreFrom(library, source);
    return { ...restored, folder };
  } catch (error) {
    library?.close();
    library = null;
    try {
      removeCreated(folder, state, before);
    } catch {
      // Left behind, reported with the original error below; it holds nothing of the user's.
    }
    throw error;
  } finally {
    library?.close();
  }
}
