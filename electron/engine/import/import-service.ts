import fs from 'node:fs';
import path from 'node:path';
import { CasebookError, isCasebookError } from '../../../shared/api/errors';
import type { ConflictChoice } from '../../../shared/model/bundle';
import { type DocumentKind, type DocumentMeta } from '../../../shared/model/document';
import { blankImportResult, failedImport, MISSING_FILE_MESSAGE, type ImportResult } from '../../../shared/model/import';
import { findExactDuplicate, insertDocumentRow, metaFromRow } from '../documents/documents-repo';
import { addDocumentTag, ensureTag } from '../tags/tags-repo';
import { insertRemovedBlocks } from '../documents/removed-blocks-repo';
import type { FileReading } from './file-reading';
import { readFileInWorker } from './file-reading-pool';
import { bundleImporter } from './formats/bundle-importer';
import { reviewResultImporter } from './formats/review-result-importer';
import { importerForFile, SUPPORTED_EXTENSIONS } from './registry';
import { crashPoint } from '../core/crash-points';
import { newId, nowIso, sha256 } from '../core/ids';
import type { Library } from '../core/library';
import { ensureSignatures, linkImportedDocument } from '../duplicates/duplicates-service';
import { expandImportPaths, resolveFsPath, type FsPath, type ImportTarget } from './import-paths';
import { rereadWithEncoding } from './reread-service';
import { queueRecognition, startRecognition } from './recognition/recognition-service';
import { applyTagRulesOnImport } from '../tags/rules/suggestions-service';
import { tidySearchIndex } from '../search/search-index-service';
import { preparedOnce } from '../db/statement-cache';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface ImportOptions {
  kind?: DocumentKind | undefined;
  tags?: string[] | undefined;
  encoding?: string | undefined;
  /** For a 交换包 among the files: documents that differ from the library's copy (default: keep mine). */
  onConflict?: ConflictChoice | undefined;
}

function describe(result: ImportResult, meta: DocumentMeta): ImportResult {
  return {
    ...result,
    title: meta.title,
    kind: meta.kind,
    date: meta.date,
    source: meta.source,
    author: meta.author,
    issuer: meta.issuer,
    docNumber: meta.docNumber,
    region: meta.region,
  };
}

function failure(file: string, error: unknown): ImportResult {
  // An unexpected error is a bug to fix, not a bad file: keep its stack in the log.
  if (!isCasebookError(error)) console.error(`导入“${file}”时出现程序错误：`, error);
  const message = isCasebookError(error) ? error.message : '导入失败：文件无法读取或格式有误。';
  return failedImport(file, message);
}

/**
 * A file on its way in: its bytes read and hashed, its parse running in a worker while earlier files
 * are stored. `reading` is null when the library already holds these very bytes (nothing to parse).
 */
export interface StagedFile {
  fileName: string;
  bytes: Buffer;
  originalSha: string;
  reading: Promise<FileReading> | null;
}

/** A source ready to import in turn: a file being parsed, a 交换包 (imported whole, in turn), a 评分结果 file, or a line already failed. */
export type StagedSource = { file: StagedFile } | { bundle: ImportSource } | { reviewResult: ImportSource } | { failed: ImportResult };

function unsupported(displayName: string): CasebookError {
  const extension = path.extname(displayName).toLowerCase() || '（无扩展名）';
  const hint = extension === '.doc' ? '请在 Word 中“另存为” .docx 后再导入。' : `目前支持：${SUPPORTED_EXTENSIONS.join('、')}。`;
  return new CasebookError('IMPORT_FAILED', `不支持导入 ${extension} 文件。${hint}`, `no importer for ${displayName}`);
}

function startReading(library: Library, fileName: string, bytes: Buffer, options: ImportOptions): Promise<FileReading> {
  const reading = readFileInWorker({
    fileName: path.basename(fileName),
    bytes,
    encodingOverride: options.encoding,
    kind: options.kind,
    resourcesFolder: library.options.resourcesFolder,
  });
  // Handled where it is awaited; a job cancelled before then must not leave an unhandled rejection.
  reading.catch(() => undefined);
  return reading;
}

/** Starts one file's parse (unless the library already holds its bytes); never throws. */
export function stageBytes(library: Library, fileName: string, bytes: Buffer, options: ImportOptions = {}): StagedSource {
  if (!importerForFile(path.basename(fileName))) return { failed: failure(fileName, unsupported(path.basename(fileName))) };
  const originalSha = sha256(bytes);
  const known = findExactDuplicate(library.db, originalSha, '') !== undefined;
  return { file: { fileName, bytes, originalSha, reading: known ? null : startReading(library, fileName, bytes, options) } };
}

/** Stages one source: a 交换包 is recognised by its content and left whole; a file on disk is read first. */
export function stageSource(library: Library, source: ImportSource, options: ImportOptions = {}): StagedSource {
  if ('bytes' in source ? reviewResultImporter.recognisesBytes(source.bytes) : reviewResultImporter.recognisesFile(source.fsPath)) return { reviewResult: source };
  if ('bytes' in source) return bundleImporter.recognisesBytes(source.file, source.bytes) ? { bundle: source } : stageBytes(library, source.file, source.bytes, options);
  if (bundleImporter.recognisesFile(source.file, source.fsPath)) return { bundle: source };
  const bytes = readSourceFile(source.file, source.fsPath);
  return 'status' in bytes ? { failed: bytes } : stageBytes(library, source.file, bytes, options);
}

/** Stores one staged source in the library. Never throws: failures are report lines. */
export async function importStaged(library: Library, staged: StagedSource, options: ImportOptions = {}): Promise<ImportResult[]> {
  if ('failed' in staged) return [staged.failed];
  if ('file' in staged) return [await storeFile(library, staged.file, options)];
  if ('reviewResult' in staged) {
    const source = staged.reviewResult;
    return ['bytes' in source ? reviewResultImporter.importBytes(library, source.file, source.bytes) : reviewResultImporter.importFile(library, source.file, source.fsPath)];
  }
  const onConflict = options.onConflict ?? 'mine';
  const source = staged.bundle;
  const lines = await ('bytes' in source ? bundleImporter.importBytes(library, source.file, source.bytes, onConflict) : bundleImporter.importFile(library, source.file, source.fsPath, onConflict));
  return lines ?? [failedImport(source.file, '导入失败：文件无法读取或格式有误。')];
}

async function storeFile(library: Library, staged: StagedFile, options: ImportOptions): Promise<ImportResult> {
  const { fileName, bytes, originalSha } = staged;
  const displayName = path.basename(fileName);
  try {
    // Checked again here, not only when staged: the same file twice in one batch is stored once.
    const sameBytes = findExactDuplicate(library.db, originalSha, '');
    if (sameBytes) {
      const duplicate = { ...blankImportResult(fileName, 'duplicate'), duplicateOf: sameBytes.id };
      // The same file again with an encoding chosen by hand: the user is fixing 乱码 in the copy they have.
      if (options.encoding && sameBytes.encoding !== null && options.encoding.toLowerCase() !== sameBytes.encoding) {
        const reread = await rereadWithEncoding(library, sameBytes.id, options.encoding);
        return describe({ ...duplicate, warnings: [`资料库中已有这个文件，已按 ${reread.original?.encoding ?? options.encoding} 重新读取它的正文`] }, reread);
      }
      return describe(duplicate, metaFromRow(sameBytes));
    }

    const reading = await (staged.reading ?? startReading(library, fileName, bytes, options));
    const { meta, text, fieldOrigins, suggestedTerms, toConfirm, removed, warnings } = reading;
    if (text.trim().length === 0 && !reading.textless) throw new CasebookError('IMPORT_FAILED', '文件中没有可读的文字内容。', 'empty text');
    const textSha = sha256(text);
    // A scan has no text to compare: two different scans must not count as the same document.
    const sameText = text.length > 0 ? findExactDuplicate(library.db, null, textSha) : undefined;
    if (sameText) return describe({ ...blankImportResult(fileName, 'duplicate'), duplicateOf: sameText.id, warnings }, meta);

    // Saved before its row commits: a crash in between leaves a stray original that the next open removes, never a row without its file.
    const storedPath = library.originals.save(originalSha, displayName, bytes);
    crashPoint('import:original-saved');
    const id = newId();
    ensureSignatures(library); // documents from before 查重 existed get theirs first, so they can match
    if (reading.tokens) library.search.offerTokens([reading.tokens]);
    const near = writeAndForgetOffer(library, () => {
      const now = nowIso();
      preparedOnce(library.db, 'INSERT OR IGNORE INTO originals (sha256, size, stored_path, created_at) VALUES (?, ?, ?, ?)').run(originalSha, bytes.length, storedPath, now);
      const seq = insertDocumentRow(library.db, {
        id,
        meta,
        text,
        textSha256: textSha,
        originalSha256: originalSha,
        originalName: displayName,
        encoding: reading.encoding,
        fieldOrigins,
        toConfirm,
        now,
      });
      insertRemovedBlocks(library.db, seq, removed);
      for (const tag of [...reading.tags, ...(options.tags ?? [])]) addDocumentTag(library.db, seq, ensureTag(library.db, tag, now));
      applyTagRulesOnImport(library, seq, { title: meta.title, text }, suggestedTerms, now);
      if (reading.pagesToRecognise.length > 0) queueRecognition(library, seq, reading.pagesToRecognise, now);
      return linkImportedDocument(library, { seq, text, docNumber: meta.docNumber }, now, reading.signature);
    });
    void tidySearchIndex(library);
    const recognising = reading.pagesToRecognise.length;
    if (recognising > 0) void startRecognition(library).catch(() => undefined);
    return describe({ ...blankImportResult(fileName, 'imported'), id, ...near, toConfirm, warnings, ...(recognising > 0 ? { pagesToRecognise: recognising } : {}) }, meta);
  } catch (error) {
    return failure(fileName, error);
  }
}

/** A write after tokens were offered for it: the offer (megabytes for a large text) is dropped whether the write used it or failed. */
function writeAndForgetOffer<T>(library: Library, fn: () => T): T {
  try {
    return library.write(fn);
  } finally {
    library.search.offerTokens([]);
  }
}

/** Imports one file's bytes. Never throws: a failure is reported for this file only. */
export async function importBytes(library: Library, fileName: string, bytes: Buffer, options: ImportOptions = {}): Promise<ImportResult> {
  const [line] = await importStaged(library, stageBytes(library, fileName, bytes, options), options);
  return line as ImportResult;
}

/** One thing to import: a file on this computer, or bytes a window sent. */
export type ImportSource = { file: string; fsPath: FsPath } | { file: string; bytes: Buffer };


/**
 * The files a list of paths stands for, in order (folders walked); a path that is missing, or a
 * folder with nothing Casebook reads, is a failed report line in its place.
 */
export function expandImportInputs(paths: readonly string[]): (ImportTarget | ImportResult)[] {
  const work: (ImportTarget | ImportResult)[] = [];
  for (const input of paths) {
    const fsPath = resolveFsPath(input);
    let isFolder = false;
    let exists = true;
    try {
      isFolder = fs.statSync(fsPath).isDirectory();
    } catch {
      exists = false;
    }
    if (!exists) {
      work.push(failedImport(input, MISSING_FILE_MESSAGE));
      continue;
    }
    const files = expandImportPaths([input]);
    if (isFolder && files.length === 0) work.push(failedImport(input, `文件夹中没有可导入的文件（支持：${SUPPORTED_EXTENSIONS.join('、')}）。`));
    work.push(...files);
  }
  return work;
}

/** A file's bytes, or the failed report line saying why it cannot be read. */
function readSourceFile(file: string, fsPath: FsPath): Buffer | ImportResult {
  try {
    const stat = fs.statSync(fsPath);
    if (!stat.isFile()) throw new CasebookError('IMPORT_FAILED', '这不是一个文件。', 'not a file');
    if (stat.size > MAX_IMPORT_BYTES) {
      throw new CasebookError('IMPORT_FAILED', `文件太大（${Math.round(stat.size / 1024 / 1024)} MB），单个文件不能超过 200 MB。`, 'too large');
    }
    return fs.readFileSync(fsPath);
  } catch (error) {
    if (isCasebookError(error)) return failure(file, error);
    const code = (error as { code?: string }).code;
    const message = code === 'ENOENT' ? MISSING_FILE_MESSAGE : code === 'EACCES' ? '没有读取这个文件的权限。' : '无法读取这个文件。';
    return failure(file, new CasebookError('IMPORT_FAILED', message, String(error)));
  }
}
