import type { CliIo } from '../../electron/cli/cli-context';

export interface CapturedCli {
  io: CliIo;
  out(): string;
  err(): string;
}

/**
 * Terminal I/O for `runCli` in process that keeps what the command prints. With `terminal`, stdin
 * and stderr count as a terminal (progress lines are shown, nothing is confirmed); otherwise as pipes.
 */
export function captureCliIo(options: { terminal?: boolean; columns?: number } = {}): CapturedCli {
  let stdout = '';
  let stderr = '';
  const terminal = options.terminal ?? false;
  return {
    io: {
      out: (text) => void (stdout += text),
      err: (text) => void (stderr += text),
      stdinIsTty: terminal,
      stderrIsTty: terminal,
      columns: options.columns ?? 120,
      confirm: () => Promise.resolve(false),
    },
    out: () => stdout,
    err: () => stderr,
  };
}
