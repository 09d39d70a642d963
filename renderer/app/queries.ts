import { QueryClient, useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { App } from 'antd';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api/contract';
import { call, errorMessage } from './api-client';

/** Query keys start with the contract method they call, so a write can invalidate by method. */
export const queryKeys = {
  libraryInfo: ['library.info'] as const,
  sampleStatus: ['library.sampleStatus'] as const,
  documents: (request: RequestOf<'documents.list'>) => ['documents.list', request] as const,
  document: (id: string) => ['documents.get', id] as const,
  history: (id: string) => ['documents.history', id] as const,
  tags: ['tags.list'] as const,
  tagRules: ['tagRules.list'] as const,
  suggestions: (documentId: string) => ['documents.suggestions', documentId] as const,
  notes: (documentId: string) => ['notes.list', documentId] as const,
  search: (request: RequestOf<'search.query'>) => ['search.query', request] as const,
  suggest: (prefix: string) => ['search.suggest', prefix] as const,
  duplicates: (request: RequestOf<'duplicates.list'>) => ['duplicates.list', request] as const,
  similar: (id: string) => ['duplicates.check', id] as const,
  facets: (query: string) => ['search.facets', query] as const,
  searchStatus: ['search.status'] as const,
  documentMatches: (id: string, query: string) => ['search.matches', id, query] as const,
  related: (id: string) => ['search.related', id] as const,
  savedSearches: ['savedSearches.list'] as const,
  searchHistory: ['searchHistory.list'] as const,
  rounds: ['rounds.list'] as const,
  round: (id: string) => ['rounds.get', id] as const,
  reviewWorkspaces: ['reviewWorkspaces.list'] as const,
  reviewWorkspace: (id: string) => ['reviewWorkspaces.get', id] as const,
};

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A local library: no need to refetch on focus; writes invalidate what they change.
        refetchOnWindowFocus: false,
        retry: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}

/** Every cached read except the suggestions being typed; what is on screen refetches at once. */
export function refreshAfterChange(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'search.suggest' });
}

/**
 * A write through the contract. After it succeeds every cached read is marked stale, because almost
 * any write moves counts, lists, search results and the tag tree; only what is on screen refetches.
 * Failures show their Chinese message unless the caller handles them (`quiet`).
 */
export function useWrite<M extends MethodName>(
  method: M,
  options: Omit<UseMutationOptions<ResponseOf<M>, Error, RequestOf<M>>, 'mutationFn'> & { quiet?: boolean } = {},
) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { quiet, onSuccess, onError, ...rest } = options;
  return useMutation<ResponseOf<M>, Error, RequestOf<M>>({
    mutationFn: (request) => call(method, request),
    ...rest,
    onSuccess: async (...args) => {
      void refreshAfterChange(queryClient);
      await onSuccess?.(...args);
    },
    onError: (error, ...args) => {
      if (!quiet) void message.error(errorMessage(error));
      onError?.(error, ...args);
    },
  });
}
