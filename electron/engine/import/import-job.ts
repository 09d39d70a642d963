import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CasebookError } from '../../../shared/api/errors';
import type { ImportJobStarted, ImportJobState, ImportResult } from '../../../shared/model/import';
import { newId } from '../core/ids';
import type { Library } from '../core/library';
import type { ReportProgress } from '../core/progress-board';
import { holdTidyingForImport } from '../search/search-index-service';
import { defaultPoolSize } from '../workers/worker-pool';
import { expandImportInputs, importStaged, stageSource, type ImportOptions, type ImportSource, type StagedSource } from './import-service';

/** How many files ahead of the one being stored are read and parsed, and how many bytes they may hold at most. */
const PARSE_AHEAD = defaultPoolSize() + 1;
const PARSE_AHEAD_BYTES = 64 * 1024 * 1024;

/** A finished job's lines stay readable this long, for a window or command line still reading them. */
const FINISHED_JOB_KEPT_MS = 10 * 60 * 1000;

/**
 * One import, whichever door started it: the files (paths walked by the engine, or uploads a window
 * sends one by one), each imported in turn (a 交换包 by content first), the report lines in order,
 * progress, and 取消 that lets the file in hand finish and leaves the rest out.
 */
class ImportJob {
  readonly id = newId();
  readonly results: ImportResult[] = [];
  processed = 0;
  current: string | null = null;
  done = false;
  cancelled = 0;
  private cancelRequested = false;
  private finished: (() => void) | null = null;
  readonly ended: Promise<void>;

  constructor(
    private readonly library: Library,
    /** Paths are read by the job itself; uploads arrive with import.addFiles. */
    private readonly feed: 'paths' | 'uploads',
    readonly total: number,
    private readonly options: ImportOptions,
    private readonly report: ReportProgress,
  ) {
    this.ended = new Promise((resolve) => {
      this.finished = resolve;
    });
  }

  /**
   * Imports the sources in order; a failed path in the list is reported in its place. The next few
   * files are read and parsed in the parse workers while this one is stored.
   */
  async run(work: readonly (ImportSource | ImportResult)[]): Promise<void> {
    const release = holdTidyingForImport(this.library);
    try {
      await this.importInOrder(work);
    } finally {
      release();
    }
    this.finish();
  }

  private async importInOrder(work: readonly (ImportSource | ImportResult)[]): Promise<void> {
    const staged = new Map<number, StagedSource>();
    let stagedUpTo = 0;
    let stagedBytes = 0;
    for (const [index, item] of work.entries()) {
      if (this.cancelRequested) {
        this.cancelled = work.length - index;
        break;
      }
      while (stagedUpTo < work.length && (stagedUpTo <= index || (stagedUpTo - index <= PARSE_AHEAD && stagedBytes < PARSE_AHEAD_BYTES))) {
        const next = work[stagedUpTo] as ImportSource | ImportResult;
        if (!('status' in next)) {
          const stage = stageSource(this.library, next, this.options);
          staged.set(stagedUpTo, stage);
          if ('file' in stage) stagedBytes += stage.file.bytes.length;
        }
        stagedUpTo += 1;
      }
      const stage = staged.get(index);
      staged.delete(index);
      if ('status' in item) this.results.push(item);
      else {
        if (stage && 'file' in stage) stagedBytes -= stage.file.bytes.length;
        await this.importOne(item.file, stage ?? stageSource(this.library, item, this.options));
      }
      this.processed += 1;
      // Other requests (the window's progress, a search) are answered between files.
      await nextTurn();
    }
  }

  async importOne(file: string, stage: StagedSource): Promise<ImportResult[]> {
    this.current = path.basename(file);
    this.report(`正在导入 ${this.current}`, this.total === 0 ? 0 : (100 * this.processed) / this.total);
    const lines = await importStaged(this.library, stage, this.options);
    this.results.push(...lines);
    this.current = null;
    return lines;
  }

  /** An upload job: the window's next files. */
  async add(sources: readonly ImportSource[]): Promise<ImportResult[]> {
    if (this.done) throw new CasebookError('CONFLICT', this.cancelRequested ? '导入已取消。' : '这次导入已经结束。', `import job ${this.id} ended`);
    const lines: ImportResult[] = [];
    const release = holdTidyingForImport(this.library);
    try {
      for (const source of sources) {
        lines.push(...(await this.importOne(source.file, stageSource(this.library, source, this.options))));
        this.processed += 1;
      }
    } finally {
      release();
    }
    if (this.processed >= this.total) this.finish();
    return lines;
  }

  cancel(): void {
    this.cancelRequested = true;
    // An upload job has nothing running between calls: it ends now, with what was sent.
    if (this.feed === 'uploads' && this.current === null && !this.done) {
      this.cancelled = this.total - this.processed;
      this.finish();
    }
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.current = null;
    this.finished?.();
  }

  state(after: number): ImportJobState {
    const results = this.results.slice(after);
    return {
      jobId: this.id,
      total: this.total,
      processed: this.processed,
      current: this.current,
      results,
      next: after + results.length,
      done: this.done,
      cancelled: this.cancelled,
    };
  }
}

const jobsOf = new WeakMap<Library, Map<string, ImportJob>>();

function jobs(library: Library): Map<string, ImportJob> {
  let found = jobsOf.get(library);
  if (!found) jobsOf.set(library, (found = new Map()));
  return found;
}

function requireJob(library: Library, jobId: string): ImportJob {
  const job = jobs(library).get(jobId);
  if (!job) throw new CasebookError('NOT_FOUND', '找不到这次导入（可能已结束较久）。', `import job ${jobId}`);
  return job;
}

function register(library: Library, job: ImportJob): void {
  jobs(library).set(job.id, job);
  void job.ended.then(() => setTimeout(() => jobs(library).delete(job.id), FINISHED_JOB_KEPT_MS).unref());
}

export interface StartImport extends ImportOptions {
  paths?: readonly string[] | undefined;
  expectUploads?: number | undefined;
  progressKey?: string | undefined;
}

/** import.start: paths are walked and read in the background; an upload job waits for import.addFiles. */
export function startImport(library: Library, request: StartImport): ImportJobStarted {
  const work = request.paths ? expandImportInputs(request.paths).map((item) => ('status' in item ? item : { file: item.file, fsPath: item.fsPath })) : [];
  const total = request.paths ? work.length : (request.expectUploads ?? 0);
  const progress = library.progress.open(request.progressKey);
  const job = new ImportJob(library, request.paths ? 'paths' : 'uploads', total, request, progress.report);
  register(library, job);
  void job.ended.then(progress.close);
  if (request.paths) void job.run(work);
  return { jobId: job.id, total };
}

export function addUploads(library: Library, jobId: string, files: readonly { name: string; contentBase64: string }[]): Promise<ImportResult[]> {
  const job = requireJob(library, jobId);
  return job.add(files.map((file) => ({ file: file.name, bytes: Buffer.from(file.contentBase64, 'base64') })));
}

export function importJobState(library: Library, jobId: string, after: number): ImportJobState {
  return requireJob(library, jobId).state(after);
}

export function cancelImport(library: Library, jobId: string): ImportJobState {
  const job = requireJob(library, jobId);
  job.cancel();
  return job.state(job.results.length);
}

/** import.upload: a job over these uploads, run to its end; every report line. */
export async function importUploads(library: Library, files: readonly { name: string; contentBase64: string }[], options: ImportOptions = {}): Promise<ImportResult[]> {
  const { jobId } = startImport(library, { ...options, expectUploads: files.length });
  return addUploads(library, jobId, files);
}

/** import.files: a job over paths, run to its end; every report line. */
export async function importAll(library: Library, paths: readonly string[], options: ImportOptions = {}): Promise<ImportResult[]> {
  const { jobId } = startImport(library, { ...options, paths });
  const job = requireJob(library, jobId);
  await job.ended;
  return job.results;
}
