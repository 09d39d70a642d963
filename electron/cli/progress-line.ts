import type { CliContext } from './cli-context';
import { truncateToWidth } from './cli-format';

export interface ProgressLine {
  /** Whether anything is shown: stderr is a terminal (never in pipes, files or --json consumers' logs). */
  readonly active: boolean;
  show(text: string): void;
  clear(): void;
}

/** One line of progress on stderr, rewritten in place, when stderr is a terminal; nothing otherwise. */
export function progressLine(context: CliContext): ProgressLine {
  const active = context.io.stderrIsTty;
  return {
    active,
    show(text) {
      if (active) context.io.err(`\r\x1b[K${truncateToWidth(text, Math.max(20, context.io.columns - 1))}`);
    },
    clear() {
      if (active) context.io.err('\r\x1b[K');
    },
  };
}
