import { write, type Handlers } from '../core/handler';
import { createTag, deleteTag, listTags, renameTag } from './tags-service';

/** The 标签 tree: part of the handler table. */
export const tagHandlers = {
  'tags.list': (library) => listTags(library),
  'tags.create': write((library, request) => createTag(library, request.path, request.description)),
  'tags.rename': write((library, request) => renameTag(library, request.path, request.newPath)),
  'tags.delete': write((library, request) => deleteTag(library, request.path)),
} satisfies Partial<Handlers>;
