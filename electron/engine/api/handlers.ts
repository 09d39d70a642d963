import type { MethodName, ParsedRequestOf, ResponseOf } from '../../../shared/api/contract';
import type { Library } from '../core/library';
import {
  documentHistory,
  getDocument,
  listDocuments,
  purgeDocuments,
  restoreDocuments,
  setDocumentTags,
  trashDocuments,
  updateDocument,
} from '../documents/documents-service';
import { quoteIntoDraft } from '../drafts/draft-quote-service';
import { getDraftVersion, listDraftVersions, restoreDraftVersion, saveDraftVersion } from '../drafts/draft-versions-service';
import {
  createDraft,
  draftsCitingDocument,
  getDraft,
  listDrafts,
  purgeDrafts,
  restoreDrafts,
  saveDraft,
  trashDrafts,
} from '../drafts/drafts-service';
import { checkDuplicates, listDuplicates, resolveDuplicate } from '../duplicates/duplicates-service';
import { exportToFile, runExport } from '../export/export-service';
import { importBytes, importPaths } from '../import/import-service';
import { bundleImporter } from '../import/formats/bundle-importer';
import { applyBundleFrom, exportBundle, previewBundle } from '../exchange/bundle-service';
import { backupKeepAndList, createBackup, listBackups, readBackup, restoreFrom } from '../exchange/backup-service';
import { declineSampleLibrary, libraryInfo, loadSampleLibrary } from '../library/library-service';
import { addNote, editNote, notesOfDocument, removeNote } from '../documents/notes-service';
import { rereadWithEncoding } from '../documents/reread-service';
import { relatedDocuments } from '../search/related-service';
import {
  clearSearchHistory,
  deleteSavedSearch,
  listSavedSearches,
  recordSearch,
  saveSearch,
  searchHistory,
  updateSavedSearch,
} from '../search/saved-searches-service';
import { documentMatches, searchFacets } from '../search/search-extras-service';
import { rebuildSearchIndex, searchIndexStatus, startSearchIndexRebuild } from '../search/search-index-service';
import { applySuggestion, dismissSuggestion, documentSuggestions } from '../tags/suggestions-service';
import { applyRuleToLibrary, createRule, deleteRule, listRules, testRule, updateRule } from '../tags/tag-rules-service';
import { createTag, deleteTag, listTags, renameTag } from '../tags/tags-service';
import { makeBooklet } from '../selection/selection-booklet-service';
import { createRound, deleteRound, getRound, listRounds, updateRoundSettings } from '../selection/selection-service';
import { addSubmissions, moveStage, removeSubmission, saveScores } from '../selection/selection-submissions-service';

import { collectionHandlers } from '../collections/collection-handlers';

export type Handlers = {
  [M in MethodName]: (library: Library, request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;
};

/** The engine side of the contract: one handler per method, each a thin call into a service. */
export const handlers = {
  'library.info': (library) => libraryInfo(library),
  'library.changes': (library) => ({ stamp: library.changeStamp() }),
  'library.loadSample': (library) => loadSampleLibrary(library),
  'library.declineSample': (library) => declineSampleLibrary(library),

  ...collectionHandlers,

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

  'import.files': (library, request) =>
    importPaths(library, request.paths, { kind: request.kind, tags: request.tags, encoding: request.encoding, onConflict: request.onConflict }),
  'import.upload': async (library, request) => {
    const results = [];
    for (const file of request.files) {
      const bytes = Buffer.from(file.contentBase64, 'base64');
      const bundle = bundleImporter.importBytes(library, file.name, bytes, request.onConflict ?? 'mine');
      if (bundle) results.push(...bundle);
      else results.push(await importBytes(library, file.name, bytes, { kind: request.kind, tags: request.tags, encoding: request.encoding }));
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
  'search.rebuild': (library, request) => (request.background ? startSearchIndexRebuild(library) : rebuildSearchIndex(library)),
  'search.facets': (library, request) => searchFacets(library, request.query),
  'search.status': (library) => searchIndexStatus(library),
  'search.matches': (library, request) => documentMatches(library, request.id, request.query),
  'search.related': (library, request) => relatedDocuments(library, request.id, request.limit),
  'savedSearches.list': (library) => listSavedSearches(library),
  'savedSearches.create': (library, request) => saveSearch(library, request),
  'savedSearches.update': (library, request) => updateSavedSearch(library, request.id, request),
  'savedSearches.delete': (library, request) => deleteSavedSearch(library, request.id),
  'searchHistory.list': (library, request) => searchHistory(library, request.limit),
  'searchHistory.add': (library, request) => recordSearch(library, request.query),
  'searchHistory.clear': (library) => clearSearchHistory(library),

  'rounds.list': (library) => listRounds(library),
  'rounds.get': (library, request) => getRound(library, request.id),
  'rounds.create': (library, request) => createRound(library, request),
  'rounds.update': (library, request) => updateRoundSettings(library, request.id, request.patch),
  'rounds.delete': (library, request) => deleteRound(library, request.id),
  'rounds.addSubmissions': (library, request) => addSubmissions(library, request.roundId, request.documentIds),
  'rounds.removeSubmission': (library, request) => removeSubmission(library, request.roundId, request.documentId),
  'rounds.moveStage': (library, request) => moveStage(library, request),
  'rounds.saveScores': (library, request) => saveScores(library, request),
  'rounds.makeBooklet': (library, request) => makeBooklet(library, request),
  'drafts.list': (library, request) => listDrafts(library, request),
  'drafts.get': (library, request) => getDraft(library, request.id),
  'drafts.create': (library, request) => createDraft(library, request),
  'drafts.save': (library, request) => saveDraft(library, request),
  'drafts.trash': (library, request) => trashDrafts(library, request.ids),
  'drafts.restore': (library, request) => restoreDrafts(library, request.ids),
  'drafts.purge': (library, request) => purgeDrafts(library, request.ids),
  'drafts.versions': (library, request) => listDraftVersions(library, request.id),
  'drafts.version': (library, request) => getDraftVersion(library, request.id, request.versionId),
  'drafts.saveVersion': (library, request) => saveDraftVersion(library, request.id, request.label ?? null),
  'drafts.restoreVersion': (library, request) => restoreDraftVersion(library, request.id, request.versionId),
  'drafts.quote': (library, request) => quoteIntoDraft(library, request),
  'drafts.citing': (library, request) => draftsCitingDocument(library, request.documentId),

  'bundle.export': (library, request) => exportBundle(library, request),
  'bundle.preview': (library, request) => previewBundle(library, request.source),
  'bundle.apply': (library, request) => applyBundleFrom(library, request.source, request.onConflict, request.choices),
  'backup.create': (library, request) => createBackup(library, request),
  'backup.list': (library) => listBackups(library),
  'backup.setKeep': (library, request) => backupKeepAndList(library, request.keep),
  'backup.read': (library, request) => readBackup(library, request.fileName),
  'backup.restore': (library, request) => restoreFrom(library, request.source),

  'export.run': (library, request) => runExport(library, request),
  'export.toFile': (library, request) => exportToFile(library, request, request.outFile),
  'progress.get': (library, request) => library.progress.get(request.key),
} satisfies Handlers;
