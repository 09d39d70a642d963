/** Documents, their originals, tags, notes, edit history and settings. */
export const migration001Core = `
CREATE TABLE originals (
  sha256      TEXT PRIMARY KEY,
  size        INTEGER NOT NULL,
  stored_path TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

CREATE TABLE documents (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL CHECK (kind IN ('policy', 'case', 'practice', 'news')),
  title          TEXT NOT NULL,
  text           TEXT NOT NULL,
  text_sha256    TEXT NOT NULL,
  issuer         TEXT,
  doc_number     TEXT,
  date           TEXT,
  effective_date TEXT,
  level          TEXT CHECK (level IN ('national', 'provincial', 'city', 'district')),
  status         TEXT CHECK (status IN ('in_force', 'superseded')),
  source         TEXT,
  author         TEXT,
  region         TEXT,
  year           INTEGER,
  organization   TEXT,
  project        TEXT,
  practice_name  TEXT,
  selection      TEXT,
  url            TEXT,
  original_sha256 TEXT REFERENCES originals(sha256),
  original_name  TEXT,
  encoding       TEXT,
  field_origins  TEXT NOT NULL DEFAULT '{}',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
);
CREATE INDEX documents_kind ON documents(kind, deleted_at);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_updated ON documents(updated_at);
CREATE INDEX documents_text_sha ON documents(text_sha256);
CREATE INDEX documents_original ON documents(original_sha256);

CREATE TABLE tags (
  id          INTEGER PRIMARY KEY,
  path        TEXT NOT NULL UNIQUE,
  parent_id   INTEGER REFERENCES tags(id) ON DELETE CASCADE,
  description TEXT,
  created_at  TEXT NOT NULL
);
CREATE INDEX tags_parent ON tags(parent_id);

CREATE TABLE document_tags (
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  tag_id       INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (document_seq, tag_id)
) WITHOUT ROWID;
CREATE INDEX document_tags_tag ON document_tags(tag_id);

CREATE TABLE notes (
  id           TEXT PRIMARY KEY,
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  body         TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX notes_document ON notes(document_seq);

CREATE TABLE document_history (
  id           INTEGER PRIMARY KEY,
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  field        TEXT NOT NULL,
  old_value    TEXT,
  new_value    TEXT,
  actor        TEXT NOT NULL,
  changed_at   TEXT NOT NULL
);
CREATE INDEX document_history_document ON document_history(document_seq);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;
