/**
 * Text of an HTML tree with its structure kept as plain text: a blank line between paragraphs and
 * headings, list items as "• " or "1. " lines (indented when nested), table rows as cells joined by
 * " | ". Works on linkedom's DOM (pages) and on mammoth's HTML (Word files) alike.
 */

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

/** Elements that hold no readable text (or only text a reader never sees, or a ruby's pronunciation: rt, rp). */
export const SKIP = new Set(['SCRIPT', 'STYLE', 'RT', 'RP', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OPTION', 'MAP', 'AUDIO', 'VIDEO']);
/** Elements that start and end a paragraph. */
export const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'CENTER', 'FORM', 'FIELDSET',
  'FIGURE', 'FIGCAPTION', 'ADDRESS', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'BODY', 'HTML', 'CAPTION', 'DETAILS', 'SUMMARY',
  // Cells outside a table: Readability turns layout tables into DIVs and leaves their cells.
  'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT',
]);
const PARAGRAPH_BREAK = '\u0000P';
const LINE_BREAK = '\u0000L';

/** Spaces that came from line breaks in the HTML source between two Chinese characters are not real. */
export function inlineText(raw: string): string {
  return raw.replace(/\u0000/g, '').replace(/(\p{Script=Han}|[，。；：、！？”’）])[ \t\r\n\f]*[\r\n][ \t\r\n\f]*(?=\p{Script=Han}|[“‘（])/gu, '$1').replace(/[ \t\r\n\f\u00a0]+/g, ' ');
}

function children(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

function listItems(list: DomNode, depth: number, out: string[], nested = false): void {
  const ordered = list.nodeName === 'OL';
  let number = Number(list.getAttribute?.('start') ?? '1') || 1;
  for (const item of children(list)) {
    if (item.nodeName !== 'LI') {
      if (item.nodeName === 'UL' || item.nodeName === 'OL') listItems(item, depth + 1, out, true);
      continue;
    }
    const own: string[] = [];
    const sublists: DomNode[] = [];
    for (const child of children(item)) {
      if (child.nodeName === 'UL' || child.nodeName === 'OL') sublists.push(child);
      else walk(child, own, depth + 1);
    }
    const text = flatten(own.join('')).replace(/\n+/g, ' ').trim();
    const marker = ordered ? `${number}. ` : '• ';
    number += 1;
    if (text) out.push(`${LINE_BREAK}${'  '.repeat(depth)}${marker}${text}`);
    for (const sublist of sublists) listItems(sublist, depth + 1, out, true);
  }
  if (!nested) out.push(PARAGRAPH_BREAK);
}

const LAYOUT_CONTENT = new Set(['TABLE', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FORM']);

/**
 * Old sites lay whole pages out in tables. A table is layout, not data, when it has a single column,
 * or a cell holds a table, a list, a heading or a long passage.
 */
export function isLayoutTable(table: DomNode): boolean {
  let layout = false;
  let widest = 0;
  const visit = (node: DomNode, inCell: boolean): void => {
    for (const child of children(node)) {
      if (layout) return;
      if (inCell && LAYOUT_CONTENT.has(child.nodeName)) layout = true;
      else if (child.nodeName === 'TR' && !inCell) {
        widest = Math.max(widest, children(child).filter((cell) => cell.nodeName === 'TD' || cell.nodeName === 'TH').length);
        visit(child, false);
      } else if (child.nodeName === 'TD' || child.nodeName === 'TH') {
        if ((child.textContent ?? '').replace(/\s+/g, '').length > 300) layout = true;
        else visit(child, true);
      } else visit(child, inCell);
    }
  };
  visit(table, false);
  return layout || widest <= 1;
}

function tableRows(table: DomNode, out: string[]): void {
  out.push(PARAGRAPH_BREAK);
  if (isLayoutTable(table)) {
    const cellsAsBlocks = (node: DomNode): void => {
      for (const child of children(node)) {
        if (child.nodeName === 'TD' || child.nodeName === 'TH') {
          out.push(PARAGRAPH_BREAK);
          for (const inner of children(child)) walk(inner, out, 0);
          out.push(PARAGRAPH_BREAK);
        } else cellsAsBlocks(child);
      }
    };
    cellsAsBlocks(table);
    return;
  }
  const visit = (node: DomNode): void => {
    for (const child of children(node)) {
      if (child.nodeName === 'TR') {
        const cells = children(child)
          .filter((cell) => cell.nodeName === 'TD' || cell.nodeName === 'TH')
          .map((cell) => {
            const parts: string[] = [];
            walk(cell, parts, 0);
            return flatten(parts.join('')).replace(/\s*\n+\s*/g, ' ').trim();
          });
        if (cells.some((cell) => cell.length > 0)) out.push(`${LINE_BREAK}${cells.join(' | ')}`);
      } else if (child.nodeName !== 'TABLE') {
        visit(child);
      }
    }
  };
  visit(table);
  out.push(PARAGRAPH_BREAK);
}

function walk(node: DomNode, out: string[], depth: number): void {
  if (node.nodeType === 3) {
    out.push(inlineText(node.textContent ?? ''));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  if (name === 'BR') return void out.push(LINE_BREAK);
  if (name === 'UL' || name === 'OL') return listItems(node, depth, out);
  if (name === 'TABLE') return tableRows(node, out);
  if (name === 'PRE') return void out.push(PARAGRAPH_BREAK, (node.textContent ?? '').replace(/\r\n?/g, '\n').replace(/\n/g, LINE_BREAK), PARAGRAPH_BREAK);
  if (name === 'IMG') {
    const alt = node.getAttribute?.('alt')?.trim();
    return void (alt && /\p{Script=Han}/u.test(alt) && alt.length > 8 ? out.push(alt) : undefined);
  }
  const block = BLOCK.has(name) || name === 'LI' || name === 'TR';
  if (block) out.push(PARAGRAPH_BREAK);
  for (const child of children(node)) walk(child, out, depth);
  if (block) out.push(PARAGRAPH_BREAK);
}

/** Markers → newlines; spaces at line ends and runs of blank lines go. */
function flatten(marked: string): string {
  return marked
    .split(PARAGRAPH_BREAK)
    .map((paragraph) =>
      paragraph
        .split(LINE_BREAK)
        .map((line) => line.replace(/^ (?=\S)/, '').replace(/\s+$/, ''))
        .join('\n')
        .replace(/^\n+|\n+$/g, ''),
    )
    .filter((paragraph) => paragraph.trim().length > 0)
    .join('\n\n');
}

export function domToText(root: DomNode): string {
  const out: string[] = [];
  walk(root, out, 0);
  return flatten(out.join(''));
}
