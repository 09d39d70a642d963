import { parentPort } from 'node:worker_threads';
import type { TaskReply, TaskRequest } from './task-protocol';

/** The worker side of a WorkerPool: each message is one task for `handler`, answered with its value or what it threw. */
export function serveTasks(handler: (payload: never) => Promise<unknown>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs only inside a worker thread');
  port.on('message', (request: TaskRequest) => {
    void (async () => {
      let reply: TaskReply;
      try {
        reply = { id: request.id, ok: true, value: await handler(request.payload as never) };
      } catch (error) {
        const thrown = error instanceof Error ? error : new Error(String(error));
        const { code, detail } = thrown as Error & { code?: unknown; detail?: unknown };
        reply = {
          id: request.id,
          ok: false,
          error: { name: thrown.name, message: thrown.message, code: typeof code === 'string' ? code : null, detail: typeof detail === 'string' ? detail : (thrown.stack ?? null) },
        };
      }
      port.postMessage(reply);
    })();
  });
}
