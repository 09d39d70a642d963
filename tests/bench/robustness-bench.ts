import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../electron/engine/api/dispatch';
import { LibraryHost } from '../../electron/engine/api/library-host';
import { closeParseWorkers } from '../../electron/engine/import/file-reading-pool';
import { dispatchCalls } from '../helpers/dispatch-calls';
import { writeHostileBatch } from '../helpers/hostile-files';

/**
 * How the engine answers while hostile files are parsed (`npm run bench -- robustness [--json]`): the
 * worst latency of `library.info` asked every 10 ms while a batch of files built to exhaust the
 * readers is imported (a Word file of 1.5 million elements, a page nested 5,000 levels, a text of
 * over 8 million characters, a 交换包 declaring 180 million, then an ordinary notice), against the same calls on an idle engine in
 * the same run; and the process's peak RSS. Runs in a fresh child process so the RSS is its own.
 */

export interface RobustnessBenchResult {
  idle_worst_ms: number;
  during_worst_ms: number;
  during_p95_ms: number;
  calls_during: number;
  ratio: number;
  peak_rss_mb: number;
  failed_alone: boolean;
}

const GOALS = { worstMs: 200, rssMb: 1024 };
const CHILD_ENV = 'CASEBOOK_ROBUSTNESS_BENCH_CHILD';
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

const FILES_ENV = 'CASEBOOK_ROBUSTNESS_BENCH_FILES';

/** The hostile files are built here, so what building them takes is not in the measured process's peak RSS. */
async function runInChild(json: boolean): Promise<RobustnessBenchResult | null> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-robustness-bench-'));
  try {
    if (!json) console.log('\n健壮性基准：正在生成恶意构造的文件…');
    const files = writeHostileBatch(path.join(root, 'in'));
    return await spawnChild(json, files);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function spawnChild(json: boolean, files: string[]): Promise<RobustnessBenchResult | null> {
  const args = [...process.execArgv, path.join(import.meta.dirname, 'run.ts'), 'robustness', ...(json ? ['--json'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, [CHILD_ENV]: '1', [FILES_ENV]: JSON.stringify(files) }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`健壮性基准测试的子进程退出码为 ${code}`));
      resolve(json ? (JSON.parse(output.trim().split('\n').at(-1) ?? 'null') as RobustnessBenchResult) : null);
    });
  });
}

/** Asks library.info every 10 ms until `until` settles; answers each call's latency in ms. */
async function infoLatencies(host: LibraryHost, until: Promise<unknown>): Promise<number[]> {
  let settled = false;
  void until.finally(() => (settled = true));
  const latencies: number[] = [];
  while (!settled) {
    const asked = performance.now();
    await dispatch(host, 'library.info', {});
    latencies.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return latencies;
}

export async function runRobustnessBench(options: { json: boolean }): Promise<RobustnessBenchResult | null> {
  if (process.env[CHILD_ENV] !== '1') return runInChild(options.json);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-robustness-bench-'));
  try {
    const files = JSON.parse(process.env[FILES_ENV] ?? '[]') as string[];
    const host = new LibraryHost({ folder: path.join(root, 'library'), createIfMissing: true, resourcesFolder: path.resolve(import.meta.dirname, '../../resources'), actor: '基准测试', appVersion: 'bench' });
    await dispatch(host, 'library.info', {}); // the first call opens the library: not part of either figure
    const idle = await infoLatencies(host, new Promise((resolve) => setTimeout(resolve, 1_000)));

    let sampled = process.memoryUsage().rss;
    const sampler = setInterval(() => void (sampled = Math.max(sampled, process.memoryUsage().rss)), 20);
    const { call } = dispatchCalls(() => host);
    const started = await call('import.start', { paths: files });
    const job = (async () => {
      for (;;) {
        const state = await call('import.results', { jobId: started.jobId, after: 0 });
        if (state.done) return state.results;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const during = await infoLatencies(host, job);
    const lines = await job;
    clearInterval(sampler);
    const peak = Math.max(sampled, process.resourceUsage().maxRSS * 1024);
    host.close();
    await closeParseWorkers();

    const sorted = [...during].sort((a, b) => a - b);
    const result: RobustnessBenchResult = {
      idle_worst_ms: round(Math.max(...idle)),
      during_worst_ms: round(Math.max(...during)),
      during_p95_ms: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
      calls_during: during.length,
      ratio: round(Math.max(...during) / Math.max(0.1, Math.max(...idle))),
      peak_rss_mb: Math.round(peak / 1024 / 1024),
      failed_alone: lines.filter((line) => line.status === 'failed').length === 4 && lines.some((line) => line.status === 'imported'),
    };
    if (options.json) console.log(JSON.stringify(result));
    else {
      const mark = (ok: boolean) => (ok ? '达标' : '未达标');
      console.log(`健壮性（导入 4 个恶意构造的文件 + 1 份通知时，每 10 ms 调用一次 library.info，共 ${result.calls_during} 次）`);
      console.log(`  library.info 最长等待  ${String(result.during_worst_ms).padStart(7)} ms   p95 ${result.during_p95_ms} ms   空闲时最长 ${result.idle_worst_ms} ms（${result.ratio} 倍）   目标 < ${GOALS.worstMs} ms  ${mark(result.during_worst_ms < GOALS.worstMs)}`);
      console.log(`  峰值内存 RSS          ${String(result.peak_rss_mb).padStart(7)} MB   目标 < ${GOALS.rssMb} MB  ${mark(result.peak_rss_mb < GOALS.rssMb)}`);
      console.log(`  恶意文件各自失败、通知照常导入：${result.failed_alone ? '是' : '否'}`);
    }
    return result;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
