import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CasebookError } from '../../shared/api/errors';
import type { ErrorLogger } from '../engine/api/dispatch';
import { LibraryHost } from '../engine/api/library-host';
import { currentActor } from '../engine/core/paths';
import { API_PREFIX, serveApi } from './api-route';
import { errorPayload, hostAllowed, newToken, originAllowed, sendError, sendText } from './http-guard';
import { DEFAULT_MAX_BODY_BYTES } from './read-body';
import { missingBuildMessage, serveStatic } from './static-route';

/** Only loopback: browser mode is for the person at this computer, never the network. */
export const LOOPBACK_HOST = '127.0.0.1';

export interface BrowserModeServerOptions {
  libraryFolder: string;
  /** Folder with taxonomy.json, places.json and sample/. */
  resourcesFolder: string;
  /** The built renderer (out/renderer). */
  staticFolder: string;
  /** 0 = any free port. */
  port?: number;
  /** Default: a random 32-byte hex token for this run. */
  token?: string;
  appVersion: string;
  /** One line per event (errors with method and detail); default: stderr. */
  log?: (line: string) => void;
  /** Default 450 MB: room for import.upload's base64. */
  maxBodyBytes?: number;
  /** better_sqlite3.node for the running runtime, when not the one in node_modules. */
  nativeBinding?: string;
  /** Name written into the edit history; default the OS user name. */
  actor?: string;
}

export interface BrowserModeServer {
  /** The page to open: http://127.0.0.1:<port>/#token=<token> (the renderer reads the token from the hash). */
  url: string;
  token: string;
  port: number;
  /** Stops listening, ends open connections and closes the library. */
  close(): Promise<void>;
}

function isApiPath(rawUrl: string): boolean {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  return rawPath === API_PREFIX || rawPath.startsWith(`${API_PREFIX}/`);
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ host: LOOPBACK_HOST, port, exclusive: true });
  });
}

function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') return new Error(`端口 ${port} 已被占用。请换一个端口（例如 --port 0 自动选择空闲端口）。`);
  if (error.code === 'EACCES') return new Error(`没有权限使用端口 ${port}，请换一个大于 1024 的端口。`);
  return new Error(`无法启动本地服务：${error.message}`);
}

/**
 * Browser mode: the built renderer plus the HTTP bridge for the API contract, on 127.0.0.1 only,
 * protected by a per-run bearer token. The library opens on the first request through LibraryHost, so
 * a locked or broken library answers with error envelopes while the server stays up.
 */
export async function startBrowserModeServer(options: BrowserModeServerOptions): Promise<BrowserModeServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const token = options.token ?? newToken();
  if (token.length < 16) throw new Error('访问令牌太短（至少 16 个字符）。');
  const staticFolder = path.resolve(options.staticFolder);
  if (!fs.existsSync(path.join(staticFolder, 'index.html'))) log(`提示：${missingBuildMessage(staticFolder)}`);

  const host = new LibraryHost({
    folder: options.libraryFolder,
    createIfMissing: true,
    resourcesFolder: options.resourcesFolder,
    actor: options.actor ?? currentActor('浏览器'),
    appVersion: options.appVersion,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const logError: ErrorLogger = (method: string, error: CasebookError) => {
    log(`[casebook] ${method} 失败：${error.code} ${error.message}${error.detail ? ` — ${error.detail}` : ''}`);
  };

  let port = options.port ?? 0;
  const server = http.createServer({ requestTimeout: 0, headersTimeout: 60_000 }, (request, response) => {
    void (async () => {
      const api = isApiPath(request.url ?? '/');
      if (!hostAllowed(request, port) || !originAllowed(request, port)) {
        request.resume();
        const message = '拒绝访问：请求不是来自本机的案例库页面。请直接在浏览器中打开启动时显示的网址。';
        const detail = `host=${String(request.headers.host)} origin=${String(request.headers.origin)}`;
        if (api) sendError(response, 403, errorPayload('UNAUTHORIZED', message, detail));
        else sendText(response, 403, message);
        return;
      }
      if (api) await serveApi(request, response, { host, token, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, logError });
      else await serveStatic(request, response, staticFolder);
    })().catch((error: unknown) => {
      log(`[casebook] 处理请求 ${request.method ?? ''} ${request.url ?? ''} 时出错：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendError(response, 500, errorPayload('INTERNAL', '服务器内部错误。', null));
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  try {
    port = await listen(server, port);
  } catch (error) {
    host.close();
    throw listenError(error as NodeJS.ErrnoException, port);
  }

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      const force = setTimeout(() => server.closeAllConnections(), 2000);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        void host.closeAfterRecognition().finally(resolve);
      });
      server.closeIdleConnections();
    });
    return closing;
  };

  return { url: `http://${LOOPBACK_HOST}:${port}/#token=${token}`, token, port, close };
}
