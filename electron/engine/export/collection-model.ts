import type { CollectionItem } from '../../../shared/model/collection';
import type { ExportTemplate, ParsedExportOptions } from '../../../shared/model/export';
import type { Library } from '../core/library';
import { getCollection } from '../collections/collections-service';
import { getDocument } from '../documents/documents-service';
import { getDraft } from '../drafts/drafts-service';
import { chineseDate, documentItem, type BookBase } from './export-items';
import type { EndNote, ExportItem, ExportSection } from './export-model';
import { richTextToBlocks, type RichTextContext } from './rich-text-blocks';
import { textToBlocks } from './text-blocks';

/**
 * A collection (专辑) as an export model: its cover lines, its description as the introduction, the
 * items before the first section, then each section (一、组织建设 …) with its items in order, each
 * with its commentary (点评). An excerpt prints the quoted passage under its source's title; a draft
 * prints its text with its citations numbered in the book's notes. Items whose source was deleted for
 * good have nothing left to print and are left out.
 */

function citationNotes(notes: EndNote[]): RichTextContext {
  return {
    onCitation: (attrs) => {
      const number = notes.length + 1;
      notes.push({ number, text: [`《${attrs.title}》`, attrs.source, chineseDate(attrs.date)].filter(Boolean).join('，') + '。' });
      return number;
    },
  };
}

function exportItem(library: Library, item: CollectionItem, anchor: string, options: ParsedExportOptions, notes: EndNote[]): ExportItem | null {
  if (item.status === 'missing') return null;
  const commentary = options.commentary && item.commentary ? richTextToBlocks(item.commentary.content, citationNotes(notes)) : [];
  if (item.kind === 'draft' && item.draftId) {
    const draft = getDraft(library, item.draftId);
    return { anchor, title: draft.title, metaLine: null, meta: { title: draft.title }, commentary, body: richTextToBlocks(draft.content.content, citationNotes(notes)) };
  }
  if (!item.documentId) return null;
  const doc = getDocument(library, item.documentId);
  const whole = documentItem(doc, anchor, options, commentary);
  if (item.kind === 'excerpt' && item.excerpt) return { ...whole, body: textToBlocks(item.excerpt.text) };
  return whole;
}

export function collectionBook(library: Library, id: string, template: ExportTemplate, options: ParsedExportOptions): BookBase {
  const collection = getCollection(library, id);
  const notes: EndNote[] = [];
  let counter = 0;
  const itemsOf = (sectionId: string | null): ExportItem[] =>
    collection.items
      .filter((item) => item.sectionId === sectionId)
      .map((item) => exportItem(library, item, `item-${(counter += 1)}`, options, notes))
      .filter((item): item is ExportItem => item !== null);

  const sections: ExportSection[] = [];
  const loose = itemsOf(null);
  if (loose.length > 0) sections.push({ anchor: 'section-0', title: null, intro: [], items: loose });
  collection.sections.forEach((section, index) => {
    sections.push({ anchor: `section-${index + 1}`, title: section.heading, intro: [], items: itemsOf(section.id) });
  });
  return {
    kind: 'collection',
    template,
    title: collection.coverTitle.trim() || collection.name,
    subtitle: collection.coverSubtitle.trim() || null,
    intro: collection.description.trim() ? textToBlocks(collection.description) : [],
    sections,
    notes,
  };
}

