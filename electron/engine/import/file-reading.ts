import { CasebookError } from '../../../shared/api/errors';
import { MAX_DOCUMENT_CHARS, type DocumentKind } from '../../../shared/model/document';
import { loadPlaceIndex } from './places/places-data';
import { readDocument, type DocumentReading } from './reading/document-reading';
import { readableOf } from './reading/from-parsed';
import type { RecognisedPageLines } from './importer';
import { importerForFile } from './registry';
import { TOO_COMPLEX } from './size-limits';
import type { StoredSignature } from '../duplicates/signatures-repo';
import { signatureOfText } from '../duplicates/text-signature';
import { TOKENIZE_AHEAD_MIN_CHARS, tokenizeAhead, type TokenizedFields } from '../search/engine';


export interface FileReadingTask {
  fileName: string;
  bytes: Uint8Array;
  encodingOverride?: string | undefined;
  kind?: DocumentKind | undefined;
  /** Where places.json lives (the region reader's data). */
  resourcesFolder: string;
  /** The recognised pages of a scan, when reading it again after recognition. */
  recognised?: readonly RecognisedPageLines[] | undefined;
}

/** One file as import stores it: the reading, and what the format module says about the file itself. */
export interface FileReading extends DocumentReading {
  tags: string[];
  encoding: string | null;
  /** Kept without text (a scan): its warnings say why. */
  textless: boolean;
  /** Pages recognition still has to read (none once `recognised` was given). */
  pagesToRecognise: number[];
  /** The cleaned text's 查重 signature, computed here so the engine's thread does not have to. */
  signature?: StoredSignature | undefined;
  /** A large text's search tokens, made here so that its write does not hold the lock for them (fts-index.ts offerTokens). */
  tokens?: TokenizedFields | undefined;
}

/**
 * Parses one file with its format module and reads it (structure, metadata, cleaning). Pure: no
 * library, no disk but the places data, so it runs in a parse worker (file-reading-pool.ts).
 */
export async function readFileContent(task: FileReadingTask): Promise<FileReading> {
  const importer = importerForFile(task.fileName);
  if (!importer) throw new CasebookError('IMPORT_FAILED', '不支持导入这种文件。', `no importer for ${task.fileName}`);
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  const parsed = await importer.parse({ fileName: task.fileName, bytes, encodingOverride: task.encodingOverride, recognised: task.recognised });
  const extracted = parsed.lines ? parsed.lines.reduce((sum, line) => sum + line.text.length, 0) : parsed.text.length;
  if (extracted > MAX_DOCUMENT_CHARS) {
    throw new CasebookError(
      'IMPORT_FAILED',
      `${TOO_COMPLEX}：其中的文字超过 ${MAX_DOCUMENT_CHARS / 10_000} 万字，不像一份资料文档。`,
      `${extracted} characters extracted`,
    );
  }
  const reading = readDocument(readableOf(parsed), { fileName: task.fileName, places: loadPlaceIndex(task.resourcesFolder), kind: task.kind });
  return {
    ...reading,
    warnings: [...parsed.warnings, ...reading.warnings],
    tags: parsed.tags,
    encoding: parsed.encoding,
    textless: parsed.textless ?? false,
    pagesToRecognise: parsed.pagesToRecognise ?? [],
    signature: signatureOfText(reading.text),
    ...(reading.text.length >= TOKENIZE_AHEAD_MIN_CHARS ? { tokens: tokenizeAhead({ ...reading.meta, text: reading.text, tags: parsed.tags }) } : {}),
  };
}
