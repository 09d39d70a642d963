import { CasebookError, ERROR_CODES, type ErrorCode } from '../../../shared/api/errors';
import { TOO_COMPLEX } from '../import/size-limits';
import { WorkerPool, WorkerTaskFailure } from '../workers/worker-pool';
import type { OriginalPage, OriginalPageTask } from './original-page-task';

/** Converting a Word file or a page for viewing takes well under a second; a file that takes this long is crafted. */
const VIEW_TIMEOUT_MS = 60_000;
const VIEW_HEAP_MB = 384;

let pool: WorkerPool | null = null;

function viewPool(): WorkerPool {
  // The built app has the worker bundled beside the engine as original-view-worker.js; sources run the .ts.
  const entry = new URL(import.meta.url.endsWith('.ts') ? './original-view-worker.ts' : './original-view-worker.js', import.meta.url);
  // One worker: people open one original at a time, and the engine keeps its cores for imports.
  pool ??= new WorkerPool({ entry, size: 1, resourceLimits: { maxOldGenerationSizeMb: VIEW_HEAP_MB, stackSizeMb: 8 }, timeoutMs: VIEW_TIMEOUT_MS, idleMs: 30_000 });
  return pool;
}

function asCasebookError(failure: WorkerTaskFailure, fileName: string): CasebookError {
  const detail = `${fileName}: ${failure.kind}: ${failure.message}`;
  const thrown = failure.thrown;
  if (failure.kind === 'threw' && thrown?.name === 'CasebookError' && ERROR_CODES.includes(thrown.code as ErrorCode)) {
    return new CasebookError(thrown.code as ErrorCode, thrown.message, thrown.detail);
  }
  if (failure.kind === 'threw') {
    console.error(`显示原件“${fileName}”时出错：`, thrown?.detail ?? failure.message);
    return new CasebookError('IMPORT_FAILED', '原件无法在窗口中显示（文件可能已损坏）。可以用默认程序打开它。', detail);
  }
  return new CasebookError('IMPORT_FAILED', `${TOO_COMPLEX}，无法在窗口中显示原件。可以用默认程序打开它。`, detail);
}

/** Turns an original into HTML or text in the viewing worker; a hostile file fails alone, with a zh-CN reason. */
export async function originalPageInWorker(task: OriginalPageTask, fileName: string): Promise<OriginalPage> {
  try {
    const bytes = new Uint8Array(task.bytes);
    return await viewPool().run<OriginalPage>({ ...task, bytes }, [bytes.buffer]);
  } catch (error) {
    throw error instanceof WorkerTaskFailure ? asCasebookError(error, fileName) : error;
  }
}

/** Ends the viewing worker (tests, and a process that must exit now). */
export async function closeViewWorkers(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.close();
}
