import { documentSortSchema } from '../../../shared/api/contract';
import type { DocumentSummary } from '../../../shared/model/document';
import { EXIT_OK } from '../cli-errors';
import { kindLabel, padToWidth, truncateToWidth } from '../cli-format';
import { flag, parseChoice, parseInteger, parseKind, parseTags, stringList, stringValue, type CommandDefinition } from '../command';

function row(item: DocumentSummary, columns: number): string {
  const head = `${item.id}  ${padToWidth(kindLabel(item.kind), 8)}  ${padToWidth(item.date ?? '日期不详', 10)}  `;
  return head + truncateToWidth(item.title, Math.max(20, columns - head.length - 4));
}

export const listCommand: CommandDefinition = {
  name: 'list',
  summary: '列出资料',
  help: `用法：casebook list [--kind 类型] [--tag 标签] [--sort 排序] [--order asc|desc] [--trash] [--limit N]

选项：
  --kind 类型      只列出一种资料：policy、case、practice、news（或 政策文件、典型案例、支部做法、新闻报道）
  --tag 标签       只列出带这个标签的资料，如 主题/党建联建
  --sort 排序      updated（最近修改，默认）、created（导入时间）、date（发布日期）、title（标题）
  --order 顺序     desc（默认，新的在前）或 asc
  --trash          列出回收站中的资料
  --limit N        最多列出 N 份（默认 100，最多 1000）
  --offset N       跳过前 N 份
  --json           输出 {"total","items":[…]}`,
  options: {
    kind: { type: 'string' },
    tag: { type: 'string' },
    sort: { type: 'string' },
    order: { type: 'string' },
    trash: { type: 'boolean' },
    limit: { type: 'string' },
    offset: { type: 'string' },
  },
  createsLibrary: false,
  async run(context, args) {
    const kind = parseKind(stringValue(args.values, 'kind'));
    const tag = parseTags(stringList(args.values, 'tag'), 'tag')[0];
    const sort = parseChoice(stringValue(args.values, 'sort'), documentSortSchema.options, '排序方式');
    const order = parseChoice(stringValue(args.values, 'order'), ['asc', 'desc'] as const, '排列顺序');
    const limit = parseInteger(stringValue(args.values, 'limit'), '数量', 1, 1000);
    const offset = parseInteger(stringValue(args.values, 'offset'), '跳过数量', 0, 10_000_000);
    const trashed = flag(args.values, 'trash');
    const result = await context.call('documents.list', {
      trashed,
      ...(kind ? { kind } : {}),
      ...(tag ? { tag } : {}),
      ...(sort ? { sort } : {}),
      ...(order ? { order } : {}),
      ...(limit ? { limit } : {}),
      ...(offset ? { offset } : {}),
    });
    if (context.json) {
      context.emit(result);
      return EXIT_OK;
    }
    const where = trashed ? '回收站中' : '资料库中';
    if (result.total === 0) {
      context.say(`${where}没有符合条件的资料。`);
      return EXIT_OK;
    }
    for (const item of result.items) context.say(row(item, context.io.columns));
    const shown = result.items.length;
    context.say(shown < result.total ? `${where}共 ${result.total} 份，显示 ${shown} 份（用 --limit、--offset 查看更多）。` : `${where}共 ${result.total} 份。`);
    return EXIT_OK;
  },
};
