import { CasebookError } from '../../../shared/api/errors';

/**
 * Text and web pages are decoded whole and cleaned line by line, which takes several times their
 * size in memory. Real documents are far below these limits; a file above them is refused before
 * it is decoded. PDFs and Word files (mostly images) may use the full 200 MB import limit.
 */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;
export const MAX_PAGE_BYTES = 100 * 1024 * 1024;

export function refuseOversized(bytes: Buffer, limit: number, what: string): void {
  if (bytes.length <= limit) return;
  const mb = Math.round(bytes.length / 1024 / 1024);
  throw new CasebookError('IMPORT_FAILED', `${what}太大（${mb} MB，上限 ${Math.round(limit / 1024 / 1024)} MB），不像一份资料文档，已跳过。`, `size ${bytes.length} > ${limit}`);
}
