import type { Handlers } from '../core/handler';
import {
  exportWorkspaceResult,
  getReviewWorkspace,
  listReviewWorkspaces,
  openReviewWorkspace,
  removeReviewWorkspace,
  saveWorkspaceScores,
  workspaceAttachment,
} from './review-workspace-service';

/** 评审工作台: the reviewer's side of a 评审包, kept in files beside the library (no database writes). */
export const reviewWorkspaceHandlers = {
  'reviewWorkspaces.open': (library, request) => openReviewWorkspace(library, request.source),
  'reviewWorkspaces.list': (library) => listReviewWorkspaces(library),
  'reviewWorkspaces.get': (library, request) => getReviewWorkspace(library, request.id),
  'reviewWorkspaces.saveScores': (library, request) => saveWorkspaceScores(library, request),
  'reviewWorkspaces.attachment': (library, request) => workspaceAttachment(library, request.id, request.documentId),
  'reviewWorkspaces.exportResult': (library, request) => exportWorkspaceResult(library, request.id, request.out),
  'reviewWorkspaces.remove': (library, request) => removeReviewWorkspace(library, request.id),
} satisfies Partial<Handlers>;
