import { CITATION_NODE, readCitationAttrs, type RichTextNode } from '../../../shared/model/rich-text';
import type { Block, Inline, ListItem } from './export-model';

/**
 * Stored rich text (tiptap JSON: drafts, collection commentary) into export blocks. Citations become
 * numbered note markers in document order, as the editor numbers them; `onCitation` receives each one.
 */

const SAFE_LINK = /^(https?:|mailto:)/i;
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\s]+$/i;

export interface RichTextContext {
  /** Called for each citation node in order; returns the note number to print. */
  onCitation?: (attrs: NonNullable<ReturnType<typeof readCitationAttrs>>) => number;
}

function inlinesOf(nodes: readonly RichTextNode[] | undefined, context: RichTextContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text') {
      const inline: Inline = { text: node.text ?? '' };
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') inline.bold = true;
        else if (mark.type === 'italic') inline.italic = true;
        else if (mark.type === 'underline') inline.underline = true;
        else if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && SAFE_LINK.test(mark.attrs.href)) inline.href = mark.attrs.href;
      }
      if (inline.text) out.push(inline);
    } else if (node.type === 'hardBreak') {
      out.push({ text: '\n' });
    } else if (node.type === CITATION_NODE && node.attrs) {
      const attrs = readCitationAttrs(node.attrs);
      if (attrs && context.onCitation) out.push({ text: '', note: context.onCitation(attrs) });
    } else if (node.content) {
      out.push(...inlinesOf(node.content, context));
    }
  }
  return out;
}

function cellText(cell: RichTextNode, context: RichTextContext): string {
  return richTextToBlocks(cell.content ?? [], context)
    .map((block) => (block.type === 'paragraph' || block.type === 'heading' ? block.inlines.map((inline) => (inline.note ? `[${inline.note}]` : inline.text)).join('') : ''))
    .join(' ')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function listItems(list: RichTextNode, context: RichTextContext): ListItem[] {
  const ordered = list.type === 'orderedList';
  const start = typeof list.attrs?.start === 'number' ? list.attrs.start : 1;
  return (list.content ?? []).map((item, index) => {
    const inlines: Inline[] = [];
    const children: ListItem[] = [];
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList' || child.type === 'taskList') children.push(...listItems(child, context));
      else {
        if (inlines.length > 0) inlines.push({ text: '\n' });
        inlines.push(...inlinesOf(child.content, context));
      }
    }
    return { marker: ordered ? `${start + index}.` : '•', inlines, children };
  });
}

export function richTextToBlocks(nodes: readonly RichTextNode[], context: RichTextContext = {}): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const raw = typeof node.attrs?.level === 'number' ? node.attrs.level : 1;
        const level = (raw <= 1 ? 1 : raw === 2 ? 2 : 3) as 1 | 2 | 3;
        const inlines = inlinesOf(node.content, context);
        if (inlines.length > 0) blocks.push({ type: 'heading', level, inlines });
        break;
      }
      case 'paragraph': {
        const inlines = inlinesOf(node.content, context);
        const images = (node.content ?? []).filter((child) => child.type === 'image');
        if (inlines.some((inline) => inline.text.trim() || inline.note)) blocks.push({ type: 'paragraph', inlines });
        blocks.push(...richTextToBlocks(images, context));
        break;
      }
      case 'bulletList':
      case 'orderedList':
      case 'taskList':
        blocks.push({ type: 'list', ordered: node.type === 'orderedList', items: listItems(node, context) });
        break;
      case 'table': {
        const rows = (node.content ?? []).map((row) => (row.content ?? []).map((cell) => cellText(cell, context)));
        const header = (node.content?.[0]?.content ?? []).some((cell) => cell.type === 'tableHeader');
        if (rows.length > 0) blocks.push({ type: 'table', rows, header });
        break;
      }
      case 'blockquote':
        blocks.push({ type: 'quote', blocks: richTextToBlocks(node.content ?? [], context) });
        break;
      case 'codeBlock':
        blocks.push({ type: 'paragraph', inlines: inlinesOf(node.content, context) });
        break;
      case 'horizontalRule':
        blocks.push({ type: 'rule' });
        break;
      case 'image': {
        const src = typeof node.attrs?.src === 'string' ? node.attrs.src : '';
        const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
        if (DATA_IMAGE.test(src)) blocks.push({ type: 'image', src, alt });
        else if (alt) blocks.push({ type: 'paragraph', inlines: [{ text: `[${alt}]` }] });
        break;
      }
      default:
        if (node.content) blocks.push(...richTextToBlocks(node.content, context));
    }
  }
  return blocks;
}
