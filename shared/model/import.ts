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
  error: string | null;
  warnings: string[];
}
