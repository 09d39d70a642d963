import type Database from 'better-sqlite3';
import type { CollectionItemKind, CollectionMembership } from '../../../shared/model/collection';

/** Rows of the 专辑 tables (migration 006). Ordering and rules live in the collections services. */

export interface CollectionRow {
  id: string;
  folder_id: string | null;
  name: string;
  description: string;
  cover_title: string;
  cover_subtitle: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface CollectionListRow extends CollectionRow {
  item_count: number;
  section_count: number;
  missing_count: number;
}

export interface FolderRow {
  id: string;
  name: string;
  parent_id: string | null;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface SectionRow {
  id: string;
  collection_id: string;
  title: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface ItemRow {
  id: string;
  collection_id: string;
  section_id: string | null;
  position: number;
  item_kind: CollectionItemKind;
  document_id: string | null;
  draft_id: string | null;
  excerpt_text: string | null;
  excerpt_start: number | null;
  excerpt_end: number | null;
  commentary: string | null;
  commentary_text: string;
  source_title: string;
  created_at: string;
  updated_at: string;
}

export function hasDraftsTable(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'drafts'").get() !== undefined;
}

/** SQL that is true when an item of alias `ci` has no live source (the document or draft is trashed or gone). */
function missingCondition(db: Database.Database): string {
  const documentGone = `(ci.item_kind IN ('document', 'excerpt') AND NOT EXISTS
      (SELECT 1 FROM documents d WHERE d.id = ci.document_id AND d.deleted_at IS NULL))`;
  if (!hasDraftsTable(db)) return `(${documentGone} OR ci.item_kind = 'draft')`;
  const draftGone = `(ci.item_kind = 'draft' AND NOT EXISTS
      (SELECT 1 FROM drafts r WHERE r.id = ci.draft_id AND r.deleted_at IS NULL))`;
  return `(${documentGone} OR ${draftGone})`;
}

/** Names sort as staff expect (pinyin order), not by code point. */
export const nameCollator = new Intl.Collator('zh-Hans-CN', { numeric: true });

export function listCollectionRows(db: Database.Database, options: { trashed: boolean; ids?: string[] }): CollectionListRow[] {
  const where = [options.trashed ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (options.ids) {
    where.length = 0;
    where.push('c.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(options.ids));
  }
  const rows = db
    .prepare<unknown[], CollectionListRow>(
      `SELECT c.*,
         (SELECT count(*) FROM collection_items ci WHERE ci.collection_id = c.id) AS item_count,
         (SELECT count(*) FROM collection_sections s WHERE s.collection_id = c.id) AS section_count,
         (SELECT count(*) FROM collection_items ci WHERE ci.collection_id = c.id AND ${missingCondition(db)}) AS missing_count
       FROM collections c WHERE ${where.join(' AND ')}
       ORDER BY c.created_at`,
    )
    .all(...params);
  return rows.sort((a, b) => nameCollator.compare(a.name, b.name));
}

export function findCollectionRow(db: Database.Database, id: string): CollectionRow | undefined {
  return db.prepare<[string], CollectionRow>('SELECT * FROM collections WHERE id = ?').get(id);
}

/** Live collections whose name is exactly `name` (the command line finds collections by name). */
export function findCollectionsByName(db: Database.Database, name: string): CollectionRow[] {
  return db.prepare<[string], CollectionRow>('SELECT * FROM collections WHERE name = ? AND deleted_at IS NULL ORDER BY created_at').all(name);
}

/** The live collections that hold a document (whole or as an excerpt), in no particular order. */
export function collectionsOfDocument(db: Database.Database, documentId: string): CollectionMembership[] {
  return db
    .prepare<[string], CollectionMembership>(
      `SELECT c.id AS collectionId, c.name AS name, count(ci.id) AS itemCount
       FROM collection_items ci JOIN collections c ON c.id = ci.collection_id
       WHERE ci.document_id = ? AND c.deleted_at IS NULL
       GROUP BY c.id`,
    )
    .all(documentId);
}

export function hasTrashedCollectionNamed(db: Database.Database, name: string): boolean {
  return db.prepare('SELECT 1 FROM collections WHERE name = ? AND deleted_at IS NOT NULL').get(name) !== undefined;
}

/** Folder id → its path of names from the top (培训 / 第三讲), for every folder. */
export function folderPaths(db: Database.Database): Map<string, string> {
  const rows = db
    .prepare<[], { id: string; path: string }>(
      `WITH RECURSIVE chain(id, path, depth) AS (
         SELECT id, name, 0 FROM collection_folders WHERE parent_id IS NULL
         UNION ALL
         SELECT f.id, chain.path || ' / ' || f.name, chain.depth + 1 FROM collection_folders f JOIN chain ON f.parent_id = chain.id
         WHERE chain.depth < 20
       )
       SELECT id, path FROM chain`,
    )
    .all();
  return new Map(rows.map((row) => [row.id, row.path]));
}

export function insertCollection(db: Database.Database, row: CollectionRow): void {
  db.prepare(
    `INSERT INTO collections (id, folder_id, name, description, cover_title, cover_subtitle, created_at, updated_at, deleted_at)
     VALUES (@id, @folder_id, @name, @description, @cover_title, @cover_subtitle, @created_at, @updated_at, @deleted_at)`,
  ).run(row);
}

const COLLECTION_COLUMNS = new Set(['folder_id', 'name', 'description', 'cover_title', 'cover_subtitle', 'deleted_at']);

/** Sets only the given columns: two windows editing different fields both keep their change. */
export function updateCollectionColumns(db: Database.Database, id: string, columns: Record<string, unknown>, now: string): void {
  const names = Object.keys(columns).filter((name) => COLLECTION_COLUMNS.has(name));
  const assignments = [...names.map((name) => `${name} = @${name}`), 'updated_at = @updated_at'];
  db.prepare(`UPDATE collections SET ${assignments.join(', ')} WHERE id = @id`).run({ ...columns, id, updated_at: now });
}

export function touchCollection(db: Database.Database, id: string, now: string): void {
  db.prepare('UPDATE collections SET updated_at = ? WHERE id = ?').run(now, id);
}

export function deleteCollectionRow(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM collections WHERE id = ?').run(id);
}

export function listFolderRows(db: Database.Database): FolderRow[] {
  return db.prepare<[], FolderRow>('SELECT * FROM collection_folders ORDER BY position, created_at').all();
}

export function findFolderRow(db: Database.Database, id: string): FolderRow | undefined {
  return db.prepare<[string], FolderRow>('SELECT * FROM collection_folders WHERE id = ?').get(id);
}

/** The position after the last folder under `parentId` (null: the top level). */
export function nextFolderPosition(db: Database.Database, parentId: string | null): number {
  const row = db.prepare('SELECT max(position) AS top FROM collection_folders WHERE parent_id IS ?').get(parentId) as { top: number | null };
  return (row.top ?? -1) + 1;
}

export function insertFolder(db: Database.Database, row: FolderRow): void {
  db.prepare('INSERT INTO collection_folders (id, name, parent_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.name,
    row.parent_id,
    row.position,
    row.created_at,
    row.updated_at,
  );
}

export function renameFolder(db: Database.Database, id: string, name: string, now: string): void {
  db.prepare('UPDATE collection_folders SET name = ?, updated_at = ? WHERE id = ?').run(name, now, id);
}

export function moveFolder(db: Database.Database, id: string, parentId: string | null, position: number, now: string): void {
  db.prepare('UPDATE collection_folders SET parent_id = ?, position = ?, updated_at = ? WHERE id = ?').run(parentId, position, now, id);
}

/** Moves the collections and the sub-folders of one folder into another (null: the top level). */
export function moveFolderContents(db: Database.Database, fromFolderId: string, toFolderId: string | null, now: string): void {
  db.prepare('UPDATE collections SET folder_id = ? WHERE folder_id = ?').run(toFolderId, fromFolderId);
  db.prepare('UPDATE collection_folders SET parent_id = ?, updated_at = ? WHERE parent_id = ?').run(toFolderId, now, fromFolderId);
}

export function deleteFolderRow(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM collection_folders WHERE id = ?').run(id);
}

export function listSectionRows(db: Database.Database, collectionId: string): SectionRow[] {
  return db.prepare<[string], SectionRow>('SELECT * FROM collection_sections WHERE collection_id = ? ORDER BY position, created_at').all(collectionId);
}

export function findSectionRow(db: Database.Database, id: string): SectionRow | undefined {
  return db.prepare<[string], SectionRow>('SELECT * FROM collection_sections WHERE id = ?').get(id);
}

export function insertSection(db: Database.Database, row: SectionRow): void {
  db.prepare(
    `INSERT INTO collection_sections (id, collection_id, title, position, created_at, updated_at)
     VALUES (@id, @collection_id, @title, @position, @created_at, @updated_at)`,
  ).run(row);
}

export function renameSection(db: Database.Database, id: string, title: string, now: string): void {
  db.prepare('UPDATE collection_sections SET title = ?, updated_at = ? WHERE id = ?').run(title, now, id);
}

export function deleteSectionRow(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM collection_sections WHERE id = ?').run(id);
}

/** Items of one collection; ordered by the caller (section order comes from the sections). */
export function listItemRows(db: Database.Database, collectionId: string): ItemRow[] {
  return db.prepare<[string], ItemRow>('SELECT * FROM collection_items WHERE collection_id = ? ORDER BY position, created_at').all(collectionId);
}

export function findItemRow(db: Database.Database, id: string): ItemRow | undefined {
  return db.prepare<[string], ItemRow>('SELECT * FROM collection_items WHERE id = ?').get(id);
}

export function insertItem(db: Database.Database, row: ItemRow): void {
  db.prepare(
    `INSERT INTO collection_items (id, collection_id, section_id, position, item_kind, document_id, draft_id,
       excerpt_text, excerpt_start, excerpt_end, commentary, commentary_text, source_title, created_at, updated_at)
     VALUES (@id, @collection_id, @section_id, @position, @item_kind, @document_id, @draft_id,
       @excerpt_text, @excerpt_start, @excerpt_end, @commentary, @commentary_text, @source_title, @created_at, @updated_at)`,
  ).run(row);
}

export function deleteItemRow(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM collection_items WHERE id = ?').run(id);
}

export function updateItemCommentary(db: Database.Database, id: string, commentary: string | null, commentaryText: string, now: string): void {
  db.prepare('UPDATE collection_items SET commentary = ?, commentary_text = ?, updated_at = ? WHERE id = ?').run(commentary, commentaryText, now, id);
}

/** Documents the collection holds whole (item kind 'document'; excerpts do not count). */
export function wholeDocumentIds(db: Database.Database, collectionId: string): (string | null)[] {
  return (
    db.prepare("SELECT document_id FROM collection_items WHERE collection_id = ? AND item_kind = 'document'").all(collectionId) as { document_id: string | null }[]
  ).map((row) => row.document_id);
}

/** Writes positions 0..n-1 (and the section) for the given item ids in that order. */
export function writeItemOrder(db: Database.Database, sectionId: string | null, itemIds: readonly string[]): void {
  const update = db.prepare('UPDATE collection_items SET section_id = ?, position = ? WHERE id = ?');
  itemIds.forEach((id, position) => update.run(sectionId, position, id));
}

export function writeSectionOrder(db: Database.Database, sectionIds: readonly string[]): void {
  const update = db.prepare('UPDATE collection_sections SET position = ? WHERE id = ?');
  sectionIds.forEach((id, position) => update.run(position, id));
}

export interface SourceDocumentRow {
  seq: number;
  id: string;
  kind: 'policy' | 'case' | 'practice' | 'news';
  title: string;
  date: string | null;
  region: string | null;
  source: string | null;
  issuer: string | null;
  doc_number: string | null;
  organization: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export function sourceDocumentRows(db: Database.Database, ids: readonly string[]): Map<string, SourceDocumentRow> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare<[string], SourceDocumentRow>(
      `SELECT seq, id, kind, title, date, region, source, issuer, doc_number, organization, created_at, updated_at, deleted_at
       FROM documents WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

export interface SourceDraftRow {
  id: string;
  title: string;
  updated_at: string;
  deleted_at: string | null;
}

export function sourceDraftRows(db: Database.Database, ids: readonly string[]): Map<string, SourceDraftRow> {
  if (ids.length === 0 || !hasDraftsTable(db)) return new Map();
  const rows = db
    .prepare<[string], SourceDraftRow>('SELECT id, title, updated_at, deleted_at FROM drafts WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The document an item is about to quote, with its text; trashed ones too (the caller refuses them). */
export function findSourceDocument(db: Database.Database, id: string): { id: string; title: string; text: string; deleted_at: string | null } | undefined {
  return db.prepare('SELECT id, title, text, deleted_at FROM documents WHERE id = ?').get(id) as
    | { id: string; title: string; text: string; deleted_at: string | null }
    | undefined;
}

/** The draft an item is about to refer to; undefined also when the library has no drafts table. */
export function findSourceDraft(db: Database.Database, id: string): { id: string; title: string; deleted_at: string | null } | undefined {
  if (!hasDraftsTable(db)) return undefined;
  return db.prepare('SELECT id, title, deleted_at FROM drafts WHERE id = ?').get(id) as { id: string; title: string; deleted_at: string | null } | undefined;
}
