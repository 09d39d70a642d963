import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../electron/engine/api/dispatch';
import { LibraryHost } from '../../electron/engine/api/library-host';
import { closeParseWorkers } from '../../electron/engine/import/file-reading-pool';
import { dispatchCalls } from '../helpers/dispatch-calls';
import { largeLegalBundle, writeHostileBatch } from '../helpers/hostile-files';

/**
 * How the engine answers while hostile or merely large files are read (`npm run bench -- robustness [--json]`):
 * - hostile: the worst latency of `library.info` asked every 10 ms while a batch of files built to
 *   exhaust the readers is imported (a Word file of 1.5 million elements, a page nested 5,000 levels,
 *   a text of over 8 million characters, a 交换包 declaring 180 million, then an ordinary notice);
 * - bundle: the same while a legal but large 交换包 (4 documents of 7.5 million characters, within
 *   every limit) is previewed and then imported, and the longest write transaction meanwhile;
 * each against the same calls on an idle engine in the same run, with the process's peak RSS. A
 * latency counts from when the call was due (10 ms after the last answer), so a thread blocked by
 * synchronous work shows as the stall it is. Each scenario runs in a fresh child process so the RSS is its own.
 */

export interface RobustnessBenchResult {
  idle_worst_ms: number;
  during_worst_ms: number;
  during_p95_ms: number;
  calls_during: number;
  ratio: number;
  peak_rss_mb: number;
  failed_alone: boolean;
  bundle: BundleBenchResult | null;
}

export interface BundleBenchResult {
  preview_worst_ms: number;
  preview_ms: number;
  import_worst_ms: number;
  import_ms: number;
  longest_write_ms: number;
  writes: number;
  peak_rss_mb: number;
  all_imported: boolean;
}

type Scenario = 'hostile' | 'bundle';

const GOALS = { worstMs: 200, rssMb: 1024, writeMs: 100 };
const CHILD_ENV = 'CASEBOOK_ROBUSTNESS_BENCH_CHILD';
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

const FILES_ENV = 'CASEBOOK_ROBUSTNESS_BENCH_FILES';

/** The files are built here, so what building them takes is not in the measured process's peak RSS. */
async function runInChild(json: boolean): Promise<RobustnessBenchResult | null> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-robustness-bench-'));
  try {
    if (!json) console.log('\n健壮性基准：正在生成恶意构造的文件…');
    const files = writeHostileBatch(path.join(root, 'in'));
    const hostile = await spawnChild(json, 'hostile', files);
    if (!json) console.log('健壮性基准：正在生成大而合规的交换包…');
    const bundleFile = path.join(root, '大交换包.casebook');
    fs.writeFileSync(bundleFile, largeLegalBundle().bytes);
    const bundle = await spawnChild(json, 'bundle', [bundleFile]);
    return hostile && { ...hostile, bundle: bundle?.bundle ?? null };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function spawnChild(json: boolean, scenario: Scenario, files: string[]): Promise<RobustnessBenchResult | null> {
  const args = [...process.execArgv, path.join(import.meta.dirname, 'run.ts'), 'robustness', ...(json ? ['--json'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, [CHILD_ENV]: scenario, [FILES_ENV]: JSON.stringify(files) }, stdio: ['ignore', 'pipe', 'inherit'] });
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

/** Asks library.info every 10 ms until `until` settles; answers each call's latency in ms, counted from when it was due. */
async function infoLatencies(host: LibraryHost, until: Promise<unknown>): Promise<number[]> {
  let settled = false;
  void until.finally(() => (settled = true));
  const latencies: number[] = [];
  let due = performance.now();
  // The call after the last wait is measured too: a thread blocked until `until` settled shows in it.
  for (;;) {
    await dispatch(host, 'library.info', {});
    const answered = performance.now();
    latencies.push(answered - due);
    if (settled) return latencies;
    due = answered + 10;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Starts `operation` once library.info is already being asked every 10 ms, so a call that blocks the
 * thread from its first step shows in the latencies too; answers them with the operation's value and time.
 */
async function whileAsking<T>(host: LibraryHost, operation: () => Promise<T>): Promise<{ latencies: number[]; value: T; ms: number }> {
  let finish = (): void => undefined;
  const sampling = infoLatencies(host, new Promise<void>((resolve) => (finish = resolve)));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const started = performance.now();
  let value: T;
  try {
    value = await operation();
  } finally {
    finish();
  }
  const ms = performance.now() - started;
  return { latencies: await sampling, value, ms };
}

function peakSampler(): () => number {
  let sampled = process.memoryUsage().rss;
  const sampler = setInterval(() => void (sampled = Math.max(sampled, process.memoryUsage().rss)), 20);
  return () => {
    clearInterval(sampler);
    return Math.round(Math.max(sampled, process.resourceUsage().maxRSS * 1024) / 1024 / 1024);
  };
}

async function untilImported(host: LibraryHost, paths: string[]): Promise<Awaited<ReturnType<ReturnType<typeof dispatchCalls>['call']>>> {
  const { call } = dispatchCalls(() => host);
  const started = await call('import.start', { paths });
  for (;;) {
    const state = await call('import.results', { jobId: started.jobId, after: 0 });
    if (state.done) return state.results;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function hostileScenario(host: LibraryHost, files: string[], idle: number[]): Promise<RobustnessBenchResult> {
  const peak = peakSampler();
  const { latencies: during, value: lines } = await whileAsking(host, () => untilImported(host, files) as Promise<{ status: string }[]>);
  const peakMb = peak();
  const sorted = [...during].sort((a, b) => a - b);
  return {
    idle_worst_ms: round(Math.max(...idle)),
    during_worst_ms: round(Math.max(...during)),
    during_p95_ms: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
    calls_during: during.length,
    ratio: round(Math.max(...during) / Math.max(0.1, Math.max(...idle))),
    peak_rss_mb: peakMb,
    failed_alone: lines.filter((line) => line.status === 'failed').length === 4 && lines.some((line) => line.status === 'imported'),
    bundle: null,
  };
}

async function bundleScenario(host: LibraryHost, file: string): Promise<BundleBenchResult> {
  const library = host.get();
  const writes: number[] = [];
  const write = library.write.bind(library);
  library.write = <T>(fn: () => T): T => {
    const started = performance.now();
    try {
      return write(fn);
    } finally {
      writes.push(performance.now() - started);
    }
  };
  const peak = peakSampler();
  const { call } = dispatchCalls(() => host);
  const { latencies: previewLatencies, value: plan, ms: previewMs } = await whileAsking(host, () => call('bundle.preview', { source: { path: file } }));
  const { latencies: importLatencies, value: lines, ms: importMs } = await whileAsking(host, () => untilImported(host, [file]) as Promise<{ status: string }[]>);
  const peakMb = peak();
  return {
    preview_worst_ms: round(Math.max(...previewLatencies)),
    preview_ms: Math.round(previewMs),
    import_worst_ms: round(Math.max(...importLatencies)),
    import_ms: Math.round(importMs),
    longest_write_ms: round(Math.max(0, ...writes)),
    writes: writes.length,
    peak_rss_mb: peakMb,
    all_imported: plan.counts.new === 4 && lines.filter((line) => line.status === 'imported').length === 4 && (await call('library.info', {})).documentCount === 4,
  };
}

function print(result: RobustnessBenchResult | null, bundle: BundleBenchResult | null): void {
  const mark = (ok: boolean) => (ok ? '达标' : '未达标');
  if (result) {
    console.log(`健壮性（导入 4 个恶意构造的文件 + 1 份通知时，每 10 ms 调用一次 library.info，共 ${result.calls_during} 次）`);
    console.log(`  library.info 最长等待  ${String(result.during_worst_ms).padStart(7)} ms   p95 ${result.during_p95_ms} ms   空闲时最长 ${result.idle_worst_ms} ms（${result.ratio} 倍）   目标 < ${GOALS.worstMs} ms  ${mark(result.during_worst_ms < GOALS.worstMs)}`);
    console.log(`  峰值内存 RSS          ${String(result.peak_rss_mb).padStart(7)} MB   目标 < ${GOALS.rssMb} MB  ${mark(result.peak_rss_mb < GOALS.rssMb)}`);
    console.log(`  恶意文件各自失败、通知照常导入：${result.failed_alone ? '是' : '否'}`);
  }
  if (bundle) {
    console.log('健壮性（大而合规的交换包：4 份资料，每份 750 万字）');
    console.log(`  预览时 library.info 最长等待  ${String(bundle.preview_worst_ms).padStart(7)} ms   预览用时 ${bundle.preview_ms} ms   目标 < ${GOALS.worstMs} ms  ${mark(bundle.preview_worst_ms < GOALS.worstMs)}`);
    console.log(`  导入时 library.info 最长等待  ${String(bundle.import_worst_ms).padStart(7)} ms   导入用时 ${bundle.import_ms} ms   目标 < ${GOALS.worstMs} ms  ${mark(bundle.import_worst_ms < GOALS.worstMs)}`);
    console.log(`  最长一次写事务              ${String(bundle.longest_write_ms).padStart(7)} ms   共 ${bundle.writes} 次   目标 ≤ ${GOALS.writeMs} ms 左右  ${mark(bundle.longest_write_ms <= GOALS.writeMs * 1.5)}`);
    console.log(`  峰值内存 RSS                ${String(bundle.peak_rss_mb).padStart(7)} MB   目标 < ${GOALS.rssMb} MB  ${mark(bundle.peak_rss_mb < GOALS.rssMb)}`);
    console.log(`  4 份资料全部导入：${bundle.all_imported ? '是' : '否'}`);
  }
}

export async function runRobustnessBench(options: { json: boolean }): Promise<RobustnessBenchResult | null> {
  const scenario = process.env[CHILD_ENV] as Scenario | undefined;
  if (scenario !== 'hostile' && scenario !== 'bundle') return runInChild(options.json);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-robustness-bench-'));
  try {
    const files = JSON.parse(process.env[FILES_ENV] ?? '[]') as string[];
    const host = new LibraryHost({ folder: path.join(root, 'library'), createIfMissing: true, resourcesFolder: path.resolve(import.meta.dirname, '../../resources'), actor: '基准测试', appVersion: 'bench' });
    await dispatch(host, 'library.info', {}); // the first call opens the library: not part of either figure
    const idle = await infoLatencies(host, new Promise((resolve) => setTimeout(resolve, 1_000)));
    let result: RobustnessBenchResult;
    if (scenario === 'hostile') result = await hostileScenario(host, files, idle);
    else {
      const bundle = await bundleScenario(host, files[0] ?? '');
      result = { idle_worst_ms: round(Math.max(...idle)), during_worst_ms: 0, during_p95_ms: 0, calls_during: 0, ratio: 0, peak_rss_mb: bundle.peak_rss_mb, failed_alone: false, bundle };
    }
    host.close();
    await closeParseWorkers();
    if (options.json) console.log(JSON.stringify(result));
    else print(scenario === 'hostile' ? result : null, result.bundle);
    return result;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
