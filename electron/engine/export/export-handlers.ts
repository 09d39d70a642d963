import { type Handlers } from '../core/handler';
import { exportToFile, runExport } from './export-service';

/** 导出 (Word, PDF, HTML, Markdown): the export part of the handler table; exports only read. */
export const exportHandlers = {
  'export.run': (library, request) => runExport(library, request),
  'export.toFile': (library, request) => exportToFile(library, request, request.outFile),
} satisfies Partial<Handlers>;
