import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE_NAME } from '../../engine/core/library';
import { formatMegabytes } from './exchange-format';
import { CliFailure, EXIT_OK } from '../cli-errors';
import { requirePositionals, stringValue, type CommandDefinition } from '../command';
import { restoreCommand as trashRestoreCommand } from './trash-commands';

export const backupCommand: CommandDefinition = {
  name: 'backup',
  summary: '把整个资料库备份到一个文件',
  help: `用法：casebook backup [--out 文件] [--json]

把整个资料库（数据库和全部原始文件）备份到一个文件，带校验和，可用 casebook restore 恢复。
不指定 --out 时存入资料库文件夹下的 backups/，只保留最近的若干份（默认 10 份，可在程序的“备份与恢复”中修改）。

选项：
  --out 文件   备份写到这个文件（任意文件名；已有同名文件时会被替换）`,
  options: { out: { type: 'string' } },
  createsLibrary: false,
  async run(context, args) {
    const out = stringValue(args.values, 'out');
    const result = await context.call('backup.create', out ? { out: path.resolve(out) } : {});
    if (context.json) context.emit({ path: result.path, size: result.size, documents: result.documents, originals: result.originals, createdAt: result.createdAt });
    else context.say(`已备份 ${result.documents} 份资料、${result.originals} 个原始文件（${formatMegabytes(result.size)}）到：${result.path}`);
    return EXIT_OK;
  },
};

function isFile(candidate: string): boolean {
  return fs.statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * `restore` has two uses: a backup file restores a whole library into a new or empty folder; document
 * ids restore documents from the 回收站 (the older use, unchanged).
 */
export const restoreCommand: CommandDefinition = {
  name: 'restore',
  summary: '从回收站恢复资料，或从备份文件恢复整个资料库',
  help: `用法：casebook restore 编号… [--json]
      casebook restore 备份文件 --library 新文件夹 [--json]

给出资料编号时：把回收站中的资料恢复到资料库（可用 casebook list --trash 查看）。
给出备份文件时：把 casebook backup 或程序做的备份恢复到 --library 指定的文件夹。
该文件夹必须是新的或空的资料库，已有资料的资料库不会被覆盖。恢复前会检查备份的完整性和校验和。
恢复中途被打断（断电、强制结束）时，该文件夹保持原样，重新运行同一命令即可。`,
  options: {},
  createsLibrary: true,
  async run(context, args) {
    const inputs = requirePositionals(args, 1, '资料编号或备份文件', 'restore');
    const [first] = inputs;
    if (inputs.length === 1 && first !== undefined && isFile(first)) {
      const result = await context.call('backup.restore', { source: { path: path.resolve(first) } });
      if (context.createdLibrary) context.note(`已新建资料库：${context.libraryFolder}`);
      if (context.json) context.emit(result);
      else {
        context.say(`已从备份恢复到 ${context.libraryFolder}：资料 ${result.documents} 份（回收站 ${result.trashed} 份），原始文件 ${result.originals} 个，标签 ${result.tags} 个，备注 ${result.notes} 条。`);
        const extra = Object.entries(result.tables).map(([table, rows]) => `${table} ${rows}`);
        if (extra.length > 0) context.say(`其他内容：${extra.join('，')}`);
      }
      return EXIT_OK;
    }
    // Restoring from the 回收站 never creates a library.
    if (!fs.existsSync(path.join(context.libraryFolder, DATABASE_FILE_NAME))) {
      throw new CliFailure(
        'LIBRARY_UNAVAILABLE',
        `找不到资料库“${context.libraryFolder}”。恢复回收站中的资料请用 --library 指定资料库文件夹；从备份恢复请给出存在的备份文件路径。`,
        'no database',
      );
    }
    return trashRestoreCommand.run(context, args);
  },
};
