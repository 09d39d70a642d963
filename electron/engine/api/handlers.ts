import type { MethodName, ParsedRequestOf, ResponseOf } from '../../../shared/api/contract';
import type { Library } from '../library';
import {
  documentHistory,
  getDocument,
  listDocuments,
  purgeDocuments,
  restoreDocuments,
  setDocumentTags,
  trashDocuments,
  updateDocument,
} from '../services/documents-service';
import { checkDuplicates, listDuplicates, resolveDuplicate } from '../services/duplicates-service';
import { importBytes, importPaths } from '../services/import-service';
import { declineSampleLibrary, libraryInfo, loadSampleLibrary } from '../services/library-service';
import { addNote, editNote, notesOfDocument, removeNote } from '../services/notes-service';
import { rereadWithEncoding } from '../services/reread-service';
import { applySuggestion, dismissSuggestion, documentSuggestions } from '../services/suggestions-service';
import { applyRuleToLibrary, createRule, deleteRule, listRules, testRule, updateRule } from '../services/tag-rules-service';
import { createTag, deleteTag, listTags, renameTag } from '../services/tags-service';

export type Handlers = {
  [M in MethodName]: (library: Library, request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

/** The engine side of the contract: one handler per method, each a thin call into a service. */
export const handlers = {
  'library.info': (library) => libraryInfo(library),
  'library.loadSample': (library) => loadSampleLibrary(library),
  'library.declineSample': (library) => declineSampleLibrary(library),

  'documents.list': (library, request) => listDocuments(library, request),
  'documents.get': (library, request) => getDocument(library, request.id),
  'documents.update': (library, request) => updateDocument(library, request.id, request.patch),
  'documents.setTags': (library, request) => setDocumentTags(library, request.id, request.add, request.remove),
  'documents.trash': (library, request) => trashDocuments(library, request.ids),
  'documents.restore': (library, request) => restoreDocuments(library, request.ids),
  'documents.purge': (library, request) => purgeDocuments(library, request.ids),
  'documents.history': (library, request) => documentHistory(library, request.id),
  'documents.reread': (library, request) => rereadWithEncoding(library, request.id, request.encoding),
  'documents.suggestions': (library, request) => documentSuggestions(library, request.id),
  'documents.applySuggestion': (library, request) => applySuggestion(library, request.id, request.suggestionId),
  'documents.dismissSuggestion': (library, request) => dismissSuggestion(library, request.id, request.suggestionId),

  'import.files': (library, request) => importPaths(library, request.paths, { kind: request.kind, tags: request.tags, encoding: request.encoding }),
  'import.upload': async (library, request) => {
    const results = [];
    for (const file of request.files) {
      results.push(await importBytes(library, file.name, Buffer.from(file.contentBase64, 'base64'), { kind: request.kind, tags: request.tags, encoding: request.encoding }));
    }
    return results;
  },

  'tags.list': (library) => listTags(library),
  'tags.create': (library, request) => createTag(library, request.path, request.description),
  'tags.rename': (library, request) => renameTag(library, request.path, request.newPath),
  'tags.delete': (library, request) => deleteTag(library, request.path),

  'tagRules.list': (library) => listRules(library),
  'tagRules.create': (library, request) => createRule(library, request),
  'tagRules.update': (library, request) => updateRule(library, request.id, request.patch),
  'tagRules.delete': (library, request) => deleteRule(library, request.id),
  'tagRules.test': (library, request) => testRule(library, request.rule),
  'tagRules.applyToLibrary': (library, request) => applyRuleToLibrary(library, request.ruleId),

  'notes.list': (library, request) => notesOfDocument(library, request.documentId),
  'notes.add': (library, request) => addNote(library, request.documentId, request.body),
  'notes.update': (library, request) => editNote(library, request.id, request.body),
  'notes.delete': (library, request) => removeNote(library, request.id),

  'duplicates.list': (library, request) => listDuplicates(library, request),
  'duplicates.resolve': (library, request) => resolveDuplicate(library, request),
  'duplicates.check': (library, request) => checkDuplicates(library, request.id),

  'search.query': (library, request) => library.search.query(request),
  'search.suggest': (library, request) => library.search.suggest(request.prefix, request.limit),
  'search.rebuild': (library) => ({ documents: library.search.rebuild() }),
} satisfies Handlers;
