import { z } from 'zod';
import type { SearchResponse, Suggestion } from '../../model/search';
import type { DocumentMatches, RelatedDocument, SavedSearch, SearchFacets, SearchHistoryEntry, SearchIndexProgress } from '../../model/search-extras';
import { method, documentId, empty, savedSearchId, savedSearchName, savedSearchQuery } from './common';

export const searchMethods = {
  'search.query': method<SearchResponse>()(
    z
      .object({
        query: z.string().max(10_000),
        sort: z.enum(['relevance', 'date']).default('relevance'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
  ),
  /** Search-as-you-type over titles, tags, practice names, issuers and regions. */
  'search.suggest': method<Suggestion[]>()(
    z.object({ prefix: z.string().max(200), limit: z.number().int().min(1).max(50).default(10) }).strict(),
  ),
  /**
   * Rebuilds the search index from the database. With `background`, returns at once (documents: the
   * number to index) and the rebuild's progress is read with search.status.
   */
  'search.rebuild': method<{ documents: number }>()(z.object({ background: z.boolean().default(false) }).strict()),
  /** Counts per kind, region, year, tag, issuer and collection over every match of the query. */
  'search.facets': method<SearchFacets>()(z.object({ query: z.string().max(10_000) }).strict()),
  /** The index status, and progress while it is rebuilt in the background (polled by the app). */
  'search.status': method<SearchIndexProgress>()(empty),
  /** Where the query matches in one document (the reader highlights and steps through them). */
  'search.matches': method<DocumentMatches>()(z.object({ id: documentId, query: z.string().max(10_000) }).strict()),
  /** 相关资料 of a document, each with its reasons, strongest first. */
  'search.related': method<RelatedDocument[]>()(
    z.object({ id: documentId, limit: z.number().int().min(1).max(50).default(8) }).strict(),
  ),
  /** 保存的搜索, each with how many documents match now. */
  'savedSearches.list': method<SavedSearch[]>()(empty),
  'savedSearches.create': method<SavedSearch>()(
    z.object({ name: savedSearchName, query: savedSearchQuery, sort: z.enum(['relevance', 'date']).default('relevance') }).strict(),
  ),
  'savedSearches.update': method<SavedSearch>()(
    z
      .object({
        id: savedSearchId,
        name: savedSearchName.optional(),
        query: savedSearchQuery.optional(),
        sort: z.enum(['relevance', 'date']).optional(),
      })
      .strict(),
  ),
  'savedSearches.delete': method<{ ok: true }>()(z.object({ id: savedSearchId }).strict()),
  /** 最近搜索, newest first. */
  'searchHistory.list': method<SearchHistoryEntry[]>()(z.object({ limit: z.number().int().min(1).max(50).default(50) }).strict()),
  'searchHistory.add': method<{ ok: true }>()(z.object({ query: z.string().max(10_000) }).strict()),
  'searchHistory.clear': method<{ cleared: number }>()(empty),
} as const;
