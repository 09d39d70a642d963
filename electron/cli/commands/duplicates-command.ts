import type { DocumentSummary } from '../../../shared/model/document';
import { DUPLICATE_STATUS_LABELS, type DuplicatePair } from '../../../shared/model/duplicates';
import { EXIT_OK } from '../cli-errors';
import { kindLabel, padToWidth, truncateToWidth } from '../cli-format';
import { flag, type CommandDefinition } from '../command';

function side(label: string, doc: DocumentSummary, columns: number): string {
  const trashed = doc.deletedAt ? '（在回收站）' : '';
  const head = `  ${label}  ${doc.id}  ${padToWidth(kindLabel(doc.kind), 8)}  ${padToWidth(doc.date ?? '日期不详', 10)}  `;
  const source = doc.source ?? doc.issuer;
  return head + truncateToWidth(`《${doc.title}》${trashed}${source ? `  来源：${source}` : ''}`, Math.max(20, columns - head.length - 4));
}

function pairLines(pair: DuplicatePair, columns: number): string[] {
  const kept = pair.status === 'merged' && pair.keptId ? `，保留 ${pair.keptId}` : '';
  return [
    `[${pair.id}] 相似度 ${Math.round(pair.similarity * 100)}%  ${DUPLICATE_STATUS_LABELS[pair.status]}${kept}`,
    side('先有', pair.left, columns),
    side('后导', pair.right, columns),
  ];
}

export const duplicatesCommand: CommandDefinition = {
  name: 'duplicates',
  summary: '列出疑似重复的资料（查重）',
  help: `用法：casebook duplicates [--all] [--json]

列出待处理的疑似重复资料：同一篇稿件被不同网站转载、或只改动了几句话的版本。每对资料显示
相似度（正文相似程度）以及先导入的一份和后导入的一份。在案例库的“查重”中可以合并或保留两份。

选项：
  --all      也列出已处理（已保留两份、已合并）的资料
  --json     输出 {"total","pendingCount","items":[…]}`,
  options: {
    all: { type: 'boolean' },
  },
  createsLibrary: false,
  async run(context, args) {
    const all = flag(args.values, 'all');
    const result = await context.call('duplicates.list', { status: all ? 'all' : 'pending', limit: 500 });
    if (context.json) {
      context.emit(result);
      return EXIT_OK;
    }
    if (result.total === 0) {
      context.say(all ? '还没有发现疑似重复的资料。' : '没有待处理的疑似重复资料。');
      return EXIT_OK;
    }
    for (const pair of result.items) {
      for (const line of pairLines(pair, context.io.columns)) context.say(line);
    }
    const shown = result.items.length < result.total ? `，显示前 ${result.items.length} 对` : '';
    context.say(all ? `共 ${result.total} 对（待处理 ${result.pendingCount} 对）${shown}。` : `共 ${result.total} 对待处理的疑似重复资料${shown}。`);
    return EXIT_OK;
  },
};
