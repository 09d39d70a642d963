import { z } from 'zod';
import { CONFLICT_CHOICES } from '../../model/bundle';

/** Request schemas of the 交换包 and 备份 methods (bundle.*, backup.*), used by contract.ts. */

const itemId = z.string().trim().min(1).max(64);
const filePath = z.string().trim().min(1, '请指定文件').max(4096);

/** A file on this computer, or one picked in the browser and sent as bytes. */
export const archiveSourceSchema = z.union([
  z.object({ path: filePath }).strict(),
  z
    .object({
      fileName: z.string().trim().min(1).max(1024),
      contentBase64: z.string().min(1, '文件是空的').max(400 * 1024 * 1024, '文件太大，请改用命令行处理'),
    })
    .strict(),
]);

export const conflictChoiceSchema = z.enum(CONFLICT_CHOICES);

export const bundleExportSchema = z
  .object({
    documentIds: z.array(itemId).max(10_000).default([]),
    collectionIds: z.array(itemId).max(1_000).default([]),
    draftIds: z.array(itemId).max(1_000).default([]),
    /** Write exactly this file; without it the bundle comes back as bytes (contentBase64). */
    out: filePath.optional(),
  })
  .strict();

export const bundlePreviewSchema = z.object({ source: archiveSourceSchema }).strict();

export const bundleApplySchema = z
  .object({
    source: archiveSourceSchema,
    /** For conflicts not decided one by one; keep-mine unless chosen. */
    onConflict: conflictChoiceSchema.default('mine'),
    /** Per item id: 保留本库 mine / 采用交换包 theirs / 两份都保留 both. */
    choices: z.record(itemId, conflictChoiceSchema).default({}),
  })
  .strict();

export const backupCreateSchema = z
  .object({
    /** Write exactly this file; without it the backup goes to the library's backups folder. */
    out: filePath.optional(),
    /** Also answer with the file's bytes (browser mode saves a copy). */
    download: z.boolean().default(false),
  })
  .strict();

export const backupKeepSchema = z.object({ keep: z.number().int().min(1, '至少保留 1 份备份').max(100, '最多保留 100 份备份') }).strict();

export const backupReadSchema = z.object({ fileName: z.string().trim().min(1).max(200) }).strict();

export const backupRestoreSchema = z.object({ source: archiveSourceSchema }).strict();

export const backupRestoreToNewSchema = z
  .object({
    source: archiveSourceSchema,
    /** The new library's folder, a full path: missing (it is made), empty, or an empty library. */
    folder: z.string().trim().min(1, '请填写新资料库的文件夹位置').max(4096),
  })
  .strict();
