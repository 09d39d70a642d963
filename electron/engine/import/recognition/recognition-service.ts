import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CasebookError, isCasebookError } from '../../../../shared/api/errors';
import { OCR_STATUS_LABELS, type OcrLayout, type OcrState } from '../../../../shared/model/ocr';
import { nowIso } from '../../core/ids';
import type { Library } from '../../core/library';
import { requireDocumentRow } from '../../documents/documents-service';
import { recognizePageInWorker } from '../../ocr/ocr-pool';
import { readFileInWorker } from '../file-reading-pool';
import { applyReading, originalBytes } from '../reread-service';
import {
  claimRecognitionJob,
  finishRecognitionJob,
  openRecognitionJobs,
  queueRecognitionJob,
  recognisedPageNumbers,
  recognisedPages,
  recognitionJob,
  releaseRecognitionJobs,
  saveRecognisedPage,
  type RecognitionJobRow,
} from './recognition-repo';

/**
 * 文字识别 in the background: scans and photos are imported at once (kept, listed, 正在识别文字…), and
 * one runner per library recognises their pages one at a time in the OCR worker, saving each page
 * as it is done. When a document's pages are all recognised its original is read again with them
 * (structure, metadata, cleaning, as any import) and the new text enters search and 查重. The queue
 * is in the database (migration 013): a restart, or another process, picks up where it stopped.
 */

/** This process, as the `runner` of the jobs it takes: a job whose runner is gone is taken again. */
const RUNNER = String(process.pid);

interface RunnerState {
  running: Promise<void> | null;
  /** Documents whose recognition was cancelled in this process while a page was being read. */
  cancelled: Set<number>;
  /** The process is about to exit: stop after the page in hand, leaving the job for the next start. */
  paused: boolean;
}

const runners = new WeakMap<Library, RunnerState>();

function stateOf(library: Library): RunnerState {
  let state = runners.get(library);
  if (!state) runners.set(library, (state = { running: null, cancelled: new Set(), paused: false }));
  return state;
}

function processAlive(pid: string | null): boolean {
  if (pid === null) return false;
  if (pid === RUNNER) return true;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Queues a document's scanned pages inside the import's write (the runner starts once it commits). */
export function queueRecognition(library: Library, seq: number, pages: readonly number[], now: string): void {
  queueRecognitionJob(library.db, seq, pages, now);
}

/**
 * Starts the runner unless one runs: always when `force` (the command line waiting for its import,
 * `casebook ocr`), else only where the library recognises in the background (the desktop app and
 * browser mode; the command line leaves queued work to them unless asked).
 */
export function startRecognition(library: Library, force = false): Promise<void> {
  const state = stateOf(library);
  if (state.paused || (!force && library.options.recognizeInBackground === false)) return Promise.resolve();
  state.running ??= runQueue(library, state).finally(() => {
    state.running = null;
  });
  return state.running;
}

/** At open: resumes recognition a restart interrupted (only where the library recognises in the background). */
export function resumeRecognition(library: Library): void {
  if (library.options.recognizeInBackground === false) return;
  if (openRecognitionJobs(library.db).length === 0) return;
  setImmediate(() => void startRecognition(library).catch(() => undefined));
}

async function runQueue(library: Library, state: RunnerState): Promise<void> {
  const skipped = new Set<number>();
  for (;;) {
    if (!library.db.open || state.paused) return;
    const job = openRecognitionJobs(library.db).find((row) => !skipped.has(row.document_seq) && (row.status === 'queued' || !processAlive(row.runner)));
    if (!job) return;
    if (!claimRecognitionJob(library.db, job.document_seq, RUNNER, job.status === 'queued' ? null : job.runner)) {
      skipped.add(job.document_seq);
      continue;
    }
    await recogniseDocument(library, state, job);
  }
}

/** Whether the job was cancelled (here, or by another process) or taken by another runner since. */
function stopped(library: Library, state: RunnerState, seq: number): boolean {
  if (state.cancelled.has(seq) || state.paused) return true;
  const job = recognitionJob(library.db, seq);
  return !job || job.status !== 'running' || job.runner !== RUNNER;
}

function endJob(library: Library, seq: number, status: 'done' | 'cancelled' | 'failed', error: string | null): void {
  if (!library.db.open) return;
  finishRecognitionJob(library.db, seq, status, error, nowIso());
}

async function recogniseDocument(library: Library, state: RunnerState, job: RecognitionJobRow): Promise<void> {
  const seq = job.document_seq;
  const id = job.document_id;
  const progress = library.progress.open(`ocr:${id}`);
  try {
    const row = requireDocumentRow(library, id);
    const fileName = row.original_name ?? '';
    const source = path.extname(fileName).toLowerCase() === '.pdf' ? 'pdf' : 'image';
    const bytes = originalBytes(library, row);
    const pages = JSON.parse(job.pages) as number[];
    const done = recognisedPageNumbers(library.db, seq);
    for (const [index, page] of pages.entries()) {
      if (done.has(page)) continue;
      if (stopped(library, state, seq)) return;
      progress.report(`正在识别第 ${index + 1}/${pages.length} 页`, (100 * index) / pages.length);
      const recognised = await recognizePageInWorker({ source, bytes, page, resourcesFolder: library.options.resourcesFolder });
      if (!library.db.open) return;
      const { paragraphs, ...shown } = recognised;
      library.write(() => saveRecognisedPage(library.db, seq, { ...shown, paragraphs }));
    }
    if (stopped(library, state, seq)) return;
    progress.report('正在整理识别出的文字', 100);
    const reading = await readFileInWorker({
      fileName,
      bytes,
      resourcesFolder: library.options.resourcesFolder,
      recognised: recognisedPages(library.db, seq).map((page) => ({ page: page.page, lines: page.paragraphs })),
    });
    if (stopped(library, state, seq)) return;
    applyReading(library, id, reading, { textChange: () => ({ oldValue: '正文（扫描件，尚未识别）', newValue: '正文（文字识别）' }), encoding: false });
    endJob(library, seq, 'done', null);
  } catch (error) {
    if (!library.db.open) return; // the library was closed meanwhile: its next opening resumes the job
    if (!isCasebookError(error)) console.error(`识别资料 ${id} 的文字时出现程序错误：`, error);
    const message = isCasebookError(error) ? error.message : '文字识别失败：文件无法读取。';
    if (library.db.open && recognitionJob(library.db, seq)?.status === 'running') endJob(library, seq, 'failed', message);
  } finally {
    if (state.cancelled.delete(seq) && library.db.open && recognitionJob(library.db, seq)?.status === 'running') endJob(library, seq, 'cancelled', null);
    progress.close();
  }
}

function stateOfJob(library: Library, id: string, seq: number): OcrState | null {
  const job = recognitionJob(library.db, seq);
  if (!job) return null;
  const pages = JSON.parse(job.pages) as number[];
  const recognised = recognisedPages(library.db, seq).filter((page) => pages.includes(page.page));
  const weights = recognised.map((page) => ({ confidence: page.confidence, characters: page.lines.reduce((sum, line) => sum + line.text.length, 0) }));
  const characters = weights.reduce((sum, page) => sum + (page.confidence === null ? 0 : page.characters), 0);
  const confidence = characters === 0 ? null : Math.round((weights.reduce((sum, page) => sum + (page.confidence ?? 0) * page.characters, 0) / characters) * 1000) / 1000;
  const status = job.status === 'running' && !processAlive(job.runner) ? 'queued' : job.status;
  const counted = status === 'running' || status === 'queued' ? `（${recognised.length}/${pages.length} 页）` : '';
  return {
    documentId: id,
    status,
    pagesTotal: pages.length,
    pagesDone: recognised.length,
    message: status === 'failed' && job.error ? `${OCR_STATUS_LABELS.failed}：${job.error}` : `${OCR_STATUS_LABELS[status]}${counted}`,
    confidence: status === 'done' ? confidence : null,
  };
}

/** Where a document's recognition stands; null when it never needed any. */
export function recognitionState(library: Library, id: string): OcrState | null {
  return stateOfJob(library, id, requireDocumentRow(library, id).seq);
}

/** Every document waiting for or being given recognition. */
export function openRecognitionStates(library: Library): OcrState[] {
  return openRecognitionJobs(library.db).flatMap((job) => stateOfJob(library, job.document_id, job.document_seq) ?? []);
}

/** The recognised pages with their lines and boxes (for the 原件 viewer), and where recognition stands. */
export function recognitionLayout(library: Library, id: string): OcrLayout {
  const seq = requireDocumentRow(library, id).seq;
  const pages = recognisedPages(library.db, seq).map(({ paragraphs: _paragraphs, ...page }) => page);
  return { state: stateOfJob(library, id, seq), pages };
}

/**
 * Queues recognition of a document (casebook ocr, 重新识别): the pages without text of a PDF, or the
 * image. `redo` forgets what was recognised before; otherwise a finished job stays as it is and a
 * cancelled or failed one goes on from the pages it has.
 */
export async function requestRecognition(library: Library, id: string, redo: boolean): Promise<OcrState> {
  const row = requireDocumentRow(library, id);
  const current = recognitionJob(library.db, row.seq);
  if (current && !redo && current.status !== 'cancelled' && current.status !== 'failed') return stateOfJob(library, id, row.seq) as OcrState;
  let pages = current ? (JSON.parse(current.pages) as number[]) : null;
  if (!pages || redo) {
    const reading = await readFileInWorker({ fileName: row.original_name ?? '', bytes: originalBytes(library, row), resourcesFolder: library.options.resourcesFolder });
    pages = reading.pagesToRecognise;
  }
  if (pages.length === 0) throw new CasebookError('BAD_REQUEST', '这份资料的每一页都有文字层，不需要文字识别。', `document ${id} has no pages to recognise`);
  const queued = pages;
  library.write(() => queueRecognitionJob(library.db, row.seq, queued, nowIso(), redo));
  void startRecognition(library).catch(() => undefined);
  return stateOfJob(library, id, row.seq) as OcrState;
}

/**
 * 取消识别: the job ends at once; a page being read finishes in the worker and is kept (a model run
 * cannot be stopped without taking the process down), and nothing more is read for the document.
 */
export function cancelRecognition(library: Library, id: string): OcrState | null {
  const row = requireDocumentRow(library, id);
  const job = recognitionJob(library.db, row.seq);
  if (!job || (job.status !== 'queued' && job.status !== 'running')) return stateOfJob(library, id, row.seq);
  if (job.status === 'running' && job.runner === RUNNER) stateOf(library).cancelled.add(row.seq);
  library.write(() => finishRecognitionJob(library.db, row.seq, 'cancelled', null, nowIso()));
  return stateOfJob(library, id, row.seq);
}

/**
 * Before the process exits (the desktop app quitting): recognition stops after the page in hand and
 * resolves then. Ending the process while the OCR worker runs a model would abort it (onnxruntime-node);
 * the job stays as it is and the next start resumes it.
 */
export async function pauseRecognition(library: Library): Promise<void> {
  const state = stateOf(library);
  state.paused = true;
  await state.running?.catch(() => undefined);
  if (library.db.open) library.write(() => releaseRecognitionJobs(library.db, RUNNER));
}

/** Resolves when this process's runner has nothing more to do (tests, and a door closing its library). */
export async function recognitionIdle(library: Library): Promise<void> {
  await stateOf(library).running?.catch(() => undefined);
}

/**
 * Waits until these documents' recognition has ended (done, failed or cancelled), running it in this
 * process meanwhile: the command line's import and `casebook ocr`. Jobs another process runs are
 * waited for by reading the database.
 */
export async function recognitionFinished(library: Library, ids: readonly string[], onProgress?: (states: OcrState[]) => void): Promise<OcrState[]> {
  for (;;) {
    const running = startRecognition(library, true);
    const states = ids.flatMap((id) => recognitionState(library, id) ?? []);
    onProgress?.(states);
    if (states.every((state) => state.status !== 'queued' && state.status !== 'running')) return states;
    await Promise.race([running, sleep(500)]);
  }
}
