/** What a worker sends back for one task: its value, or what it threw (a CasebookError keeps its code and message). */
export type TaskReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ThrownInWorker };

export interface ThrownInWorker {
  name: string;
  message: string;
  /** A CasebookError's code, else null. */
  code: string | null;
  detail: string | null;
}

export interface TaskRequest {
  id: number;
  payload: unknown;
}
