import { z } from 'zod';

/**
 * Long work a window waits for (an export) reports how far it has come under a key the window
 * chose and sent with its request; the window asks `progress.get` with that key for its progress bar.
 */
export const progressKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '进度编号应为 8–64 个字母、数字或连字符');

export interface WorkProgress {
  /** What is being done now, in zh-CN: “排版并打印 PDF”. */
  step: string;
  /** 0–100, an estimate by step. */
  percent: number;
}
