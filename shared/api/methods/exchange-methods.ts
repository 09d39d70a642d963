import type { BackupList, BackupResult, RestoreResult, RestoreToNewResult } from '../../model/backup';
import type { BundleApplyResult, BundleExportResult, BundlePlan } from '../../model/bundle';
import { backupCreateSchema, backupKeepSchema, backupReadSchema, backupRestoreSchema, backupRestoreToNewSchema, bundleApplySchema, bundleExportSchema, bundlePreviewSchema } from './exchange-schemas';
import { method, empty } from './common';

export const exchangeMethods = {
  /** 交换包: writes the selected documents, 专辑 and 草稿 (with originals, tags, notes, citations) to one file. */
  'bundle.export': method<BundleExportResult>()(bundleExportSchema),
  /** Checks a bundle and says what importing it would add, find already here, or find changed; writes nothing. */
  'bundle.preview': method<BundlePlan>()(bundlePreviewSchema),
  /** Imports a bundle with the user's choice for each conflict (保留本库 / 采用交换包 / 两份都保留). */
  'bundle.apply': method<BundleApplyResult>()(bundleApplySchema),
  /** 备份: the whole library in one file (to the library's backups folder unless `out` is given). */
  'backup.create': method<BackupResult>()(backupCreateSchema),
  'backup.list': method<BackupList>()(empty),
  /** How many backups the backups folder keeps (the desktop app makes one on quit). */
  'backup.setKeep': method<BackupList>()(backupKeepSchema),
  /** One backup from the backups folder as bytes, to save a copy elsewhere. */
  'backup.read': method<{ fileName: string; contentBase64: string }>()(backupReadSchema),
  /** 从备份恢复 into this library, which must be new or empty. */
  'backup.restore': method<RestoreResult>()(backupRestoreSchema),
  /**
   * 恢复到新资料库: makes a new library in `folder`, restores the backup into it and serves it from
   * then on (the desktop app also remembers it); the library open until then is left as it was.
   */
  'backup.restoreToNew': method<RestoreToNewResult>()(backupRestoreToNewSchema),
} as const;
