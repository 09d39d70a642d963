import { write, type Handlers } from '../../core/handler';
import { applySuggestion, dismissSuggestion, documentSuggestions } from './suggestions-service';
import { applyRuleToLibrary, createRule, deleteRule, listRules, testRule, updateRule } from './tag-rules-service';

/** 标签规则 and the tags they suggest on documents: part of the handler table. */
export const tagRuleHandlers = {
  'tagRules.list': (library) => listRules(library),
  'tagRules.create': write((library, request) => createRule(library, request)),
  'tagRules.update': write((library, request) => updateRule(library, request.id, request.patch)),
  'tagRules.delete': write((library, request) => deleteRule(library, request.id)),
  'tagRules.test': (library, request) => testRule(library, request.rule),
  // Not one write: it writes in short transactions of its own.
  'tagRules.applyToLibrary': (library, request) => applyRuleToLibrary(library, request.ruleId),

  'documents.suggestions': (library, request) => documentSuggestions(library, request.id),
  'documents.applySuggestion': write((library, request) => applySuggestion(library, request.id, request.suggestionId)),
  'documents.dismissSuggestion': write((library, request) => dismissSuggestion(library, request.id, request.suggestionId)),
} satisfies Partial<Handlers>;
