import { CasebookError } from '../../../shared/api/errors';
import { CITATION_NODE, RICH_TEXT_LIMITS, type RichTextDoc, type RichTextMark, type RichTextNode } from '../../../shared/model/rich-text';

/**
 * What the engine stores of a rich-text document, whichever door it came through: only the nodes and
 * marks the editor knows, each with only its own attributes; links only to http(s)/mailto; images only
 * as data URLs of common formats (or http(s) addresses), each within the size limit.
 */
const NODE_ATTRS: Record<string, readonly string[]> = {
  doc: [],
  paragraph: ['textAlign'],
  text: [],
  heading: ['level', 'textAlign'],
  bulletList: [],
  orderedList: ['start', 'type'],
  listItem: [],
  blockquote: [],
  hardBreak: [],
  horizontalRule: [],
  image: ['src', 'alt', 'title', 'width', 'height'],
  table: [],
  tableRow: [],
  tableCell: ['colspan', 'rowspan', 'colwidth'],
  tableHeader: ['colspan', 'rowspan', 'colwidth'],
  [CITATION_NODE]: ['citationId', 'documentId', 'start', 'end', 'quote', 'title', 'source', 'date'],
};

const MARK_ATTRS: Record<string, readonly string[]> = {
  bold: [],
  italic: [],
  strike: [],
  underline: [],
  link: ['href', 'target', 'rel'],
};

const SAFE_LINK = /^(https?:|mailto:)/i;
const IMAGE_DATA_URL = /^data:image\/(png|jpeg|gif|webp|bmp);base64,[A-Za-z0-9+/=\s]*$/;
const IMAGE_WEB_URL = /^https?:\/\//i;

function pickAttrs(attrs: Record<string, unknown> | undefined, allowed: readonly string[]): Record<string, unknown> | undefined {
  if (!attrs || allowed.length === 0) return undefined;
  const kept: Record<string, unknown> = {};
  for (const name of allowed) {
    const value = attrs[name];
    if (value === undefined) continue;
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') kept[name] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'number')) kept[name] = value;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function compact(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

function sanitizeMarks(marks: RichTextMark[] | undefined): RichTextMark[] | undefined {
  if (!marks) return undefined;
  const kept: RichTextMark[] = [];
  for (const mark of marks) {
    const allowed = MARK_ATTRS[mark.type];
    if (!allowed) continue;
    const attrs = pickAttrs(mark.attrs, allowed);
    if (mark.type === 'link') {
      const href = typeof attrs?.href === 'string' ? compact(attrs.href) : '';
      if (!SAFE_LINK.test(href)) continue;
    }
    kept.push(attrs ? { type: mark.type, attrs } : { type: mark.type });
  }
  return kept.length > 0 ? kept : undefined;
}

function imageBytes(dataUrl: string): number {
  const comma = dataUrl.indexOf(',');
  return Math.floor(((dataUrl.length - comma - 1) * 3) / 4);
}

function sanitizeNode(node: RichTextNode): RichTextNode | null {
  const allowed = NODE_ATTRS[node.type];
  if (!allowed) return null;
  const out: RichTextNode = { type: node.type };
  const attrs = pickAttrs(node.attrs, allowed);
  if (node.type === 'image') {
    const src = typeof attrs?.src === 'string' ? attrs.src.trim() : '';
    if (IMAGE_DATA_URL.test(src)) {
      if (imageBytes(src) > RICH_TEXT_LIMITS.maxImageBytes) {
        const mb = (imageBytes(src) / 1024 / 1024).toFixed(1);
        throw new CasebookError(
          'BAD_REQUEST',
          `草稿中有一张 ${mb} MB 的图片，超过 ${RICH_TEXT_LIMITS.maxImageBytes / 1024 / 1024} MB 的上限，请压缩后再插入。`,
          `image data URL of ${src.length} chars`,
        );
      }
    } else if (!IMAGE_WEB_URL.test(compact(src))) {
      return null;
    }
  }
  if (node.type === CITATION_NODE && (typeof attrs?.citationId !== 'string' || typeof attrs.documentId !== 'string')) return null;
  if (attrs) out.attrs = attrs;
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text.length === 0) return null;
    out.text = node.text;
    const marks = sanitizeMarks(node.marks);
    if (marks) out.marks = marks;
    return out;
  }
  if (node.content) {
    const children: RichTextNode[] = [];
    for (const child of node.content) {
      const clean = sanitizeNode(child);
      if (clean) children.push(clean);
    }
    if (children.length > 0) out.content = children;
  }
  return out;
}

export function sanitizeRichText(doc: RichTextDoc): RichTextDoc {
  const clean = sanitizeNode(doc);
  const content = clean?.content ?? [];
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
