import { EXIT_OK, usageError } from '../cli-errors';
import { joinList } from '../cli-format';
import { parseTags, requirePositionals, stringList, type CommandDefinition } from '../command';

export const tagCommand: CommandDefinition = {
  name: 'tag',
  summary: '给资料加标签或去掉标签',
  help: `用法：casebook tag 编号 [--add 标签]… [--remove 标签]… [--json]

--add 和 --remove 都可重复；层级用“/”分隔，如 一强一优五提升/权益保障提升。不存在的标签会自动新建。
--json 输出修改后的完整记录。`,
  options: {
    add: { type: 'string', multiple: true },
    remove: { type: 'string', multiple: true },
  },
  createsLibrary: false,
  async run(context, args) {
    const [id] = requirePositionals(args, 1, '资料编号', 'tag');
    const add = parseTags(stringList(args.values, 'add'), 'add');
    const remove = parseTags(stringList(args.values, 'remove'), 'remove');
    if (add.length === 0 && remove.length === 0) throw usageError('请用 --add 或 --remove 指定要加上或去掉的标签。');
    if (args.positionals.length > 1) throw usageError('tag 一次只能修改一份资料。');
    const record = await context.call('documents.setTags', { id: id ?? '', add, remove });
    if (context.json) context.emit(record);
    else context.say(`《${record.title}》的标签：${joinList(record.tags)}`);
    return EXIT_OK;
  },
};
