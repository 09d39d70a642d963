import type { ExportTemplate } from '../../../shared/model/export';

/**
 * The intermediate "export model" every format renders from: a booklet with a cover, a table of
 * contents, sections and items, each item's text as blocks. Formats never walk the engine; they
 * walk this (built once by build-export-model.ts).
 */

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** An external link (http, https, mailto). */
  href?: string;
  /** A citation marker: the number of the footnote/endnote. */
  note?: number;
}

export interface ListItem {
  /** The marker as written (“1.”, “•”, “（一）”), kept so numbering survives every format. */
  marker: string;
  inlines: Inline[];
  children: ListItem[];
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: ListItem[] }
  | { type: 'table'; rows: string[][]; header: boolean }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'image'; src: string; alt: string }
  | { type: 'rule' }
  /**
   * The 落款 closing a document: the signing bodies and the date (成文日期), with the 附注 under them
   * (“（此件主动公开）”). Set right as GB/T 9704 sets it, and never alone at the top of a page.
   */
  | { type: 'signature'; lines: string[]; note: string | null };

/** The fields written as front matter (Markdown) and in the metadata line. */
export interface ItemMeta {
  title: string;
  kind?: string;
  issuer?: string | null;
  docNumber?: string | null;
  date?: string | null;
  source?: string | null;
  author?: string | null;
  region?: string | null;
  year?: number | null;
  organization?: string | null;
  project?: string | null;
  practiceName?: string | null;
  selection?: string | null;
  url?: string | null;
  tags?: string[];
}

export interface ExportItem {
  /** A stable anchor for links and bookmarks (ASCII, unique in the book). */
  anchor: string;
  title: string;
  /** E.g. “来源：温州市住房和城乡建设局 发布日期：2024年11月15日”; null when switched off or unknown. */
  metaLine: string | null;
  meta: ItemMeta;
  /** 点评 / 编者按 for this item. */
  commentary: Block[];
  body: Block[];
}

export interface ExportSection {
  anchor: string;
  /** Null for a book without named sections (a selection of documents). */
  title: string | null;
  intro: Block[];
  items: ExportItem[];
}

export interface TocEntry {
  anchor: string;
  text: string;
  level: 1 | 2;
}

export interface EndNote {
  number: number;
  text: string;
}

export interface ExportBook {
  kind: 'documents' | 'collection' | 'draft';
  template: ExportTemplate;
  title: string;
  subtitle: string | null;
  issuer: string | null;
  /** As printed on the cover, e.g. 2025年3月. */
  date: string;
  cover: boolean;
  toc: boolean;
  /** A collection's description, printed as the 编印说明 page before the table of contents. */
  intro: Block[];
  sections: ExportSection[];
  /** Citations of a draft, numbered as in the text. */
  notes: EndNote[];
  /** Base name for the file, without extension. */
  fileBase: string;
}

export function plainInlines(inlines: readonly Inline[]): string {
  return inlines.map((inline) => (inline.note !== undefined ? `[${inline.note}]` : inline.text)).join('');
}

export function tocEntries(book: ExportBook): TocEntry[] {
  const entries: TocEntry[] = [];
  const named = book.sections.some((section) => section.title !== null);
  for (const section of book.sections) {
    if (section.title !== null) entries.push({ anchor: section.anchor, text: section.title, level: 1 });
    for (const item of section.items) entries.push({ anchor: item.anchor, text: item.title, level: named ? 2 : 1 });
  }
  return entries;
}

export function itemCount(book: ExportBook): number {
  return book.sections.reduce((sum, section) => sum + section.items.length, 0);
}
