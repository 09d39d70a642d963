import { ITEM_KIND_LABELS, stripSectionNumber, type CollectionDetail, type CollectionItem, type CollectionSummary } from '../../../shared/model/collection';
import { inQuotes } from '../../../shared/model/quotation';
import { EXIT_OK, usageError } from '../cli-errors';
import { kindLabel, padToWidth, truncateToWidth } from '../cli-format';
import { flag, requirePositionals, stringValue, type CommandDefinition } from '../command';
import type { CliContext } from '../cli-context';

/** `casebook collection …`: 专辑 over the same contract as the app. NAME is a collection's name or id. */

const STATUS_NOTE: Record<CollectionItem['status'], string> = { ok: '', trashed: '【已删除：在回收站中】', missing: '【缺失：原资料已彻底删除】' };

/** The live collection with this id or name: the engine decides (collections.resolve). */
function resolve(context: CliContext, nameOrId: string): Promise<CollectionSummary> {
  return context.call('collections.resolve', { nameOrId });
}

function itemLine(item: CollectionItem, number: number, columns: number): string[] {
  const doc = item.document;
  const facts = doc ? [kindLabel(doc.kind), doc.issuer ?? doc.source ?? doc.organization, doc.date].filter(Boolean).join('，') : ITEM_KIND_LABELS[item.kind];
  const lines = [`${padToWidth(`${number}.`, 4)}${item.title}（${facts}）${STATUS_NOTE[item.status]}  ${item.documentId ?? item.draftId ?? ''}`];
  if (item.excerpt) lines.push(`    摘录（第 ${item.excerpt.start}–${item.excerpt.end} 字）：${truncateToWidth(inQuotes(item.excerpt.text.replace(/\s+/g, ' ')), Math.max(32, columns - 28))}`);
  if (item.commentaryText) lines.push(...item.commentaryText.split('\n').map((line, index) => `    ${index === 0 ? '点评：' : '      '}${line}`));
  return lines;
}

function printDetail(context: CliContext, detail: CollectionDetail, path: string): void {
  context.say(`${detail.name}${path ? `  （${path}）` : ''}  编号 ${detail.id}`);
  if (detail.coverTitle || detail.coverSubtitle) context.say(`封面：${[detail.coverTitle, detail.coverSubtitle].filter(Boolean).join(' — ')}`);
  if (detail.description) context.say(`说明：${detail.description}`);
  context.say(`共 ${detail.itemCount} 条${detail.sectionCount ? `，${detail.sectionCount} 节` : ''}${detail.missingCount ? `，其中 ${detail.missingCount} 条的原资料已删除` : ''}`);
  if (detail.items.length === 0 && detail.sections.length === 0) {
    context.say('（专辑是空的。用 casebook collection add 名称 资料编号… 加入资料）');
    return;
  }
  let number = 0;
  const printSection = (sectionId: string | null) => {
    for (const item of detail.items.filter((entry) => entry.sectionId === sectionId)) for (const line of itemLine(item, ++number, context.io.columns)) context.say(line);
  };
  printSection(null);
  for (const section of detail.sections) {
    context.say('');
    context.say(section.heading);
    if (!detail.items.some((item) => item.sectionId === section.id)) context.say('    （本节还没有资料）');
    printSection(section.id);
  }
}

async function list(context: CliContext, trashed: boolean): Promise<number> {
  const result = await context.call('collections.list', { trashed });
  if (context.json) {
    context.emit(result);
  } else if (result.collections.length === 0) {
    context.say(trashed ? '回收站中没有专辑。' : '还没有专辑。用 casebook collection create 名称 新建，或在案例库界面的“专辑”中新建。');
  } else {
    for (const item of result.collections) {
      const path = item.folderPath;
      context.say(`${item.id}  ${padToWidth(`${item.itemCount} 条`, 8)}${path ? `${path} / ` : ''}${item.name}${item.missingCount ? `（${item.missingCount} 条缺失）` : ''}`);
    }
  }
  return EXIT_OK;
}

async function add(context: CliContext, name: string, ids: string[], sectionTitle: string | undefined): Promise<number> {
  if (ids.length === 0) throw usageError('缺少资料编号。用法：casebook collection add 名称 资料编号…（编号见 casebook list 或 casebook search）');
  const target = await resolve(context, name);
  let sectionId: string | null = null;
  if (sectionTitle !== undefined) {
    const wanted = stripSectionNumber(sectionTitle.replace(/\s+/g, ' ').trim());
    const detail = await context.call('collections.get', { id: target.id });
    sectionId = detail.sections.find((section) => section.title === wanted)?.id ?? null;
    if (sectionId === null) sectionId = (await context.call('collections.addSection', { collectionId: target.id, title: sectionTitle })).sectionId;
  }
  const result = await context.call('collections.addItems', {
    collectionId: target.id,
    items: ids.map((documentId) => ({ kind: 'document' as const, documentId })),
    sectionId,
  });
  if (context.json) context.emit(result);
  else {
    context.say(`已把 ${result.added.length} 份资料加入专辑“${result.collection.name}”，专辑现有 ${result.collection.itemCount} 条。`);
    if (result.skipped > 0) context.say(`${result.skipped} 份资料已在专辑中，未重复加入。`);
  }
  return EXIT_OK;
}

export const collectionCommand: CommandDefinition = {
  name: 'collection',
  summary: '专辑：新建、加入资料、列出、按顺序显示（含分节）',
  help: `用法：casebook collection create 名称 [--json]
      casebook collection add 名称 资料编号… [--section 分节标题] [--json]
      casebook collection list [--trash] [--json]
      casebook collection show 名称 [--json]

create  新建一个空专辑，输出它的编号。
add     把资料（整篇）按给出的顺序加入专辑末尾；已在专辑中的资料不重复加入。
        --section 放进这个分节（没有就新建，例如 --section 组织建设）。
list    列出专辑：编号、条目数、所在文件夹和名称（--trash 列出回收站中的专辑）。
show    按顺序显示专辑：封面、说明、分节（一、二、…）、每条资料、摘录和点评；
        原资料在回收站或已删除的条目会标出。
“名称”可以是专辑的名称，也可以是它的编号。分节、摘录、点评和排序在案例库界面的“专辑”中编辑。`,
  options: { trash: { type: 'boolean' }, section: { type: 'string' } },
  createsLibrary: false,
  async run(context, args) {
    const [action, name, ...rest] = requirePositionals(args, 1, '子命令（create、add、list 或 show）', 'collection');
    if (action === 'list') return list(context, flag(args.values, 'trash'));
    if (action !== 'create' && action !== 'add' && action !== 'show') throw usageError(`不认识的子命令“${action}”。可用：create、add、list、show。`);
    if (!name?.trim()) throw usageError(`缺少专辑名称。用法见：casebook collection --help`);
    if (action === 'create') {
      const created = await context.call('collections.create', { name });
      if (context.json) context.emit(created);
      else context.say(`已新建专辑“${created.name}”，编号 ${created.id}。用 casebook collection add "${created.name}" 资料编号… 加入资料。`);
      return EXIT_OK;
    }
    if (action === 'add') return add(context, name, rest, stringValue(args.values, 'section'));
    const target = await resolve(context, name);
    const detail = await context.call('collections.get', { id: target.id });
    if (context.json) context.emit(detail);
    else printDetail(context, detail, detail.folderPath);
    return EXIT_OK;
  },
};
