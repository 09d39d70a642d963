import { CasebookError, ERROR_CODES, type ErrorCode } from '../../../shared/api/errors';
import { WorkerPool, WorkerTaskFailure } from '../workers/worker-pool';
import type { PageRecognitionTask, RecognisedPage } from './page-recognition';

/**
 * The worker's JavaScript heap (pdf.js rendering, the pixels' copies). The models and their tensors
 * live in ONNX Runtime's native memory, outside this limit; pages are scaled to at most
 * MAX_RECOGNISED_LONG_SIDE, which bounds it instead (about 0.6–1 GB while a page is read).
 */
export const OCR_HEAP_MB = 512;
/** setTimeout's longest delay: in effect, never. */
const NEVER_MS = 2 ** 31 - 1;

const POOL_KEY = Symbol.for('casebook.ocr-worker-pool');

/**
 * One worker thread for recognition, started on first use and kept for the life of the process.
 * onnxruntime-node's binding loads into one thread of a process only ("Module did not self-register"
 * in a second), and ending a thread while it runs a model aborts the whole process; so this worker
 * is never ended, never replaced, and has no deadline (a page's size is bounded instead). It does not
 * keep the process alive while idle, and it releases the models after a minute without work. Kept on
 * globalThis so that modules loaded again in the same process (test files) share it.
 */
function ocrPool(): WorkerPool {
  const holder = globalThis as { [POOL_KEY]?: WorkerPool };
  if (!holder[POOL_KEY]) {
    const entry = new URL(import.meta.url.endsWith('.ts') ? './ocr-worker.ts' : './ocr-worker.js', import.meta.url);
    holder[POOL_KEY] = new WorkerPool({ entry, size: 1, resourceLimits: { maxOldGenerationSizeMb: OCR_HEAP_MB, stackSizeMb: 8 }, timeoutMs: NEVER_MS, idleMs: NEVER_MS });
  }
  return holder[POOL_KEY];
}

function asCasebookError(failure: WorkerTaskFailure, page: number): CasebookError {
  const detail = `page ${page}: ${failure.kind}: ${failure.message}`;
  const thrown = failure.thrown;
  if (failure.kind === 'threw' && thrown?.name === 'CasebookError' && ERROR_CODES.includes(thrown.code as ErrorCode)) {
    return new CasebookError(thrown.code as ErrorCode, thrown.message, thrown.detail);
  }
  if (failure.kind === 'memory') return new CasebookError('IMPORT_FAILED', `第 ${page} 页过于复杂，识别需要的内存超出上限。`, detail);
  if (failure.kind === 'threw') console.error(`识别第 ${page} 页时出现程序错误：`, thrown?.detail ?? failure.message);
  return new CasebookError('IMPORT_FAILED', `第 ${page} 页无法识别文字。`, detail);
}

/** Recognises one page in the OCR worker; a page that cannot be read rejects with a zh-CN reason. */
export async function recognizePageInWorker(task: PageRecognitionTask): Promise<RecognisedPage> {
  try {
    const bytes = new Uint8Array(task.bytes);
    return await ocrPool().run<RecognisedPage>({ ...task, bytes }, [bytes.buffer]);
  } catch (error) {
    throw error instanceof WorkerTaskFailure ? asCasebookError(error, task.page) : error;
  }
}
