import { z } from 'zod';
import type { ZipLimits } from '../../archive/zip-reader';

/**
 * A backup is one ZIP file holding the whole library:
 *   manifest.json             format, version, library id, time, schema version, SHA-256 and size of every entry
 *   casebook.db               a consistent snapshot of the database (VACUUM INTO)
 *   originals/ab/<sha256>.ext every original file, at the same place as in the library folder
 */
export const BACKUP_FORMAT = 'casebook-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_DATABASE_ENTRY = 'casebook.db';

export const BACKUP_LIMITS: ZipLimits = {
  maxArchiveBytes: 0xffffffff,
  maxTotalBytes: 16 * 1024 * 1024 * 1024,
  maxEntryBytes: 8 * 1024 * 1024 * 1024,
  maxEntries: 1_000_000,
  maxRatio: 200,
};

export const backupManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.number().int(),
    libraryId: z.string().min(1).max(64),
    createdAt: z.string().min(10).max(40),
    appVersion: z.string().max(40),
    schemaVersion: z.number().int().min(1),
    counts: z.object({ documents: z.number().int().min(0), originals: z.number().int().min(0) }),
    entries: z
      .array(z.object({ path: z.string().min(1).max(512), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
      .max(BACKUP_LIMITS.maxEntries),
  })
  .strict();
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** Tables whose rows are the user's work: a library with any of them is not empty and is never restored over. */
export const CONTENT_TABLES = ['documents', 'notes', 'drafts', 'collections', 'collection_folders', 'selection_rounds', 'saved_searches'];

/** Derived tables the search engine rebuilds from the documents after a restore. */
export const REBUILT_TABLES = ['search_docs', 'search_index_state'];
