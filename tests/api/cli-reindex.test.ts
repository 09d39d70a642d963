import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/engine/api/dispatch';
import { LibraryHost } from '../../electron/engine/api/library-host';
import { newId, nowIso, sha256 } from '../../electron/engine/core/ids';
import type { Library } from '../../electron/engine/core/library';
import { casebookBin, jsonLines, runCasebook } from '../helpers/casebook-cli';
import { libraryOptions, makeTempFolder, REPO_ROOT } from '../helpers/temp-library';

/**
 * Issue 12, long write locks: `casebook reindex` writes in short transactions, so the app (another
 * connection, here this test process) keeps writing while it runs and neither fails with
 * LIBRARY_LOCKED; a reindex killed half-way leaves a marker, and the next command finishes the index.
 */

const DOCUMENTS = 600;
const PARAGRAPH = '推进基层党建与业务工作深度融合，建立健全联系群众工作机制，落实网格化管理责任。';

const folders: string[] = [];
const hosts: LibraryHost[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const host of hosts.splice(0)) host.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function openHost(folder: string): LibraryHost {
  const host = new LibraryHost(libraryOptions(folder));
  hosts.push(host);
  return host;
}

/** Adds a document the way a repository writes it, through Library.write (the index follows). */
function addDocument(library: Library, title: string, text: string): string {
  const id = newId();
  library.write(() => {
    library.db
      .prepare(`INSERT INTO documents (id, kind, title, text, text_sha256, created_at, updated_at) VALUES (?, 'case', ?, ?, ?, ?, ?)`)
      .run(id, title, text, sha256(text), nowIso(), nowIso());
  });
  return id;
}

/** A library of DOCUMENTS documents of about 1,600 characters each, so a rebuild takes many batches. */
function seededLibrary(): { folder: string; host: LibraryHost; library: Library; ids: string[] } {
  const root = makeTempFolder('casebook-cli-reindex-');
  folders.push(root);
  const folder = path.join(root, 'library');
  const host = openHost(folder);
  const library = host.get();
  const ids: string[] = [];
  for (let i = 0; i < DOCUMENTS; i++) ids.push(addDocument(library, `工作简报第${i}期`, `第${i}期。${PARAGRAPH.repeat(40)}`));
  return { folder, host, library, ids };
}

interface Exit {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** The real bin, as `runCasebook` runs it, but left running: the test writes beside it, or kills it. */
function spawnCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; exited: Promise<Exit>; stderr: () => string } {
  const child = spawn(process.execPath, [casebookBin(), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, CASEBOOK_LIBRARY: '', CASEBOOK_DEBUG: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, exited, stderr: () => stderr };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The ids a query finds through the index (sorted), and whether the index answered (no scan notice). */
async function found(host: LibraryHost, query: string): Promise<{ total: number; ids: string[]; notice: string | null }> {
  const envelope = await dispatch(host, 'search.query', { query, limit: 500 });
  if (!envelope.ok) throw new Error(`${envelope.error.code} ${envelope.error.message}`);
  const response = envelope.result as { total: number; hits: { id: string }[]; notice: string | null };
  return { total: response.total, ids: response.hits.map((hit) => hit.id).sort(), notice: response.notice };
}

describe('casebook reindex beside other writers', () => {
  // Seeding and rebuilding a library in child processes: slow on a busy machine, hence the timeouts.
  it('lets another connection write throughout a reindex: both succeed, and the index holds every write', { timeout: 90_000 }, async () => {
    const { folder, host, library, ids } = seededLibrary();
    const run = spawnCli(['reindex', '--library', folder, '--json']);
    let finished = false;
    void run.exited.then(() => (finished = true));

    // Write until the reindex ends: titles changed through the API, and new documents.
    const failures: string[] = [];
    const added: string[] = [];
    const renamed: string[] = [];
    let duringRebuild = 0;
    for (let round = 0; !finished; round++) {
      const pending = library.search.rebuildPending();
      const id = ids[(round * 37) % ids.length] ?? '';
      const update = await dispatch(host, 'documents.update', { id, patch: { title: `改名的简报${round}号` } });
      if (update.ok) renamed.push(id);
      else failures.push(`${update.error.code} ${update.error.message}`);
      try {
        added.push(addDocument(library, `新增资料${round}号`, `重建期间写入的资料，编号${round}。${PARAGRAPH}`));
      } catch (error) {
        failures.push(String(error));
      }
      if (pending && library.search.rebuildPending()) duringRebuild += 1;
      await pause(10);
    }
    const result = await run.exited;
    expect(result.code, result.stderr).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([{ documents: expect.any(Number) as number }]);
    expect(failures).toEqual([]);
    // The writes overlapped the rebuild (its marker stood before and after them), not only its ends.
    expect(duringRebuild).toBeGreaterThan(2);

    // Everything written is found through the index, which answers (no scan) and is complete.
    expect(library.search.rebuildPending()).toBe(false);
    const newOnes = await found(host, '重建期间写入的资料');
    expect(newOnes.notice).toBeNull();
    expect(newOnes.total).toBe(added.length);
    expect(added).toEqual(expect.arrayContaining(newOnes.ids));
    expect((await found(host, `编号${added.length - 1}`)).ids).toContain(added[added.length - 1]);
    const last = renamed.length - 1;
    expect((await found(host, `改名的简报${last}号`)).ids).toContain(renamed[last]);
    const queries = ['重建期间写入的资料', '改名的简报', '工作简报', '网格化管理', '第7期'];
    const before = await Promise.all(queries.map((query) => found(host, query)));
    library.search.rebuild();
    expect(await Promise.all(queries.map((query) => found(host, query)))).toEqual(before);
  });

  it('finishes a reindex killed half-way at the next command, and then searches the whole library', { timeout: 90_000 }, async () => {
    const { folder, host, library, ids } = seededLibrary();
    const run = spawnCli(['reindex', '--library', folder, '--json'], { CASEBOOK_CRASH_AT: 'reindex:midway' });
    let exited = false;
    void run.exited.then(() => (exited = true));
    while (!exited && !run.stderr().includes('CASEBOOK_CRASH_POINT reindex:midway')) await pause(50);
    run.child.kill('SIGKILL');
    const killed = await run.exited;
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stderr).toContain('CASEBOOK_CRASH_POINT reindex:midway');

    // Half an index and its marker: queries meanwhile answer by scanning, never from the partial index.
    expect(library.search.rebuildPending()).toBe(true);
    const late = ids[ids.length - 1] ?? '';
    const scanned = await found(host, `工作简报第${DOCUMENTS - 1}期`);
    expect(scanned.ids).toEqual([late]);
    expect(scanned.notice).toMatch(/逐篇查找/);
    host.close();

    const search = await runCasebook(['search', `工作简报第${DOCUMENTS - 1}期`, '--library', folder, '--json']);
    expect(search.code, search.stderr).toBe(0);
    expect(search.stderr).toContain('检索索引上次没有重建完，正在补完');
    expect(search.stderr).not.toMatch(/逐篇查找/);
    expect((jsonLines(search.stdout)[0]?.hits as { id: string }[]).map((hit) => hit.id)).toEqual([late]);

    const reopened = openHost(folder);
    expect(reopened.get().search.rebuildPending()).toBe(false);
    expect(reopened.get().search.indexStatus()).toBe('ready');
    const queries = ['工作简报', '网格化管理', '第7期', `第${DOCUMENTS - 2}期`];
    const before = await Promise.all(queries.map((query) => found(reopened, query)));
    expect(before[0]?.total).toBe(DOCUMENTS);
    reopened.get().search.rebuild();
    expect(await Promise.all(queries.map((query) => found(reopened, query)))).toEqual(before);

    // A second command has nothing left to finish.
    const again = await runCasebook(['info', '--library', folder, '--json']);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('补完');
  });
});
