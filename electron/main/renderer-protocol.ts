// The built renderer is served from app://casebook/ instead of file://. A file:// page shares its
// origin with every file on the disk (fetch, <img>, <iframe> of any path); app://casebook/ is an origin
// of its own that can reach only the files in out/renderer, each sent with its MIME type, the CSP and
// nosniff. With the page off file://, the grantFileProtocolExtraPrivileges fuse is off too
// (electron-builder.yml).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { contentTypeOf } from './asset-types';

export const APP_SCHEME = 'app';
export const APP_HOST = 'casebook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Must run before the app is ready. `standard`: relative URLs and an origin of its own (so 'self'
 * in the CSP means app://casebook); `secure`: a secure context (navigator.clipboard needs one);
 * `supportFetchAPI`: the page may fetch its own assets. No CORS, no service workers, no bypass of CSP.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;


function refusal(status: 403 | 404 | 405): Response {
  const text = status === 403 ? 'Forbidden' : status === 404 ? 'Not Found' : 'Method Not Allowed';
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The file under `root` that an app:// URL names, or null when the URL may not reach any: another
 * host, an undecodable or NUL-bearing path, a backslash (a Windows separator smuggled past the URL
 * parser), a `..` that would climb out of root.
 */
export function rendererFileFor(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, ...segments);
  return isInside(resolvedRoot, file) ? file : null;
}

/** Answers one app:// request from the files under root (out/renderer). Never throws. */
export async function rendererResponse(root: string, request: { url: string; method: string }, csp: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const file = rendererFileFor(root, request.url);
  if (file === null) return refusal(403);
  try {
    // A symbolic link inside out/renderer must not lead out of it either.
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
    if (!isInside(realRoot, realFile)) return refusal(403);
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return refusal(404);
    const body = request.method === 'HEAD' ? null : await fs.readFile(realFile);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(realFile),
        'Content-Length': String(stat.size),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  } catch {
    return refusal(404);
  }
}

/** Serves out/renderer on app://casebook/ (after ready). */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, root: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(root, request, csp));
}
