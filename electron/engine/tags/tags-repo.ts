import type Database from 'better-sqlite3';
import { CasebookError } from '../../../shared/api/errors';
import { normalizeTagPath, parentTagPath, tagName, type TagNode } from '../../../shared/model/tag';
import { preparedOnce } from '../db/statement-cache';

interface TagRow {
  id: number;
  path: string;
  parent_id: number | null;
  description: string | null;
}

export function validTagPath(raw: string): string {
  const path = normalizeTagPath(raw);
  if (path.length === 0) throw new CasebookError('BAD_REQUEST', '标签不能为空。', `tag "${raw}"`);
  if (path.split('/').some((part) => part.length > 50)) {
    throw new CasebookError('BAD_REQUEST', '标签的每一级不能超过 50 个字。', `tag "${raw}"`);
  }
  return path;
}

export function findTagId(db: Database.Database, path: string): number | undefined {
  const row = preparedOnce(db, 'SELECT id FROM tags WHERE path = ?').get(path) as { id: number } | undefined;
  return row?.id;
}

/** Returns the tag's id, creating it and any missing parents (主题/党建联建 creates 主题 too). */
export function ensureTag(db: Database.Database, rawPath: string, now: string, description: string | null = null): number {
  const path = validTagPath(rawPath);
  const existing = findTagId(db, path);
  if (existing !== undefined) return existing;
  const parent = parentTagPath(path);
  const parentId = parent === null ? null : ensureTag(db, parent, now);
  const result = db
    .prepare('INSERT INTO tags (path, parent_id, description, created_at) VALUES (?, ?, ?, ?)')
    .run(path, parentId, description, now);
  return Number(result.lastInsertRowid);
}

export function tagsOfDocument(db: Database.Database, documentSeq: number): string[] {
  return (
    preparedOnce(
      db,
      `SELECT t.path FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
       WHERE dt.document_seq = ? ORDER BY t.path`,
    ).all(documentSeq) as { path: string }[]
  ).map((row) => row.path);
}

/** Tags for many documents in one query: seq → sorted paths. */
export function tagsOfDocuments(db: Database.Database, seqs: number[]): Map<number, string[]> {
  const result = new Map<number, string[]>();
  if (seqs.length === 0) return result;
  const rows = db
    .prepare(
      `SELECT dt.document_seq AS seq, t.path FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
       WHERE dt.document_seq IN (SELECT value FROM json_each(?)) ORDER BY t.path`,
    )
    .all(JSON.stringify(seqs)) as { seq: number; path: string }[];
  for (const row of rows) {
    const list = result.get(row.seq) ?? [];
    list.push(row.path);
    result.set(row.seq, list);
  }
  return result;
}

export function addDocumentTag(db: Database.Database, documentSeq: number, tagId: number): void {
  preparedOnce(db, 'INSERT OR IGNORE INTO document_tags (document_seq, tag_id) VALUES (?, ?)').run(documentSeq, tagId);
}

export function removeDocumentTag(db: Database.Database, documentSeq: number, tagId: number): void {
  db.prepare('DELETE FROM document_tags WHERE document_seq = ? AND tag_id = ?').run(documentSeq, tagId);
}

/** Gives `toSeq` every tag `fromSeq` carries (the ones it already has are kept once). */
export function copyDocumentTags(db: Database.Database, fromSeq: number, toSeq: number): void {
  db.prepare('INSERT OR IGNORE INTO document_tags (document_seq, tag_id) SELECT ?, tag_id FROM document_tags WHERE document_seq = ?').run(toSeq, fromSeq);
}

/** Documents (live or trashed) that carry exactly this tag (not its sub-tags). */
export function documentSeqsWithTag(db: Database.Database, tagId: number): number[] {
  return (db.prepare('SELECT document_seq AS seq FROM document_tags WHERE tag_id = ?').all(tagId) as { seq: number }[]).map((row) => row.seq);
}

/** The tag whose last part is `name` (or whose path is `name`), the shortest path first. */
export function findTagPathByName(db: Database.Database, name: string): string | undefined {
  return (
    db
      .prepare(`SELECT path FROM tags WHERE path = @name OR substr(path, -length(@name) - 1) = '/' || @name ORDER BY length(path), path LIMIT 1`)
      .get({ name }) as { path: string } | undefined
  )?.path;
}

/** Documents (live or trashed) that carry the tag or one of its sub-tags. */
export function documentSeqsWithTagSubtree(db: Database.Database, path: string): number[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT dt.document_seq AS seq FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
         WHERE t.path = @path OR substr(t.path, 1, length(@path) + 1) = @path || '/'`,
      )
      .all({ path }) as { seq: number }[]
  ).map((row) => row.seq);
}

export function tagTree(db: Database.Database): TagNode[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.path, t.parent_id, t.description,
         (SELECT count(*) FROM document_tags dt JOIN documents d ON d.seq = dt.document_seq
          WHERE dt.tag_id = t.id AND d.deleted_at IS NULL) AS count,
         (SELECT count(DISTINCT dt.document_seq) FROM document_tags dt
            JOIN documents d ON d.seq = dt.document_seq
            JOIN tags sub ON sub.id = dt.tag_id
          WHERE d.deleted_at IS NULL AND (sub.id = t.id OR substr(sub.path, 1, length(t.path) + 1) = t.path || '/')) AS total_count
       FROM tags t ORDER BY t.path`,
    )
    .all() as (TagRow & { count: number; total_count: number })[];
  const nodes = new Map<number, TagNode>();
  const roots: TagNode[] = [];
  for (const row of rows) {
    nodes.set(row.id, { id: row.id, path: row.path, name: tagName(row.path), description: row.description, count: row.count, totalCount: row.total_count, children: [] });
  }
  for (const row of rows) {
    const node = nodes.get(row.id);
    if (!node) continue;
    const parent = row.parent_id === null ? undefined : nodes.get(row.parent_id);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * Moves a tag and its sub-tags to a new path. If the new path already exists, the two are merged:
 * documents get the existing tag and the old one is removed.
 */
export function renameTagSubtree(db: Database.Database, fromPath: string, toPath: string, now: string): void {
  const subtree = db
    .prepare(`SELECT id, path FROM tags WHERE path = @p OR substr(path, 1, length(@p) + 1) = @p || '/' ORDER BY length(path)`)
    .all({ p: fromPath }) as { id: number; path: string }[];
  for (const tag of subtree) {
    const newPath = toPath + tag.path.slice(fromPath.length);
    const targetId = ensureTag(db, newPath, now);
    db.prepare('INSERT OR IGNORE INTO document_tags (document_seq, tag_id) SELECT document_seq, ? FROM document_tags WHERE tag_id = ?').run(targetId, tag.id);
  }
  deleteTagSubtree(db, fromPath);
}

export function deleteTagSubtree(db: Database.Database, path: string): void {
  db.prepare(`DELETE FROM tags WHERE path = @p OR substr(path, 1, length(@p) + 1) = @p || '/'`).run({ p: path });
}
