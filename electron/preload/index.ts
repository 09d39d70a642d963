// The sandboxed preload: exposes exactly one object, `window.casebook`, implementing the contract's
// envelope-returning form (CasebookBridge). No raw ipcRenderer, no other channel.
//
// The object is written out method by method instead of being generated from METHOD_NAMES: only types
// are imported from the contract, so zod and the schemas stay out of the sandboxed preload (which
// cannot load node_modules), and `satisfies CasebookBridge` checks both ways — a contract method
// missing here, or a name here that the contract does not have, fails the type-check. The unit test
// checks at run time that the keys are exactly METHOD_NAMES.
import { contextBridge, ipcRenderer } from 'electron';
import type { CasebookBridge, MethodName, RequestOf, ResponseOf } from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/errors';
import { ipcChannel } from './channel';

function call<M extends MethodName>(method: M): (request: RequestOf<M>) => Promise<ApiEnvelope<ResponseOf<M>>> {
  const channel = ipcChannel(method);
  // Only the request crosses; the renderer never sees the IPC event or ipcRenderer itself.
  return (request) => ipcRenderer.invoke(channel, request) as Promise<ApiEnvelope<ResponseOf<M>>>;
}

const bridge = {
  'library.info': call('library.info'),
  'library.loadSample': call('library.loadSample'),
  'library.declineSample': call('library.declineSample'),
  'documents.list': call('documents.list'),
  'documents.get': call('documents.get'),
  'documents.update': call('documents.update'),
  'documents.setTags': call('documents.setTags'),
  'documents.trash': call('documents.trash'),
  'documents.restore': call('documents.restore'),
  'documents.purge': call('documents.purge'),
  'documents.history': call('documents.history'),
  'documents.reread': call('documents.reread'),
  'documents.suggestions': call('documents.suggestions'),
  'documents.applySuggestion': call('documents.applySuggestion'),
  'documents.dismissSuggestion': call('documents.dismissSuggestion'),
  'import.files': call('import.files'),
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
} satisfies CasebookBridge;

contextBridge.exposeInMainWorld('casebook', bridge);
