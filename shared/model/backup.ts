export interface BackupFile {
  fileName: string;
  /** Full path on this computer. */
  path: string;
  size: number;
  createdAt: string;
}

export interface BackupList {
  /** The library's backups folder. */
  folder: string;
  /** How many backups in that folder are kept (older ones are deleted after each new one). */
  keep: number;
  backups: BackupFile[];
}

export interface BackupResult extends BackupFile {
  documents: number;
  originals: number;
  /** The backup itself when the request asked for it (browser download). */
  contentBase64: string | null;
}

export interface RestoreResult {
  documents: number;
  trashed: number;
  originals: number;
  tags: number;
  notes: number;
  /** Tables restored beyond the core ones (专辑, 草稿 …), by table name with row counts. */
  tables: Record<string, number>;
}

/** 恢复到新资料库: what was restored, and the folder of the new library the door now serves. */
export interface RestoreToNewResult extends RestoreResult {
  folder: string;
}

export const DEFAULT_BACKUP_KEEP = 10;
export const BACKUP_FILE_EXTENSION = '.casebook-backup';
