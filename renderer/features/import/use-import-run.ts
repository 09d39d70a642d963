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

/**
 * One engine import job for the picked files: each file's bytes are sent in turn (import.addFiles),
 * so the progress bar counts and 取消 stops after the file being sent (then import.cancel ends the job).
 */
export function useImportRun(): ImportRun {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [results, setResults] = useState<ImportResult[] | null>(null);
  const [cancelledCount, setCancelledCount] = useState(0);
  const job = useRef<{ id: string; cancelled: boolean } | null>(null);

  const start = useCallback(
    async (files: PickedFile[], options: { kind?: DocumentKind; encoding?: string; tags: string[] }) => {
      setCancelledCount(0);
      setResults(null);
      const collected: ImportResult[] = [];
      try {
        const started = await api['import.start']({
          expectUploads: files.length,
          ...(options.kind ? { kind: options.kind } : {}),
          ...(options.encoding ? { encoding: options.encoding } : {}),
          tags: options.tags,
        });
        const current = { id: started.jobId, cancelled: false };
        job.current = current;
        for (const [index, picked] of files.entries()) {
          if (current.cancelled) {
            setCancelledCount(files.length - index);
            // Told only now, so the file whose bytes were on their way is imported, not refused.
            await api['import.cancel']({ jobId: started.jobId }).catch(() => undefined);
            break;
          }
          setProgress({ done: index, total: files.length, current: picked.name });
          if (picked.file.size > MAX_IMPORT_BYTES) {
            collected.push(failedImport(picked.name, `文件太大（${formatBytes(picked.file.size)}），单个文件不能超过 200 MB。`));
            continue;
          }
          try {
            const contentBase64 = await readBase64(picked.file);
            const lines = await api['import.addFiles']({ jobId: started.jobId, files: [{ name: picked.name, contentBase64 }] });
            collected.push(...(lines.length > 0 ? lines : [failedImport(picked.name, '导入没有返回结果。')]));
          } catch (error) {
            collected.push(failedImport(picked.name, errorMessage(error)));
          }
          // Refresh lists as documents arrive; the sidebar counts follow.
          if (index % 10 === 9) void queryClient.invalidateQueries();
        }
      } catch (error) {
        // The job could not start (the library is unavailable): every file reports why.
        collected.push(...files.map((picked) => failedImport(picked.name, errorMessage(error))));
      } finally {
        job.current = null;
      }
      setProgress(null);
      setResults(collected);
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );

  const cancel = useCallback(() => {
    const running = job.current;
    if (!running) return;
    running.cancelled = true;
  }, []);

  const reset = useCallback(() => {
    setResults(null);
    setProgress(null);
    setCancelledCount(0);
  }, []);

  return { progress, results, cancelledCount, start, cancel, reset };
}
