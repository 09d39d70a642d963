import { DRAFT_VERSION_REASON_LABELS, type DraftCitation, type DraftSummary } from '../../../shared/model/draft';
import { inQuotes } from '../../../shared/model/quotation';
import { richTextToPlainText } from '../../../shared/model/rich-text';
import { EXIT_OK, usageError } from '../cli-errors';
import { localTime, padToWidth, truncateToWidth } from '../cli-format';
import { flag, requirePositionals, stringValue, type CommandDefinition } from '../command';
import type { CliContext } from '../cli-context';

const CITATION_STATUS: Record<DraftCitation['status'], string> = { ok: '', trashed: '（原文在回收站）', missing: '（原文已删除）' };

function row(item: DraftSummary, columns: number): string {
  const head = `${item.id}  ${localTime(item.updatedAt)}  ${padToWidth(`${item.charCount} 字`, 10)}  ${padToWidth(`引用 ${item.citationCount}`, 8)}  `;
  return head + truncateToWidth(item.title, Math.max(20, columns - head.length - 4));
}

/** One endnote: [n] title，来源，发布日期 — "quote" (document id). */
export function citationLine(citation: DraftCitation): string {
  const facts = [citation.title, citation.source, citation.date].filter(Boolean).join('，');
  return `[${citation.number}] ${facts}${CITATION_STATUS[citation.status]}  资料 ${citation.documentId}，第 ${citation.start}–${citation.end} 字：${inQuotes(citation.quote)}`;
}

async function list(context: CliContext, trashed: boolean): Promise<number> {
  const result = await context.call('drafts.list', { trashed, limit: 1000 });
  if (context.json) context.emit(result);
  else if (result.total === 0) context.say(trashed ? '回收站中没有草稿。' : '还没有草稿。在案例库界面的“草稿”中新建，或在阅读资料时选中文字“引用到草稿”。');
  else for (const item of result.items) context.say(row(item, context.io.columns));
  return EXIT_OK;
}

async function show(context: CliContext, id: string): Promise<number> {
  const draft = await context.call('drafts.get', { id });
  if (context.json) {
    context.emit({ ...draft, plainText: richTextToPlainText(draft.content) });
    return EXIT_OK;
  }
  context.say(draft.title);
  context.say(`（${draft.charCount} 字，修改于 ${localTime(draft.updatedAt)}${draft.deletedAt ? '，在回收站中' : ''}）`);
  context.say('');
  context.say(richTextToPlainText(draft.content) || '（草稿是空的）');
  if (draft.citations.length > 0) {
    context.say('');
    context.say('引用出处：');
    for (const citation of draft.citations) context.say(citationLine(citation));
  }
  return EXIT_OK;
}

async function versions(context: CliContext, id: string): Promise<number> {
  const items = await context.call('drafts.versions', { id });
  if (context.json) context.emit(items);
  else if (items.length === 0) context.say('这篇草稿还没有保存过版本。');
  else for (const version of items) context.say(`${padToWidth(String(version.id), 6)}${localTime(version.createdAt)}  ${padToWidth(`${version.charCount} 字`, 10)}${DRAFT_VERSION_REASON_LABELS[version.reason]}${version.label ? `：${version.label}` : ''}`);
  return EXIT_OK;
}

export const draftCommand: CommandDefinition = {
  name: 'draft',
  summary: '草稿：列出、查看正文和引用出处、版本',
  help: `用法：casebook draft list [--trash] [--json]
      casebook draft show 编号 [--json]
      casebook draft versions 编号 [--json]
      casebook draft new [--title 标题] [--json]

list      列出草稿：编号、修改时间、字数、引用数、标题（--trash 列出回收站中的草稿）。
show      显示草稿的正文（纯文本，引用处标 [1] [2] …）和引用出处：标题、来源/发文机关、发布日期、引文。
versions  列出草稿保存过的版本。
new       新建一篇空草稿，输出它的编号。
草稿在案例库界面的“草稿”中编辑；--json 输出完整数据（show 另含 plainText）。`,
  options: { trash: { type: 'boolean' }, title: { type: 'string' } },
  createsLibrary: false,
  async run(context, args) {
    const [action, id] = requirePositionals(args, 1, '子命令（list、show、versions 或 new）', 'draft');
    if (action === 'list') return list(context, flag(args.values, 'trash'));
    if (action === 'show' || action === 'versions') {
      if (!id) throw usageError('缺少草稿编号。用 casebook draft list 查看编号。');
      return action === 'show' ? show(context, id) : versions(context, id);
    }
    if (action === 'new') {
      const title = stringValue(args.values, 'title');
      const draft = await context.call('drafts.create', title === undefined ? {} : { title });
      if (context.json) context.emit(draft);
      else context.say(`已新建草稿“${draft.title}”，编号 ${draft.id}。`);
      return EXIT_OK;
    }
    throw usageError(`不认识的子命令“${action}”。可用：list、show、versions、new。`);
  },
};
