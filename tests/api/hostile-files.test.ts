import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../shared/api/contract';
import { LibraryHost } from '../../electron/engine/api/library-host';
import { libraryOptions, makeTempFolder } from '../helpers/temp-library';
import { dispatchCalls } from '../helpers/dispatch-calls';
import { writeHostileBatch } from '../helpers/hostile-files';

// Files built to exhaust a reader: each fails alone with a plain reason, while the engine keeps
// answering and the ordinary file beside them is imported.

let root: string;
let host: LibraryHost;
let files: string[];
const { call } = dispatchCalls(() => host);

async function untilDone(jobId: string): Promise<ResponseOf<'import.results'>> {
  let after = 0;
  const results: ResponseOf<'import.results'>['results'] = [];
  for (;;) {
    const state = await call('import.results', { jobId, after });
    results.push(...state.results);
    after = state.next;
    if (state.done) return { ...state, results };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(() => {
  root = makeTempFolder('casebook-hostile-');
  host = new LibraryHost(libraryOptions(path.join(root, 'library')));
  files = writeHostileBatch(path.join(root, 'in'));
}, 120_000);

afterAll(() => {
  host.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('files built to exhaust the readers', () => {
  it('each fails alone with 文件过于复杂 while the library answers, and the ordinary file is imported', async () => {
    const started = await call('import.start', { paths: files });
    // Asked while the first file is being parsed: answered then, not after the batch.
    const info = await call('library.info', {});
    const during = await call('import.results', { jobId: started.jobId, after: 0 });
    expect(info.documentCount).toBe(0);
    expect(during.done).toBe(false);

    const finished = await untilDone(started.jobId);
    const byFile = new Map(finished.results.map((line) => [path.basename(line.file), line]));
    expect(byFile.get('1-结构异常.docx')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^文件过于复杂，已停止解析：Word 文档/) });
    expect(byFile.get('2-层层嵌套.html')).toMatchObject({ status: 'failed', error: expect.stringContaining('层层嵌套超过') });
    expect(byFile.get('3-超长文本.txt')).toMatchObject({ status: 'failed', error: expect.stringContaining('文件过于复杂，已停止解析：其中的文字超过 800 万字') });
    expect(byFile.get('4-交换包.casebook')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^交换包.*(压缩炸弹|过大)/) });
    expect(byFile.get('5-通知.txt')).toMatchObject({ status: 'imported', title: '关于做好红色工地观摩活动的通知' });
    expect((await call('library.info', {})).documentCount).toBe(1);
    // Nothing of the refused files is kept: only the notice's original is in the library.
    expect(fs.readdirSync(path.join(root, 'library', 'originals'), { recursive: true }).filter((name) => String(name).includes('.'))).toHaveLength(1);
  }, 120_000);
});
