import type { CliContext } from '../cli-context';
import { EXIT_OK, usageError } from '../cli-errors';
import { parseInteger, stringList, stringValue, type ParsedArgs } from '../command';

/** `casebook round create 名称 [--year 年度] [--target 入选数量] [--reviewer 姓名]…` */
export async function createRoundFromCli(context: CliContext, name: string | undefined, args: ParsedArgs): Promise<number> {
  if (!name?.trim()) throw usageError('缺少评选名称，例如 casebook round create "2025年度红色工地十大典型案例评选" --year 2025。');
  const year = parseInteger(stringValue(args.values, 'year'), '--year 年度', 2000, 2100) ?? new Date().getFullYear();
  const targetCount = parseInteger(stringValue(args.values, 'target'), '--target 入选数量', 1, 500);
  const reviewers = [...new Set(stringList(args.values, 'reviewer').map((reviewer) => reviewer.trim()).filter(Boolean))];
  const round = await context.call('rounds.create', { name: name.trim(), year, reviewers, ...(targetCount === undefined ? {} : { targetCount }) });
  if (context.json) context.emit(round);
  else {
    context.say(`已新建评选：[${round.id}] ${round.year}  ${round.name}  入选目标 ${round.targetCount}`);
    context.say(`评审人：${round.reviewers.join('、') || '（未设置，用界面“评选设置”添加）'}；评分标准：${round.criteria.map((criterion) => `${criterion.name} ${criterion.weight}%`).join('、')}`);
    context.say(`下一步：casebook round add ${round.id} 资料编号…`);
  }
  return EXIT_OK;
}

/** `casebook round add 编号 资料编号…`: the case documents enter the round at 收到. */
export async function addToRoundFromCli(context: CliContext, roundId: string | undefined, args: ParsedArgs): Promise<number> {
  if (!roundId) throw usageError('缺少评选活动编号。用 casebook round list 查看编号。');
  const documentIds = [...new Set(args.positionals.slice(2).map((id) => id.trim()).filter(Boolean))];
  if (documentIds.length === 0) throw usageError('请给出要加入评选的资料编号（casebook list 或 casebook search 可以查到）。');
  const round = await context.call('rounds.addSubmissions', { roundId, documentIds });
  if (context.json) context.emit(round);
  else {
    context.say(`已加入评选“${round.name}”：${round.added} 件${round.skipped > 0 ? `，${round.skipped} 件已在评选中，未重复加入` : ''}；现共 ${round.submissions.length} 件申报。`);
  }
  return EXIT_OK;
}

export const ROUND_SETUP_USAGE = `      casebook round create 名称 [--year 年度] [--target 入选数量] [--reviewer 姓名]… [--json]
      casebook round add 编号 资料编号… [--json]`;
export const ROUND_SETUP_HELP = `create   新建评选活动（评分标准用默认的五项，可在界面“评选设置”中修改）。--reviewer 可写多次；
         --target 入选数量，默认 10。
add      把资料作为申报案例加入评选（进入“收到”阶段）；已在评选中的资料不会重复加入。`;
