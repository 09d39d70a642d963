import { type Handlers } from '../core/handler';
import { backupKeepAndList, createBackup, listBackups, readBackup } from './backup-service';
import { applyBundleFrom, exportBundle, previewBundle } from './bundle-service';

/** 交换包 and 备份: the exchange part of the handler table (long jobs that write in their own transactions). */
export const exchangeHandlers = {
  'bundle.export': (library, request) => exportBundle(library, request),
  'bundle.preview': (library, request) => previewBundle(library, request.source),
  'bundle.apply': (library, request) => applyBundleFrom(library, request.source, request.onConflict, request.choices),
  'backup.create': (library, request) => createBackup(library, request),
  'backup.list': (library) => listBackups(library),
  'backup.setKeep': (library, request) => backupKeepAndList(library, request.keep),
  'backup.read': (library, request) => readBackup(library, request.fileName),
} satisfies Partial<Handlers>;
