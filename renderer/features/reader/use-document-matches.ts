import { useQuery } from '@tanstack/react-query';
import type { DocumentMatches } from '../../../shared/model/search-extras';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';

/**
 * Where the current search (the results the reader was opened over) matches this document, by the
 * engine's own rules: 宁波 finds 寧波, 〔2022〕 finds [2022]. Null when there is no search.
 */
export function useDocumentMatches(documentId: string): { query: string; matches: DocumentMatches | undefined } | null {
  const { view } = useNavigation();
  const query = view.name === 'search' ? view.query : '';
  const matches = useQuery({
    queryKey: queryKeys.documentMatches(documentId, query),
    queryFn: () => api['search.matches']({ id: documentId, query }),
    enabled: query !== '',
  });
  return query === '' ? null : { query, matches: matches.data };
}
