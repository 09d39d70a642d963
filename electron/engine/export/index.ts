import { CasebookError } from '../../../shared/api/errors';
import type { ExportFormat } from '../../../shared/model/export';
import { docxExporter, htmlExporter, markdownExporter, pdfExporter } from './book-exporters';
import { bundleExporter } from './bundle-exporter';
import type { ExporterModule } from './exporter';

/**
 * The export formats: one module per format, registered here with its metadata (format, label,
 * extension, MIME type). `export.run`, `export.toFile` and `casebook export --format` dispatch by
 * format through this table; a new format (the bundle) is one module and one line below.
 */
const EXPORTERS: readonly ExporterModule[] = [docxExporter, pdfExporter, htmlExporter, markdownExporter, bundleExporter];

export function findExporter(format: ExportFormat): ExporterModule {
  const module = EXPORTERS.find((candidate) => candidate.format === format);
  if (!module) throw new CasebookError('BAD_REQUEST', `不支持导出为“${format}”格式。可选：${EXPORTERS.map((item) => item.format).join('、')}。`, `no exporter ${format}`);
  return module;
}
