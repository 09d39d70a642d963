import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../core/library';
import { processIsGone, staleSystemTempFolders } from '../core/system-temp';
import { BACKUP_OUTPUT_NOTE, BACKUP_TEMP_PREFIX } from '../exchange/backup/backup-create';
import { backupsFolder } from '../exchange/backup-service';
import { listedOriginalPaths } from './library-files-repo';
import { staleStages, staleSwapMarker } from './restore-stage';

/**
 * Start-up repair: what a killed import, backup or restore left behind is removed when a library
 * opens (and by 资料库检查's 修复, library-check.ts).
 *
 * Another process (the command line next to the app) may be importing, backing up or restoring in
 * this very library right now, so nothing is removed that such a process may still need:
 * - an original without its row only once older than `orphanMinAgeMs` (import writes the file just
 *   before it commits the row; ten minutes is far beyond that gap);
 * - temp files named after their process (`.backup-<pid>-…`, `backups/.…<pid>.<time>.tmp`,
 *   `originals/…<pid>.tmp`) only once that process is gone;
 * - restore stages and swap markers only once older than `orphanMinAgeMs`;
 * - Casebook's folders in the system temp folder (`casebook-upload-<pid>-…`) only once their process is gone.
 */

export const ORPHAN_MIN_AGE_MS = 10 * 60 * 1000;

export interface SweepResult {
  /** Originals removed (paths relative to the library folder, originals/ab/…). */
  orphanOriginals: string[];
  /** Temp and staging files and folders removed (absolute paths). */
  leftovers: string[];
}

function olderThan(file: string, minAgeMs: number): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat !== undefined && Date.now() - stat.mtimeMs >= minAgeMs;
}

function names(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}

/** A temp file of OriginalsStore.save: `<sha256><ext>.<pid>.tmp`. */
const ORIGINAL_TEMP = /\.(\d+)\.tmp$/;
/** The ZIP writer's temp file beside a backup: `.<name>.<pid>.<time>.tmp`. */
const ZIP_TEMP = /^\..+\.(\d+)\.\d+\.tmp$/;
/** A backup's snapshot folder: `.backup-<pid>-<random>`. */
const BACKUP_TEMP = new RegExp(`^${BACKUP_TEMP_PREFIX.replace('.', '\\.')}(\\d+)-`);

/**
 * Originals in originals/ that no `originals` row lists and that are older than `minAgeMs`
 * (relative paths). Rows are read first: a file whose row commits after that is new, hence young.
 */
export function orphanOriginals(library: Library, minAgeMs: number): string[] {
  const listed = listedOriginalPaths(library.db);
  const root = path.join(library.folder, 'originals');
  const found: string[] = [];
  for (const bucket of names(root)) {
    const folder = path.join(root, bucket);
    for (const name of names(folder)) {
      if (ORIGINAL_TEMP.test(name)) continue;
      const relative = path.posix.join('originals', bucket, name);
      if (listed.has(relative)) continue;
      const file = path.join(folder, name);
      if (fs.statSync(file, { throwIfNoEntry: false })?.isFile() && olderThan(file, minAgeMs)) found.push(relative);
    }
  }
  return found;
}

/** The partial archive a killed backup was writing wherever its user chose (BACKUP_OUTPUT_NOTE), if it is still there. */
function killedBackupOutput(snapshotFolder: string, pid: string): string[] {
  let temporary: string;
  try {
    temporary = fs.readFileSync(path.join(snapshotFolder, BACKUP_OUTPUT_NOTE), 'utf8');
  } catch {
    return [];
  }
  // Only a file named as the ZIP writer of that very process names its temp files.
  const named = ZIP_TEMP.exec(path.basename(temporary));
  return named && named[1] === pid && path.isAbsolute(temporary) && fs.lstatSync(temporary, { throwIfNoEntry: false })?.isFile() ? [temporary] : [];
}

/** Temp and staging files that a killed process left, which no running process still writes. */
export function staleLeftovers(library: Library, minAgeMs: number): string[] {
  const found: string[] = [];
  for (const name of names(library.folder)) {
    const file = path.join(library.folder, name);
    const backupTemp = BACKUP_TEMP.exec(name);
    if (backupTemp && processIsGone(Number(backupTemp[1]))) found.push(...killedBackupOutput(file, backupTemp[1] ?? ''), file);
    else if (name.startsWith('.restore-') && olderThan(file, minAgeMs)) found.push(file);
  }
  const swapMarker = staleSwapMarker(library.folder, minAgeMs);
  if (swapMarker) found.push(swapMarker);
  found.push(...staleStages(library.folder, minAgeMs));
  // Uploaded backups and bundles (a whole library in plain text) and downloads of browser mode.
  found.push(...staleSystemTempFolders());
  const backups = backupsFolder(library);
  for (const name of names(backups)) {
    const zipTemp = ZIP_TEMP.exec(name);
    if (zipTemp && processIsGone(Number(zipTemp[1]))) found.push(path.join(backups, name));
  }
  const originals = path.join(library.folder, 'originals');
  for (const bucket of names(originals)) {
    for (const name of names(path.join(originals, bucket))) {
      const temp = ORIGINAL_TEMP.exec(name);
      if (temp && processIsGone(Number(temp[1]))) found.push(path.join(originals, bucket, name));
    }
  }
  // A backup written into backups/ is found both by its note and by the folder's own scan.
  return [...new Set(found)];
}

/** Removes orphan originals and stale leftovers; never throws (a library that opens must stay usable). */
export function sweepLibrary(library: Library, minAgeMs = ORPHAN_MIN_AGE_MS): SweepResult {
  const result: SweepResult = { orphanOriginals: [], leftovers: [] };
  try {
    for (const relative of orphanOriginals(library, minAgeMs)) {
      library.originals.remove(relative);
      result.orphanOriginals.push(relative);
    }
    for (const file of staleLeftovers(library, minAgeMs)) {
      fs.rmSync(file, { recursive: true, force: true });
      result.leftovers.push(file);
    }
  } catch {
    // A file in use (Windows) or a read-only library: the next start tries again.
  }
  return result;
}
