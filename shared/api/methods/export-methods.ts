import { z } from 'zod';
import { type ExportFileResult, type ExportResult, exportRequestSchema } from '../../model/export';
import { method } from './common';

export const exportMethods = {
  // 导出 (shared/model/export.ts; electron/engine/export/, services/export-service.ts)
  /** Makes an export (Word, PDF, HTML, Markdown…) of documents, a collection or a draft; answers with the file's bytes to save. */
  'export.run': method<ExportResult>()(exportRequestSchema),
  /** Writes the export to exactly this file (the command line's --out); an existing file is replaced. */
  'export.toFile': method<ExportFileResult>()(
    exportRequestSchema.extend({ outFile: z.string().trim().min(1, '请指定导出文件').max(4096) }).strict(),
  ),
} as const;
