import type { DocumentMeta, DocumentMetaField, FieldOrigin } from '../../../shared/model/document';

export interface ImportInput {
  fileName: string;
  bytes: Buffer;
  /** A text encoding chosen by the user instead of the detected one (e.g. "gb18030"). */
  encodingOverride?: string | undefined;
}

/** What a format module makes of one file, before duplicates are checked and it is stored. */
export interface ParsedDocument {
  title: string | null;
  /** The cleaned text: what is shown and searched. The original bytes are kept separately. */
  text: string;
  meta: Partial<DocumentMeta>;
  fieldOrigins: Partial<Record<DocumentMetaField, FieldOrigin>>;
  tags: string[];
  encoding: string | null;
  warnings: string[];
  /** Named practices and slogans found in quotation marks (“六有一好”), most frequent first; filled by the metadata step. */
  suggestedTerms?: string[];
  /**
   * Lines of the file outside the cleaned text that may carry its date, source and author (a web
   * page's info bar under the title). Read by the metadata step, never shown or searched.
   */
  headerText?: string;
  /** The file is kept even without text (a scanned PDF); its warnings say why. */
  textless?: boolean;
}

export interface Importer {
  id: string;
  /** Shown in the import dialog, zh-CN. */
  label: string;
  /** Lower-case, with the dot. */
  extensions: string[];
  parse(input: ImportInput): Promise<ParsedDocument>;
}
