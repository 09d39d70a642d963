import { CasebookError } from '../../../shared/api/errors';
import type { ExportTarget, ExportTemplate, ParsedExportOptions } from '../../../shared/model/export';
import type { Library } from '../core/library';
import { getDocument } from '../documents/documents-service';
import { getDraft } from '../drafts/drafts-service';
import { collectionBook } from './collection-model';
import { chineseDate, documentItem, finishBook } from './export-items';
import type { EndNote, ExportBook, ExportItem } from './export-model';
import { richTextToBlocks } from './rich-text-blocks';

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
