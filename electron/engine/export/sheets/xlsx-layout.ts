import type ExcelJS from 'exceljs';

/** What every sheet Casebook writes shares: A4 landscape fit to one page wide, thin borders, bold headers. */

export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };

/** A4 landscape, every column on one page width, as many pages down as it takes; header rows repeat. */
export function printable(sheet: ExcelJS.Worksheet, repeatRows: string | null): void {
  sheet.pageSetup.paperSize = 9; // A4
  sheet.pageSetup.orientation = 'landscape';
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0;
  sheet.pageSetup.horizontalCentered = true;
  sheet.pageSetup.margins = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  if (repeatRows) sheet.pageSetup.printTitlesRow = repeatRows;
  sheet.headerFooter.oddFooter = '第 &P 页，共 &N 页';
}

export function headerCell(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  cell.font = { bold: true };
  cell.fill = HEADER_FILL;
  cell.border = THIN_BORDER;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** Width in Excel's character units for CJK text: a Chinese character counts two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\uffff]/.test(char) ? 2 : 1;
  return width;
}

/** The column's width from its longest cell, between a floor and a ceiling (long cells wrap). */
export function fitWidth(texts: readonly string[], min: number, max: number): number {
  const longest = texts.reduce((widest, text) => Math.max(widest, displayWidth(text)), 0);
  return Math.min(max, Math.max(min, longest + 2));
}

/**
 * A row's height (points) for text that wraps in columns of these widths: viewers do not all fit rows
 * to wrapped text on opening (LibreOffice keeps the default height), so the height is written.
 */
export function wrappedRowHeight(cells: readonly { text: string; width: number }[], lineHeight = 15): number {
  const lines = cells.reduce((most, cell) => Math.max(most, Math.ceil(displayWidth(cell.text) / Math.max(1, cell.width - 1))), 1);
  return Math.max(20, lines * lineHeight + 4);
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
