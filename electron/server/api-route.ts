import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/api/errors';
import { dispatch, type ErrorLogger } from '../engine/api/dispatch';
import type { LibraryHost } from '../engine/api/library-host';
import { bearerToken, errorPayload, sendEnvelope, sendError, tokensMatch } from './http-guard';
import { readBody } from './read-body';

/** The HTTP status for each error code; the body is always the envelope. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
  IMPORT_FAILED: 422,
  EXPORT_FAILED: 500,
  LIBRARY_UNAVAILABLE: 503,
  LIBRARY_NOT_SQLITE: 503,
  LIBRARY_TOO_NEW: 503,
  LIBRARY_LOCKED: 503,
  INTERNAL: 500,
};

export const API_PREFIX = '/api';

export interface ApiRouteContext {
  host: LibraryHost;
  token: string;
  maxBodyBytes: number;
  logError: ErrorLogger;
}

function methodFromUrl(rawUrl: string): string | null {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  const name = rawPath.slice(API_PREFIX.length + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return null;
  }
}

/** `POST /api/<method>` with a JSON body and the bearer token → dispatch → the envelope as JSON. */
export async function serveApi(request: IncomingMessage, response: ServerResponse, context: ApiRouteContext): Promise<void> {
  if (request.method !== 'POST') {
    request.resume();
    sendError(response, 405, errorPayload('BAD_REQUEST', '接口只接受 POST 请求。', `${request.method ?? ''} ${request.url ?? ''}`), { Allow: 'POST' });
    return;
  }
  const given = bearerToken(request);
  if (given === null || !tokensMatch(given, context.token)) {
    request.resume();
    const message = given === null ? '缺少访问令牌，请使用启动时显示的完整网址打开页面。' : '访问令牌不正确或已过期，请使用本次启动时显示的网址重新打开页面。';
    sendError(response, 401, errorPayload('UNAUTHORIZED', message, given === null ? 'missing bearer token' : 'token mismatch'), {
      'WWW-Authenticate': 'Bearer',
    });
    return;
  }
  const method = methodFromUrl(request.url ?? '');
  if (method === null || method.length === 0) {
    request.resume();
    sendError(response, 404, errorPayload('UNKNOWN_METHOD', '请求的接口不存在。', `no method in ${request.url ?? ''}`));
    return;
  }

  const body = await readBody(request, context.maxBodyBytes);
  if (body.kind === 'aborted') return;
  if (body.kind === 'too-large') {
    const limitMb = Math.floor(context.maxBodyBytes / 1024 / 1024);
    const message = limitMb >= 1 ? `请求内容太大，一次最多上传约 ${limitMb} MB，请分批导入。` : '请求内容太大，请分批导入。';
    sendError(response, 413, errorPayload('BAD_REQUEST', message, `body of ${body.received} bytes over limit ${context.maxBodyBytes}`), {
      Connection: 'close',
    });
    if (body.closeConnection) response.on('finish', () => request.destroy());
    return;
  }

  let payload: unknown = {};
  const text = body.body.toString('utf8').trim();
  if (text.length > 0) {
    try {
      payload = JSON.parse(text);
    } catch (error) {
      sendError(response, 400, errorPayload('BAD_REQUEST', '请求内容不是有效的 JSON。', String(error).slice(0, 500)));
      return;
    }
  }

  const envelope = await dispatch(context.host, method, payload, context.logError);
  sendEnvelope(response, envelope.ok ? 200 : (HTTP_STATUS[envelope.error.code] ?? 500), envelope);
}
