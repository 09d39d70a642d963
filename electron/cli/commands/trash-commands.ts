import { EXIT_OK, usageError } from '../cli-errors';
import { flag, requirePositionals, type CommandDefinition } from '../command';

function uniqueIds(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id.length > 0))];
}

export const rmCommand: CommandDefinition = {
  name: 'rm',
  summary: '把资料移入回收站',
  help: `用法：casebook rm 编号… [--json]

把资料移入回收站（可用 casebook restore 恢复）。有一个编号找不到时，什么都不改。`,
  options: {},
  createsLibrary: false,
  async run(context, args) {
    const ids = uniqueIds(requirePositionals(args, 1, '资料编号', 'rm'));
    const { count } = await context.call('documents.trash', { ids });
    if (context.json) context.emit({ count });
    else {
      context.say(`已移入回收站 ${count} 份资料（可用 casebook restore 编号 恢复）。`);
      if (count < ids.length) context.say(`另有 ${ids.length - count} 份本来就在回收站中。`);
    }
    return EXIT_OK;
  },
};

export const restoreCommand: CommandDefinition = {
  name: 'restore',
  summary: '从回收站恢复资料',
  help: `用法：casebook restore 编号… [--json]

把回收站中的资料恢复到资料库。回收站中的资料可用 casebook list --trash 查看。`,
  options: {},
  createsLibrary: false,
  async run(context, args) {
    const ids = uniqueIds(requirePositionals(args, 1, '资料编号', 'restore'));
    const { count } = await context.call('documents.restore', { ids });
    if (context.json) context.emit({ count });
    else {
      context.say(`已恢复 ${count} 份资料。`);
      if (count < ids.length) context.say(`另有 ${ids.length - count} 份不在回收站中，无需恢复。`);
    }
    return EXIT_OK;
  },
};

export const purgeCommand: CommandDefinition = {
  name: 'purge',
  summary: '从回收站彻底删除资料（不能撤销）',
  help: `用法：casebook purge 编号… [--yes] [--json]

彻底删除回收站中的资料及其不再被引用的原文件，不能撤销。只能删除已在回收站中的资料。
在终端中会先询问确认；--yes 表示不再询问。不在终端中运行（如脚本）时必须加 --yes。`,
  options: {
    yes: { type: 'boolean', short: 'y' },
  },
  createsLibrary: false,
  async run(context, args) {
    const ids = uniqueIds(requirePositionals(args, 1, '资料编号', 'purge'));
    if (!flag(args.values, 'yes')) {
      if (!context.io.stdinIsTty) throw usageError('彻底删除不能撤销：不在终端中运行时，请加 --yes 确认。');
      const sure = await context.io.confirm(`确定要彻底删除这 ${ids.length} 份资料吗？此操作不能撤销。[y/N] `);
      if (!sure) {
        context.say('已取消，没有删除任何资料。');
        if (context.json) context.emit({ count: 0 });
        return EXIT_OK;
      }
    }
    const { count } = await context.call('documents.purge', { ids });
    if (context.json) context.emit({ count });
    else context.say(`已彻底删除 ${count} 份资料。`);
    return EXIT_OK;
  },
};
