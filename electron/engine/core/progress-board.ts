import type { WorkProgress } from '../../../shared/model/progress';

export type ReportProgress = (step: string, percent: number) => void;

/** How far each running task has come, by the key its caller chose; gone when the task ends. */
export class ProgressBoard {
  private readonly running = new Map<string, WorkProgress>();

  /** Runs task with a reporter for key (none: reports go nowhere); the entry is removed when it ends. */
  async track<T>(key: string | undefined, task: (report: ReportProgress) => Promise<T>): Promise<T> {
    if (!key) return task(() => undefined);
    const report: ReportProgress = (step, percent) => this.running.set(key, { step, percent: Math.max(0, Math.min(100, Math.round(percent))) });
    try {
      return await task(report);
    } finally {
      this.running.delete(key);
    }
  }

  /** For work that is not one awaited task (an import job fed by several requests): report, then close. */
  open(key: string | undefined): { report: ReportProgress; close: () => void } {
    if (!key) return { report: () => undefined, close: () => undefined };
    return {
      report: (step, percent) => this.running.set(key, { step, percent: Math.max(0, Math.min(100, Math.round(percent))) }),
      close: () => this.running.delete(key),
    };
  }

  get(key: string): WorkProgress | null {
    return this.running.get(key) ?? null;
  }
}
