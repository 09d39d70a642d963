import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureCliIo } from '../helpers/cli-io';
import { runCli } from '../../electron/cli/main';
import type { BrowserModeServer } from '../../electron/server/start-server';
import type { ImportResult } from '../../shared/model/import';
import type { LibraryChanges } from '../../shared/model/library';
import { BridgeSandbox, callApi, okResult } from './http-helpers';

// library.changes is what open windows poll to show changes made elsewhere.
let sandbox: BridgeSandbox;
let server: BrowserModeServer;
let libraryFolder: string;

const call = <T>(method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload);
const stamp = async () => (await call<LibraryChanges>('library.changes')).stamp;
const TEXT = '某项目党支部设立“工友之家”\n\n发布日期：2025-03-02\n\n项目党支部在生活区设立工友之家，开展夜校和法律咨询。';

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  libraryFolder = path.join(sandbox.root, 'library');
  server = await sandbox.start(libraryFolder);
});
afterAll(async () => {
  await sandbox.close();
});

describe('library.changes', () => {
  it('stays the same while windows only read, and changes after a write here or by the command line', async () => {
    const start = await stamp();
    await call('library.info');
    await call('documents.list', { limit: 20 });
    await call('search.query', { query: '工友之家', limit: 20 });
    expect(await stamp()).toBe(start);

    const [imported] = await call<ImportResult[]>('import.upload', { files: [{ name: '工友之家.txt', contentBase64: Buffer.from(TEXT).toString('base64') }] });
    const afterImport = await stamp();
    expect(afterImport).not.toBe(start);

    // A refused write changes nothing, so the stamp stays.
    const refused = await callApi(server.port, server.token, 'documents.update', { id: imported?.id, patch: { date: '2025-02-30' } });
    expect(refused.envelope.ok).toBe(false);
    expect(await stamp()).toBe(afterImport);

    // The command line is another connection to the same database.
    expect(await runCli(['tag', imported?.id ?? '', '--add', '一强一优五提升/权益保障', '--library', libraryFolder], captureCliIo().io)).toBe(0);
    const afterCli = await stamp();
    expect(afterCli).not.toBe(afterImport);
    expect(await stamp()).toBe(afterCli);
  });
});
