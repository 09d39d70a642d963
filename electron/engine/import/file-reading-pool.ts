import { CasebookError, ERROR_CODES, type ErrorCode } from '../../../shared/api/errors';
import { closeParseWorkers, PARSE_HEAP_MB, PARSE_TIMEOUT_MS, parsePool } from '../workers/parse-pool';
import { WorkerTaskFailure } from '../workers/worker-pool';
import type { FileReading, FileReadingTask } from './file-reading';
import { TOO_COMPLEX } from './size-limits';

export { closeParseWorkers, PARSE_HEAP_MB, PARSE_TIMEOUT_MS };

function asCasebookError(failure: WorkerTaskFailure, fileName: string): CasebookError {
  const detail = `${fileName}: ${failure.kind}: ${failure.message}`;
  switch (failure.kind) {
    case 'timeout':
      return new CasebookError('IMPORT_FAILED', `${TOO_COMPLEX}（超过 ${PARSE_TIMEOUT_MS / 1000} 秒仍未读完）。`, detail);
    case 'memory':
      return new CasebookError('IMPORT_FAILED', `${TOO_COMPLEX}（读取它需要的内存超出上限）。`, detail);
    case 'crashed':
      return new CasebookError('IMPORT_FAILED', `${TOO_COMPLEX}（读取时出错退出）。`, detail);
    case 'threw': {
      const thrown = failure.thrown;
      if (thrown?.name === 'CasebookError' && ERROR_CODES.includes(thrown.code as ErrorCode)) {
        return new CasebookError(thrown.code as ErrorCode, thrown.message, thrown.detail);
      }
      // Nesting thousands of levels deep overflows the parser's stack: the file, not a bug.
      if (thrown?.name === 'RangeError' && /call stack/i.test(thrown.message)) {
        return new CasebookError('IMPORT_FAILED', `${TOO_COMPLEX}（层层嵌套过深）。`, detail);
      }
      // Anything else is a bug to fix, not a bad file: keep its stack in the log.
      console.error(`读取“${fileName}”时出现程序错误：`, thrown?.detail ?? failure.message);
      return new CasebookError('IMPORT_FAILED', '导入失败：文件无法读取或格式有误。', detail);
    }
  }
}

/** Parses and reads one file in a parse worker; a file that fails (or exhausts its limits) rejects with a zh-CN reason. */
export async function readFileInWorker(task: FileReadingTask): Promise<FileReading> {
  try {
    // The worker gets its own copy of the bytes, handed over rather than serialised; the caller keeps the original to store.
    const bytes = new Uint8Array(task.bytes);
    return await parsePool().run<FileReading>({ ...task, bytes }, [bytes.buffer]);
  } catch (error) {
    throw error instanceof WorkerTaskFailure ? asCasebookError(error, task.fileName) : error;
  }
}
