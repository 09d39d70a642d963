import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DragEvent } from 'react';
import type { CollectionDetail, CollectionList } from '../../../shared/model/collection';
import { api } from '../../app/api-client';

/** Query keys of the 专辑 feature; like the app's, each starts with the contract method it calls. */
export const collectionKeys = {
  list: (trashed: boolean) => ['collections.list', trashed] as const,
  detail: (id: string) => ['collections.get', id] as const,
  containing: (documentId: string) => ['collections.containing', documentId] as const,
};

export function useCollectionList(trashed = false) {
  return useQuery({ queryKey: collectionKeys.list(trashed), queryFn: () => api['collections.list']({ trashed }) });
}

/** One collection; refetched when the window regains focus so another window's edits show up. */
export function useCollectionDetail(id: string) {
  return useQuery({
    queryKey: collectionKeys.detail(id),
    queryFn: () => api['collections.get']({ id }),
    refetchOnWindowFocus: true,
    // A read that started before a write and ends after it must not bring back the older order.
    structuralSharing: (old: unknown, next: unknown) => (isOlder(next, old) ? old : next),
  });
}

function isOlder(next: unknown, old: unknown): boolean {
  const stamp = (value: unknown) => (value && typeof value === 'object' && 'updatedAt' in value ? String((value as { updatedAt: unknown }).updatedAt) : '');
  return stamp(next) !== '' && stamp(old) !== '' && stamp(next) < stamp(old);
}

/** Puts a write's answer straight into the cache (no flicker), and marks lists and counts stale. */
export function useCacheCollection() {
  const queryClient = useQueryClient();
  return (detail: CollectionDetail) => {
    // Answers can arrive out of order (two quick moves): the newest state of the collection wins.
    queryClient.setQueryData<CollectionDetail>(collectionKeys.detail(detail.id), (old) => (old && isOlder(detail, old) ? old : detail));
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'collections.get' && query.queryKey[0] !== 'search.suggest' });
  };
}

/** "培训课程 / 2025 春季班" for a folder id. */
export function folderPath(list: CollectionList | undefined, folderId: string | null): string {
  if (!list) return '';
  const byId = new Map(list.folders.map((folder) => [folder.id, folder]));
  const names: string[] = [];
  for (let at = folderId; at !== null && names.length < 20; ) {
    const folder = byId.get(at);
    if (!folder) break;
    names.unshift(folder.name);
    at = folder.parentId;
  }
  return names.join(' / ');
}

/** Documents dragged from the library list or search results onto a collection in the sidebar. */
export const DOCUMENTS_DRAG_TYPE = 'application/x-casebook-documents';

export function documentDragProps(ids: () => string[], label: () => string) {
  return {
    draggable: true,
    onDragStart: (event: DragEvent<HTMLElement>) => {
      const dragged = ids();
      event.dataTransfer.setData(DOCUMENTS_DRAG_TYPE, JSON.stringify(dragged));
      event.dataTransfer.setData('text/plain', label());
      event.dataTransfer.effectAllowed = 'copy';
    },
  };
}

export function draggedDocumentIds(event: DragEvent<HTMLElement>): string[] | null {
  if (!event.dataTransfer.types.includes(DOCUMENTS_DRAG_TYPE)) return null;
  try {
    const parsed = JSON.parse(event.dataTransfer.getData(DOCUMENTS_DRAG_TYPE)) as unknown;
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function isDocumentDrag(event: DragEvent<HTMLElement>): boolean {
  return event.dataTransfer.types.includes(DOCUMENTS_DRAG_TYPE);
}
