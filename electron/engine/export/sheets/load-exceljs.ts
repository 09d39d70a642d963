import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

let loaded: typeof ExcelJS | null = null;

/** exceljs takes about half a second to load: only an Excel export pays for it, not every start of the app or the command line. */
export function exceljs(): typeof ExcelJS {
  loaded ??= createRequire(import.meta.url)('exceljs') as typeof ExcelJS;
  return loaded;
}
