import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryInfo } from '../../shared/model/library';
import { BridgeSandbox, CHINESE, callApi, errorOf, okResult, rawRequest } from './http-helpers';

let sandbox: BridgeSandbox;

beforeAll(() => {
  sandbox = new BridgeSandbox();
});

afterAll(async () => {
  await sandbox.close();
});

describe('HTTP bridge: limits and broken libraries', () => {
  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const server = await sandbox.start(path.join(sandbox.root, 'small-limit'), { maxBodyBytes: 1024 });
    const big = JSON.stringify({ files: [{ name: 'big.txt', contentBase64: Buffer.alloc(8000, 65).toString('base64') }] });
    const tooLarge = await callApi(server.port, server.token, 'import.upload', undefined, { rawBody: big });
    expect(tooLarge.status).toBe(413);
    expect(errorOf(tooLarge).code).toBe('BAD_REQUEST');
    expect(errorOf(tooLarge).message).toMatch(/太大/);
    expect((await callApi(server.port, server.token, 'library.info', {})).status).toBe(200);
  });

  it('says the library is locked while another program holds it, and works once it is released', async () => {
    const folder = path.join(sandbox.root, 'locked');
    fs.mkdirSync(folder);
    const blocker = new Database(path.join(folder, 'casebook.db'));
    blocker.exec('BEGIN EXCLUSIVE');
    try {
      const server = await sandbox.start(folder);
      const locked = await callApi(server.port, server.token, 'library.info', {});
      expect(locked.status).toBe(503);
      expect(errorOf(locked).code).toBe('LIBRARY_LOCKED');
      expect(errorOf(locked).message).toMatch(CHINESE);
      expect(sandbox.logLines.some((line) => line.includes('library.info') && line.includes('LIBRARY_LOCKED'))).toBe(true);
      expect((await rawRequest({ port: server.port, path: '/' })).status).toBe(200);

      blocker.exec('COMMIT');
      blocker.close();
      const info = await okResult<LibraryInfo>(server.port, server.token, 'library.info');
      expect(info.documentCount).toBe(0);
    } finally {
      if (blocker.open) blocker.close();
    }
  });

  it('refuses a casebook.db that is not SQLite and leaves it byte for byte', async () => {
    const folder = path.join(sandbox.root, 'not-sqlite');
    fs.mkdirSync(folder);
    const file = path.join(folder, 'casebook.db');
    const bytes = Buffer.concat([Buffer.from('PK\u0003\u0004 这不是案例库数据库，而是一个改了名的压缩包。'), Buffer.alloc(4096, 7)]);
    fs.writeFileSync(file, bytes);
    const server = await sandbox.start(folder);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const result = await callApi(server.port, server.token, 'documents.list', {});
      expect(result.status).toBe(503);
      expect(errorOf(result).code).toBe('LIBRARY_NOT_SQLITE');
      expect(errorOf(result).message).toMatch(CHINESE);
    }
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(folder).sort()).toEqual(['casebook.db']);
    expect((await rawRequest({ port: server.port, path: '/' })).status).toBe(200);
  });

  it('tells the user to build the renderer when the static folder is missing', async () => {
    const lines: string[] = [];
    const server = await sandbox.start(path.join(sandbox.root, 'no-static'), {
      staticFolder: path.join(sandbox.root, 'does-not-exist'),
      log: (line) => lines.push(line),
    });
    expect(lines.join('\n')).toContain('npm run build');
    const page = await rawRequest({ port: server.port, path: '/' });
    expect(page.status).toBe(503);
    expect(page.text).toContain('npm run serve');
    expect((await callApi(server.port, server.token, 'library.info', {})).status).toBe(200);
  });

  it('uses a given token and refuses a short one', async () => {
    const token = 'a1'.repeat(32);
    const folder = path.join(sandbox.root, 'given-token');
    const random = await sandbox.start(folder);
    expect(random.token).not.toBe(token);
    const custom = await sandbox.start(folder, { token });
    expect(custom.url).toBe(`http://127.0.0.1:${custom.port}/#token=${token}`);
    expect((await callApi(custom.port, token, 'library.info', {})).status).toBe(200);
    expect((await callApi(custom.port, random.token, 'library.info', {})).status).toBe(401);
    await expect(sandbox.start(folder, { token: 'short' })).rejects.toThrow(/令牌/);
  });
});
