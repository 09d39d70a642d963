import { CasebookError } from '../../../shared/api/errors';
import type { DocumentRecord } from '../../../shared/model/document';
import type { ExportTarget, ExportTemplate, ParsedExportOptions } from '../../../shared/model/export';
import type { Library } from '../core/library';
import { getDocument } from '../documents/documents-service';
import { getDraft } from '../drafts/drafts-service';
import { collectionBook } from './collection-model';
import type { EndNote, ExportBook, ExportItem, ItemMeta } from './export-model';
import { richTextToBlocks } from './rich-text-blocks';
import { textToBlocks } from './text-blocks';

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

/** The line under an item's title: 发文机关/来源, 发文字号, 发布日期 — whatever is known. */
export function metadataLine(doc: Pick<DocumentRecord, 'kind' | 'issuer' | 'docNumber' | 'date' | 'source' | 'organization' | 'author'>): string | null {
  const parts: string[] = [];
  if (doc.kind === 'policy' && doc.issuer) parts.push(`发文机关：${doc.issuer}`);
  else if (doc.source ?? doc.issuer ?? doc.organization) parts.push(`来源：${doc.source ?? doc.issuer ?? doc.organization}`);
  if (doc.docNumber) parts.push(`发文字号：${doc.docNumber}`);
  if (doc.kind === 'news' && doc.author) parts.push(`作者：${doc.author}`);
  const date = chineseDate(doc.date);
  if (date) parts.push(`发布日期：${date}`);
  return parts.length > 0 ? parts.join('\u3000') : null;
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
  return {
    anchor,
    title: doc.title,
    metaLine: options.metadata ? metadataLine(doc) : null,
    meta: documentMeta(doc),
    commentary: options.commentary ? commentary : [],
    body: textToBlocks(doc.text, { title: doc.title }),
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

function documentsBook(library: Library, ids: readonly string[], template: ExportTemplate, options: ParsedExportOptions): ExportBook {
  const unique = [...new Set(ids)];
  const docs = unique.map((id) => getDocument(library, id));
  const items = docs.map((doc, index) => documentItem(doc, `item-${index + 1}`, options));
  const single = docs.length === 1 ? docs[0] : undefined;
  return finishBook(
    {
      kind: 'documents',
      template,
      title: single ? single.title : `资料汇编（${docs.length}篇）`,
      intro: [],
      sections: [{ anchor: 'section-1', title: null, intro: [], items }],
      notes: [],
    },
    options,
    docs.length > 1,
  );
}

function draftBook(library: Library, id: string, template: ExportTemplate, options: ParsedExportOptions): ExportBook {
  const draft = getDraft(library, id);
  const byId = new Map(draft.citations.map((citation) => [citation.citationId, citation]));
  const notes: EndNote[] = [];
  const body = richTextToBlocks(draft.content.content, {
    onCitation: (attrs) => {
      const live = byId.get(attrs.citationId);
      const title = live?.title ?? attrs.title;
      const source = live?.source ?? attrs.source;
      const date = chineseDate(live?.date ?? attrs.date);
      const number = notes.length + 1;
      notes.push({ number, text: [`《${title}》`, source, date].filter(Boolean).join('，') + '。' });
      return number;
    },
  });
  const item: ExportItem = { anchor: 'item-1', title: draft.title, metaLine: null, meta: { title: draft.title }, commentary: [], body };
  return finishBook(
    { kind: 'draft', template, title: draft.title, intro: [], sections: [{ anchor: 'section-1', title: null, intro: [], items: [item] }], notes },
    options,
    false,
  );
}

/** The export model of a target: documents, a collection or a draft. */
export function buildExportBook(library: Library, target: ExportTarget, template: ExportTemplate, options: ParsedExportOptions): ExportBook {
  if ('documents' in target) return documentsBook(library, target.documents, template, options);
  if ('draft' in target) return draftBook(library, target.draft, template, options);
  if ('collection' in target) return finishBook(collectionBook(library, target.collection, template, options), options, true);
  throw new CasebookError('BAD_REQUEST', '请选择要导出的资料、专辑或草稿。', 'empty export target');
}
