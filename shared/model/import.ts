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
  error: string | null;
  warnings: string[];
}
