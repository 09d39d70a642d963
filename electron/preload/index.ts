// The sandboxed preload: exposes `window.casebook`, implementing the contract's envelope-returning
// form (CasebookBridge), and `window.casebookFiles`, the desktop's native file dialogs (DesktopFiles:
// not part of the contract, as browser mode and the CLI take paths; the desktop window may only refer
// to files the user chose, by handle). No raw ipcRenderer, no other channel.
//
// The object is written out method by method instead of being generated from METHOD_NAMES: only types
// are imported from the contract, so zod and the schemas stay out of the sandboxed preload (which
// cannot load node_modules), and `satisfies CasebookBridge` checks both ways — a contract method
// missing here, or a name here that the contract does not have, fails the type-check. The unit test
// checks at run time that the keys are exactly METHOD_NAMES.
import { contextBridge, ipcRenderer } from 'electron';
import type { CasebookBridge, MethodName, RequestOf, ResponseOf } from '../../shared/api/contract';
import type { DesktopFiles } from '../../shared/api/desktop-files';
import type { ApiEnvelope } from '../../shared/api/errors';
import { ipcChannel } from './channel';
import { filesChannel } from './files-channel';

function call<M extends MethodName>(method: M): (request: RequestOf<M>) => Promise<ApiEnvelope<ResponseOf<M>>> {
  const channel = ipcChannel(method);
  // Only the request crosses; the renderer never sees the IPC event or ipcRenderer itself.
  return (request) => ipcRenderer.invoke(channel, request) as Promise<ApiEnvelope<ResponseOf<M>>>;
}

const bridge = {
  'library.info': call('library.info'),
  'library.check': call('library.check'),
  'library.changes': call('library.changes'),
  'progress.get': call('progress.get'),
  'undo.apply': call('undo.apply'),
  'library.sampleStatus': call('library.sampleStatus'),
  'library.loadSample': call('library.loadSample'),
  'library.declineSample': call('library.declineSample'),
  'collections.list': call('collections.list'),
  'collections.get': call('collections.get'),
  'collections.resolve': call('collections.resolve'),
  'collections.create': call('collections.create'),
  'collections.update': call('collections.update'),
  'collections.duplicate': call('collections.duplicate'),
  'collections.trash': call('collections.trash'),
  'collections.restore': call('collections.restore'),
  'collections.purge': call('collections.purge'),
  'collections.containing': call('collections.containing'),
  'collections.addItems': call('collections.addItems'),
  'collections.removeItems': call('collections.removeItems'),
  'collections.moveItem': call('collections.moveItem'),
  'collections.moveItems': call('collections.moveItems'),
  'collections.setCommentary': call('collections.setCommentary'),
  'collections.addSection': call('collections.addSection'),
  'collections.renameSection': call('collections.renameSection'),
  'collections.moveSection': call('collections.moveSection'),
  'collections.deleteSection': call('collections.deleteSection'),
  'collectionFolders.create': call('collectionFolders.create'),
  'collectionFolders.update': call('collectionFolders.update'),
  'collectionFolders.delete': call('collectionFolders.delete'),
  'documents.list': call('documents.list'),
  'documents.get': call('documents.get'),
  'documents.update': call('documents.update'),
  'documents.setTags': call('documents.setTags'),
  'documents.trash': call('documents.trash'),
  'documents.restore': call('documents.restore'),
  'documents.purge': call('documents.purge'),
  'documents.history': call('documents.history'),
  'documents.removed': call('documents.removed'),
  'documents.restoreRemoved': call('documents.restoreRemoved'),
  'documents.reread': call('documents.reread'),
  'documents.suggestions': call('documents.suggestions'),
  'documents.applySuggestion': call('documents.applySuggestion'),
  'documents.dismissSuggestion': call('documents.dismissSuggestion'),
  'import.files': call('import.files'),
  'import.start': call('import.start'),
  'import.addFiles': call('import.addFiles'),
  'import.results': call('import.results'),
  'import.cancel': call('import.cancel'),
  'import.upload': call('import.upload'),
  'tags.list': call('tags.list'),
  'tags.create': call('tags.create'),
  'tags.rename': call('tags.rename'),
  'tags.delete': call('tags.delete'),
  'tagRules.list': call('tagRules.list'),
  'tagRules.create': call('tagRules.create'),
  'tagRules.update': call('tagRules.update'),
  'tagRules.delete': call('tagRules.delete'),
  'tagRules.test': call('tagRules.test'),
  'tagRules.applyToLibrary': call('tagRules.applyToLibrary'),
  'notes.list': call('notes.list'),
  'notes.add': call('notes.add'),
  'notes.update': call('notes.update'),
  'notes.delete': call('notes.delete'),
  'duplicates.list': call('duplicates.list'),
  'duplicates.resolve': call('duplicates.resolve'),
  'duplicates.check': call('duplicates.check'),
  'search.query': call('search.query'),
  'search.suggest': call('search.suggest'),
  'search.rebuild': call('search.rebuild'),
  'search.facets': call('search.facets'),
  'search.status': call('search.status'),
  'search.matches': call('search.matches'),
  'search.related': call('search.related'),
  'savedSearches.list': call('savedSearches.list'),
  'savedSearches.create': call('savedSearches.create'),
  'savedSearches.update': call('savedSearches.update'),
  'savedSearches.delete': call('savedSearches.delete'),
  'searchHistory.list': call('searchHistory.list'),
  'searchHistory.add': call('searchHistory.add'),
  'searchHistory.clear': call('searchHistory.clear'),
  'rounds.list': call('rounds.list'),
  'rounds.get': call('rounds.get'),
  'rounds.create': call('rounds.create'),
  'rounds.update': call('rounds.update'),
  'rounds.delete': call('rounds.delete'),
  'rounds.addSubmissions': call('rounds.addSubmissions'),
  'rounds.removeSubmission': call('rounds.removeSubmission'),
  'rounds.moveStage': call('rounds.moveStage'),
  'rounds.saveScores': call('rounds.saveScores'),
  'rounds.makeBooklet': call('rounds.makeBooklet'),
  'rounds.package': call('rounds.package'),
  'drafts.list': call('drafts.list'),
  'drafts.get': call('drafts.get'),
  'drafts.create': call('drafts.create'),
  'drafts.save': call('drafts.save'),
  'drafts.trash': call('drafts.trash'),
  'drafts.restore': call('drafts.restore'),
  'drafts.purge': call('drafts.purge'),
  'drafts.versions': call('drafts.versions'),
  'drafts.version': call('drafts.version'),
  'drafts.saveVersion': call('drafts.saveVersion'),
  'drafts.restoreVersion': call('drafts.restoreVersion'),
  'drafts.quote': call('drafts.quote'),
  'drafts.citing': call('drafts.citing'),
  'bundle.export': call('bundle.export'),
  'bundle.preview': call('bundle.preview'),
  'bundle.apply': call('bundle.apply'),
  'backup.create': call('backup.create'),
  'backup.list': call('backup.list'),
  'backup.setKeep': call('backup.setKeep'),
  'backup.read': call('backup.read'),
  'backup.restore': call('backup.restore'),
  'backup.restoreToNew': call('backup.restoreToNew'),
  'export.run': call('export.run'),
  'export.toFile': call('export.toFile'),
  'rounds.sheet': call('rounds.sheet'),
  'rounds.sheetToFile': call('rounds.sheetToFile'),
  'export.listSheet': call('export.listSheet'),
  'export.listSheetToFile': call('export.listSheetToFile'),
  'originals.view': call('originals.view'),
  'originals.read': call('originals.read'),
  'rounds.previewResult': call('rounds.previewResult'),
  'reviewWorkspaces.open': call('reviewWorkspaces.open'),
  'reviewWorkspaces.list': call('reviewWorkspaces.list'),
  'reviewWorkspaces.get': call('reviewWorkspaces.get'),
  'reviewWorkspaces.saveScores': call('reviewWorkspaces.saveScores'),
  'reviewWorkspaces.exportResult': call('reviewWorkspaces.exportResult'),
  'reviewWorkspaces.remove': call('reviewWorkspaces.remove'),
} satisfies CasebookBridge;

contextBridge.exposeInMainWorld('casebook', bridge);

const files = {
  chooseNewLibraryFolder: (request) => ipcRenderer.invoke(filesChannel('chooseNewLibraryFolder'), request),
  chooseFilesToOpen: (request) => ipcRenderer.invoke(filesChannel('chooseFilesToOpen'), request),
  chooseSavePath: (request) => ipcRenderer.invoke(filesChannel('chooseSavePath'), request),
} satisfies DesktopFiles;

contextBridge.exposeInMainWorld('casebookFiles', files);
