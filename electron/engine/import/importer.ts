import type { DocumentMeta, DocumentMetaField, FieldOrigin } from '../../../shared/model/document';
import type { SourceLine } from './reading/source-lines';

export interface ImportInput {
  fileName: string;
  bytes: Buffer;
  /** A text encoding chosen by the user instead of the detected one (e.g. "gb18030"). */
  encodingOverride?: string | undefined;
  /** What recognition (OCR) read from the pages without text, once it has run: they join the text layer's lines. */
  recognised?: readonly RecognisedPageLines[] | undefined;
}

/** One recognised page's paragraphs, as the OCR layout made them. */
export interface RecognisedPageLines {
  page: number;
  lines: SourceLine[];
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
  /** Pages without text that recognition (OCR) should read (an image is page 1); absent or empty when none. */
  pagesToRecognise?: number[];
  /**
   * The document as lines with their layout, for the structure readers (reading/); when absent the
   * text is read line by line. `text` is then the raw text, not yet cleaned.
   */
  lines?: SourceLine[];
  /** A web page or text copied from one: the readers look for the article among site chrome. */
  web?: boolean;
  /** A page's publication date stated apart from its text (meta tag), its 成文日期 (信息公开 table), its site name. */
  pageDate?: string | null;
  writtenDate?: string | null;
  siteName?: string | null;
  /** The publishing body a page's 信息公开 table names (发布机构): a 发文机关 when the 落款 names none. */
  issuerHint?: string | null;
  /** The page's own name and column in its <title> ("…_深圳新闻汇"): tells same-named places apart, never a place cue itself. */
  pageFrame?: string | null;
}

export interface Importer {
  id: string;
  /** Shown in the import dialog, zh-CN. */
  label: string;
  /** Lower-case, with the dot. */
  extensions: string[];
  parse(input: ImportInput): Promise<ParsedDocument>;
}
