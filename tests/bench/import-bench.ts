import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary } from '../../electron/engine/library/open-library';
import { importAll } from '../../electron/engine/import/import-job';
import { writeImportCorpus } from './import-corpus';

/**
 * Import throughput and memory for a mixed batch (`npm run bench -- import --files N [--json]`).
 * The files are written to a temporary folder first; the baseline is reading and hashing the same
 * files (what any import must do at least), measured in the same run; `ratio` is how many times
 * longer the real import takes than that baseline. The benchmark runs in a fresh child process, so
 * what other benchmarks left on the heap does not count; its peak memory is that process's peak RSS
 * if it was reached during the import, else the highest RSS sampled while importing.
 */

export interface ImportBenchResult {
  files: number;
  docs_per_sec: number;
  peak_rss_mb: number;
  baseline_docs_per_sec: number;
  ratio: number;
}

const SEED = 20250301;
/** 1,000 mixed files in under a minute, with the progress bar moving; memory as for search. */
const GOALS = { docsPerSec: 20, rssMb: 400 };
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => bytes / 1024 / 1024;

function listFiles(folder: string): string[] {
  return fs.readdirSync(folder).sort().map((name) => path.join(folder, name));
}

/** Read + SHA-256 of every file: the least work an import can do. Best of three passes (warm cache). */
function baselineSeconds(files: string[]): number {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const file of files) createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

const CHILD_ENV = 'CASEBOOK_IMPORT_BENCH_CHILD';

/** Runs `run.ts import` in a new Node process (same tsx loader) and passes its output through. */
function runInChild(options: { files: number; json: boolean }): Promise<ImportBenchResult | null> {
  const runner = path.join(import.meta.dirname, 'run.ts');
  const args = [...process.execArgv, runner, 'import', '--files', String(options.files), ...(options.json ? ['--json'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, [CHILD_ENV]: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`导入基准测试的子进程退出码为 ${code}`));
      resolve(options.json ? (JSON.parse(output.trim().split('\n').at(-1) ?? 'null') as ImportBenchResult) : null);
    });
  });
}

export async function runImportBench(options: { files: number; json: boolean }): Promise<ImportBenchResult | null> {
  if (process.env[CHILD_ENV] !== '1') return runInChild(options);
  const { files: count, json } = options;
  const log = (line: string) => !json && console.log(line);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-import-bench-'));
  const inputs = path.join(root, 'inputs');
  fs.mkdirSync(inputs);
  try {
    log(`\n导入基准：正在生成 ${count} 个文件…`);
    const formats = await writeImportCorpus(inputs, count, SEED);
    const files = listFiles(inputs);
    const baseline = baselineSeconds(files);

    const library = openLibrary({ folder: path.join(root, 'library'), createIfMissing: true, resourcesFolder: path.resolve(import.meta.dirname, '../../resources'), actor: '基准测试', appVersion: 'bench' });
    const maxRssBefore = process.resourceUsage().maxRSS * 1024;
    // memoryUsage.rss() alone: the full memoryUsage() walks the heap (~0.5 ms), half a second of the
    // engine thread's time over a 1,000-file import sampled every 20 ms.
    let sampled = process.memoryUsage.rss();
    const sample = () => void (sampled = Math.max(sampled, process.memoryUsage.rss()));
    const timer = setInterval(sample, 20);
    const started = performance.now();
    const results = await importAll(library, [inputs]);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    sample();
    const maxRssAfter = process.resourceUsage().maxRSS * 1024;
    library.close();

    const statuses = { imported: 0, duplicate: 0, failed: 0 };
    for (const result of results) statuses[result.status] += 1;
    const peak = maxRssAfter > maxRssBefore ? maxRssAfter : sampled;
    const result: ImportBenchResult = {
      files: results.length,
      docs_per_sec: round(results.length / seconds),
      peak_rss_mb: Math.round(mb(peak)),
      baseline_docs_per_sec: round(files.length / baseline),
      ratio: round(baseline > 0 ? seconds / baseline : 0),
    };
    if (json) {
      console.log(JSON.stringify(result));
    } else {
      const mark = (ok: boolean) => (ok ? '达标' : '未达标');
      console.log(`文件数 ${result.files}（UTF-8 文本 ${formats['txt-utf8']}，GBK 文本 ${formats['txt-gbk']}，Markdown ${formats.md}，网页 ${formats.html}，Word ${formats.docx}）`);
      console.log(`  结果：导入 ${statuses.imported}，重复 ${statuses.duplicate}，失败 ${statuses.failed}`);
      console.log(`  导入速度        ${String(result.docs_per_sec).padStart(8)} 篇/秒   用时 ${round(seconds, 2)} s   目标 ≥ ${GOALS.docsPerSec} 篇/秒  ${mark(result.docs_per_sec >= GOALS.docsPerSec)}`);
      console.log(`  峰值内存 RSS    ${String(result.peak_rss_mb).padStart(8)} MB      目标 < ${GOALS.rssMb} MB  ${mark(result.peak_rss_mb < GOALS.rssMb)}`);
      console.log(`  基线（读取+SHA-256）${String(result.baseline_docs_per_sec).padStart(8)} 篇/秒   导入用时是基线的 ${result.ratio} 倍`);
      if (statuses.failed > 0) for (const failed of results.filter((item) => item.status === 'failed').slice(0, 5)) console.log(`  失败：${path.basename(failed.file)}：${failed.error ?? ''}`);
    }
    return result;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
