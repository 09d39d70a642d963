import type { DocumentRecord } from '../../../shared/model/document';
import type { ParsedExportOptions } from '../../../shared/model/export';
import type { ExportBook, ExportItem, ItemMeta } from './export-model';
import { repeatsPrintedInfo, type PrintedInfo } from './repeated-info-line';
import { textToBlocks } from './text-blocks';

/** The pieces every export target is made of: a document as an item, its 来源/日期 line, the book's cover fields. */

/** 2024-11-15 → 2024年11月15日 (official documents write dates in full). */
export function chineseDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

export function thisMonth(now = new Date()): string {
  return `${now.getFullYear()}年${now.getMonth() + 1}月`;
}

/** A file name every system accepts, from a title. */
export function safeFileBase(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[ .]+|[ .]+$/g, '')
    .slice(0, 80)
    .trim();
  return cleaned || '导出';
}

type MetadataFields = Pick<DocumentRecord, 'kind' | 'issuer' | 'docNumber' | 'date' | 'source' | 'organization' | 'author'>;

/**
 * The line under an item's title: 发文机关/来源, 发文字号, 作者, 发布日期 — whatever is known. It names
 * the author of any kind of item, since the text's own info line, which may name one, is left out.
 */
export function metadataLine(doc: MetadataFields): string | null {
  const parts: string[] = [];
  if (doc.kind === 'policy' && doc.issuer) parts.push(`发文机关：${doc.issuer}`);
  else if (doc.source ?? doc.issuer ?? doc.organization) parts.push(`来源：${doc.source ?? doc.issuer ?? doc.organization}`);
  if (doc.docNumber) parts.push(`发文字号：${doc.docNumber}`);
  if (doc.author) parts.push(`作者：${doc.author}`);
  const date = chineseDate(doc.date);
  if (date) parts.push(`发布日期：${date}`);
  return parts.length > 0 ? parts.join('\u3000') : null;
}

function printedInfo(doc: MetadataFields): PrintedInfo {
  return { source: Boolean(doc.source ?? doc.issuer ?? doc.organization), date: chineseDate(doc.date) !== null, author: Boolean(doc.author), docNumber: doc.docNumber };
}

export function documentMeta(doc: DocumentRecord): ItemMeta {
  return {
    title: doc.title,
    kind: doc.kind,
    issuer: doc.issuer,
    docNumber: doc.docNumber,
    date: doc.date,
    source: doc.source,
    author: doc.author,
    region: doc.region,
    year: doc.year,
    organization: doc.organization,
    project: doc.project,
    practiceName: doc.practiceName,
    selection: doc.selection,
    url: doc.url,
    tags: doc.tags,
  };
}

export function documentItem(doc: DocumentRecord, anchor: string, options: ParsedExportOptions, commentary: ExportItem['commentary'] = []): ExportItem {
  const metaLine = options.metadata ? metadataLine(doc) : null;
  const printed = metaLine !== null ? printedInfo(doc) : null;
  return {
    anchor,
    title: doc.title,
    metaLine,
    meta: documentMeta(doc),
    commentary: options.commentary ? commentary : [],
    body: textToBlocks(doc.text, { title: doc.title, ...(printed ? { repeatsPrintedInfo: (paragraph: string) => repeatsPrintedInfo(paragraph, printed) } : {}) }),
  };
}

/** What a target gives before the dialog's options (title, cover lines, cover/TOC switches) apply. */
export type BookBase = Omit<ExportBook, 'subtitle' | 'issuer' | 'date' | 'cover' | 'toc' | 'fileBase'> & { subtitle?: string | null };

export function finishBook(base: BookBase, options: ParsedExportOptions, many: boolean): ExportBook {
  const title = options.title?.trim() || base.title;
  return {
    ...base,
    title,
    subtitle: options.subtitle?.trim() || base.subtitle || null,
    issuer: options.issuer?.trim() || null,
    date: options.date?.trim() || thisMonth(),
    cover: options.cover ?? many,
    toc: options.toc ?? many,
    fileBase: safeFileBase(title),
  };
}
