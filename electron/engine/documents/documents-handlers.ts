import { undoable, write, type Handlers } from '../core/handler';
import { addNote, editNote, notesOfDocument, removeNote } from './notes-service';
import {
  documentHistory,
  getDocument,
  listDocuments,
  purgeDocuments,
  restoreDocuments,
  setDocumentTags,
  trashDocuments,
  updateDocument,
} from './documents-service';

/** 资料 and their 备注: the documents part of the handler table. */
export const documentHandlers = {
  'documents.list': (library, request) => listDocuments(library, request),
  'documents.get': (library, request) => getDocument(library, request.id),
  'documents.update': undoable((library, request) => updateDocument(library, request.id, request.patch)),
  'documents.setTags': undoable((library, request) => setDocumentTags(library, request.id, request.add, request.remove)),
  'documents.trash': undoable((library, request) => trashDocuments(library, request.ids)),
  'documents.restore': write((library, request) => restoreDocuments(library, request.ids)),
  'documents.purge': (library, request) => purgeDocuments(library, request.ids),
  'documents.history': (library, request) => documentHistory(library, request.id),

  'notes.list': (library, request) => notesOfDocument(library, request.documentId),
  'notes.add': write((library, request) => addNote(library, request.documentId, request.body)),
  'notes.update': write((library, request) => editNote(library, request.id, request.body)),
  'notes.delete': write((library, request) => removeNote(library, request.id)),
} satisfies Partial<Handlers>;
