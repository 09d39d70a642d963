import path from 'node:path';
import type { CliContext } from '../cli-context';
import { EXIT_OK, usageError } from '../cli-errors';
import { stringValue, type ParsedArgs } from '../command';
import { formatMegabytes } from './exchange-format';

/** `casebook round sheet 编号 --out 文件.xlsx`: the 评审汇总表 written to exactly that file. */
export async function writeRoundSheet(context: CliContext, id: string | undefined, args: ParsedArgs): Promise<number> {
  if (!id) throw usageError('缺少评选活动编号。用 casebook round list 查看编号。');
  const out = stringValue(args.values, 'out')?.trim();
  if (!out) throw usageError('请用 --out 指定保存的 Excel 文件，例如 --out 评审汇总表.xlsx。');
  const result = await context.call('rounds.sheetToFile', { id, outFile: path.resolve(out) });
  if (context.json) context.emit(result);
  else context.say(`已导出评审汇总表：${result.file}（${result.rows} 个案例，${formatMegabytes(result.size)}）`);
  return EXIT_OK;
}

export const ROUND_SHEET_USAGE = '      casebook round sheet 编号 --out 文件.xlsx [--json]';
export const ROUND_SHEET_HELP = `sheet    导出评审汇总表（Excel，正好写到 --out 指定的文件）：每个案例一行，每位评委每个评分项一列，
         各评委加权总分、平均分、极差、排名为公式（改分数、权重或阶段后自动重算），附入选数量和各地区名额检查。`;
