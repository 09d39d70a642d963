/**
 * 撤销 in the engine (core/undo-log.ts): each undoable change keeps what would take it back, under
 * the id its answer carries, until it is used or a day has passed. A document history entry that
 * took another change back says so (note = '撤销').
 */
export const migration010UndoLog = `
CREATE TABLE undo_log (
  id         TEXT PRIMARY KEY,
  steps      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  used_at    TEXT
);
CREATE INDEX undo_log_created ON undo_log(created_at);
ALTER TABLE document_history ADD COLUMN note TEXT;
`;
