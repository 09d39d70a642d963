import type { ApiErrorPayload } from '../../shared/api/errors';
import type { MethodName, RequestOf, ResponseOf } from '../../shared/api/contract';
import { dispatch } from '../../electron/engine/api/dispatch';
import type { LibraryHost } from '../../electron/engine/api/library-host';

/**
 * Contract calls through `dispatch`, as every door makes them, for the host a test sets up (asked
 * for at each call, so a beforeEach may replace it): `call` answers the result or throws the error's
 * code and message; `refused` answers the error of a call that must fail.
 */
export function dispatchCalls(host: () => LibraryHost): {
  call: <M extends MethodName>(method: M, request: RequestOf<M>) => Promise<ResponseOf<M>>;
  refused: <M extends MethodName>(method: M, request: RequestOf<M>) => Promise<ApiErrorPayload>;
} {
  return {
    call: async (method, request) => {
      const envelope = await dispatch(host(), method, request);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message} ${envelope.error.detail ?? ''}`);
      return envelope.result as never;
    },
    refused: async (method, request) => {
      const envelope = await dispatch(host(), method, request);
      if (envelope.ok) throw new Error(`${method} was not refused`);
      return envelope.error;
    },
  };
}
