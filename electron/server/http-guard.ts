import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiEnvelope, ApiErrorPayload, ErrorCode } from '../../shared/api/errors';
import { contentSecurityPolicy } from '../main/csp';

/**
 * The desktop window's policy (electron/main/csp.ts, one source for both), plus frame-ancestors, which
 * only works as a header: nothing from outside the app, no inline scripts, no framing by other pages.
 */
const DESKTOP_POLICY = contentSecurityPolicy({ dev: false });
export const CONTENT_SECURITY_POLICY = DESKTOP_POLICY.includes('frame-ancestors') ? DESKTOP_POLICY : `${DESKTOP_POLICY}; frame-ancestors 'none'`;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** A random per-run token: 32 bytes as hex. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** Compares in constant time; hashing first makes the lengths equal, so the length leaks nothing either. */
export function tokensMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

/** The token from `Authorization: Bearer <token>`, or null. */
export function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * DNS-rebinding defence: a page on evil.example that re-points its name at 127.0.0.1 still sends
 * `Host: evil.example`, so only our own loopback names with our own port are served.
 */
export function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  if (typeof host !== 'string') return false;
  const normalized = host.trim().toLowerCase();
  return normalized === `127.0.0.1:${port}` || normalized === `localhost:${port}`;
}

/** Browsers send Origin on cross-origin requests (and on same-origin POSTs); only our own page may call us. */
export function originAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (typeof origin !== 'string') return false;
  const normalized = origin.trim().toLowerCase();
  return normalized === `http://127.0.0.1:${port}` || normalized === `http://localhost:${port}`;
}

export function errorPayload(code: ErrorCode, message: string, detail: string | null = null): ApiErrorPayload {
  return { code, message, detail };
}

/** Writes a JSON envelope; the body is always the envelope, whatever the status. */
export function sendEnvelope(response: ServerResponse, status: number, envelope: ApiEnvelope<unknown>, extraHeaders: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  const body = Buffer.from(JSON.stringify(envelope), 'utf8');
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  response.end(body);
}

export function sendError(response: ServerResponse, status: number, error: ApiErrorPayload, extraHeaders: Record<string, string> = {}): void {
  sendEnvelope(response, status, { ok: false, error }, extraHeaders);
}

export function sendText(response: ServerResponse, status: number, text: string, extraHeaders: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  const body = Buffer.from(text, 'utf8');
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  response.end(body);
}
