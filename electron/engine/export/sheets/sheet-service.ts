import fs from 'node:fs';
import type ExcelJS from 'exceljs';
import { XLSX_MIME_TYPE, type ParsedListSheetTarget, type SheetFileResult, type SheetResult } from '../../../../shared/model/sheet';
import type { Library } from '../../core/library';
import { roundDetail } from '../../selection/round-detail';
import { checkOutFile, writeFileAtomically } from '../export-service';
import { safeFileBase } from '../export-items';
import { buildListSheet, listSheetRows } from './list-sheet';
import { buildRoundSheet } from './round-sheet';
import { workbookBytes } from './xlsx-layout';

/**
 * The Excel sheets as the doors want them: bytes for the window to save or download, or exactly the
 * file the command line names (written beside it and renamed, as every export). Reading only.
 */

interface MadeSheet {
  workbook: ExcelJS.Workbook;
  fileName: string;
  rows: number;
}

function roundSheet(library: Library, id: string): MadeSheet {
  const round = roundDetail(library, id);
  return { workbook: buildRoundSheet(round), fileName: `${safeFileBase(`${round.name}评审汇总表`)}.xlsx`, rows: round.submissions.length };
}

function listSheet(library: Library, target: ParsedListSheetTarget): MadeSheet {
  const { name, rows } = listSheetRows(library, target);
  return { workbook: buildListSheet(library, name, rows), fileName: `${safeFileBase(name)}.xlsx`, rows: rows.length };
}

async function asBytes(made: MadeSheet): Promise<SheetResult> {
  const bytes = await workbookBytes(made.workbook);
  return { fileName: made.fileName, mimeType: XLSX_MIME_TYPE, size: bytes.length, rows: made.rows, contentBase64: bytes.toString('base64') };
}

async function toFile(made: () => MadeSheet, outFile: string): Promise<SheetFileResult> {
  const file = checkOutFile(outFile);
  const sheet = made();
  writeFileAtomically(file, await workbookBytes(sheet.workbook));
  return { file, fileName: sheet.fileName, size: fs.statSync(file).size, rows: sheet.rows };
}

export async function roundSheetBytes(library: Library, id: string): Promise<SheetResult> {
  return asBytes(roundSheet(library, id));
}

export async function roundSheetToFile(library: Library, id: string, outFile: string): Promise<SheetFileResult> {
  return toFile(() => roundSheet(library, id), outFile);
}

export async function listSheetBytes(library: Library, target: ParsedListSheetTarget): Promise<SheetResult> {
  return asBytes(listSheet(library, target));
}

export async function listSheetToFile(library: Library, target: ParsedListSheetTarget, outFile: string): Promise<SheetFileResult> {
  return toFile(() => listSheet(library, target), outFile);
}
