import { CasebookError } from '../../../shared/api/errors';
import {
  collectionFieldsSchema,
  type CollectionDetail,
  type CollectionFields,
  type CollectionList,
  type CollectionMembership,
  type CollectionSummary,
} from '../../../shared/model/collection';
import { collectionDetail, requireCollectionRow, requireLiveCollectionRow, summaryFromListRow } from './collection-detail';
import {
  collectionsOfDocument,
  deleteCollectionRow,
  findCollectionRow,
  findCollectionsByName,
  findFolderRow,
  folderPaths,
  hasTrashedCollectionNamed,
  insertCollection,
  insertItem,
  insertSection,
  listCollectionRows,
  listFolderRows,
  listItemRows,
  listSectionRows,
  nameCollator,
  updateCollectionColumns,
} from './collections-repo';
import type { Library } from '../core/library';
import { newId, nowIso } from '../core/ids';

/**
 * 专辑: create, read, edit fields, duplicate, 回收站. Items and sections are in
 * collection-items-service.ts, folders in collection-folders-service.ts. Other services (the annual
 * selection's booklet, drafts, exports, bundles) call the functions exported here; keep them stable.
 */
export { addCollectionItems } from './collection-items-service';
export type { AddItemsOptions, AddItemsResult } from './collection-items-service';

export interface CreateCollectionInput extends CollectionFields {
  name: string;
}

function parseFields(input: unknown): ReturnType<typeof collectionFieldsSchema.parse> {
  const parsed = collectionFieldsSchema.safeParse(input);
  if (!parsed.success) {
    throw new CasebookError('BAD_REQUEST', parsed.error.issues[0]?.message ?? '专辑信息有误', parsed.error.message.slice(0, 500));
  }
  return parsed.data;
}

function requireFolder(library: Library, folderId: string | null | undefined): string | null {
  if (folderId === null || folderId === undefined) return null;
  if (!findFolderRow(library.db, folderId)) {
    throw new CasebookError('NOT_FOUND', '找不到这个专辑文件夹，它可能已被删除。', `folder ${folderId}`);
  }
  return folderId;
}

export function listCollections(library: Library, options: { trashed?: boolean } = {}): CollectionList {
  const paths = folderPaths(library.db);
  return {
    folders: listFolderRows(library.db).map((row) => ({
      id: row.id,
      name: row.name,
      parentId: row.parent_id,
      position: row.position,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
    collections: listCollectionRows(library.db, { trashed: options.trashed ?? false }).map((row) => summaryFromListRow(row, paths)),
  };
}

export function getCollection(library: Library, id: string): CollectionDetail {
  return collectionDetail(library, id);
}

export function createCollection(library: Library, input: CreateCollectionInput): CollectionDetail {
  const fields = parseFields(input);
  if (fields.name === undefined) throw new CasebookError('BAD_REQUEST', '专辑名称不能为空', 'missing name');
  const name = fields.name;
  return library.write(() => {
    requireFreeName(library, name, null);
    const now = nowIso();
    const id = newId();
    insertCollection(library.db, {
      id,
      folder_id: requireFolder(library, fields.folderId),
      name,
      description: fields.description ?? '',
      cover_title: fields.coverTitle ?? '',
      cover_subtitle: fields.coverSubtitle ?? '',
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    return collectionDetail(library, id);
  });
}

/** Sets only the fields given (rename, description, cover, folder): last writer wins per field. */
export function updateCollection(library: Library, id: string, fields: CollectionFields): CollectionDetail {
  const parsed = parseFields(fields);
  return library.write(() => {
    requireLiveCollectionRow(library, id);
    const columns: Record<string, unknown> = {};
    if (parsed.name !== undefined) columns.name = requireFreeName(library, parsed.name, id);
    if (parsed.description !== undefined) columns.description = parsed.description;
    if (parsed.coverTitle !== undefined) columns.cover_title = parsed.coverTitle;
    if (parsed.coverSubtitle !== undefined) columns.cover_subtitle = parsed.coverSubtitle;
    if (parsed.folderId !== undefined) columns.folder_id = requireFolder(library, parsed.folderId);
    updateCollectionColumns(library.db, id, columns, nowIso());
    return collectionDetail(library, id);
  });
}

/**
 * Collection names are unique among live collections (the 回收站 does not count), so a name always
 * finds one collection: in the app's lists, in collection:名称 searches and on the command line.
 */
function requireFreeName(library: Library, name: string, ownId: string | null): string {
  const taken = findCollectionsByName(library.db, name).find((row) => row.id !== ownId);
  if (taken) throw new CasebookError('CONFLICT', `已有名为“${name}”的专辑，请换一个名称。`, `collection name ${name} taken by ${taken.id}`);
  return name;
}

function copyName(library: Library, name: string): string {
  const base = `${name}（副本）`;
  const taken = new Set(listCollectionRows(library.db, { trashed: false }).map((row) => row.name));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${name}（副本 ${n}）`)) return `${name}（副本 ${n}）`;
}

/** A copy with its own sections, items and commentary; the sources are shared, not copied. */
export function duplicateCollection(library: Library, id: string, name?: string): CollectionDetail {
  return library.write(() => {
    const source = requireCollectionRow(library, id);
    const now = nowIso();
    const copyId = newId();
    insertCollection(library.db, {
      ...source,
      id: copyId,
      name: name?.trim() ? requireFreeName(library, name.replace(/\s+/g, ' ').trim().slice(0, 200), null) : copyName(library, source.name),
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    const sectionIds = new Map<string, string>();
    for (const section of listSectionRows(library.db, id)) {
      const sectionId = newId();
      sectionIds.set(section.id, sectionId);
      insertSection(library.db, { ...section, id: sectionId, collection_id: copyId, created_at: now, updated_at: now });
    }
    for (const item of listItemRows(library.db, id)) {
      insertItem(library.db, {
        ...item,
        id: newId(),
        collection_id: copyId,
        section_id: item.section_id === null ? null : (sectionIds.get(item.section_id) ?? null),
        created_at: now,
        updated_at: now,
      });
    }
    return collectionDetail(library, copyId);
  });
}

export const COLLECTIONS_TRASHED_STEP = 'collections.trashed';

function changeTrashState(library: Library, ids: readonly string[], trashed: boolean): { count: number } {
  return library.write(() => {
    const moved: string[] = [];
    const now = nowIso();
    for (const id of ids) {
      const row = requireCollectionRow(library, id);
      if ((row.deleted_at !== null) === trashed) continue;
      updateCollectionColumns(library.db, id, { deleted_at: trashed ? now : null }, now);
      moved.push(id);
    }
    if (trashed && moved.length > 0) library.undo.record({ type: COLLECTIONS_TRASHED_STEP, data: { ids: moved } });
    return { count: moved.length };
  });
}

/** 删除 moves collections to the 回收站; their items and commentary stay until purged. */
export function trashCollections(library: Library, ids: readonly string[]): { count: number } {
  return changeTrashState(library, ids, true);
}

export function restoreCollections(library: Library, ids: readonly string[]): { count: number } {
  return changeTrashState(library, ids, false);
}

/** Deletes collections in the 回收站 for good (their sections, items and commentary); documents stay. */
export function purgeCollections(library: Library, ids: readonly string[]): { count: number } {
  return library.write(() => {
    for (const id of ids) {
      const row = requireCollectionRow(library, id);
      if (row.deleted_at === null) {
        throw new CasebookError('CONFLICT', `专辑“${row.name}”不在回收站中，请先删除到回收站再彻底删除。`, `collection ${id} not trashed`);
      }
    }
    for (const id of ids) deleteCollectionRow(library.db, id);
    return { count: ids.length };
  });
}

/** The live collections that hold a document (whole or as an excerpt). */
export function collectionsContaining(library: Library, documentId: string): CollectionMembership[] {
  return collectionsOfDocument(library.db, documentId).sort((a, b) => nameCollator.compare(a.name, b.name));
}

/** collections.resolve: a collection named by its id or its name (the command line's NAME); a clear zh-CN error otherwise. */
export function resolveCollection(library: Library, nameOrId: string): CollectionSummary {
  const wanted = nameOrId.replace(/\s+/g, ' ').trim();
  const byId = findCollectionRow(library.db, wanted);
  const matches = byId && byId.deleted_at === null ? [byId] : findCollectionsByName(library.db, wanted);
  if (matches.length === 0) {
    const trashed = byId !== undefined || hasTrashedCollectionNamed(library.db, wanted);
    throw new CasebookError(
      'NOT_FOUND',
      trashed ? `专辑“${wanted}”在回收站中，请先恢复。` : `找不到名为“${wanted}”的专辑。用 casebook collection list 查看全部专辑。`,
      `collection ${wanted}`,
    );
  }
  if (matches.length > 1) {
    throw new CasebookError(
      'CONFLICT',
      `有 ${matches.length} 个专辑都叫“${wanted}”，请改用编号：${matches.map((row) => row.id).join('、')}。`,
      `ambiguous collection name ${wanted}`,
    );
  }
  const [row] = listCollectionRows(library.db, { trashed: false, ids: [matches[0]!.id] });
  return summaryFromListRow(row!, folderPaths(library.db));
}
