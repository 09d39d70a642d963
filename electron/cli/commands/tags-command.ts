import type { TagNode } from '../../../shared/model/tag';
import { EXIT_OK } from '../cli-errors';
import type { CommandDefinition } from '../command';

function total(node: TagNode): number {
  return node.children.reduce((sum, child) => sum + total(child), node.count);
}

function printTree(nodes: TagNode[], depth: number, lines: string[]): void {
  for (const node of nodes) {
    const own = node.count;
    const all = total(node);
    const counts = node.children.length > 0 && all !== own ? `${own}，含下级 ${all}` : String(own);
    lines.push(`${'  '.repeat(depth)}${node.name}（${counts}）`);
    printTree(node.children, depth + 1, lines);
  }
}

export const tagsCommand: CommandDefinition = {
  name: 'tags',
  summary: '显示标签树及每个标签的资料数',
  help: `用法：casebook tags [--json]

按层级显示全部标签；括号中是带这个标签的资料数（不含回收站）。--json 输出标签树。`,
  options: {},
  createsLibrary: false,
  async run(context) {
    const tree = await context.call('tags.list', {});
    if (context.json) {
      context.emit(tree);
      return EXIT_OK;
    }
    if (tree.length === 0) {
      context.say('资料库中还没有标签。');
      return EXIT_OK;
    }
    const lines: string[] = [];
    printTree(tree, 0, lines);
    for (const line of lines) context.say(line);
    return EXIT_OK;
  },
};
