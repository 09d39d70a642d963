import { CasebookError } from '../../../shared/api/errors';
import type { QuoteResult } from '../../../shared/model/draft';
import { CITATION_NODE, type CitationAttrs, type RichTextDoc, type RichTextNode } from '../../../shared/model/rich-text';
import { insertDraft } from './drafts-repo';
import type { Library } from '../core/library';
import { newId, nowIso } from '../core/ids';
import { requireDocumentRow } from '../documents/documents-service';
import { draftSummary, prepareContent, requireDraftRow, UNTITLED_DRAFT, writeDraftContent } from './drafts-service';

/** The longest passage one quote may take (about ten pages); longer ones are better cited in parts. */
export const MAX_QUOTE_CHARS = 20_000;

function isEmptyParagraph(node: RichTextNode): boolean {
  return node.type === 'paragraph' && !(node.content ?? []).some((child) => child.type !== 'text' || (child.text ?? '').trim());
}

function isEmptyDoc(doc: RichTextDoc): boolean {
  return doc.content.every(isEmptyParagraph);
}

/** A blockquote of the passage (one paragraph per paragraph of the source) ending in the citation. */
export function quoteBlock(quote: string, citation: CitationAttrs): RichTextNode {
  const paragraphs = quote
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  const nodes: RichTextNode[] = paragraphs.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }));
  const last = nodes[nodes.length - 1]!;
  last.content!.push({ type: CITATION_NODE, attrs: { ...citation } });
  return { type: 'blockquote', content: nodes };
}

/**
 * 引用到草稿: the passage [start, end) of a document's cleaned text goes to the end of a draft (or a
 * new one) as a quotation with a citation that keeps the document id, the offsets and the quoted text.
 */
export function quoteIntoDraft(
  library: Library,
  request: { documentId: string; start: number; end: number; draftId?: string; newTitle?: string },
): QuoteResult {
  return library.write(() => {
    const source = requireDocumentRow(library, request.documentId);
    if (request.end > source.text.length || request.start >= request.end) {
      throw new CasebookError('BAD_REQUEST', '引用的位置超出了这份资料的正文，请重新选择要引用的文字。', `range ${request.start}-${request.end} of ${source.text.length}`);
    }
    // Whitespace at either end of a selection is not part of the quote.
    let start = request.start;
    let end = request.end;
    while (start < end && /\s/.test(source.text[start]!)) start += 1;
    while (end > start && /\s/.test(source.text[end - 1]!)) end -= 1;
    if (start === end) throw new CasebookError('BAD_REQUEST', '选中的只有空白，请选择要引用的文字。', 'blank selection');
    if (end - start > MAX_QUOTE_CHARS) {
      throw new CasebookError('BAD_REQUEST', `一次最多引用 ${MAX_QUOTE_CHARS} 个字，请分段引用。`, `${end - start} chars`);
    }

    const citation: CitationAttrs = {
      citationId: newId(),
      documentId: source.id,
      start,
      end,
      quote: source.text.slice(start, end),
      title: source.title,
      source: source.issuer ?? source.source ?? source.organization ?? null,
      date: source.date ?? null,
    };

    const now = nowIso();
    let created = false;
    let draftId = request.draftId;
    if (!draftId) {
      draftId = newId();
      const title = request.newTitle?.replace(/\s+/g, ' ').trim() || UNTITLED_DRAFT;
      insertDraft(library.db, { id: draftId, title, content: '{"type":"doc","content":[{"type":"paragraph"}]}', plain_text: '', char_count: 0, created_at: now, updated_at: now });
      created = true;
    }
    const draft = requireDraftRow(library, draftId);
    const current = JSON.parse(draft.content) as RichTextDoc;
    const before = isEmptyDoc(current) ? [] : [...current.content];
    // The empty paragraph left after the last quote is where this one goes.
    while (before.length > 0 && isEmptyParagraph(before[before.length - 1]!)) before.pop();
    const next: RichTextDoc = { type: 'doc', content: [...before, quoteBlock(citation.quote, citation), { type: 'paragraph' }] };
    writeDraftContent(library, draft, prepareContent(next), draft.title, now);
    return { draft: draftSummary(library, requireDraftRow(library, draftId)), citationId: citation.citationId, created };
  });
}
