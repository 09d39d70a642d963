import { CasebookError } from '../../../shared/api/errors';

/**
 * Text and web pages are decoded whole and cleaned line by line in a parse worker, which takes
 * several times their size of the worker's heap. Real documents are far below these limits (24 MB is
 * eight million Chinese characters, the most a document may hold, see MAX_DOCUMENT_CHARS); a file
 * above them is refused before it is decoded. PDFs and Word files (mostly images) may use the full
 * 200 MB import limit.
 */
export const MAX_TEXT_BYTES = 24 * 1024 * 1024;
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;
/** Elements in one web page: a long 信息公开 list holds a few tens of thousands; each costs the parser about 1 KB of heap. */
export const MAX_PAGE_ELEMENTS = 150_000;

export const TOO_COMPLEX = '文件过于复杂，已停止解析';

export function refuseOversized(bytes: Buffer, limit: number, what: string): void {
  if (bytes.length <= limit) return;
  const mb = Math.round(bytes.length / 1024 / 1024);
  throw new CasebookError('IMPORT_FAILED', `${what}太大（${mb} MB，上限 ${Math.round(limit / 1024 / 1024)} MB），不像一份资料文档，已跳过。`, `size ${bytes.length} > ${limit}`);
}
