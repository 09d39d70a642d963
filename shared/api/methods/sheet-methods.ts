import { z } from 'zod';
import { type SheetFileResult, type SheetResult, listSheetTargetSchema } from '../../model/sheet';
import { method, roundId } from './common';

const outFile = z.string().trim().min(1, '请指定导出文件').max(4096);

export const sheetMethods = {
  // Excel sheets (shared/model/sheet.ts; electron/engine/export/sheets/)
  /** 导出评审汇总表: the round's table as an .xlsx, answered as bytes to save or download. */
  'rounds.sheet': method<SheetResult>()(z.object({ id: roundId }).strict()),
  /** The same sheet written to exactly this file (the command line's --out); an existing file is replaced. */
  'rounds.sheetToFile': method<SheetFileResult>()(z.object({ id: roundId, outFile }).strict()),
  /** 导出为 Excel: a document list (chosen documents, a collection, a tag, a search) with its metadata columns. */
  'export.listSheet': method<SheetResult>()(z.object({ target: listSheetTargetSchema }).strict()),
  'export.listSheetToFile': method<SheetFileResult>()(z.object({ target: listSheetTargetSchema, outFile }).strict()),
} as const;
