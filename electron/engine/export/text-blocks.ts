import { splitSignatures } from './closing-signature';
import type { Block, ListItem } from './export-model';

/**
 * A document's cleaned text back into blocks. The importers keep structure in plain text
 * (electron/engine/import/html/dom-text.ts): a blank line between paragraphs and headings, list
 * items as "• " or "1. " lines indented two spaces per level, table rows as cells joined by " | ".
 * Headings carry no mark, so they are recognised the way official documents number them:
 * “一、” first level (黑体), “（一）” second level (楷体), “第一章/第二部分” first level; only a short,
 * single line that does not end a sentence counts.
 */

const CN_NUMBER = '[一二三四五六七八九十百零〇]+';
const LEVEL_1 = new RegExp(`^(?:${CN_NUMBER}、|第${CN_NUMBER}[章节部篇编]|第[0-9０-９]+[章节部篇编])`);
const LEVEL_2 = new RegExp(`^[（(]${CN_NUMBER}[）)]`);
const SENTENCE_END = /[。！？；：…，、,;:]$/;
const MAX_HEADING_CHARS = 50;

const LIST_LINE = /^( *)(•|·|▪|◦|-|\*|\d{1,3}[.．、]|[（(]\d{1,3}[）)]) ?(.*)$/;
const TABLE_CELL_SEPARATOR = ' | ';

function headingLevel(paragraph: string): 1 | 2 | null {
  if (paragraph.includes('\n') || paragraph.length > MAX_HEADING_CHARS || SENTENCE_END.test(paragraph)) return null;
  if (LEVEL_1.test(paragraph)) return 1;
  if (LEVEL_2.test(paragraph)) return 2;
  return null;
}

function isListParagraph(lines: readonly string[]): boolean {
  // "1. " alone on one line is more often a numbered sentence than a list: it needs a bullet, or two lines.
  if (!lines.every((line) => LIST_LINE.test(line))) return false;
  return lines.length > 1 || /^ *[•·▪◦]/.test(lines[0] ?? '');
}

function parseList(lines: readonly string[]): Block {
  const root: ListItem[] = [];
  const stack: { depth: number; items: ListItem[] }[] = [{ depth: -1, items: root }];
  let ordered = false;
  lines.forEach((line, index) => {
    const match = LIST_LINE.exec(line);
    if (!match) return;
    const depth = Math.floor((match[1] ?? '').length / 2);
    const marker = match[2] ?? '•';
    if (index === 0) ordered = /\d/.test(marker);
    while (stack.length > 1 && (stack[stack.length - 1]?.depth ?? -1) >= depth) stack.pop();
    const parent = stack[stack.length - 1]!;
    const item: ListItem = { marker: normalizeMarker(marker), inlines: [{ text: match[3] ?? '' }], children: [] };
    parent.items.push(item);
    stack.push({ depth, items: item.children });
  });
  return { type: 'list', ordered, items: root };
}

function normalizeMarker(marker: string): string {
  if (marker === '-' || marker === '*' || marker === '·' || marker === '▪' || marker === '◦') return '•';
  return marker;
}

function isTableParagraph(lines: readonly string[]): boolean {
  return lines.length >= 1 && lines.every((line) => line.includes(TABLE_CELL_SEPARATOR)) && lines.length + (lines[0]?.split(TABLE_CELL_SEPARATOR).length ?? 0) > 2;
}

function parseTable(lines: readonly string[]): Block {
  const rows = lines.map((line) => line.split(TABLE_CELL_SEPARATOR).map((cell) => cell.trim()));
  const width = Math.max(...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  return { type: 'table', rows: padded, header: padded.length > 1 };
}

function sameText(a: string, b: string): boolean {
  const fold = (value: string) => value.replace(/[\s\u3000“”"‘’'《》<>——\-—·]/g, '');
  return fold(a) === fold(b);
}

export interface TextBlocksOptions {
  /** Dropped when the text starts with it (most documents repeat their title). */
  title?: string;
  /** A line of the text's head that says again what the line under the title prints (来源、发布日期). */
  repeatsPrintedInfo?: (paragraph: string) => boolean;
}

/** How far into the text a repeated title or info line is looked for. */
const HEAD_PARAGRAPHS = 3;

function dropRepeatedHead(paragraphs: readonly string[], options: TextBlocksOptions): string[] {
  let start = 0;
  while (start < Math.min(paragraphs.length, HEAD_PARAGRAPHS)) {
    const paragraph = paragraphs[start]!;
    const lines = paragraph.split('\n').filter((line) => line.trim().length > 0);
    const isTitle = Boolean(options.title) && lines.length <= 2 && sameText(lines.join(''), options.title ?? '');
    if (!isTitle && !options.repeatsPrintedInfo?.(paragraph)) break;
    start += 1;
  }
  return paragraphs.slice(start);
}

function paragraphBlock(paragraph: string): Block {
  const lines = paragraph.split('\n').filter((line) => line.trim().length > 0);
  if (isTableParagraph(lines)) return parseTable(lines);
  if (isListParagraph(lines)) return parseList(lines);
  const single = lines.map((line) => line.trim()).join('\n');
  const level = headingLevel(single);
  if (level !== null) return { type: 'heading', level, inlines: [{ text: single }] };
  return { type: 'paragraph', inlines: [{ text: single }] };
}

export function textToBlocks(text: string, options: TextBlocksOptions = {}): Block[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((part) => part.replace(/^\n+|\s+$/g, ''))
    .filter((part) => part.trim().length > 0);
  return splitSignatures(dropRepeatedHead(paragraphs, options)).map((part) => (typeof part === 'string' ? paragraphBlock(part) : part));
}

/** Every character of the blocks' text, in order (tests compare exports with the source by it). */
export function blocksText(blocks: readonly Block[]): string {
  const out: string[] = [];
  const visitItems = (items: readonly ListItem[]) => {
    for (const item of items) {
      out.push(item.inlines.map((inline) => inline.text).join(''));
      visitItems(item.children);
    }
  };
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'paragraph') out.push(block.inlines.map((inline) => inline.text).join(''));
    else if (block.type === 'list') visitItems(block.items);
    else if (block.type === 'table') out.push(block.rows.map((row) => row.join(' ')).join('\n'));
    else if (block.type === 'quote') out.push(blocksText(block.blocks));
    else if (block.type === 'image') out.push(block.alt);
    else if (block.type === 'signature') out.push(...block.lines, ...(block.note ? [block.note] : []));
  }
  return out.join('\n');
}
