import type { DocumentKind } from './document';

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

/** One line of an import report; the same shape is printed by `casebook import --json`. */
export interface ImportResult {
  file: string;
  status: ImportStatus;
  id: string | null;
  title: string | null;
  kind: DocumentKind | null;
  date: string | null;
  source: string | null;
  author: string | null;
  issuer: string | null;
  docNumber: string | null;
  region: string | null;
  duplicateOf: string | null;
  /** Imported, but its text nearly matches this document already in the library (see 查重). */
  nearDuplicateOf: string | null;
  /** Estimated similarity to `nearDuplicateOf`, 0–1 with two decimals; null when there is none. */
  similarity: number | null;
  /** Fields import was unsure of: the report counts these documents and opens them to check (待确认). */
  toConfirm: string[];
  error: string | null;
  warnings: string[];
  /** Scanned pages (or an image) queued for 文字识别 in the background; absent when none. */
  pagesToRecognise?: number;
}

export interface ImportJobStarted {
  jobId: string;
  /** Files the job will read (a 交换包 counts as one, though it reports a line per document). */
  total: number;
}

/** Where an import job stands: its report lines from the index asked for, and how far it has come. */
export interface ImportJobState {
  jobId: string;
  total: number;
  /** Files read so far. */
  processed: number;
  /** The file being read now. */
  current: string | null;
  /** Report lines from `after` on (a bundle gives one per document, so there may be more lines than files). */
  results: ImportResult[];
  /** The index after the last line here: ask again with it. */
  next: number;
  done: boolean;
  /** Files left out because of 取消. */
  cancelled: number;
}

/** A report line with every field unknown, to be filled in by whoever knows more. */
export function blankImportResult(file: string, status: ImportStatus): ImportResult {
  return {
    file,
    status,
    id: null,
    title: null,
    kind: null,
    date: null,
    source: null,
    author: null,
    issuer: null,
    docNumber: null,
    region: null,
    duplicateOf: null,
    nearDuplicateOf: null,
    similarity: null,
    toConfirm: [],
    error: null,
    warnings: [],
  };
}

export const MISSING_FILE_MESSAGE = '找不到这个文件（可能已被移动或删除）。';

export function failedImport(file: string, error: string): ImportResult {
  return { ...blankImportResult(file, 'failed'), error };
}

/**
 * File endings Casebook reads, for choosing files and walking folders in the app. The engine's
 * importer registry is the authority; a unit test keeps the two lists equal.
 */
export const IMPORT_FILE_EXTENSIONS: readonly string[] = [
  ...['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.shtml', '.mhtml', '.mht', '.docx', '.pdf', '.casebook'],
  // Scans and photos of pages, read by 文字识别.
  ...['.jpg', '.jpeg', '.png', '.tif', '.tiff', '.bmp', '.webp'],
];

/** The text encodings offered when the detected one gave 乱码, with the names staff know them by. */
export const TEXT_ENCODINGS: readonly { value: string; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'gb18030', label: 'GB18030 / GBK（简体）' },
  { value: 'big5', label: 'Big5（繁体）' },
  { value: 'utf-16le', label: 'UTF-16' },
];
