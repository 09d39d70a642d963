import { CasebookError } from '../../shared/api/errors';

/** The CasebookError that `fn` throws; any other error is rethrown, and no error at all fails the test. */
export function captureError(fn: () => unknown): CasebookError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CasebookError) return error;
    throw error;
  }
  throw new Error('expected a CasebookError');
}
