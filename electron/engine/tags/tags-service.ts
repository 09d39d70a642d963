import { CasebookError } from '../../../shared/api/errors';
import type { TagNode } from '../../../shared/model/tag';
import { deleteTagSubtree, ensureTag, findTagId, renameTagSubtree, tagTree, validTagPath } from './tags-repo';
import { nowIso } from '../core/ids';
import type { Library } from '../core/library';
import { deletePendingTagSuggestions, renameSuggestedTags } from './suggestions-repo';
import { deleteRulesOfTag, renameRuleTags } from './tag-rules-repo';

function requireTag(library: Library, rawPath: string): string {
  const path = validTagPath(rawPath);
  if (findTagId(library.db, path) === undefined) throw new CasebookError('NOT_FOUND', `没有名为“${path}”的标签。`, `tag ${path}`);
  return path;
}

export function listTags(library: Library): TagNode[] {
  return tagTree(library.db);
}

export function createTag(library: Library, rawPath: string, description: string | null): TagNode[] {
  library.write(() => {
    const path = validTagPath(rawPath);
    if (findTagId(library.db, path) !== undefined) throw new CasebookError('CONFLICT', `标签“${path}”已经存在。`, `tag ${path}`);
    ensureTag(library.db, path, nowIso(), description);
  });
  return listTags(library);
}

/** Renames (or moves) a tag with its sub-tags; renaming onto an existing tag merges the two. */
export function renameTag(library: Library, rawFrom: string, rawTo: string): TagNode[] {
  library.write(() => {
    const from = requireTag(library, rawFrom);
    const to = validTagPath(rawTo);
    if (to === from) return;
    if (to.startsWith(`${from}/`)) throw new CasebookError('BAD_REQUEST', '不能把标签移动到它自己的下级。', `${from} -> ${to}`);
    renameTagSubtree(library.db, from, to, nowIso());
    // Tag rules and open suggestions follow the tag to its new place.
    renameRuleTags(library.db, from, to, nowIso());
    renameSuggestedTags(library.db, from, to);
  });
  return listTags(library);
}

export function deleteTag(library: Library, rawPath: string): TagNode[] {
  library.write(() => {
    const path = requireTag(library, rawPath);
    deleteTagSubtree(library.db, path);
    // Its rules go too, or the next import would bring the tag back.
    deleteRulesOfTag(library.db, path);
    deletePendingTagSuggestions(library.db, path);
  });
  return listTags(library);
}
