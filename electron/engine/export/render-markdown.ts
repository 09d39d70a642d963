import { stringify } from 'yaml';
import type { Block, ExportBook, ExportItem, Inline, ItemMeta, ListItem } from './export-model';

/**
 * CommonMark of a book. The metadata goes into YAML front matter with the field names the Markdown
 * importer reads (title, kind, issuer, docNumber, date, source… tags), so a single document exported
 * and imported again keeps its fields; a booklet's front matter holds its own title and cover lines.
 * Tables are written as pipe tables (GitHub-flavoured, which CommonMark shows as plain text lines).
 */

/** Characters that would start Markdown syntax inside text. */
function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(#{1,6}\s|>|[-+]\s|\d+[.)]\s)/, (_all, space: string, mark: string) => `${space}\\${mark}`);
}

function inlineMd(inline: Inline): string {
  if (inline.note !== undefined) return `[${inline.note}]`;
  let text = escapeText(inline.text).replace(/\n/g, '  \n');
  if (!text.trim()) return text;
  if (inline.bold) text = `**${text}**`;
  if (inline.italic) text = `*${text}*`;
  if (inline.href) text = `[${text}](<${inline.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  return text;
}

function inlinesMd(inlines: readonly Inline[]): string {
  return escapeLineStart(inlines.map(inlineMd).join(''));
}

function listMd(items: readonly ListItem[], ordered: boolean, indent: string): string[] {
  const lines: string[] = [];
  items.forEach((item, index) => {
    const numbered = /^\d+[.．、]$/.test(item.marker) ? `${Number.parseInt(item.marker, 10)}.` : `${index + 1}.`;
    const marker = ordered ? numbered : '-';
    const text = item.inlines.map(inlineMd).join('').replace(/ {2}\n/g, `  \n${indent}${' '.repeat(marker.length + 1)}`);
    lines.push(`${indent}${marker} ${text}`);
    if (item.children.length > 0) {
      const childOrdered = /\d/.test(item.children[0]?.marker ?? '');
      lines.push(...listMd(item.children, childOrdered, indent + ' '.repeat(marker.length + 1)));
    }
  });
  return lines;
}

function tableMd(rows: readonly string[][], header: boolean): string {
  const cell = (value: string) => escapeText(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const width = Math.max(...rows.map((row) => row.length));
  const line = (row: readonly string[]) => `| ${Array.from({ length: width }, (_, index) => cell(row[index] ?? '')).join(' | ')} |`;
  const [first = [], ...rest] = rows;
  const head = header ? first : Array.from({ length: width }, () => '');
  const body = header ? rest : rows;
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}

export function blocksMd(blocks: readonly Block[], headingBase: number): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out.push(`${'#'.repeat(Math.min(6, headingBase + block.level))} ${block.inlines.map(inlineMd).join('').replace(/\s*\n\s*/g, ' ')}`);
        break;
      case 'paragraph':
        out.push(inlinesMd(block.inlines));
        break;
      case 'list':
        out.push(listMd(block.items, block.ordered, '').join('\n'));
        break;
      case 'table':
        out.push(tableMd(block.rows, block.header));
        break;
      case 'quote':
        out.push(blocksMd(block.blocks, headingBase).map((part) => part.split('\n').map((line) => `> ${line}`).join('\n')).join('\n>\n'));
        break;
      case 'image':
        out.push(`![${escapeText(block.alt)}](${block.src})`);
        break;
      case 'rule':
        out.push('---');
        break;
      case 'signature':
        out.push(...block.lines.map((line) => escapeLineStart(escapeText(line))), ...(block.note ? [escapeText(block.note)] : []));
        break;
    }
  }
  return out.filter((part) => part.trim().length > 0);
}

function frontMatter(fields: Record<string, unknown>): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)));
  return `---\n${stringify(present, { lineWidth: 0 }).trimEnd()}\n---`;
}

function metaFields(meta: ItemMeta): Record<string, unknown> {
  const { title, kind, issuer, docNumber, date, source, author, region, year, organization, project, practiceName, selection, url, tags } = meta;
  return { title, kind, issuer, docNumber, date, source, author, region, year, organization, project, practiceName, selection, url, tags };
}

function itemMd(item: ExportItem, titleLevel: number, withTitle: boolean): string[] {
  const out: string[] = [];
  if (withTitle) out.push(`${'#'.repeat(titleLevel)} ${escapeText(item.title)}`);
  if (item.metaLine) out.push(`*${escapeText(item.metaLine)}*`);
  if (item.commentary.length > 0) {
    out.push(['> **点评**', ...blocksMd(item.commentary, titleLevel).map((part) => part.split('\n').map((line) => `> ${line}`).join('\n'))].join('\n>\n'));
  }
  out.push(...blocksMd(item.body, titleLevel));
  return out;
}

export function renderMarkdown(book: ExportBook): string {
  const items = book.sections.flatMap((section) => section.items);
  const single = items.length === 1 && book.sections.length === 1 && book.sections[0]?.title === null ? items[0] : undefined;
  const parts: string[] = [];
  if (single && book.kind === 'documents') {
    parts.push(frontMatter(metaFields({ ...single.meta, title: book.title })));
    parts.push(`# ${escapeText(book.title)}`, ...itemMd(single, 1, false));
  } else {
    parts.push(frontMatter({ title: book.title, subtitle: book.subtitle ?? undefined, publisher: book.issuer ?? undefined, edition: book.date, items: items.length }));
    parts.push(`# ${escapeText(book.title)}`);
    const cover = [book.subtitle, book.issuer, book.date].filter((line): line is string => Boolean(line)).map(escapeText);
    if (cover.length > 0 && book.cover) parts.push(cover.join('  \n'));
    if (book.intro.length > 0) parts.push('## 编印说明', ...blocksMd(book.intro, 2));
    const named = book.sections.some((section) => section.title !== null);
    for (const section of book.sections) {
      if (section.title) parts.push(`## ${escapeText(section.title)}`);
      parts.push(...blocksMd(section.intro, 2));
      for (const item of section.items) parts.push(...(single && book.kind === 'draft' ? itemMd(item, 1, false) : itemMd(item, named ? 3 : 2, true)));
    }
  }
  if (book.notes.length > 0) parts.push('## 注释', book.notes.map((note) => `${note.number}. ${escapeText(note.text)}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
