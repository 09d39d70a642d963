import { visibleLength } from './html-dom';

/**
 * Navigation menus, column lists and related-article boxes are mostly links. Blocks whose text is
 * nearly all link text are removed before the article is looked for, in one pass over the tree.
 */

interface TreeNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TreeNode>;
  remove?: () => void;
}

const CANDIDATES = new Set(['UL', 'OL', 'DL', 'DIV', 'TD', 'TABLE', 'NAV', 'P', 'SPAN', 'SECTION', 'ASIDE']);
const MIN_LINKS = 3;
const MAX_LINK_SHARE = 0.8;

interface Counts {
  text: number;
  linkText: number;
  links: number;
}

export function removeLinkDenseBlocks(root: TreeNode): void {
  const doomed: TreeNode[] = [];
  const visit = (node: TreeNode): Counts => {
    if (node.nodeType === 3) return { text: visibleLength(node.textContent), linkText: 0, links: 0 };
    if (node.nodeType !== 1 && node.nodeType !== 9) return { text: 0, linkText: 0, links: 0 };
    if (node.nodeName === 'A') {
      const length = visibleLength(node.textContent);
      return { text: length, linkText: length, links: 1 };
    }
    const total: Counts = { text: 0, linkText: 0, links: 0 };
    for (const child of Array.from(node.childNodes)) {
      const counts = visit(child);
      total.text += counts.text;
      total.linkText += counts.linkText;
      total.links += counts.links;
    }
    if (CANDIDATES.has(node.nodeName) && total.links >= MIN_LINKS && total.text > 0 && total.linkText / total.text >= MAX_LINK_SHARE) {
      doomed.push(node);
      return { text: 0, linkText: 0, links: 0 };
    }
    return total;
  };
  visit(root);
  for (const node of doomed) node.remove?.();
}
