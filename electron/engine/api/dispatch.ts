import type { z } from 'zod';
import { isMethodName, methods, type MethodName } from '../../../shared/api/contract';
import { CasebookError, type ApiEnvelope } from '../../../shared/api/errors';
import { toLibraryError } from '../db/open-database';
import { handlers } from './handlers';
import { hostHandlers, isHostMethod } from './host-handlers';
import type { LibraryHost } from './library-host';
import type { HostMethodName } from '../core/handler';

export type ErrorLogger = (method: string, error: CasebookError, cause: unknown) => void;

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length > 0 ? `“${issue.path.join('.')}”` : '请求';
      return `${where}：${issue.message}`;
    })
    .join('；');
}

export function parseRequest<M extends MethodName>(method: M, payload: unknown): z.output<(typeof methods)[M]['request']> {
  const result = methods[method].request.safeParse(payload ?? {});
  if (!result.success) {
    throw new CasebookError('BAD_REQUEST', `请求参数有误：${describeIssues(result.error.issues)}`, JSON.stringify(result.error.issues).slice(0, 2000));
  }
  return result.data as z.output<(typeof methods)[M]['request']>;
}

async function callHandler<M extends MethodName>(host: LibraryHost, method: M, payload: unknown): Promise<unknown> {
  const request = parseRequest(method, payload);
  if (isHostMethod(method)) return await (hostHandlers[method] as (host: LibraryHost, request: unknown) => unknown)(host, request);
  const handler = handlers[method as Exclude<MethodName, HostMethodName>] as (library: ReturnType<LibraryHost['get']>, request: unknown) => unknown;
  return await handler(host.get(), request);
}

/**
 * The single entry every door uses: validate, call the engine, and turn any failure into a typed
 * error envelope. It never throws, so no bad request can bring a door down.
 */
export async function dispatch(host: LibraryHost, method: string, payload: unknown, logError?: ErrorLogger): Promise<ApiEnvelope<unknown>> {
  try {
    if (!isMethodName(method)) {
      throw new CasebookError('UNKNOWN_METHOD', `未知的操作“${method.slice(0, 100)}”。`, `unknown method ${method}`);
    }
    return { ok: true, result: await callHandler(host, method, payload) };
  } catch (cause) {
    const error = cause instanceof CasebookError ? cause : toLibraryError(cause);
    if (error.code === 'INTERNAL' && cause instanceof Error) {
      logError?.(method, new CasebookError('INTERNAL', error.message, cause.stack ?? cause.message), cause);
      return { ok: false, error: { ...error.toPayload(), detail: cause.message } };
    }
    logError?.(method, error, cause);
    return { ok: false, error: error.toPayload() };
  }
}
