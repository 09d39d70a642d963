import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeSystemTempFolder } from '../core/system-temp';
import { CasebookError } from '../../../shared/api/errors';
import type { ExportFileResult, ExportResult, ParsedExportRequest } from '../../../shared/model/export';
import { buildExportBook } from './build-export-model';
import type { ExportBook } from './export-model';
import type { ExporterInput, ExporterModule, ExporterOutput } from './exporter';
import { findExporter } from './index';
import { chromiumPdfRenderer } from './pdf/chromium-pdf-renderer';
import type { Library } from '../core/library';
import type { ReportProgress } from '../core/progress-board';

/**
 * 导出: one target (documents, a collection, a draft) in one format. The app receives the bytes to
 * save or download (`export.run`); the command line has the engine write exactly the file it names
 * (`export.toFile`). Reading only: an export never changes the library.
 */

function exporterInput(library: Library, request: ParsedExportRequest, progress: ReportProgress): ExporterInput {
  let book: ExportBook | null = null;
  return {
    library,
    target: request.target,
    template: request.template,
    options: request.options,
    book: () => (book ??= buildExportBook(library, request.target, request.template, request.options)),
    pdfRenderer: library.options.pdfRenderer ?? chromiumPdfRenderer(),
    progress,
  };
}

function writeError(file: string, error: unknown): CasebookError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? '所在的文件夹不存在' : code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : code === 'ENOSPC' ? '磁盘空间不足' : code === 'EISDIR' ? '是一个文件夹' : '无法写入';
  return new CasebookError('EXPORT_FAILED', `无法保存导出文件“${file}”：${why}。`, String(error));
}

/** Refuses a target that is a folder or whose folder is missing, before any work is done. */
export function checkOutFile(file: string): string {
  if (!path.isAbsolute(file)) throw new CasebookError('BAD_REQUEST', `导出文件的位置“${file}”应为完整路径。`, 'relative out path');
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new CasebookError('EXPORT_FAILED', `“${file}”是一个文件夹，请指定要保存的文件名。`, 'EISDIR');
  const folder = fs.statSync(path.dirname(file), { throwIfNoEntry: false });
  if (!folder?.isDirectory()) throw new CasebookError('EXPORT_FAILED', `无法保存导出文件“${file}”：所在的文件夹不存在。`, 'ENOENT');
  return file;
}

/** Writes beside the target and renames, so a failed export never leaves half a file under the name. */
export function writeFileAtomically(file: string, bytes: Buffer): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.part`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw writeError(file, error);
  }
}

async function bytesOf(module: ExporterModule, input: ExporterInput): Promise<ExporterOutput & { bytes: Buffer }> {
  if (module.toBytes) return module.toBytes(input);
  if (!module.toFile) throw new CasebookError('INTERNAL', `导出格式“${module.format}”不完整。`, `exporter ${module.format} has neither toBytes nor toFile`);
  const folder = makeSystemTempFolder('export');
  try {
    const file = path.join(folder, `export${module.extension}`);
    const output = await module.toFile(input, file);
    return { ...output, bytes: fs.readFileSync(file) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export async function runExport(library: Library, request: ParsedExportRequest): Promise<ExportResult> {
  const module = findExporter(request.format);
  const output = await library.progress.track(request.progressKey, (report) => bytesOf(module, exporterInput(library, request, report)));
  return {
    fileName: `${output.fileBase}${module.extension}`,
    mimeType: module.mimeType,
    size: output.bytes.length,
    items: output.items,
    contentBase64: output.bytes.toString('base64'),
  };
}

export async function exportToFile(library: Library, request: ParsedExportRequest, outFile: string): Promise<ExportFileResult> {
  const module = findExporter(request.format);
  const file = checkOutFile(outFile);
  const output = await library.progress.track(request.progressKey, async (report): Promise<ExporterOutput> => {
    const input = exporterInput(library, request, report);
    if (module.toFile) return module.toFile(input, file);
    const made = await bytesOf(module, input);
    writeFileAtomically(file, made.bytes);
    return made;
  });
  const size = fs.statSync(file).size;
  return { file, fileName: `${output.fileBase}${module.extension}`, format: module.format, size, items: output.items };
}
