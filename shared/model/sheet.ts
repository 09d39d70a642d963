import { z } from 'zod';

/**
 * Excel sheets (.xlsx) for the tables staff keep in Excel: the 评审汇总表 of a 评选 round, with its
 * totals, averages, spreads, ranks and quota checks as live formulas, and 导出为 Excel of any document
 * list (a selection or search results, a collection, a tag) with the metadata columns.
 */
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const idSchema = z.string().trim().min(1).max(64);

/** Which documents a list sheet holds: chosen ones, a collection's, a tag's (with its sub-tags) or a search's. */
export const listSheetTargetSchema = z.union([
  z.object({ documents: z.array(idSchema).min(1, '请至少选择一份资料').max(10_000) }).strict(),
  z.object({ collection: idSchema }).strict(),
  z.object({ tag: z.string().trim().min(1, '标签不能为空').max(200) }).strict(),
  z.object({ query: z.string().trim().min(1, '检索条件不能为空').max(10_000), sort: z.enum(['relevance', 'date']).default('relevance') }).strict(),
]);
export type ListSheetTarget = z.input<typeof listSheetTargetSchema>;
export type ParsedListSheetTarget = z.output<typeof listSheetTargetSchema>;

/** The columns of 导出为 Excel, in order. */
export const LIST_SHEET_COLUMNS = ['序号', '标题', '类型', '发布日期', '来源', '作者', '发文机关', '发文字号', '地区', '标签', '编号'] as const;

/** A sheet written to a file by the engine (the command line's --out, the desktop's save dialog). */
export interface SheetFileResult {
  file: string;
  fileName: string;
  size: number;
  /** Rows of cases or documents in the sheet. */
  rows: number;
}

/** A sheet as bytes to save or download. */
export interface SheetResult {
  fileName: string;
  mimeType: string;
  size: number;
  rows: number;
  contentBase64: string;
}
