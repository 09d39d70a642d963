import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { OCR_UNCERTAIN_BELOW, type OcrState } from '../../../../shared/model/ocr';
import { api } from '../../../app/api-client';
import type { RecognisedPage } from './recognised-lines';

const STILL_READING: ReadonlySet<OcrState['status']> = new Set(['queued', 'running']);

/**
 * The pages 文字识别 read for this document (documents.ocrLayout), by page number, and where its
 * recognition stands. While recognition runs the layout is asked for again every few seconds, so
 * boxes appear page by page.
 */
export function useRecognisedPages(documentId: string): { pages: ReadonlyMap<number, RecognisedPage>; uncertainBelow: number; state: OcrState | null } {
  const layout = useQuery({
    queryKey: ['documents.ocrLayout', documentId],
    queryFn: () => api['documents.ocrLayout']({ id: documentId }),
    refetchInterval: (query) => (query.state.data?.state && STILL_READING.has(query.state.data.state.status) ? 2500 : false),
  });
  const pages = useMemo(() => new Map((layout.data?.pages ?? []).map((page) => [page.page, page] as const)), [layout.data]);
  return { pages, uncertainBelow: OCR_UNCERTAIN_BELOW, state: layout.data?.state ?? null };
}
