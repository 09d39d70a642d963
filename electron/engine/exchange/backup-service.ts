import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../shared/api/errors';
import { BACKUP_FILE_EXTENSION, DEFAULT_BACKUP_KEEP, type BackupFile, type BackupList, type BackupResult, type RestoreResult } from '../../../shared/model/backup';
import { writeBackup } from './backup/backup-create';
import { restoreBackup } from './backup/backup-restore';
import { getSetting, setSetting } from '../core/settings-repo';
import { hasAnyDocument } from './exchange-repo';
import type { Library } from '../core/library';
import { withSource, type ArchiveSource } from './archive-source';

export const BACKUPS_FOLDER_NAME = 'backups';
const KEEP_KEY = 'backup.keep';
const BACKUP_NAME = /^casebook-backup-\d{8}-\d{6}-\d{3}\.casebook-backup$/;

export function backupsFolder(library: Library): string {
  return path.join(library.folder, BACKUPS_FOLDER_NAME);
}

export function backupKeep(library: Library): number {
  const value = Number(getSetting(library.db, KEEP_KEY));
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_BACKUP_KEEP;
}

function backupFileName(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\.(\d{3})Z$/, '-$1');
  return `casebook-backup-${stamp}${BACKUP_FILE_EXTENSION}`;
}

function nextBackupPath(library: Library): string {
  let time = Date.now();
  // Two backups in the same millisecond (a quick second click) get distinct names.
  while (fs.existsSync(path.join(backupsFolder(library), backupFileName(new Date(time))))) time += 1;
  return path.join(backupsFolder(library), backupFileName(new Date(time)));
}

/** The backups Casebook made in the library's backups folder, newest first (other files there are left alone). */
export function listBackupFiles(library: Library): BackupFile[] {
  const folder = backupsFolder(library);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
    .map((name) => {
      const file = path.join(folder, name);
      const stat = fs.statSync(file);
      return { fileName: name, path: file, size: stat.size, createdAt: stat.mtime.toISOString() };
    });
}

export function listBackups(library: Library): BackupList {
  return { folder: backupsFolder(library), keep: backupKeep(library), backups: listBackupFiles(library) };
}

export function backupKeepAndList(library: Library, keep: number): BackupList {
  library.write(() => setSetting(library.db, KEEP_KEY, String(keep)));
  pruneBackups(library);
  return listBackups(library);
}

/** Deletes the oldest of Casebook's own backups beyond the number to keep. */
export function pruneBackups(library: Library): string[] {
  const removed: string[] = [];
  for (const backup of listBackupFiles(library).slice(backupKeep(library))) {
    fs.rmSync(backup.path, { force: true });
    removed.push(backup.fileName);
  }
  return removed;
}

export interface BackupRequest {
  /** Write exactly this file; without it the backup goes to the library's backups folder. */
  out?: string | undefined;
  /** Also answer with the bytes (browser mode saves a copy where the user wants it). */
  download?: boolean | undefined;
}

export function createBackup(library: Library, request: BackupRequest = {}): BackupResult {
  const target = request.out ? path.resolve(request.out) : nextBackupPath(library);
  const written = writeBackup(library, target);
  if (!request.out) pruneBackups(library);
  return {
    fileName: path.basename(written.path),
    path: written.path,
    size: written.size,
    createdAt: written.createdAt,
    documents: written.documents,
    originals: written.originals,
    contentBase64: request.download ? fs.readFileSync(written.path).toString('base64') : null,
  };
}

/** One of the backups in the backups folder, as bytes (to save a copy elsewhere from browser mode). */
export function readBackup(library: Library, fileName: string): { fileName: string; contentBase64: string } {
  const backup = listBackupFiles(library).find((candidate) => candidate.fileName === fileName);
  if (!backup) throw new CasebookError('NOT_FOUND', `找不到备份“${fileName}”，它可能已被自动清理。`, `backup ${fileName}`);
  return { fileName, contentBase64: fs.readFileSync(backup.path).toString('base64') };
}

export function restoreFrom(library: Library, source: ArchiveSource): RestoreResult {
  return withSource(source, ({ file }) => restoreBackup(library, file));
}

/**
 * The backup made when the desktop app quits: skipped when nothing changed since the newest backup
 * (the database files are not newer) or the library holds nothing yet.
 */
export function backupOnQuit(library: Library): BackupResult | null {
  if (!hasAnyDocument(library.db)) return null;
  const newest = listBackupFiles(library)[0];
  if (newest) {
    const changed = ['casebook.db', 'casebook.db-wal'].some((name) => {
      const stat = fs.statSync(path.join(library.folder, name), { throwIfNoEntry: false });
      return stat !== undefined && stat.mtimeMs > Date.parse(newest.createdAt);
    });
    if (!changed) return null;
  }
  return createBackup(library);
}
