import type Database from 'better-sqlite3';
import type { Note } from '../../../shared/model/note';

interface NoteRow {
  id: string;
  document_id: string;
  body: string;
  created_at: string;
  updated_at: string;
}

const SELECT_NOTE = `SELECT n.id, d.id AS document_id, n.body, n.created_at, n.updated_at
  FROM notes n JOIN documents d ON d.seq = n.document_seq`;

function noteFromRow(row: NoteRow): Note {
  return { id: row.id, documentId: row.document_id, body: row.body, createdAt: row.created_at, updatedAt: row.updated_at };
}

export function listNotes(db: Database.Database, documentSeq: number): Note[] {
  return (db.prepare(`${SELECT_NOTE} WHERE n.document_seq = ? ORDER BY n.created_at, n.id`).all(documentSeq) as NoteRow[]).map(noteFromRow);
}

export function findNote(db: Database.Database, id: string): Note | undefined {
  const row = db.prepare(`${SELECT_NOTE} WHERE n.id = ?`).get(id) as NoteRow | undefined;
  return row ? noteFromRow(row) : undefined;
}

export function insertNote(db: Database.Database, id: string, documentSeq: number, body: string, now: string): void {
  db.prepare('INSERT INTO notes (id, document_seq, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, documentSeq, body, now, now);
}

export function updateNoteBody(db: Database.Database, id: string, body: string, now: string): void {
  db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(body, now, id);
}

export function deleteNote(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM notes WHERE id = ?').run(id);
}
