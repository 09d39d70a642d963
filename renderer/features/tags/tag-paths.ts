import type { TagNode } from '../../../shared/model/tag';

/** Every tag path in the tree, parents before children, for autocomplete lists. */
export function flattenTags(nodes: readonly TagNode[]): TagNode[] {
  const out: TagNode[] = [];
  const walk = (list: readonly TagNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** Options for a tag picker: matching paths first by name, then by path; at most `limit`. */
export function matchTagOptions(all: readonly TagNode[], input: string, exclude: readonly string[] = [], limit = 30) {
  const needle = input.trim().toLowerCase();
  const candidates = all.filter((node) => !exclude.includes(node.path));
  const matches = needle
    ? candidates.filter((node) => node.path.toLowerCase().includes(needle))
    : candidates.filter((node) => node.children.length === 0);
  matches.sort((a, b) => {
    const aName = a.name.toLowerCase().startsWith(needle) ? 0 : 1;
    const bName = b.name.toLowerCase().startsWith(needle) ? 0 : 1;
    return aName - bName || a.path.localeCompare(b.path, 'zh-CN');
  });
  return matches.slice(0, limit);
}
