import { z } from 'zod';

/**
 * Stored rich text: a tiptap / ProseMirror JSON document, as `editor.getJSON()` gives it. Drafts and
 * collection commentary (编者按 / 点评) keep this shape in SQLite; the engine reads it without tiptap.
 */
export interface RichTextMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
}

export interface RichTextDoc extends RichTextNode {
  type: 'doc';
  content: RichTextNode[];
}

/** Limits that keep one document storable and the editor responsive (200 pages of text fit easily). */
export const RICH_TEXT_LIMITS = {
  /** Nesting depth of nodes (lists in lists in tables…). */
  maxDepth: 48,
  /** Total nodes in one document. */
  maxNodes: 400_000,
  /** Characters of the stored JSON, images included. */
  maxJsonChars: 60 * 1024 * 1024,
  /** One pasted or dropped image, as a data URL. */
  maxImageBytes: 5 * 1024 * 1024,
} as const;

/** The inline node that marks a citation (引用) in a draft; its number comes from document order. */
export const CITATION_NODE = 'citation';

/** What a citation node carries, so a draft stays complete even when read without the database. */
export interface CitationAttrs {
  /** Stable id of this citation within its draft. */
  citationId: string;
  documentId: string;
  /** Offsets into the source document's cleaned text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The quoted passage as it was when quoted. */
  quote: string;
  /** Snapshot of the source's title, 来源/发文机关 and 发布日期 at quoting time (shown if the source is gone). */
  title: string;
  source: string | null;
  date: string | null;
}

const markSchema = z
  .object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();

export const richTextNodeSchema: z.ZodType<RichTextNode> = z
  .object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    get content() {
      return z.array(richTextNodeSchema).optional();
    },
    marks: z.array(markSchema).max(32).optional(),
    text: z.string().optional(),
  })
  .loose();

function measure(node: RichTextNode, depth: number, totals: { nodes: number; depth: number }): void {
  totals.nodes += 1;
  if (depth > totals.depth) totals.depth = depth;
  if (totals.nodes > RICH_TEXT_LIMITS.maxNodes || totals.depth > RICH_TEXT_LIMITS.maxDepth) return;
  for (const child of node.content ?? []) measure(child, depth + 1, totals);
}

function depthWithin(value: unknown, limit: number): boolean {
  // Checked before parsing so a hostile, deeply nested body cannot exhaust the stack in zod.
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (depth > limit) return false;
    if (item && typeof item === 'object') {
      const content = (item as { content?: unknown }).content;
      if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
    }
  }
  return true;
}

/** A whole stored document, bounded in depth, node count and size. */
export const richTextDocSchema = z
  .custom<unknown>((value) => depthWithin(value, RICH_TEXT_LIMITS.maxDepth), {
    message: `文档层级太深（最多 ${RICH_TEXT_LIMITS.maxDepth} 层），无法保存`,
  })
  .pipe(
    z
      .object({
        type: z.literal('doc'),
        attrs: z.record(z.string(), z.unknown()).optional(),
        content: z.array(richTextNodeSchema).max(RICH_TEXT_LIMITS.maxNodes),
      })
      .loose(),
  )
  .superRefine((doc, context) => {
    const totals = { nodes: 0, depth: 0 };
    measure(doc as RichTextDoc, 0, totals);
    if (totals.nodes > RICH_TEXT_LIMITS.maxNodes) {
      context.addIssue({ code: 'custom', message: `文档内容太多（超过 ${RICH_TEXT_LIMITS.maxNodes} 个段落和文字片段），请拆分成几篇` });
    }
  })
  .transform((doc) => doc as RichTextDoc);

export function emptyRichText(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A document made of plain paragraphs (blank lines separate paragraphs). */
export function plainTextToRichText(text: string): RichTextDoc {
  const paragraphs = text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean);
  if (paragraphs.length === 0) return emptyRichText();
  return {
    type: 'doc',
    content: paragraphs.map((part) => ({ type: 'paragraph', content: [{ type: 'text', text: part }] })),
  };
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'blockquote', 'codeBlock', 'horizontalRule', 'image']);

/** Citation nodes in document order; the n-th one (1-based) is footnote n, as the editor numbers them. */
export function collectCitations(doc: RichTextNode): CitationAttrs[] {
  const found: CitationAttrs[] = [];
  const visit = (node: RichTextNode) => {
    if (node.type === CITATION_NODE && node.attrs) {
      const attrs = readCitationAttrs(node.attrs);
      if (attrs) found.push(attrs);
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return found;
}

export function readCitationAttrs(attrs: Record<string, unknown>): CitationAttrs | null {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0);
  const citationId = text(attrs.citationId);
  const documentId = text(attrs.documentId);
  if (!citationId || !documentId) return null;
  return {
    citationId,
    documentId,
    start: count(attrs.start),
    end: count(attrs.end),
    quote: text(attrs.quote) ?? '',
    title: text(attrs.title) ?? '',
    source: text(attrs.source),
    date: text(attrs.date),
  };
}

/**
 * Plain text of a rich-text document, for search, previews, the command line and exports:
 * blocks are separated by blank lines, list items sit one per line ("- " or "1. "), table cells are
 * tab-separated with one row per line, citations appear as [n].
 */
export function richTextToPlainText(doc: RichTextNode): string {
  let citationNumber = 0;

  const inline = (node: RichTextNode): string => {
    if (node.type === 'text') return node.text ?? '';
    if (node.type === 'hardBreak') return '\n';
    if (node.type === CITATION_NODE) {
      return node.attrs && readCitationAttrs(node.attrs) ? `[${++citationNumber}]` : '';
    }
    if (node.type === 'image') {
      const alt = typeof node.attrs?.alt === 'string' && node.attrs.alt.trim() ? node.attrs.alt.trim() : '图片';
      return `[${alt}]`;
    }
    return (node.content ?? []).map(inline).join('');
  };

  const blocks = (nodes: RichTextNode[] | undefined, prefix = ''): string[] => {
    const out: string[] = [];
    for (const node of nodes ?? []) {
      switch (node.type) {
        case 'bulletList':
        case 'orderedList':
        case 'taskList': {
          const startAttr = node.attrs?.start;
          let number = typeof startAttr === 'number' && Number.isFinite(startAttr) ? startAttr : 1;
          const lines: string[] = [];
          for (const item of node.content ?? []) {
            const marker = node.type === 'orderedList' ? `${number++}. ` : '- ';
            const inner = blocks(item.content);
            const indent = ' '.repeat(marker.length);
            const [first = '', ...rest] = inner.join('\n').split('\n');
            lines.push(prefix + marker + first, ...rest.map((line) => (line ? prefix + indent + line : line)));
          }
          out.push(lines.join('\n'));
          break;
        }
        case 'table': {
          const rows = (node.content ?? []).map((row) =>
            (row.content ?? []).map((cell) => blocks(cell.content).join(' ').replace(/\s*\n\s*/g, ' ').trim()).join('\t'),
          );
          out.push(rows.map((row) => prefix + row).join('\n'));
          break;
        }
        case 'blockquote':
          out.push(...blocks(node.content, prefix));
          break;
        case 'horizontalRule':
          out.push(prefix + '———');
          break;
        default:
          if (BLOCK_TYPES.has(node.type) || node.content || node.text !== undefined) {
            const text = node.type === 'text' ? (node.text ?? '') : inline(node);
            if (text.trim() || node.type === 'image') out.push(prefix + text);
          }
      }
    }
    return out;
  };

  return blocks(doc.type === 'doc' ? doc.content : [doc]).join('\n\n').trim();
}
