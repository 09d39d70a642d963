import { z } from 'zod';
import { DOCUMENT_KINDS } from '../../model/document';
import type { ImportJobStarted, ImportJobState, ImportResult } from '../../model/import';
import { progressKeySchema } from '../../model/progress';
import { conflictChoiceSchema } from './exchange-schemas';
import { method, importEncoding, tagPath } from './common';

/** How the files of one import are read: the same for every file of the job. */
const importOptions = {
  kind: z.enum(DOCUMENT_KINDS).optional(),
  tags: z.array(tagPath).max(50).default([]),
  /** A text encoding to read the files in instead of the detected one, e.g. gb18030. */
  encoding: importEncoding,
  /** A 交换包 among the files: what to do with documents that differ from the library's copy. */
  onConflict: conflictChoiceSchema.optional(),
};

const paths = z.array(z.string().min(1).max(4096)).min(1, '请选择要导入的文件').max(10_000);
const jobId = z.string().trim().min(1, '缺少导入任务编号').max(64);

/** Files picked or dropped in a window, sent as bytes (base64). */
const uploads = z
  .array(
    z
      .object({
        name: z.string().trim().min(1).max(1024),
        contentBase64: z.string().max(400 * 1024 * 1024),
      })
      .strict(),
  )
  .min(1, '请选择要导入的文件')
  .max(1000);

export const importMethods = {
  /**
   * Starts an import job (engine/import/import-job.ts): files and folders on this computer are read
   * in the background (`paths`), or the window sends `expectUploads` files with import.addFiles.
   * Progress under progressKey (progress.get), each file's line with import.results.
   */
  'import.start': method<ImportJobStarted>()(
    z
      .object({ paths: paths.optional(), expectUploads: z.number().int().min(1).max(100_000).optional(), progressKey: progressKeySchema.optional(), ...importOptions })
      .strict()
      .refine((request) => (request.paths === undefined) !== (request.expectUploads === undefined), { message: '请给出要导入的文件（paths），或要上传的文件数（expectUploads）' }),
  ),
  /** Files of an upload job, imported in the order sent; answers their report lines. */
  'import.addFiles': method<ImportResult[]>()(z.object({ jobId, files: uploads }).strict()),
  /** The job's report lines from `after` on, and whether it has ended (done or cancelled). */
  'import.results': method<ImportJobState>()(z.object({ jobId, after: z.number().int().min(0).default(0) }).strict()),
  /** 取消: the file being read is finished; the rest are left out (what was imported stays). */
  'import.cancel': method<ImportJobState>()(z.object({ jobId }).strict()),
  /** Imports files and folders in one call and answers every report line (a job run to its end). */
  'import.files': method<ImportResult[]>()(z.object({ paths, ...importOptions }).strict()),
  /** Uploads in one call (scripts, small batches): a job over these files, run to its end. */
  'import.upload': method<ImportResult[]>()(z.object({ files: uploads, ...importOptions }).strict()),
} as const;
