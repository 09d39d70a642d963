import type { TagNode } from '../../../shared/model/tag';

export function flattenTagPaths(nodes: TagNode[]): string[] {
  return nodes.flatMap((node) => [node.path, ...flattenTagPaths(node.children)]);
}
