import type { ExportFormat, ExportTarget, ExportTemplate, ParsedExportOptions } from '../../../shared/model/export';
import type { Library } from '../core/library';
import type { ReportProgress } from '../core/progress-board';
import type { ExportBook } from './export-model';
import type { PdfRenderer } from '../core/pdf-renderer';

/** What a format module is given: the target as asked, and the export model built on first use. */
export interface ExporterInput {
  library: Library;
  target: ExportTarget;
  template: ExportTemplate;
  options: ParsedExportOptions;
  /** The export model (cover, TOC, sections, items as blocks), built once when a module asks for it. */
  book(): ExportBook;
  pdfRenderer: PdfRenderer;
  /** For the window's progress bar: the step being done and an estimated percent. */
  progress: ReportProgress;
}

export interface ExporterOutput {
  /** File name without extension, from the title. */
  fileBase: string;
  /** Items exported: documents, or 1 for a draft. */
  items: number;
}

/**
 * One export format, registered with its metadata in index.ts (as Joplin's interop modules are).
 * A module makes its file in memory (`toBytes`) or writes it itself (`toFile`, for big outputs such as
 * bundles); the service converts between the two as the caller needs.
 */
export interface ExporterModule {
  format: ExportFormat;
  /** zh-CN, for the dialog and the command line's help. */
  label: string;
  /** With the dot: ".docx". */
  extension: string;
  mimeType: string;
  /** Lays out the export model, so the templates and cover/TOC options apply. */
  laidOut: boolean;
  toBytes?(input: ExporterInput): Promise<ExporterOutput & { bytes: Buffer }>;
  toFile?(input: ExporterInput, file: string): Promise<ExporterOutput>;
}
