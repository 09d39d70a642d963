import path from 'node:path';
import { STAGE_LABELS, type RoundDetail, type RoundSummary } from '../../../shared/model/selection';
import { EXIT_OK, usageError } from '../cli-errors';
import { padToWidth, truncateToWidth } from '../cli-format';
import { flag, requirePositionals, stringList, stringValue, type CommandDefinition, type ParsedArgs } from '../command';
import type { CliContext } from '../cli-context';
import { ROUND_SETUP_HELP, ROUND_SETUP_USAGE, addToRoundFromCli, createRoundFromCli } from './round-setup-command';
import { ROUND_SHEET_HELP, ROUND_SHEET_USAGE, writeRoundSheet } from './round-sheet-command';

function describeRound(round: RoundSummary): string {
  const stages = (['received', 'screening', 'shortlisted', 'selected', 'rejected'] as const)
    .filter((stage) => round.stageCounts[stage] > 0)
    .map((stage) => `${STAGE_LABELS[stage]} ${round.stageCounts[stage]}`)
    .join('，');
  const booklet = round.collectionId ? '  已生成汇编' : '';
  return `[${round.id}] ${round.year}  ${round.name}  申报 ${round.submissionCount} 件${stages ? `（${stages}）` : ''}  入选目标 ${round.targetCount}${booklet}`;
}

function score(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

/** The ranked table as text: rank, score, spread, region, stage, title, and the checks below. */
export function rankedTableLines(round: RoundDetail, columns: number): string[] {
  const lines = [
    `${round.name}（${round.year}年度）  评审人：${round.reviewers.join('、') || '（未设置）'}`,
    `评分标准：${round.criteria.map((criterion) => `${criterion.name} ${criterion.weight}%`).join('、')}（每项 0–100 分，按权重加权，取各评审人平均）`,
    '',
    `${padToWidth('名次', 5)}${padToWidth('得分', 8)}${padToWidth('分差', 8)}${padToWidth('地区', 10)}${padToWidth('阶段', 8)}标题`,
  ];
  for (const row of round.submissions) {
    const flags = [
      row.spreadWarning ? '分差大' : null,
      ...row.duplicates.map((flag) => `疑似重复 ${Math.round(flag.similarity * 100)}%：《${flag.title}》`),
      row.stage === 'rejected' && row.reason ? `理由：${row.reason}` : null,
      row.document.deletedAt ? '在回收站' : null,
    ].filter(Boolean);
    const head = `${padToWidth(row.rank === null ? '—' : String(row.rank), 5)}${padToWidth(score(row.score), 8)}${padToWidth(score(row.spread), 8)}${padToWidth(row.quotaRegion ?? '—', 10)}${padToWidth(STAGE_LABELS[row.stage], 8)}`;
    lines.push(head + truncateToWidth(`${row.document.title}  [${row.document.id}]`, Math.max(30, columns - 40)));
    for (const note of flags) lines.push(`${' '.repeat(39)}${truncateToWidth(`· ${note}`, Math.max(30, columns - 40))}`);
  }
  if (round.submissions.length === 0) lines.push('（还没有申报案例）');
  lines.push('');
  if (round.reviewers.length > 0) lines.push(...reviewerLines(round));
  const target = round.target;
  lines.push(`入选 ${target.selected} 个，目标 ${target.target} 个：${target.status === 'met' ? '已达到' : target.status === 'under' ? `还差 ${target.target - target.selected} 个` : `超出 ${target.selected - target.target} 个`}。`);
  for (const check of round.quotaChecks) {
    const limit = [check.min === null ? null : `至少 ${check.min}`, check.max === null ? null : `至多 ${check.max}`].filter(Boolean).join('，');
    const state = check.status === 'ok' ? '符合' : check.status === 'over' ? '超出名额' : '不足';
    lines.push(`  ${padToWidth(check.region, 10)}入选 ${check.selected}（${limit}）${state}`);
  }
  return lines;
}

/** 评审包 and 评分结果: who returned, who is outstanding, who abstained from what (回避). */
export function reviewerLines(round: RoundDetail): string[] {
  const lines = [
    `已交回评分：${round.returnedReviewers.join('、') || '（无）'}；未交回：${round.outstandingReviewers.join('、') || '（无）'}`,
  ];
  for (const status of round.reviewerStatus) {
    if (status.abstained.length === 0) continue;
    lines.push(`  ${status.reviewer} 回避：${status.abstained.map((item) => `《${item.title}》`).join('、')}`);
  }
  return lines;
}

async function makePackage(context: CliContext, id: string | undefined, args: ParsedArgs): Promise<number> {
  if (!id) throw usageError('缺少评选活动编号。用 casebook round list 查看编号。');
  const reviewers = stringList(args.values, 'reviewer');
  if (reviewers.length > 1) throw usageError('评审包一次只为一位评审人生成，请只写一个 --reviewer。');
  const reviewer = reviewers[0]?.trim();
  if (!reviewer) throw usageError('请用 --reviewer 指定评审人姓名。');
  const out = stringValue(args.values, 'out')?.trim();
  if (!out) throw usageError('请用 --out 指定评审包文件。');
  const unit = stringValue(args.values, 'unit')?.trim();
  const format = flag(args.values, 'html') ? 'html' : 'package';
  const result = await context.call('rounds.package', { roundId: id, reviewer, blind: flag(args.values, 'blind'), format, out: path.resolve(out), ...(unit ? { unit } : {}) });
  if (context.json) {
    context.emit(result);
    return EXIT_OK;
  }
  context.say(`已生成${result.format === 'html' ? '离线评审网页' : '评审包'}：${result.path ?? out}（评审人 ${result.reviewer}，${result.blind ? '盲评，' : ''}${STAGE_LABELS[result.stage]}阶段 ${result.count} 件）`);
  for (const item of result.abstained) context.say(`  回避：《${item.title}》 [${item.documentId}]`);
  return EXIT_OK;
}

async function show(context: CliContext, id: string): Promise<number> {
  const round = await context.call('rounds.get', { id });
  if (context.json) context.emit(round);
  else for (const line of rankedTableLines(round, context.io.columns)) context.say(line);
  return EXIT_OK;
}

export const roundCommand: CommandDefinition = {
  name: 'round',
  summary: '十大典型案例评选：列出评选活动、查看排名',
  help: `用法：casebook round list [--json]
${ROUND_SETUP_USAGE}
      casebook round show 编号 [--json]
      casebook round package 编号 --reviewer 姓名 [--html] [--blind] [--unit 单位] --out 文件 [--json]
${ROUND_SHEET_USAGE}

list     列出评选活动：年度、名称、申报件数和各阶段件数。
${ROUND_SETUP_HELP}
show     显示一个评选活动的排名表：名次、加权得分（各评审人平均）、评审人之间的分差、地区、阶段，
         并标出分差大、疑似重复的申报，检查入选数量和各地区名额，列出已交回和未交回评分的评审人。
package  为一位评审人生成评审包（正好写到 --out 指定的文件）：评分标准（评分项、权重、说明）和评选当前
         阶段的案例（整理后的正文和基本信息）。--blind 盲评：去掉单位名称、人名和来源行；
         --unit 评审人所在单位：该单位申报的案例不放入评审包（回避），评选会记下回避。
         --html 写成一个离线网页（.html）：评审人无需安装案例库，用任意较新的浏览器打开即可阅读案例、
         评分（进度保存在浏览器中）并保存评分结果文件；网页不联网、不引用任何外部文件。
${ROUND_SHEET_HELP}
评审人交回的评分结果文件用 casebook import 文件 导入（按内容识别），每位评审人输出一行。
评选也可在案例库界面的“评选”中设置、评分和生成汇编。--json 输出完整数据。`,
  options: {
    reviewer: { type: 'string', multiple: true },
    blind: { type: 'boolean' },
    html: { type: 'boolean' },
    unit: { type: 'string' },
    year: { type: 'string' },
    target: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  createsLibrary: false,
  async run(context, args) {
    const [action, id] = requirePositionals(args, 1, '子命令（list、create、add、show、package 或 sheet）', 'round');
    if (action === 'list') {
      const rounds = await context.call('rounds.list', {});
      if (context.json) context.emit(rounds);
      else if (rounds.length === 0) context.say('还没有评选活动。在案例库界面的“评选”中新建。');
      else for (const round of rounds) context.say(describeRound(round));
      return EXIT_OK;
    }
    if (action === 'show') {
      if (!id) throw usageError('缺少评选活动编号。用 casebook round list 查看编号。');
      return show(context, id);
    }
    if (action === 'create') return createRoundFromCli(context, id, args);
    if (action === 'add') return addToRoundFromCli(context, id, args);
    if (action === 'package') return makePackage(context, id, args);
    if (action === 'sheet') return writeRoundSheet(context, id, args);
    throw usageError(`不认识的子命令“${action}”。可用：list、create、add、show、package、sheet。`);
  },
};
