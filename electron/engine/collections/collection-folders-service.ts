import { CasebookError } from '../../../shared/api/errors';
import type { CollectionList } from '../../../shared/model/collection';
import { deleteFolderRow, findFolderRow, insertFolder, listFolderRows, moveFolder, moveFolderContents, nextFolderPosition, renameFolder } from './collections-repo';
import type { Library } from '../core/library';
import { newId, nowIso } from '../core/ids';
import { listCollections } from './collections-service';

/** Folders of 专辑 that nest (培训课程 / 2025 春季班). Deleting one never deletes a collection. */

function cleanName(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) throw new CasebookError('BAD_REQUEST', '文件夹名称不能为空', 'empty folder name');
  if (trimmed.length > 100) throw new CasebookError('BAD_REQUEST', '文件夹名称最多 100 个字', 'folder name too long');
  return trimmed;
}

function requireFolder(library: Library, id: string) {
  const row = findFolderRow(library.db, id);
  if (!row) throw new CasebookError('NOT_FOUND', '找不到这个文件夹，它可能已在另一个窗口中被删除。', `folder ${id}`);
  return row;
}

export function createCollectionFolder(library: Library, request: { name: string; parentId?: string | null | undefined }): { folderId: string; list: CollectionList } {
  const name = cleanName(request.name);
  return library.write(() => {
    const parentId = request.parentId ?? null;
    if (parentId !== null) requireFolder(library, parentId);
    const now = nowIso();
    const id = newId();
    insertFolder(library.db, { id, name, parent_id: parentId, position: nextFolderPosition(library.db, parentId), created_at: now, updated_at: now });
    return { folderId: id, list: listCollections(library) };
  });
}

/** Renames and/or moves a folder under another (null: top level); a folder cannot go inside itself. */
export function updateCollectionFolder(
  library: Library,
  request: { id: string; name?: string | undefined; parentId?: string | null | undefined },
): CollectionList {
  const name = request.name === undefined ? undefined : cleanName(request.name);
  return library.write(() => {
    const folder = requireFolder(library, request.id);
    const now = nowIso();
    if (name !== undefined) renameFolder(library.db, folder.id, name, now);
    if (request.parentId !== undefined && request.parentId !== folder.parent_id) {
      const parents = new Map(listFolderRows(library.db).map((row) => [row.id, row.parent_id]));
      for (let at = request.parentId; at !== null; at = parents.get(at) ?? null) {
        if (!parents.has(at)) requireFolder(library, at);
        if (at === folder.id) throw new CasebookError('BAD_REQUEST', '不能把文件夹移到它自己或它的子文件夹里。', 'folder cycle');
      }
      moveFolder(library.db, folder.id, request.parentId, nextFolderPosition(library.db, request.parentId), now);
    }
    return listCollections(library);
  });
}

/** Deletes a folder; its collections and sub-folders move up to its parent folder. */
export function deleteCollectionFolder(library: Library, id: string): CollectionList {
  return library.write(() => {
    const folder = requireFolder(library, id);
    const now = nowIso();
    moveFolderContents(library.db, folder.id, folder.parent_id, now);
    deleteFolderRow(library.db, folder.id);
    return listCollections(library);
  });
}
