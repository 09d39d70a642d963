import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { TaskReply, ThrownInWorker } from './task-protocol';

/** Why a task ended without a value: it ran out of time or memory, its worker died, or its own code threw. */
export type WorkerFailureKind = 'timeout' | 'memory' | 'crashed' | 'threw';

export class WorkerTaskFailure extends Error {
  constructor(
    readonly kind: WorkerFailureKind,
    message: string,
    /** What the task threw, as the worker sent it back (kind 'threw'). */
    readonly thrown: ThrownInWorker | null = null,
  ) {
    super(message);
    this.name = 'WorkerTaskFailure';
  }
}

export interface WorkerPoolOptions {
  /** The worker module, beside the caller: a .ts source (tests, command line, browser mode) or the built .js (desktop app). */
  entry: URL;
  size: number;
  resourceLimits: ResourceLimits;
  /** Wall-clock limit for one task: its worker is ended and a fresh one takes the next task. */
  timeoutMs: number;
  /** An idle worker is ended after this long, so its memory goes back. */
  idleMs: number;
}

interface QueuedTask {
  payload: unknown;
  transfer: readonly ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (reason: WorkerTaskFailure) => void;
}

interface PoolWorker {
  worker: Worker;
  task: (QueuedTask & { id: number; timer: NodeJS.Timeout }) | null;
  idleTimer: NodeJS.Timeout | null;
}

const TS_ENTRY_LOADER = new URL('./ts-worker-entry.mjs', import.meta.url);

/** How many workers suit this machine: one core stays for the engine's own thread (its database writes, the requests it answers). */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(3, os.availableParallelism() - 1));
}

/** A worker for `entry`: TypeScript sources are loaded through tsx in the worker, as the command line loads them. */
function startWorker(entry: URL, resourceLimits: ResourceLimits): Worker {
  if (entry.pathname.endsWith('.ts')) {
    return new Worker(TS_ENTRY_LOADER, { workerData: { entry: entry.href, tsconfig: fileURLToPath(new URL('../../../tsconfig.node.json', import.meta.url)) }, resourceLimits });
  }
  return new Worker(entry, { resourceLimits });
}

/**
 * Worker threads that run tasks on untrusted input (file parsing) off the engine's thread, each under a
 * heap limit and a deadline, so a hostile file fails alone while the engine keeps answering. Tasks
 * queue in order; workers start on demand, are reused, and never keep the process alive.
 */
export class WorkerPool {
  private readonly idle: PoolWorker[] = [];
  private readonly busy = new Set<PoolWorker>();
  private readonly queue: QueuedTask[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs one task; `transfer` lists buffers the worker takes over (they become unusable here). */
  run<T>(payload: unknown, transfer: readonly ArrayBuffer[] = []): Promise<T> {
    if (this.closed) return Promise.reject(new WorkerTaskFailure('crashed', 'worker pool closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ payload, transfer, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Ends every worker; tasks still waiting or running fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new WorkerTaskFailure('crashed', 'worker pool closed'));
    const all = [...this.idle.splice(0), ...this.busy];
    this.busy.clear();
    await Promise.all(all.map((member) => member.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const member = this.idle.pop() ?? (this.busy.size < this.options.size ? this.spawn() : null);
      if (!member) return;
      const task = this.queue.shift() as QueuedTask;
      this.start(member, task);
    }
  }

  private spawn(): PoolWorker {
    const worker = startWorker(this.options.entry, this.options.resourceLimits);
    worker.unref();
    const member: PoolWorker = { worker, task: null, idleTimer: null };
    worker.on('message', (reply: TaskReply) => this.settle(member, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(member, new WorkerTaskFailure(memory ? 'memory' : 'crashed', `${error.name}: ${error.message}`));
    });
    worker.on('exit', (code) => this.fail(member, new WorkerTaskFailure('crashed', `worker exited with code ${code}`)));
    return member;
  }

  private start(member: PoolWorker, task: QueuedTask): void {
    if (member.idleTimer) clearTimeout(member.idleTimer);
    member.idleTimer = null;
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.fail(member, new WorkerTaskFailure('timeout', `task ran over ${this.options.timeoutMs} ms`));
    }, this.options.timeoutMs);
    timer.unref();
    member.task = { ...task, id, timer };
    this.busy.add(member);
    // A busy worker keeps the process alive until its task ends (a command line waits for its import).
    member.worker.ref();
    member.worker.postMessage({ id, payload: task.payload }, [...task.transfer]);
  }

  private settle(member: PoolWorker, reply: TaskReply): void {
    const task = member.task;
    if (!task || task.id !== reply.id) return;
    clearTimeout(task.timer);
    member.task = null;
    this.busy.delete(member);
    member.worker.unref();
    if (reply.ok) task.resolve(reply.value);
    else task.reject(new WorkerTaskFailure('threw', reply.error.message, reply.error));
    if (this.closed) return;
    member.idleTimer = setTimeout(() => this.retire(member), this.options.idleMs);
    member.idleTimer.unref();
    this.idle.push(member);
    this.dispatch();
  }

  /** The worker is gone or must go: its task fails with `failure`, and the next task gets a fresh worker. */
  private fail(member: PoolWorker, failure: WorkerTaskFailure): void {
    const task = member.task;
    member.task = null;
    if (task) clearTimeout(task.timer);
    if (member.idleTimer) clearTimeout(member.idleTimer);
    this.busy.delete(member);
    const at = this.idle.indexOf(member);
    if (at >= 0) this.idle.splice(at, 1);
    member.worker.removeAllListeners();
    member.worker.on('error', () => undefined);
    void member.worker.terminate();
    task?.reject(failure);
    if (!this.closed) this.dispatch();
  }

  private retire(member: PoolWorker): void {
    const at = this.idle.indexOf(member);
    if (at < 0) return;
    this.idle.splice(at, 1);
    member.worker.removeAllListeners();
    void member.worker.terminate();
  }
}
