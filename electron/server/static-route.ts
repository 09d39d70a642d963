import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeOf } from '../main/asset-types';
import { SECURITY_HEADERS, sendText } from './http-guard';


export function missingBuildMessage(staticFolder: string): string {
  return `浏览器界面尚未构建（找不到 ${path.join(staticFolder, 'index.html')}）。请先运行 npm run build；npm run serve 会先构建再启动。`;
}

/**
 * The path inside the static folder a request asks for, or null when it tries to leave it: `..` or `.`
 * segments, backslashes, NUL, drive letters, encoded slashes and anything that does not decode.
 */
export function safeRelativePath(rawUrl: string): string | null {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/') || rawPath.startsWith('//')) return null;
  if (/%2f|%5c|%00/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\\\0]/.test(decoded) || decoded.startsWith('//')) return null;
  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || segment.includes(':')) return null;
  }
  return segments.filter((segment) => segment.length > 0).join('/');
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function statFile(file: string): Promise<fs.Stats | null> {
  try {
    return await fs.promises.stat(file);
  } catch {
    return null;
  }
}

async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, size: number): Promise<void> {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(size),
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  try {
    await pipeline(fs.createReadStream(file), response);
  } catch (error) {
    // The browser went away mid-file (a reload, a closed tab): nothing to report.
    if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    throw error;
  }
}

/**
 * Serves the built renderer: files only (no directory listing), never outside the static folder
 * (symbolic links included), and index.html for paths that look like in-app routes.
 */
export async function serveStatic(request: IncomingMessage, response: ServerResponse, staticFolder: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, '只支持 GET 请求。', { Allow: 'GET, HEAD' });
    return;
  }
  const relative = safeRelativePath(request.url ?? '/');
  if (relative === null) {
    sendText(response, 400, '请求的路径无效。');
    return;
  }
  let root: string;
  try {
    root = await fs.promises.realpath(staticFolder);
  } catch {
    sendText(response, 503, missingBuildMessage(staticFolder));
    return;
  }

  const wanted = path.join(root, relative === '' ? 'index.html' : relative);
  if (!isInside(root, wanted)) {
    sendText(response, 400, '请求的路径无效。');
    return;
  }
  const stat = await statFile(wanted);
  if (stat?.isFile()) {
    const real = await fs.promises.realpath(wanted);
    if (!isInside(root, real)) {
      sendText(response, 404, '找不到这个文件。');
      return;
    }
    await sendFile(request, response, real, stat.size);
    return;
  }
  if (stat?.isDirectory() || path.extname(relative) !== '') {
    sendText(response, 404, '找不到这个文件。');
    return;
  }
  // An in-app route such as /library/abc: the single-page app decides what to show.
  const index = path.join(root, 'index.html');
  const indexStat = await statFile(index);
  if (!indexStat?.isFile()) {
    sendText(response, 503, missingBuildMessage(staticFolder));
    return;
  }
  await sendFile(request, response, index, indexStat.size);
}
