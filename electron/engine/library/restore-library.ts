import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../shared/api/errors';
import type { RestoreResult } from '../../../shared/model/backup';
import { crashPoint } from '../core/crash-points';
import { newId } from '../core/ids';
import { DATABASE_FILE_NAME, type Library, type OpenLibraryOptions } from '../core/library';
import { openDatabase } from '../db/open-database';
import type { ArchiveSource } from '../exchange/archive-source';
import { libraryIsEmpty } from '../exchange/backup/backup-restore';
import { restoreFrom } from '../exchange/backup-service';
import { claimAsSingleFile, closeAsSingleFile } from './library-files-repo';
import { openLibrary } from './open-library';
import { stageName, staleStages, SWAP_MARKER } from './restore-stage';

/**
 * Restore made atomic.
 *
 * The complete new library (database with its search index, originals/) is built in a stage folder
 * beside the target, `<parent>/.<name>.casebook-restore-<id>`, on the same disk, and only then made
 * live with renames:
 *
 * - target folder missing: one rename of the stage to the target. A kill before it leaves no target.
 * - target folder exists (empty, or an empty library): the folder itself is never renamed (Windows
 *   refuses while Explorer shows it), so its content is swapped. The staged database is closed in
 *   rollback-journal mode, a single self-contained file; the target's old database, if any, is
 *   brought to the same mode, which needs exclusive access (another window or command line using it
 *   makes the restore stop here). Then: a marker `.casebook-restore-swap` is written into the target;
 *   its old originals/ go into the stage; the staged originals/ come in; and last the staged
 *   casebook.db replaces the old one (or arrives) with one rename: that rename is the moment the new
 *   library becomes live. A kill before it leaves the old database (or none) plus, at most, an
 *   originals/ folder that database does not list, which the marker says is a restore's: the next
 *   attempt moves it away again and succeeds; the library, opened meanwhile, is the old empty one and
 *   sweeps those files as orphans. A kill after it leaves the complete new library; the marker and
 *   the stage are removed by the next start (library-repair.ts).
 */

const SIDECARS = ['-wal', '-shm', '-journal'];

export type TargetState = 'missing' | 'empty' | 'library';

/** Names in a folder that count as its content (hidden files such as .DS_Store do not). */
export function visibleEntries(folder: string): string[] {
  return fs.readdirSync(folder).filter((name) => !name.startsWith('.'));
}

/**
 * What the target folder holds. An originals/ folder beside no database, under a swap marker, is
 * what a killed restore left: it counts as empty (the swap moves it away).
 */
export function targetState(folder: string): TargetState {
  const stat = fs.statSync(folder, { throwIfNoEntry: false });
  if (!stat) return 'missing';
  if (!stat.isDirectory()) throw new CasebookError('CONFLICT', `“${folder}”是一个文件，不是文件夹。请换一个位置再恢复。`, 'not a directory');
  const entries = visibleEntries(folder);
  if (entries.includes(DATABASE_FILE_NAME)) return 'library';
  const leftover = fs.existsSync(path.join(folder, SWAP_MARKER)) ? ['originals'] : [];
  if (entries.some((name) => !leftover.includes(name))) {
    throw new CasebookError('CONFLICT', `文件夹“${folder}”中已有其他文件，不能恢复到这里。请选择一个空文件夹，或填写一个还不存在的文件夹（会自动新建）。`, 'folder not empty');
  }
  return 'empty';
}


/** Refuses a target library that holds the user's work. The caller has closed its own connection. */
function checkTargetLibraryEmpty(options: OpenLibraryOptions, folder: string): void {
  const library = openLibrary({ ...options, folder, createIfMissing: false });
  try {
    if (!libraryIsEmpty(library)) {
      throw new CasebookError(
        'CONFLICT',
        '只能恢复到新的或空的资料库：这个资料库中已经有资料、备注、专辑或草稿。请新建一个资料库文件夹后再恢复（命令行：casebook restore 备份文件 --library 新文件夹）。',
        'target library not empty',
      );
    }
  } finally {
    library.close();
  }
}

/**
 * Leaves the target's database a single file (rollback-journal mode), which needs exclusive access:
 * if another window or command line has this library open, the restore stops before touching it.
 */
function releaseTargetDatabase(options: OpenLibraryOptions, folder: string): void {
  const file = path.join(folder, DATABASE_FILE_NAME);
  if (!fs.existsSync(file)) {
    for (const suffix of SIDECARS) fs.rmSync(`${file}${suffix}`, { force: true });
    return;
  }
  const db = openDatabase(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    const mode = claimAsSingleFile(db);
    if (mode !== 'delete') throw new Error(`journal_mode ${mode}`);
  } catch (error) {
    throw new CasebookError('LIBRARY_LOCKED', '这个资料库正被其他窗口或命令行使用，没有恢复。请关闭它们后再试。', String(error));
  } finally {
    db.close();
  }
}

function fsyncFolder(folder: string): void {
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; its renames are journaled by NTFS.
  }
}

/** Builds the complete library in `stage`: database, originals and search index, closed as one file plus originals/. */
function buildStage(options: OpenLibraryOptions, stage: string, source: ArchiveSource): RestoreResult {
  fs.mkdirSync(stage);
  const library: Library = openLibrary({ ...options, folder: stage, createIfMissing: false });
  try {
    const result = restoreFrom(library, source);
    closeAsSingleFile(library.db);
    return result;
  } finally {
    library.close();
  }
}

function swapIntoFolder(stage: string, folder: string): void {
  const marker = path.join(folder, SWAP_MARKER);
  fs.writeFileSync(marker, `${path.basename(stage)}\n`, { flush: true });
  fsyncFolder(folder);
  const originals = path.join(folder, 'originals');
  const replaced = path.join(stage, 'replaced-originals');
  const stagedOriginals = path.join(stage, 'originals');
  const database = path.join(folder, DATABASE_FILE_NAME);
  try {
    if (fs.existsSync(originals)) fs.renameSync(originals, replaced);
    if (fs.existsSync(stagedOriginals)) fs.renameSync(stagedOriginals, originals);
    // Sidecars of the old database (none after releaseTargetDatabase) would be replayed onto the new one.
    for (const suffix of SIDECARS) fs.rmSync(`${database}${suffix}`, { force: true });
    crashPoint('restore:before-swap');
    fs.renameSync(path.join(stage, DATABASE_FILE_NAME), database);
  } catch (error) {
    // Not live yet (a file in use on Windows, a full disk): the target gets back what it had.
    try {
      if (fs.existsSync(replaced)) {
        fs.rmSync(originals, { recursive: true, force: true });
        fs.renameSync(replaced, originals);
      } else if (!fs.existsSync(stagedOriginals) && fs.existsSync(originals)) {
        fs.renameSync(originals, stagedOriginals);
      }
      fs.rmSync(marker, { force: true });
    } catch {
      // The marker stays: the next restore or start-up repair finishes the clean-up.
    }
    throw new CasebookError('INTERNAL', '恢复的资料库无法放到目标文件夹（文件可能正被其他程序使用），目标文件夹保持原样。请关闭其他程序后再试。', String(error));
  }
  fsyncFolder(folder);
  crashPoint('restore:live');
  fs.rmSync(marker, { force: true });
}

/**
 * Restores a backup into `folder` (missing, empty, or an empty library nobody has open) atomically:
 * the folder holds either what it held before or the complete restored library, whenever the
 * process stops. Stages of earlier killed restores into the same folder are removed first.
 */
export function restoreLibraryInto(options: OpenLibraryOptions, folder: string, source: ArchiveSource): RestoreResult {
  for (const stage of staleStages(folder, 0)) fs.rmSync(stage, { recursive: true, force: true });
  const state = targetState(folder);
  if (state === 'library') checkTargetLibraryEmpty(options, folder);
  const parent = path.dirname(folder);
  // Folders made for the target's parent are taken back if the restore fails.
  const madeParent = fs.mkdirSync(parent, { recursive: true });
  const stage = path.join(parent, stageName(folder, newId(8)));
  let live = false;
  try {
    const result = buildStage(options, stage, source);
    if (state === 'missing') {
      crashPoint('restore:before-swap');
      fs.renameSync(stage, folder);
      live = true;
      fsyncFolder(parent);
      crashPoint('restore:live');
      return result;
    }
    // Again: something may have been imported while the stage was built.
    if (state === 'library') checkTargetLibraryEmpty(options, folder);
    releaseTargetDatabase(options, folder);
    swapIntoFolder(stage, folder);
    live = true;
    return result;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
    if (!live && madeParent !== undefined) fs.rmSync(madeParent, { recursive: true, force: true });
  }
}
