import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool, WorkerTaskFailure } from '../../../electron/engine/workers/worker-pool';

const entry = new URL('../../fixtures/workers/trouble-worker.ts', import.meta.url);
const pools: WorkerPool[] = [];

function pool(size = 1, timeoutMs = 4_000): WorkerPool {
  const made = new WorkerPool({ entry, size, resourceLimits: { maxOldGenerationSizeMb: 96 }, timeoutMs, idleMs: 60_000 });
  pools.push(made);
  return made;
}

async function failureOf(promise: Promise<unknown>): Promise<WorkerTaskFailure> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(WorkerTaskFailure);
  return outcome as WorkerTaskFailure;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((made) => made.close()));
});

describe('parse worker pool', () => {
  it('runs tasks in a worker and answers each with its own value', async () => {
    const workers = pool(2);
    const answers = await Promise.all(['通知', '案例', '新闻'].map((value) => workers.run<string>({ op: 'echo', value })));
    expect(answers).toEqual(['通知（已读）', '案例（已读）', '新闻（已读）']);
  });

  it('stops a task that runs past its deadline, and the next task gets a fresh worker', async () => {
    const workers = pool(1, 1_500);
    const stuck = workers.run({ op: 'spin' });
    const next = workers.run<string>({ op: 'echo', value: '下一份' });
    expect((await failureOf(stuck)).kind).toBe('timeout');
    expect(await next).toBe('下一份（已读）');
  });

  it('stops a task that exhausts its heap without taking the process down', async () => {
    const workers = pool(1, 15_000);
    expect((await failureOf(workers.run({ op: 'hoard' }))).kind).toBe('memory');
    expect(await workers.run<string>({ op: 'echo', value: '还在' })).toBe('还在（已读）');
  });

  it('passes back what a task threw, a CasebookError with its code and zh-CN message', async () => {
    const workers = pool();
    const refused = await failureOf(workers.run({ op: 'refuse' }));
    expect(refused.kind).toBe('threw');
    expect(refused.thrown).toMatchObject({ name: 'CasebookError', code: 'IMPORT_FAILED', message: '文件已加密，无法读取。' });
    const bug = await failureOf(workers.run({ op: 'throw' }));
    expect(bug.thrown).toMatchObject({ name: 'TypeError', code: null });
  });

  it('reports a worker that exits or overflows its stack, and carries on', async () => {
    const workers = pool();
    expect((await failureOf(workers.run({ op: 'exit' }))).kind).toBe('crashed');
    expect((await failureOf(workers.run({ op: 'recurse' }))).thrown?.name).toBe('RangeError');
    expect(await workers.run<string>({ op: 'echo', value: '好了' })).toBe('好了（已读）');
  });

  it('keeps tasks waiting for a free worker in the order they came', async () => {
    const workers = pool(1);
    const order: string[] = [];
    await Promise.all(['一', '二', '三', '四'].map((value) => workers.run<string>({ op: 'echo', value }).then((answer) => order.push(answer))));
    expect(order).toEqual(['一（已读）', '二（已读）', '三（已读）', '四（已读）']);
  });
});
