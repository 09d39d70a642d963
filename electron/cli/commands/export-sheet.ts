import path from 'node:path';
import type { ExportTarget } from '../../../shared/model/export';
import type { ListSheetTarget } from '../../../shared/model/sheet';
import type { CliContext } from '../cli-context';
import { EXIT_OK, usageError } from '../cli-errors';
import { stringValue, type ParsedArgs } from '../command';
import { formatMegabytes } from './exchange-format';

/** `casebook export … --format xlsx`: 导出为 Excel, a document list with its metadata columns. */

export const SHEET_FORMAT_WORDS = ['xlsx', 'excel', 'xls'] as const;

export function isSheetFormat(raw: string | undefined): boolean {
  return raw !== undefined && (SHEET_FORMAT_WORDS as readonly string[]).includes(raw.trim().toLowerCase());
}

/** --tag and --query name lists only a sheet can hold. */
export function sheetOnlyTarget(args: ParsedArgs): ListSheetTarget | null {
  const tag = stringValue(args.values, 'tag');
  const query = stringValue(args.values, 'query');
  if (tag === undefined && query === undefined) return null;
  const others = args.positionals.length > 0 || stringValue(args.values, 'collection') !== undefined || stringValue(args.values, 'draft') !== undefined;
  if ((tag !== undefined && query !== undefined) || others) throw usageError('一次只能导出一种内容：资料编号、一个专辑、一个标签或一次检索。');
  if (tag !== undefined) return { tag: tag.trim() };
  if (query !== undefined) return { query };
  return null;
}

export async function writeListSheet(context: CliContext, target: ExportTarget | ListSheetTarget, out: string): Promise<number> {
  if ('draft' in target) throw usageError('草稿不是资料清单，不能导出为 Excel。');
  const result = await context.call('export.listSheetToFile', { target, outFile: path.resolve(out) });
  if (context.json) context.emit(result);
  else context.say(`已导出：${result.file}（Excel 表格，${result.rows} 篇，${formatMegabytes(result.size)}）`);
  return EXIT_OK;
}
