import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { DocumentKind } from '../../../shared/model/document';
import { failedImport, type ImportResult } from '../../../shared/model/import';
import { api, errorMessage } from '../../app/api-client';
import { formatBytes } from '../../components/format';
import { MAX_IMPORT_BYTES, readBase64, type PickedFile } from './picked-files';

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

export interface ImportRun {
  progress: ImportProgress | null;
  results: ImportResult[] | null;
  /** Files left out because the user pressed 取消. */
  cancelledCount: number;
  start(files: PickedFile[], options: { kind?: DocumentKind; encoding?: string; tags: string[] }): Promise<void>;
  cancel(): void;
  reset(): void;
}

/** Sends the files one call each, so the progress bar can count and 取消 stops after the current file. */
export function useImportRun(): ImportRun {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [results, setResults] = useState<ImportResult[] | null>(null);
  const [cancelledCount, setCancelledCount] = useState(0);
  const cancelled = useRef(false);

  const start = useCallback(
    async (files: PickedFile[], options: { kind?: DocumentKind; encoding?: string; tags: string[] }) => {
      cancelled.current = false;
      setCancelledCount(0);
      setResults(null);
      const collected: ImportResult[] = [];
      for (const [index, picked] of files.entries()) {
        if (cancelled.current) {
          setCancelledCount(files.length - index);
          break;
        }
        setProgress({ done: index, total: files.length, current: picked.name });
        if (picked.file.size > MAX_IMPORT_BYTES) {
          collected.push(failedImport(picked.name, `文件太大（${formatBytes(picked.file.size)}），单个文件不能超过 200 MB。`));
          continue;
        }
        try {
          const contentBase64 = await readBase64(picked.file);
          const [result] = await api['import.upload']({
            files: [{ name: picked.name, contentBase64 }],
            ...(options.kind ? { kind: options.kind } : {}),
            ...(options.encoding ? { encoding: options.encoding } : {}),
            tags: options.tags,
          });
          collected.push(result ?? failedImport(picked.name, '导入没有返回结果。'));
        } catch (error) {
          collected.push(failedImport(picked.name, errorMessage(error)));
        }
        // Refresh lists as documents arrive; the sidebar counts follow.
        if (index % 10 === 9) void queryClient.invalidateQueries();
      }
      setProgress(null);
      setResults(collected);
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  const reset = useCallback(() => {
    setResults(null);
    setProgress(null);
    setCancelledCount(0);
  }, []);

  return { progress, results, cancelledCount, start, cancel, reset };
}
