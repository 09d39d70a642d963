import type { Handlers } from '../../core/handler';
import { listSheetBytes, listSheetToFile, roundSheetBytes, roundSheetToFile } from './sheet-service';

/** Excel sheets (评审汇总表, 导出为 Excel): their part of the handler table; sheets only read. */
export const sheetHandlers = {
  'rounds.sheet': (library, request) => roundSheetBytes(library, request.id),
  'rounds.sheetToFile': (library, request) => roundSheetToFile(library, request.id, request.outFile),
  'export.listSheet': (library, request) => listSheetBytes(library, request.target),
  'export.listSheetToFile': (library, request) => listSheetToFile(library, request.target, request.outFile),
} satisfies Partial<Handlers>;
