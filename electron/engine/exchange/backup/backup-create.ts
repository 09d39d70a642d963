import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../../shared/api/errors';
import { ZipWriter } from '../../archive/zip-writer';
import { isSafeEntryName } from '../../archive/entry-names';
import { libraryId } from '../bundle/bundle-format';
import { schemaVersion } from '../../db/migrate';
import type { Library } from '../../core/library';
import { nowIso } from '../../core/ids';
import { crashPoint } from '../../core/crash-points';
import { BACKUP_DATABASE_ENTRY, BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest } from './backup-format';
import { snapshotFacts, vacuumInto } from './backup-repo';

export interface WrittenBackup {
  path: string;
  size: number;
  createdAt: string;
  documents: number;
  originals: number;
  /** Originals listed in the database whose files were already missing from the library folder. */
  missingOriginals: number;
}

/**
 * The database snapshot is written into `<library>/.backup-<pid>-<random>/`, never the system temp
 * folder: it is a full plaintext copy of the library, and a killed backup must not leave it where
 * nobody looks. The library's start-up repair removes such folders once their process is gone
 * (library/library-repair.ts), as it removes the ZIP writer's `backups/.*.tmp` files.
 */
export const BACKUP_TEMP_PREFIX = '.backup-';

/**
 * In the snapshot folder: the path of the ZIP writer's temp file. A backup written elsewhere (`--out`,
 * 另存为) has it beside the chosen file, outside the library; the repair reads this to remove it too.
 */
export const BACKUP_OUTPUT_NOTE = 'writing-to';

/**
 * Writes the whole library to `target`: a consistent snapshot of the database taken with VACUUM INTO
 * (other windows may keep writing meanwhile) and the original files that snapshot lists.
 */
export function writeBackup(library: Library, target: string): WrittenBackup {
  const sourceId = libraryId(library);
  const folder = fs.mkdtempSync(path.join(library.folder, `${BACKUP_TEMP_PREFIX}${process.pid}-`));
  const snapshot = path.join(folder, BACKUP_DATABASE_ENTRY);
  const writer = new ZipWriter(path.resolve(target));
  try {
    fs.writeFileSync(path.join(folder, BACKUP_OUTPUT_NOTE), writer.temporary);
    try {
      vacuumInto(library.db, snapshot);
    } catch (error) {
      throw new CasebookError('INTERNAL', '无法生成数据库快照，请检查资料库所在磁盘的空间。', String(error));
    }
    // The snapshot says which originals belong to it; read them from the library folder.
    const { originals, documents, version } = snapshotFacts(library.db, snapshot);
    const createdAt = nowIso();
    writer.addFile(BACKUP_DATABASE_ENTRY, snapshot, true);
    crashPoint('backup:midway');
    let missing = 0;
    for (const original of originals) {
      const file = library.originals.absolute(original.stored_path);
      if (!isSafeEntryName(original.stored_path) || !fs.existsSync(file)) {
        missing += 1;
        continue;
      }
      writer.addFile(original.stored_path, file, /\.(txt|text|md|markdown|html?|xhtml|shtml|mhtml?)$/i.test(original.stored_path));
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      libraryId: sourceId,
      createdAt,
      appVersion: library.options.appVersion.slice(0, 40),
      schemaVersion: version || schemaVersion(library.db),
      counts: { documents, originals: originals.length - missing },
      entries: [...writer.entries],
    };
    writer.add('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), true);
    const written = writer.finish();
    return { path: written.path, size: written.size, createdAt, documents, originals: originals.length - missing, missingOriginals: missing };
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
