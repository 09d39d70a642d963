import type { ApiErrorPayload, ErrorCode } from '../../shared/api/errors';

export const EXIT_OK = 0;
/** Some input failed (a file that could not be imported, an unknown document id); the rest was kept. */
export const EXIT_FAILED = 1;
/** Nothing could be done: wrong usage, or the library is missing, locked or broken. */
export const EXIT_USAGE = 2;

const USAGE_OR_LIBRARY: ReadonlySet<ErrorCode> = new Set([
  'BAD_REQUEST',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'LIBRARY_UNAVAILABLE',
  'LIBRARY_NOT_SQLITE',
  'LIBRARY_TOO_NEW',
  'LIBRARY_LOCKED',
]);

export function exitCodeFor(code: ErrorCode): number {
  return USAGE_OR_LIBRARY.has(code) ? EXIT_USAGE : EXIT_FAILED;
}

/** A failure the command line reports and exits with: a Chinese message, a code, and detail for debugging. */
export class CliFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail: string | null = null,
    readonly exitCode: number = exitCodeFor(code),
  ) {
    super(message);
    this.name = 'CliFailure';
  }

  static fromPayload(error: ApiErrorPayload): CliFailure {
    return new CliFailure(error.code, error.message, error.detail);
  }
}

/** Wrong usage: an unknown option, a missing argument, a bad value. */
export function usageError(message: string, detail: string | null = null): CliFailure {
  return new CliFailure('BAD_REQUEST', message, detail, EXIT_USAGE);
}
