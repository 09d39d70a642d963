import { CasebookError } from '../../../shared/api/errors';
import type { Note } from '../../../shared/model/note';
import { deleteNote, findNote, insertNote, listNotes, updateNoteBody } from './notes-repo';
import { newId, nowIso } from '../core/ids';
import type { Library } from '../core/library';
import { requireDocumentRow } from './documents-service';

function requireNote(library: Library, id: string): Note {
  const note = findNote(library.db, id);
  if (!note) throw new CasebookError('NOT_FOUND', '找不到这条备注，它可能已被删除。', `note ${id}`);
  return note;
}

export function notesOfDocument(library: Library, documentId: string): Note[] {
  return listNotes(library.db, requireDocumentRow(library, documentId).seq);
}

export function addNote(library: Library, documentId: string, body: string): Note {
  return library.write(() => {
    const row = requireDocumentRow(library, documentId);
    const id = newId();
    insertNote(library.db, id, row.seq, body, nowIso());
    return requireNote(library, id);
  });
}

export function editNote(library: Library, id: string, body: string): Note {
  return library.write(() => {
    requireNote(library, id);
    updateNoteBody(library.db, id, body, nowIso());
    return requireNote(library, id);
  });
}

export function removeNote(library: Library, id: string): { ok: true } {
  return library.write(() => {
    requireNote(library, id);
    deleteNote(library.db, id);
    return { ok: true as const };
  });
}
