import { CasebookError } from '../../../../shared/api/errors';
import type { DocumentRecord } from '../../../../shared/model/document';
import type { DocumentSuggestions, TagRule, TagSuggestion, TermSuggestion } from '../../../../shared/model/tag-rule';
import { tagName } from '../../../../shared/model/tag';
import { addSuggestion, decideSuggestion, findSuggestion, pendingSuggestions } from '../suggestions-repo';
import { findTagRule, listTagRules } from '../tag-rules-repo';
import { addDocumentTag, ensureTag, findTagPathByName, tagsOfDocument } from '../tags-repo';
import { compileRule, PreparedDocument, type CompiledRule } from './rule-matcher';
import { nowIso } from '../../core/ids';
import type { Library } from '../../core/library';
import { getDocument, requireDocumentRow, setDocumentTags } from '../../documents/documents-service';

/** Where an adopted quoted term goes when no tag of that name exists yet. */
export const TERMS_PARENT_TAG = '做法与提法';

function enabledRules(library: Library): CompiledRule<TagRule>[] {
  const compiled: CompiledRule<TagRule>[] = [];
  for (const rule of listTagRules(library.db, true)) {
    try {
      compiled.push(compileRule(rule));
    } catch (error) {
      // A stored rule that a newer check refuses is skipped, not allowed to stop the import.
      console.warn(`跳过无法使用的标签规则 ${rule.id}：`, error);
    }
  }
  return compiled;
}

/**
 * At import, inside the import's transaction: auto-apply rules add their tags, suggest-only rules and
 * the quoted terms found in the text are stored as suggestions for the reader.
 */
export function applyTagRulesOnImport(library: Library, seq: number, doc: { title: string; text: string }, terms: readonly string[], now: string): void {
  const prepared = new PreparedDocument(doc);
  const suggested: { tagPath: string; ruleId: string; hits: string[] }[] = [];
  for (const compiled of enabledRules(library)) {
    const hits = compiled.match(prepared);
    if (!hits) continue;
    const { rule } = compiled;
    if (rule.autoApply) addDocumentTag(library.db, seq, ensureTag(library.db, rule.tagPath, now));
    else suggested.push({ tagPath: rule.tagPath, ruleId: rule.id, hits });
  }
  const tags = tagsOfDocument(library.db, seq);
  const names = new Set(tags.map(tagName));
  for (const suggestion of suggested) {
    if (tags.includes(suggestion.tagPath)) continue;
    addSuggestion(library.db, { documentSeq: seq, type: 'tag', value: suggestion.tagPath, ruleId: suggestion.ruleId, hits: suggestion.hits, now });
  }
  for (const term of terms) {
    if (names.has(term)) continue;
    addSuggestion(library.db, { documentSeq: seq, type: 'term', value: term, ruleId: null, hits: [], now });
  }
}

/** The tag adopting a term adds: an existing tag of that name (the shortest path), else 做法与提法/term. */
export function tagPathForTerm(library: Library, term: string): string {
  const name = term.replace(/[/／\\]/g, '·').trim();
  return findTagPathByName(library.db, name) ?? `${TERMS_PARENT_TAG}/${name}`;
}

/** Open suggestions for a document; tags it already carries are not offered. */
export function documentSuggestions(library: Library, id: string): DocumentSuggestions {
  const row = requireDocumentRow(library, id);
  const tags = new Set(tagsOfDocument(library.db, row.seq));
  const names = new Set([...tags].map(tagName));
  const result: DocumentSuggestions = { tags: [], terms: [] };
  for (const suggestion of pendingSuggestions(library.db, row.seq)) {
    if (suggestion.type === 'tag') {
      if (tags.has(suggestion.value)) continue;
      const rule = suggestion.rule_id === null ? undefined : findTagRule(library.db, suggestion.rule_id);
      const entry: TagSuggestion = {
        id: suggestion.id,
        tagPath: suggestion.value,
        rule: rule ? { id: rule.id, match: rule.match, pattern: rule.pattern } : null,
        hits: JSON.parse(suggestion.hits) as string[],
      };
      result.tags.push(entry);
    } else {
      const tagPath = tagPathForTerm(library, suggestion.value);
      if (tags.has(tagPath) || names.has(suggestion.value)) continue;
      const entry: TermSuggestion = { id: suggestion.id, term: suggestion.value, tagPath };
      result.terms.push(entry);
    }
  }
  return result;
}

function requireSuggestion(library: Library, documentId: string, suggestionId: number) {
  const row = requireDocumentRow(library, documentId);
  const suggestion = findSuggestion(library.db, row.seq, suggestionId);
  if (!suggestion) throw new CasebookError('NOT_FOUND', '这条建议已不存在，请刷新后再试。', `suggestion ${suggestionId} of ${documentId}`);
  return suggestion;
}

/** 采用: adds the suggested tag (or the term's tag) and settles the suggestion, in one transaction. */
export function applySuggestion(library: Library, documentId: string, suggestionId: number): DocumentRecord {
  return library.write(() => {
    const suggestion = requireSuggestion(library, documentId, suggestionId);
    if (suggestion.status !== 'pending') return getDocument(library, documentId);
    const tagPath = suggestion.type === 'tag' ? suggestion.value : tagPathForTerm(library, suggestion.value);
    decideSuggestion(library.db, suggestion.id, 'applied', nowIso());
    return setDocumentTags(library, documentId, [tagPath], []);
  });
}

/** 忽略: the suggestion is not offered again, and applying its rule to the library skips this document. */
export function dismissSuggestion(library: Library, documentId: string, suggestionId: number): { ok: true } {
  library.write(() => {
    const suggestion = requireSuggestion(library, documentId, suggestionId);
    if (suggestion.status === 'pending') decideSuggestion(library.db, suggestion.id, 'dismissed', nowIso());
  });
  return { ok: true };
}
