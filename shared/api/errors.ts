/** Every failure that crosses a door carries one of these codes, a Chinese message and log detail. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'LIBRARY_UNAVAILABLE',
  'LIBRARY_NOT_SQLITE',
  'LIBRARY_TOO_NEW',
  'LIBRARY_LOCKED',
  'IMPORT_FAILED',
  /** An export could not be made (no PDF printer found, the output file cannot be written). */
  'EXPORT_FAILED',
  'CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorPayload {
  code: ErrorCode;
  /** Shown to the user, zh-CN. */
  message: string;
  /** For the log; may be English or a stack excerpt. */
  detail: string | null;
}

export type ApiEnvelope<T> = { ok: true; result: T } | { ok: false; error: ApiErrorPayload };

export class CasebookError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | null;

  constructor(code: ErrorCode, message: string, detail: string | null = null) {
    super(message);
    this.name = 'CasebookError';
    this.code = code;
    this.detail = detail;
  }

  toPayload(): ApiErrorPayload {
    return { code: this.code, message: this.message, detail: this.detail };
  }

  static fromPayload(payload: ApiErrorPayload): CasebookError {
    return new CasebookError(payload.code, payload.message, payload.detail);
  }
}

export function isCasebookError(value: unknown): value is CasebookError {
  return value instanceof CasebookError;
}
