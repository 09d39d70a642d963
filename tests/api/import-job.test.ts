import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../shared/api/contract';
import { dispatch } from '../../electron/engine/api/dispatch';
import { LibraryHost } from '../../electron/engine/api/library-host';
import { libraryOptions, makeTempFolder } from '../helpers/temp-library';
import { dispatchCalls } from '../helpers/dispatch-calls';

// Import is one engine job for every door: the engine walks folders, reports missing paths in their
// place, streams the report lines, shows progress and stops on 取消 after the file in hand.

let root: string;
let host: LibraryHost;
const { call } = dispatchCalls(() => host);

beforeEach(() => {
  root = makeTempFolder('casebook-import-job-');
  host = new LibraryHost(libraryOptions(path.join(root, 'library')));
});

afterEach(() => {
  host.close();
  fs.rmSync(root, { recursive: true, force: true });
});


function writeNotices(folder: string, count: number): void {
  fs.mkdirSync(folder, { recursive: true });
  for (let n = 1; n <= count; n += 1) {
    fs.writeFileSync(path.join(folder, `${String(n).padStart(3, '0')}-通知.txt`), `关于第${n}批红色工地的通知\n\n各县（市、区）住建局：\n第${n}批名单已经确定，请抓好落实。\n`);
  }
}

async function untilDone(jobId: string): Promise<ResponseOf<'import.results'>[]> {
  const states: ResponseOf<'import.results'>[] = [];
  let after = 0;
  for (;;) {
    const state = await call('import.results', { jobId, after });
    states.push(state);
    after = state.next;
    if (state.done) return states;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('import as an engine job', () => {
  it('walks a folder, reports a missing path in its place, and streams every line once', async () => {
    writeNotices(path.join(root, 'in'), 12);
    const missing = path.join(root, '没有这个文件.txt');
    const started = await call('import.start', { paths: [path.join(root, 'in'), missing] });
    expect(started.total).toBe(13);
    const states = await untilDone(started.jobId);
    const lines = states.flatMap((state) => state.results);
    expect(lines).toHaveLength(13);
    expect(lines.filter((line) => line.status === 'imported')).toHaveLength(12);
    expect(lines[12]).toMatchObject({ file: missing, status: 'failed', error: expect.stringContaining('找不到这个文件') });
    expect(states.at(-1)).toMatchObject({ processed: 13, done: true, cancelled: 0 });
    expect((await call('library.info', {})).documentCount).toBe(12);
  });

  it('stops after the file in hand on 取消; what was imported stays', async () => {
    writeNotices(path.join(root, 'in'), 60);
    const started = await call('import.start', { paths: [path.join(root, 'in')] });
    const first = await call('import.results', { jobId: started.jobId, after: 0 });
    const cancelled = await call('import.cancel', { jobId: started.jobId });
    const states = [first, cancelled, ...(await untilDone(started.jobId))];
    const last = states.at(-1)!;
    expect(last.done).toBe(true);
    expect(last.cancelled).toBeGreaterThan(0);
    expect(last.processed + last.cancelled).toBe(60);
    expect((await call('library.info', {})).documentCount).toBe(last.processed);
  });

  it('takes uploads one call at a time, a 交换包 too, and refuses files after the job ended', async () => {
    const started = await call('import.start', { expectUploads: 2, tags: ['资料用途/培训'] });
    const text = Buffer.from('工地夜校开课\n\n瓯海区某项目临时党支部开办农民工夜校，首期学员四十人。\n').toString('base64');
    const [line] = await call('import.addFiles', { jobId: started.jobId, files: [{ name: '夜校.txt', contentBase64: text }] });
    expect(line).toMatchObject({ status: 'imported', file: '夜校.txt' });
    expect((await call('documents.get', { id: line?.id ?? '' })).tags).toEqual(['资料用途/培训']);
    const again = await call('import.addFiles', { jobId: started.jobId, files: [{ name: '夜校副本.txt', contentBase64: text }] });
    expect(again[0]).toMatchObject({ status: 'duplicate', duplicateOf: line?.id });
    expect((await call('import.results', { jobId: started.jobId, after: 0 })).done).toBe(true);
    const late = await dispatch(host, 'import.addFiles', { jobId: started.jobId, files: [{ name: '晚到.txt', contentBase64: text }] });
    expect(late.ok).toBe(false);
  });

  it('answers an unknown job with a Chinese error', async () => {
    const envelope = await dispatch(host, 'import.results', { jobId: 'nosuchjob' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('找不到这次导入') } });
  });
});
