import {
  METHOD_NAMES,
  type CasebookApi,
  type CasebookBridge,
  type MethodName,
  type RequestOf,
  type ResponseOf,
} from '../../shared/api/contract';
import { CasebookError, type ApiEnvelope, type ApiErrorPayload } from '../../shared/api/errors';

declare global {
  interface Window {
    /** Set by the Electron preload script; absent in browser mode. */
    casebook?: CasebookBridge;
  }
}

/**
 * The renderer's one door to the library. It does not know whether it talks to Electron IPC (the
 * preload's `window.casebook`) or to the local HTTP bridge of browser mode; both answer with an
 * envelope, which is unwrapped here so callers get the result or a CasebookError with a Chinese message.
 */
type Transport = (method: MethodName, request: unknown) => Promise<ApiEnvelope<unknown>>;

const TOKEN_KEY = 'casebook.token';

export const UNAUTHORIZED_MESSAGE = '访问令牌无效或已过期，请使用启动时打印的完整地址重新打开';

/** Reads `#token=…` once, keeps it for this tab and removes it from the address bar. */
function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    try {
      window.sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Storage may be disabled; the token still works for this page load.
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return token;
  }
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

// ---- the "token rejected" state, shown as a full page by the app ----

let unauthorized = false;
const unauthorizedListeners = new Set<() => void>();

function markUnauthorized(): void {
  if (unauthorized) return;
  unauthorized = true;
  for (const listener of unauthorizedListeners) listener();
}

export function subscribeUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function isUnauthorized(): boolean {
  return unauthorized;
}

// ---- transports ----

function bridgeTransport(bridge: CasebookBridge): Transport {
  return (method, request) => {
    const fn = bridge[method] as (request: unknown) => Promise<ApiEnvelope<unknown>>;
    return fn(request);
  };
}

function isErrorPayload(value: unknown): value is ApiErrorPayload {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorPayload).message === 'string';
}

function httpTransport(): Transport {
  const token = takeTokenFromLocation();
  return async (method, request) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(request ?? {}),
      });
    } catch (error) {
      throw new CasebookError(
        'LIBRARY_UNAVAILABLE',
        '无法连接到案例库服务。请确认启动案例库的命令行窗口仍在运行，然后重试。',
        String(error),
      );
    }
    if (response.status === 401 || response.status === 403) {
      markUnauthorized();
      return { ok: false, error: { code: 'UNAUTHORIZED', message: UNAUTHORIZED_MESSAGE, detail: `HTTP ${response.status}` } };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new CasebookError('INTERNAL', `案例库服务返回了无法识别的应答（HTTP ${response.status}）。`, String(error));
    }
    if (typeof body === 'object' && body !== null && 'ok' in body) return body as ApiEnvelope<unknown>;
    if (typeof body === 'object' && body !== null && 'error' in body && isErrorPayload((body as { error: unknown }).error)) {
      return { ok: false, error: (body as { error: ApiErrorPayload }).error };
    }
    throw new CasebookError('INTERNAL', `案例库服务返回了无法识别的应答（HTTP ${response.status}）。`, null);
  };
}

let transport: Transport | null = null;

function currentTransport(): Transport {
  if (transport === null) transport = window.casebook ? bridgeTransport(window.casebook) : httpTransport();
  return transport;
}

/** Starts the transport early so the token leaves the address bar before anything renders. */
export function initApiClient(): void {
  currentTransport();
}

export async function call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const envelope = await currentTransport()(method, request);
  if (envelope.ok) return envelope.result as ResponseOf<M>;
  if (envelope.error.code === 'UNAUTHORIZED') markUnauthorized();
  throw CasebookError.fromPayload(envelope.error);
}

export type CasebookClient = CasebookApi & { call: typeof call };

/** `api['documents.list']({ kind: 'case' })` or `api.call('documents.list', { kind: 'case' })`. */
export const api: CasebookClient = Object.assign(
  Object.fromEntries(METHOD_NAMES.map((name) => [name, (request: unknown) => call(name, request as never)])) as CasebookApi,
  { call },
);

/** The Chinese message of any failure, for messages and error pages. */
export function errorMessage(error: unknown): string {
  if (error instanceof CasebookError) return error.message;
  if (error instanceof Error && error.message) return `出现意外错误：${error.message}`;
  return '出现意外错误，请重试。';
}
