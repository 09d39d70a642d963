import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { ApiEnvelope } from '../../shared/api/errors';
import { expect } from 'vitest';
import type { TagNode } from '../../shared/model/tag';
import { startBrowserModeServer, type BrowserModeServer } from '../../electron/server/start-server';
import { RESOURCES_FOLDER, makeTempFolder } from '../helpers/temp-library';
import type { ImportResult } from '../../shared/model/import';
import { CASES, caseMarkdown } from '../unit/selection/selection-fixtures';
import { NAMED_CASES, namedCaseMarkdown, type NamedCaseKey } from '../unit/selection/review-package-fixtures';
import type { RoundDetail } from '../../shared/model/selection';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface RawRequest {
  port: number;
  method?: string;
  /** Sent exactly as given (no URL normalisation, unlike fetch), so `..` reaches the server. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A plain node:http request, so tests control Host, Origin and raw paths. */
export function rawRequest(request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port: request.port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: { ...(body ? { 'Content-Length': String(body.length) } : {}), ...request.headers },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const all = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: all, text: all.toString('utf8') });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export interface ApiCallOptions {
  token?: string | null;
  headers?: Record<string, string>;
  rawBody?: string | Buffer;
}

export interface ApiCallResult<T> {
  status: number;
  envelope: ApiEnvelope<T>;
}

/** POST /api/<method> with the bearer token and a JSON body. */
export async function callApi<T = unknown>(port: number, token: string, method: string, payload: unknown = {}, options: ApiCallOptions = {}): Promise<ApiCallResult<T>> {
  const usedToken = options.token === undefined ? token : options.token;
  const response = await rawRequest({
    port,
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      'Content-Type': 'application/json',
      ...(usedToken === null ? {} : { Authorization: `Bearer ${usedToken}` }),
      ...options.headers,
    },
    body: options.rawBody ?? JSON.stringify(payload),
  });
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  return { status: response.status, envelope: JSON.parse(response.text) as ApiEnvelope<T> };
}

/** The result of an ok envelope; fails the test with the error otherwise. */
export async function okResult<T>(port: number, token: string, method: string, payload: unknown = {}): Promise<T> {
  const { status, envelope } = await callApi<T>(port, token, method, payload);
  if (!envelope.ok) throw new Error(`${method} failed with ${status}: ${JSON.stringify(envelope.error)}`);
  expect(status).toBe(200);
  return envelope.result;
}

export function errorOf<T>(result: ApiCallResult<T>): { code: string; message: string } {
  if (result.envelope.ok) throw new Error(`expected an error envelope, got ${JSON.stringify(result.envelope.result).slice(0, 300)}`);
  return result.envelope.error;
}

export const CHINESE = /[\u4e00-\u9fff]/;

export const INDEX_HTML = '<!doctype html><html lang="zh-CN"><head><title>案例库</title></head><body><div id="root"></div></body></html>';
export const SECRET = 'SECRET-OUTSIDE-STATIC-FOLDER';

export function findTag(nodes: TagNode[], tagPath: string): TagNode | undefined {
  for (const node of nodes) {
    if (node.path === tagPath) return node;
    const inChild = findTag(node.children, tagPath);
    if (inChild) return inChild;
  }
  return undefined;
}

/**
 * A temporary folder with a stand-in for the built renderer (static/), a secret file beside it that must
 * never be served, and the servers started on it; close() stops them all and removes the folder.
 */
export class BridgeSandbox {
  readonly root = makeTempFolder('casebook-http-');
  readonly staticFolder = path.join(this.root, 'static');
  readonly logLines: string[] = [];
  private readonly servers: BrowserModeServer[] = [];

  constructor() {
    fs.mkdirSync(path.join(this.staticFolder, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(this.staticFolder, 'index.html'), INDEX_HTML);
    fs.writeFileSync(path.join(this.staticFolder, 'assets', 'app.js'), 'console.log("案例库");');
    fs.writeFileSync(path.join(this.staticFolder, 'assets', 'app.css'), 'body{margin:0}');
    fs.writeFileSync(path.join(this.root, 'secret.txt'), SECRET);
    try {
      fs.symlinkSync(path.join(this.root, 'secret.txt'), path.join(this.staticFolder, 'assets', 'link.txt'));
    } catch {
      // symbolic links may be unavailable (Windows without developer mode); the escape check then sees a 404
    }
  }

  async start(libraryFolder: string, extra: Partial<Parameters<typeof startBrowserModeServer>[0]> = {}): Promise<BrowserModeServer> {
    const server = await startBrowserModeServer({
      libraryFolder,
      resourcesFolder: RESOURCES_FOLDER,
      staticFolder: this.staticFolder,
      port: 0,
      appVersion: 'test',
      actor: '测试员',
      log: (line) => this.logLines.push(line),
      ...extra,
    });
    this.servers.push(server);
    return server;
  }

  async close(): Promise<void> {
    for (const server of this.servers) await server.close();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** Imports the selection cases (tests/unit/selection/selection-fixtures.ts) through the bridge; answers their ids by key. */
export async function importSelectionCases(sandbox: BridgeSandbox, server: BrowserModeServer): Promise<Record<string, string>> {
  const inputs = path.join(sandbox.root, 'inputs');
  fs.mkdirSync(inputs, { recursive: true });
  const files = Object.entries(CASES).map(([key, fixture]) => {
    const file = path.join(inputs, fixture.file);
    fs.writeFileSync(file, caseMarkdown(fixture));
    return [key, file] as const;
  });
  const results = await okResult<ImportResult[]>(server.port, server.token, 'import.files', { paths: files.map(([, file]) => file) });
  return Object.fromEntries(files.map(([key], index) => [key, results[index]?.id ?? '']));
}

/** Uploads the three named cases (units and people named, for 盲评) and puts them in a new round with these reviewers. */
export async function namedCasesRound(server: BrowserModeServer, name: string, reviewers: string[]): Promise<{ round: RoundDetail; ids: Record<NamedCaseKey, string> }> {
  const keys = Object.keys(NAMED_CASES) as NamedCaseKey[];
  const uploaded = await okResult<ImportResult[]>(server.port, server.token, 'import.upload', {
    files: keys.map((key) => ({ name: NAMED_CASES[key].file, contentBase64: Buffer.from(namedCaseMarkdown(key)).toString('base64') })),
  });
  const ids = Object.fromEntries(keys.map((key, index) => [key, uploaded[index]?.id ?? ''])) as Record<NamedCaseKey, string>;
  const created = await okResult<RoundDetail>(server.port, server.token, 'rounds.create', { name, year: 2025, reviewers });
  const round = await okResult<RoundDetail>(server.port, server.token, 'rounds.addSubmissions', { roundId: created.id, documentIds: Object.values(ids) });
  return { round, ids };
}
