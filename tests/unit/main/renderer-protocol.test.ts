// app://casebook/ serves out/renderer and nothing else: each file with its MIME type, the CSP and
// nosniff; traversal (plain, encoded, backslashes, symbolic links), other hosts and writes are refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/csp';
import { contentTypeOf } from '../../../electron/main/asset-types';
import { rendererFileFor, rendererResponse, serveRenderer } from '../../../electron/main/renderer-protocol';

const csp = contentSecurityPolicy();
let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>案例库</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', '字体 1.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(path.join(base, 'secret.txt'), 'not for the page');
  fs.writeFileSync(path.join(base, 'renderer-evil.txt'), 'a sibling whose name starts like root');
  try {
    fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  } catch {
    // No symbolic links on this system (Windows without the privilege): that case cannot arise there.
  }
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => rendererResponse(root, { url, method }, csp);

describe('app://casebook/', () => {
  it('serves the page and its assets with their MIME types, the CSP and nosniff', async () => {
    const page = await get('app://casebook/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(csp);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('案例库');
    expect((await get('app://casebook/')).status).toBe(200);
    expect((await get('app://casebook/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://casebook/assets/index-abc.css?v=1#x')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await get(`app://casebook/assets/${encodeURIComponent('字体 1.woff2')}`);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
    expect(contentTypeOf('x.unknown')).toBe('application/octet-stream');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://casebook/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://casebook/index.html', 'POST')).status).toBe(405);
  });

  it('refuses every way out of out/renderer', async () => {
    const attempts = [
      'app://casebook/../secret.txt',
      'app://casebook/%2e%2e/secret.txt',
      'app://casebook/assets/%2E%2E/%2E%2E/secret.txt',
      'app://casebook/assets/..%2F..%2Fsecret.txt',
      'app://casebook/..%5Csecret.txt',
      'app://casebook/assets%5C..%5C..%5Csecret.txt',
      `app://casebook/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
      'app://casebook/%2Fetc%2Fpasswd',
      'app://casebook/..%2Frenderer-evil.txt',
      'app://casebook/index.html%00.png',
      'app://casebook/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
    ];
    for (const url of attempts) {
      const response = await get(url);
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain('not for the page');
    }
    expect(rendererFileFor(root, 'app://casebook/..%2F..%2Fsecret.txt')).toBeNull();
    expect(rendererFileFor(root, 'app://casebook/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it('refuses a symbolic link that leads out, and folders and missing files are not found', async () => {
    if (fs.existsSync(path.join(root, 'assets', 'link.txt'))) expect((await get('app://casebook/assets/link.txt')).status).toBe(403);
    expect((await get('app://casebook/assets')).status).toBe(404);
    expect((await get('app://casebook/missing.js')).status).toBe(404);
  });

  it('registers one handler for the app scheme', async () => {
    const handlers = new Map<string, (request: Request) => Promise<Response>>();
    serveRenderer({ handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void handlers.set(scheme, handler) } as never, root, csp);
    const response = await handlers.get('app')?.(new Request('app://casebook/index.html'));
    expect(response?.status).toBe(200);
  });
});
