import { z } from 'zod';
import { documentMetaSchema, MAX_DOCUMENT_CHARS } from '../../../../shared/model/document';
import { getSetting, setSetting } from '../../core/settings-repo';
import type { Library } from '../../core/library';
import type { ZipLimits } from '../../archive/zip-reader';
import { newId } from '../../core/ids';

/**
 * A bundle (交换包) is a ZIP file:
 *   manifest.json            format, version, source library, time, SHA-256 and size of every other entry
 *   documents/<id>.json      one document: metadata, cleaned text, field origins, tags (paths), notes
 *   originals/<sha256>       each original file, byte for byte
 *   collections/<id>.json    专辑, drafts/<id>.json 草稿 (rows of their tables, documents by id)
 * Documents keep their ids in every library, so a second import finds them again.
 */
export const BUNDLE_FORMAT = 'casebook-bundle';
export const BUNDLE_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';

export const BUNDLE_LIMITS: ZipLimits = {
  maxArchiveBytes: 2 * 1024 * 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
  maxEntryBytes: 400 * 1024 * 1024,
  maxEntries: 200_000,
  maxRatio: 200,
};

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const isoTime = z.string().min(10).max(40);

export const manifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.number().int(),
    libraryId: z.string().min(1).max(64),
    createdAt: isoTime,
    appVersion: z.string().max(40),
    counts: z.object({ documents: z.number().int().min(0), collections: z.number().int().min(0), drafts: z.number().int().min(0) }),
    entries: z.array(z.object({ path: z.string().min(1).max(512), size: z.number().int().min(0), sha256: sha256Schema })).max(BUNDLE_LIMITS.maxEntries),
  })
  .strict();
export type BundleManifest = z.infer<typeof manifestSchema>;

export const bundleNoteSchema = z.object({ id: idSchema, body: z.string().min(1).max(100_000), createdAt: isoTime, updatedAt: isoTime }).strict();

export const bundleDocumentSchema = z
  .object({
    id: idSchema,
    // Bundles made before 主送机关 and 附件 were read have neither.
    meta: documentMetaSchema.extend({ addressees: documentMetaSchema.shape.addressees.default(null), attachments: documentMetaSchema.shape.attachments.default(null) }),
    text: z.string().max(MAX_DOCUMENT_CHARS),
    textSha256: sha256Schema,
    original: z
      .object({ sha256: sha256Schema, fileName: z.string().max(1024), size: z.number().int().min(0), encoding: z.string().max(40).nullable() })
      .strict()
      .nullable(),
    fieldOrigins: z.record(z.string(), z.enum(['user', 'file', 'text'])),
    tags: z.array(z.string().min(1).max(200)).max(500),
    notes: z.array(bundleNoteSchema).max(10_000),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .strict();
export type BundleDocument = z.infer<typeof bundleDocumentSchema>;
/** A checked document without its text, which is read again from the archive when it is stored (a bundle is never held whole in memory). */
export type BundleDocumentHead = Omit<BundleDocument, 'text'> & { textLength: number };
/** A document's JSON entry above this cannot hold a text within MAX_DOCUMENT_CHARS (3 bytes a character, escapes aside). */
export const MAX_DOCUMENT_ENTRY_BYTES = MAX_DOCUMENT_CHARS * 3 + 4 * 1024 * 1024;

/** Rows of another feature's tables (专辑, 草稿), documents named by id instead of the library's own seq. */
export const bundleRecordSchema = z
  .object({
    id: idSchema,
    title: z.string().max(1000),
    updatedAt: z.string().max(40),
    tables: z.record(z.string().regex(/^[a-z_]{1,64}$/), z.array(z.record(z.string(), z.unknown())).max(100_000)),
  })
  .strict();
export type BundleRecord = z.infer<typeof bundleRecordSchema>;

export function documentEntryName(id: string): string {
  return `documents/${id}.json`;
}

export function originalEntryName(sha256: string): string {
  return `originals/${sha256}`;
}

const LIBRARY_ID_KEY = 'library.id';

/** This library's own id, made once: a bundle names the library it came from. */
export function libraryId(library: Library): string {
  const existing = getSetting(library.db, LIBRARY_ID_KEY);
  if (existing) return existing;
  const id = newId(16);
  library.write(() => setSetting(library.db, LIBRARY_ID_KEY, id));
  return id;
}

export function peekLibraryId(library: Library): string | null {
  return getSetting(library.db, LIBRARY_ID_KEY);
}
