import path from 'node:path';
import { CasebookError } from '../../../shared/api/errors';
import type { RestoreToNewResult } from '../../../shared/model/backup';
import type { OpenLibraryOptions } from '../core/library';
import type { ArchiveSource } from '../exchange/archive-source';
import { restoreLibraryInto, targetState } from './restore-library';

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Where a new library may go: a full path, not the open library or inside it, missing or empty or an (empty) library. */
function checkTarget(requested: string, currentFolder: string): string {
  if (!path.isAbsolute(requested)) {
    throw new CasebookError('BAD_REQUEST', `请填写新资料库文件夹的完整位置（例如 D:\\案例库\\恢复的资料库），“${requested}”不是完整位置。`, `relative ${requested}`);
  }
  const folder = path.resolve(requested);
  if (isInside(folder, path.resolve(currentFolder))) {
    throw new CasebookError('CONFLICT', '新资料库不能是当前资料库的文件夹，也不能放在它里面。请换一个位置。', `inside ${currentFolder}`);
  }
  targetState(folder);
  return folder;
}

/**
 * 恢复到新资料库: a backup restored into a new library beside the one open now, which stays as it
 * was. The new library is built complete in a stage beside the target and made live with renames
 * (restore-library.ts), so a failure or a kill leaves the target as it was; the caller then serves it.
 */
export function restoreToNewLibrary(options: OpenLibraryOptions, currentFolder: string, requested: string, source: ArchiveSource): RestoreToNewResult {
  const folder = checkTarget(requested, currentFolder);
  return { ...restoreLibraryInto(options, folder, source), folder };
}
