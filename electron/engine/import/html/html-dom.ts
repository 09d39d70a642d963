/**
 * The part of linkedom's DOM the page reader uses, and small helpers over it: element tests,
 * child nodes, visible text length, the parent element and an element's classes.
 */

export interface HNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HNode>;
  parentNode: HNode | null;
}
export interface HElement extends HNode {
  tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  remove(): void;
  querySelectorAll(selector: string): ArrayLike<HElement>;
}
export interface HDocument {
  title: string;
  body: HElement | null;
  documentElement: HElement | null;
  querySelector(selector: string): HElement | null;
  querySelectorAll(selector: string): ArrayLike<HElement>;
}

export const isElement = (node: HNode): node is HElement => node.nodeType === 1;
export const childNodesOf = (node: HNode): HNode[] => Array.from(node.childNodes);
export const visibleLength = (text: string | null): number => (text ?? '').replace(/\s+/g, '').length;
export const parentElement = (node: HNode): HElement | null => {
  const parent = node.parentNode;
  return parent && isElement(parent) ? parent : null;
};

const CLASSES = new WeakMap<HElement, string[]>();
/** The element's classes (linkedom rebuilds the class attribute on every read: read once). */
export function classList(element: HElement): string[] {
  let classes = CLASSES.get(element);
  if (!classes) {
    classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    CLASSES.set(element, classes);
  }
  return classes;
}
