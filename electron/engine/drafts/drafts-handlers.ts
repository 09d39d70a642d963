import { undoable, write, type Handlers } from '../core/handler';
import { quoteIntoDraft } from './draft-quote-service';
import { getDraftVersion, listDraftVersions, restoreDraftVersion, saveDraftVersion } from './draft-versions-service';
import { createDraft, draftsCitingDocument, getDraft, listDrafts, purgeDrafts, restoreDrafts, saveDraft, trashDrafts } from './drafts-service';

/** 草稿 with their versions and citations: the drafts part of the handler table. */
export const draftHandlers = {
  'drafts.list': (library, request) => listDrafts(library, request),
  'drafts.get': (library, request) => getDraft(library, request.id),
  'drafts.create': write((library, request) => createDraft(library, request)),
  'drafts.save': write((library, request) => saveDraft(library, request)),
  'drafts.trash': undoable((library, request) => trashDrafts(library, request.ids)),
  'drafts.restore': write((library, request) => restoreDrafts(library, request.ids)),
  'drafts.purge': write((library, request) => purgeDrafts(library, request.ids)),
  'drafts.versions': (library, request) => listDraftVersions(library, request.id),
  'drafts.version': (library, request) => getDraftVersion(library, request.id, request.versionId),
  'drafts.saveVersion': write((library, request) => saveDraftVersion(library, request.id, request.label ?? null)),
  'drafts.restoreVersion': write((library, request) => restoreDraftVersion(library, request.id, request.versionId)),
  'drafts.quote': write((library, request) => quoteIntoDraft(library, request)),
  'drafts.citing': (library, request) => draftsCitingDocument(library, request.documentId),
} satisfies Partial<Handlers>;
