import { MATCH_LABELS, RULE_FIELD_LABELS, type TagRule } from '../../../shared/model/tag-rule';
import { EXIT_OK } from '../cli-errors';
import { padToWidth } from '../cli-format';
import type { CommandDefinition } from '../command';

function describeRule(rule: TagRule): string {
  const mode = rule.autoApply ? '导入时自动加' : '仅建议';
  const state = rule.enabled ? '' : '（已停用）';
  const options = [RULE_FIELD_LABELS[rule.fields], rule.caseSensitive ? '区分大小写' : null].filter(Boolean).join('，');
  return `${padToWidth(rule.tagPath, 24)}  ${MATCH_LABELS[rule.match]}“${rule.pattern}”（${options}） ${mode}${state}  [${rule.id}]`;
}

export const rulesCommand: CommandDefinition = {
  name: 'rules',
  summary: '列出标签规则（导入时自动加标签或给出建议）',
  help: `用法：casebook rules [--json]

列出资料库的标签规则：哪个标签、怎样匹配（包含任一词、包含全部词、包含完整短语、正则表达式）、
匹配标题还是正文，以及导入时自动加标签还是只给出建议。规则在案例库界面的“标签规则”中编辑。
--json 输出规则数组。`,
  options: {},
  createsLibrary: false,
  async run(context) {
    const rules = await context.call('tagRules.list', {});
    if (context.json) {
      context.emit(rules);
      return EXIT_OK;
    }
    if (rules.length === 0) {
      context.say('资料库中还没有标签规则。');
      return EXIT_OK;
    }
    for (const rule of rules) context.say(describeRule(rule));
    const auto = rules.filter((rule) => rule.enabled && rule.autoApply).length;
    context.say(`共 ${rules.length} 条规则，其中 ${auto} 条在导入时自动加标签。`);
    return EXIT_OK;
  },
};
