import { FACET_FIELDS, FACET_LABELS } from '../../../shared/model/search-extras';
import { EXIT_OK, usageError } from '../cli-errors';
import { kindLabel } from '../cli-format';
import { parseInteger, requirePositionals, stringValue, type CommandDefinition } from '../command';

export const facetsCommand: CommandDefinition = {
  name: 'facets',
  summary: '按类型、地区、年度、标签、发文机关、专辑统计检索结果',
  help: `用法：casebook facets 检索词… [--json]

统计全部检索结果（不只第一页）中每个类型、地区、年度、标签、发文机关和专辑各有几份资料，
并给出可加到检索词后面的筛选条件（如 kind:case、region:温州市）。
--json 输出 {"total","facets":{"kind":[{"label","count","filter"}],…}}`,
  options: {},
  createsLibrary: false,
  async run(context, args) {
    const query = args.positionals.join(' ').trim();
    if (query.length === 0) throw usageError('缺少检索词。用法：casebook facets 检索词');
    const result = await context.call('search.facets', { query });
    if (context.json) {
      context.emit(result);
      return EXIT_OK;
    }
    context.say(`“${query}”共 ${result.total} 份资料：`);
    for (const field of FACET_FIELDS) {
      const values = result.facets[field];
      if (values.length === 0) continue;
      context.say(`${FACET_LABELS[field]}：${values.map((v) => `${v.label} ${v.count}（${v.filter}）`).join('；')}`);
    }
    return EXIT_OK;
  },
};

export const relatedCommand: CommandDefinition = {
  name: 'related',
  summary: '列出一份资料的相关资料及理由',
  help: `用法：casebook related 编号 [--limit N] [--json]

相关资料：内容相近（转载）、同一做法、同一项目、同一单位、共同的少见关键词，关系最强的在前。
--json 输出 [{"document":{…},"score","reasons":[…]}]`,
  options: { limit: { type: 'string' } },
  createsLibrary: false,
  async run(context, args) {
    const [id] = requirePositionals(args, 1, '资料编号', 'related');
    const limit = parseInteger(stringValue(args.values, 'limit'), '数量', 1, 50) ?? 8;
    const related = await context.call('search.related', { id: id ?? '', limit });
    if (context.json) {
      context.emit(related);
      return EXIT_OK;
    }
    if (related.length === 0) {
      context.say('没有找到相关资料。');
      return EXIT_OK;
    }
    related.forEach((item, index) => {
      context.say(`${index + 1}. 《${item.document.title}》  ${kindLabel(item.document.kind)} · ${item.document.id}`);
      context.say(`   ${item.reasons.join('；')}`);
    });
    return EXIT_OK;
  },
};

export const savedCommand: CommandDefinition = {
  name: 'saved',
  summary: '列出保存的搜索及当前结果数',
  help: `用法：casebook saved [--json]

列出在程序中保存的搜索，每条都重新检索，给出现在的结果数。--json 输出 [{"id","name","query","count",…}]`,
  options: {},
  createsLibrary: false,
  async run(context) {
    const saved = await context.call('savedSearches.list', {});
    if (context.json) {
      context.emit(saved);
      return EXIT_OK;
    }
    if (saved.length === 0) {
      context.say('还没有保存的搜索。在程序的检索结果页点“保存搜索”即可保存。');
      return EXIT_OK;
    }
    for (const item of saved) context.say(`${item.name}：${item.query}（${item.estimated ? '约 ' : ''}${item.count} 份）`);
    return EXIT_OK;
  },
};
