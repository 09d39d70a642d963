import { write, type Handlers } from '../core/handler';
import { relatedDocuments } from './related-service';
import { clearSearchHistory, deleteSavedSearch, listSavedSearches, recordSearch, saveSearch, searchHistory, updateSavedSearch } from './saved-searches-service';
import { documentMatches, searchFacets } from './search-extras-service';
import { rebuildSearchIndex, searchIndexStatus, startSearchIndexRebuild } from './search-index-service';

/** 检索, 保存的搜索 and 最近搜索: the search part of the handler table. */
export const searchHandlers = {
  'search.query': (library, request) => library.search.query(request),
  'search.suggest': (library, request) => library.search.suggest(request.prefix, request.limit),
  'search.rebuild': (library, request) => (request.background ? startSearchIndexRebuild(library) : rebuildSearchIndex(library)),
  'search.facets': (library, request) => searchFacets(library, request.query),
  'search.status': (library) => searchIndexStatus(library),
  'search.matches': (library, request) => documentMatches(library, request.id, request.query),
  'search.related': (library, request) => relatedDocuments(library, request.id, request.limit),
  'savedSearches.list': (library) => listSavedSearches(library),
  'savedSearches.create': write((library, request) => saveSearch(library, request)),
  'savedSearches.update': write((library, request) => updateSavedSearch(library, request.id, request)),
  'savedSearches.delete': write((library, request) => deleteSavedSearch(library, request.id)),
  'searchHistory.list': (library, request) => searchHistory(library, request.limit),
  'searchHistory.add': write((library, request) => recordSearch(library, request.query)),
  'searchHistory.clear': write((library) => clearSearchHistory(library)),
} satisfies Partial<Handlers>;
