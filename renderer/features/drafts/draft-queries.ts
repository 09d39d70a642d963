import type { QueryClient } from '@tanstack/react-query';
import type { DraftRecord, DraftSaveResult } from '../../../shared/model/draft';
import type { DraftSnapshot } from './draft-autosave';

/** Query keys of the drafts feature; like the app's, each starts with the contract method it calls. */
export const draftKeys = {
  list: (trashed: boolean) => ['drafts.list', trashed] as const,
  draft: (id: string) => ['drafts.get', id] as const,
  versions: (id: string) => ['drafts.versions', id] as const,
  version: (id: string, versionId: number) => ['drafts.version', id, versionId] as const,
  citing: (documentId: string) => ['drafts.citing', documentId] as const,
};

/** After an autosave the cached draft is the saved text, so reopening it never shows older text. */
export function cacheSavedDraft(queryClient: QueryClient, result: DraftSaveResult, snapshot: DraftSnapshot): void {
  queryClient.setQueryData<DraftRecord>(draftKeys.draft(result.id), (old) =>
    old
      ? {
          ...old,
          title: result.title,
          revision: result.revision,
          updatedAt: result.updatedAt,
          charCount: result.charCount,
          citations: result.citations,
          citationCount: result.citations.length,
          content: snapshot.content,
        }
      : old,
  );
  void queryClient.invalidateQueries({ queryKey: ['drafts.list'] });
  void queryClient.invalidateQueries({ queryKey: ['drafts.citing'] });
  void queryClient.invalidateQueries({ queryKey: draftKeys.versions(result.id) });
}
