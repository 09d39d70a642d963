import { EXIT_OK, usageError } from '../cli-errors';
import { kindLabel, markedSnippet, plainSnippet } from '../cli-format';
import { parseChoice, parseInteger, stringValue, type CommandDefinition } from '../command';

export const searchCommand: CommandDefinition = {
  name: 'search',
  summary: '全文检索',
  help: `用法：casebook search 检索词… [--sort relevance|date] [--limit N] [--json]

在标题、全文、标签和元数据中检索；多个词之间是“并且”的关系。繁体、简体都能找到。

选项：
  --sort 排序   relevance（相关度，默认）或 date（发布日期）
  --limit N     最多显示 N 条（默认 20，最多 500）
  --offset N    跳过前 N 条
  --json        输出 {"total","tookMs","hits":[{"id","title","kind","date","score","snippet"}]}`,
  options: {
    sort: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
  },
  createsLibrary: false,
  async run(context, args) {
    const query = args.positionals.join(' ').trim();
    if (query.length === 0) throw usageError('缺少检索词。用法：casebook search 检索词');
    const sort = parseChoice(stringValue(args.values, 'sort'), ['relevance', 'date'] as const, '排序方式');
    const limit = parseInteger(stringValue(args.values, 'limit'), '数量', 1, 500) ?? 20;
    const offset = parseInteger(stringValue(args.values, 'offset'), '跳过数量', 0, 10_000_000) ?? 0;
    const response = await context.call('search.query', { query, limit, offset, ...(sort ? { sort } : {}) });
    if (response.notice) context.note(`提示：${response.notice}`);
    if (context.json) {
      context.emit({
        total: response.total,
        tookMs: response.tookMs,
        hits: response.hits.map((hit) => ({
          id: hit.id,
          title: hit.title,
          kind: hit.kind,
          date: hit.date,
          score: hit.score,
          snippet: plainSnippet(hit.snippet),
        })),
      });
      return EXIT_OK;
    }
    if (response.total === 0) {
      context.say(`没有找到与“${query}”相关的资料。`);
      return EXIT_OK;
    }
    context.say(`找到 ${response.total} 份资料（用时 ${Math.round(response.tookMs)} 毫秒）：`);
    response.hits.forEach((hit, index) => {
      const facts = [kindLabel(hit.kind), hit.date ?? '日期不详', hit.id].join(' · ');
      context.say(`${offset + index + 1}. 《${hit.title}》  ${facts}`);
      if (hit.snippet) context.say(`   ${markedSnippet(hit.snippet).replace(/\s*\n\s*/g, ' ')}`);
    });
    if (offset + response.hits.length < response.total) context.say(`（还有 ${response.total - offset - response.hits.length} 份，用 --limit、--offset 查看）`);
    return EXIT_OK;
  },
};
