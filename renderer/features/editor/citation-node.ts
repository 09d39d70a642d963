import { mergeAttributes, Node } from '@tiptap/core';
import { CITATION_NODE, readCitationAttrs, type CitationAttrs } from '../../../shared/model/rich-text';

/**
 * A citation (引用) inside a draft: an inline atom shown as a superscript footnote number. Numbers
 * come from document order through a CSS counter, so they renumber as citations move or go.
 * The node carries the source's id, the offsets into its cleaned text and the quoted passage.
 */
export const CitationNode = Node.create({
  name: CITATION_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    const text = (name: string) => ({
      default: null,
      parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`),
      renderHTML: (attrs: Record<string, unknown>) => (attrs[name] == null ? {} : { [`data-${name}`]: String(attrs[name]) }),
    });
    const number = (name: string) => ({
      default: 0,
      parseHTML: (element: HTMLElement) => Number(element.getAttribute(`data-${name}`) ?? 0) || 0,
      renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name}`]: String(attrs[name] ?? 0) }),
    });
    return {
      citationId: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-citation-id'),
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-citation-id': String(attrs.citationId ?? '') }),
      },
      documentId: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-document-id'),
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-document-id': String(attrs.documentId ?? '') }),
      },
      start: number('start'),
      end: number('end'),
      quote: text('quote'),
      title: text('title'),
      source: text('source'),
      date: text('date'),
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-citation-id]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const title = typeof node.attrs.title === 'string' ? node.attrs.title : '';
    return [
      'sup',
      mergeAttributes(HTMLAttributes, {
        class: 'casebook-citation',
        role: 'link',
        tabindex: '0',
        title: title ? `出处：${title}（点击打开原文）` : '点击打开原文',
      }),
    ];
  },

  renderText() {
    return '';
  },
});

/** Reads a citation from a clicked element inside the editor, if it is one. */
export function citationFromElement(target: EventTarget | null): CitationAttrs | null {
  if (!(target instanceof Element)) return null;
  const element = target.closest('sup[data-citation-id]');
  if (!element) return null;
  const read = (name: string) => element.getAttribute(`data-${name}`);
  return readCitationAttrs({
    citationId: read('citation-id'),
    documentId: read('document-id'),
    start: Number(read('start') ?? 0),
    end: Number(read('end') ?? 0),
    quote: read('quote'),
    title: read('title'),
    source: read('source'),
    date: read('date'),
  });
}
