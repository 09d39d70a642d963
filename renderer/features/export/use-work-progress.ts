import { useQuery } from '@tanstack/react-query';
import type { WorkProgress } from '../../../shared/model/progress';
import { api } from '../../app/api-client';

const POLL_MS = 400;

/** A fresh key to send with a long request, so its progress can be asked for. */
export function newProgressKey(): string {
  return crypto.randomUUID();
}

/** The progress reported under key while it is set; null before the first report and after the end. */
export function useWorkProgress(key: string | null): WorkProgress | null {
  const progress = useQuery({
    queryKey: ['progress.get', key],
    queryFn: () => api['progress.get']({ key: key ?? '' }),
    enabled: key !== null,
    refetchInterval: POLL_MS,
    staleTime: 0,
    gcTime: 0,
  });
  return key === null ? null : (progress.data ?? null);
}
