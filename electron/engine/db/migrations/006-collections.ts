/**
 * Collections (专辑) (electron/engine/collections/):
 * - collection_folders: folders that nest (培训课程 / 2025 春季班); position orders siblings.
 * - collections: name, description, cover title and subtitle; deleted_at is the 回收站. A deleted
 *   folder hands its collections to its parent (done by the service; SET NULL is the safety net).
 * - collection_sections: numbered headings (一、组织建设) in position order.
 * - collection_items: in position order within their section (section_id NULL: before the first
 *   section). A whole document, an excerpt (document + offsets + the quoted text kept as it was) or a
 *   draft (draft_id: the drafts table arrives in 007, so no foreign key). source_title is the
 *   source's title when it was added, shown when the source is gone.
 *   Documents are referenced by their public id with ON DELETE SET NULL: purging a document never
 *   deletes a collection or an item; the item stays as 缺失 with its title and excerpt.
 */
export const migration006Collections = `
CREATE TABLE collection_folders (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  parent_id   TEXT REFERENCES collection_folders(id) ON DELETE SET NULL,
  position    INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX collection_folders_parent ON collection_folders(parent_id, position);

CREATE TABLE collections (
  id             TEXT PRIMARY KEY,
  folder_id      TEXT REFERENCES collection_folders(id) ON DELETE SET NULL,
  name           TEXT NOT NULL,
  description    TEXT NOT NULL DEFAULT '',
  cover_title    TEXT NOT NULL DEFAULT '',
  cover_subtitle TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
);
CREATE INDEX collections_folder ON collections(deleted_at, folder_id);

CREATE TABLE collection_sections (
  id            TEXT PRIMARY KEY,
  collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  title         TEXT NOT NULL,
  position      INTEGER NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX collection_sections_order ON collection_sections(collection_id, position);

CREATE TABLE collection_items (
  id            TEXT PRIMARY KEY,
  collection_id TEXT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  section_id    TEXT REFERENCES collection_sections(id) ON DELETE SET NULL,
  position      INTEGER NOT NULL,
  item_kind     TEXT NOT NULL CHECK (item_kind IN ('document', 'excerpt', 'draft')),
  document_id   TEXT REFERENCES documents(id) ON DELETE SET NULL,
  draft_id      TEXT,
  excerpt_text  TEXT,
  excerpt_start INTEGER,
  excerpt_end   INTEGER,
  commentary    TEXT,
  commentary_text TEXT NOT NULL DEFAULT '',
  source_title  TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX collection_items_order ON collection_items(collection_id, section_id, position);
CREATE INDEX collection_items_document ON collection_items(document_id);
CREATE INDEX collection_items_draft ON collection_items(draft_id);
`;
