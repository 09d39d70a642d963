import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recognizePageInWorker } from '../../electron/engine/ocr/ocr-pool';
import type { RecognisedPage } from '../../electron/engine/ocr/page-recognition';
import { characterErrorRate, degraded, noticePage, sealedNotice, tablePage, traditionalNoticePage, twoColumnNewsPage, type TestPage } from '../helpers/ocr-pages';
import { RESOURCES_FOLDER } from '../helpers/temp-library';

/**
 * 文字识别 (`npm run bench -- ocr [--json]`): pages made here (a 通知, a two-column news page, a ruled
 * table; each clean and as a scan: 1.5°, noise, JPEG 40), the 通知 under a red seal and in traditional
 * characters, recognised one by one in the OCR worker as import does. Character error rate after
 * whitespace removal and NFKC against the text drawn; seconds per page of recognition (decode,
 * detection, recognition, layout); the peak RSS of a fresh process that does only the recognition
 * (the OCR worker's native memory included; the pages are drawn in the parent).
 */

const CHILD_ENV = 'CASEBOOK_OCR_BENCH_PAGES';

interface BenchPage {
  name: string;
  file: string;
  expected: string;
  group: 'clean' | 'degraded' | 'seal' | 'traditional';
}

export interface OcrBenchResult {
  pages: number;
  cer_clean: number;
  cer_degraded: number;
  sec_per_page: number;
  peak_rss_mb: number;
  cer_seal: number;
  cer_traditional: number;
  /** CPU seconds (all threads) a page: on a machine shared with other work, wall time says more about the others. */
  cpu_sec_per_page: number;
}

const GOALS = { cerClean: 0.01, cerDegraded: 0.02, cerSeal: 0.03, cerTraditional: 0.03, secPerPage: 3, rssMb: 1024 };
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function textOf(page: RecognisedPage): string {
  return page.paragraphs.map((paragraph) => paragraph.text).join('\n');
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

async function writePages(folder: string): Promise<BenchPage[]> {
  const originals = [noticePage(), twoColumnNewsPage(), tablePage()];
  const groups: [TestPage, BenchPage['group']][] = [
    ...originals.map((page): [TestPage, BenchPage['group']] => [page, 'clean']),
    ...(await Promise.all(originals.map(async (page): Promise<[TestPage, BenchPage['group']]> => [{ ...page, name: `${page.name}（扫描）`, png: await degraded(page.png) }, 'degraded']))),
    [await sealedNotice(), 'seal'],
    [await traditionalNoticePage(), 'traditional'],
  ];
  return groups.map(([page, group], index) => {
    const file = path.join(folder, `${index}.img`);
    fs.writeFileSync(file, page.png);
    return { name: page.name, file, expected: page.expected, group };
  });
}

function spawnChild(pages: BenchPage[], json: boolean): Promise<OcrBenchResult> {
  const args = [...process.execArgv, path.join(import.meta.dirname, 'run.ts'), 'ocr', ...(json ? ['--json'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, [CHILD_ENV]: JSON.stringify(pages) }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`文字识别基准测试的子进程退出码为 ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1) ?? 'null') as OcrBenchResult);
    });
  });
}

export async function runOcrBench(options: { json: boolean }): Promise<OcrBenchResult> {
  const listed = process.env[CHILD_ENV];
  if (listed === undefined) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-ocr-bench-'));
    try {
      if (!options.json) console.log('\n文字识别基准：');
      return await spawnChild(await writePages(folder), options.json);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }
  const pages = JSON.parse(listed) as BenchPage[];
  let seconds = 0;
  const cpuBefore = process.cpuUsage();
  const errors = new Map<BenchPage['group'], number[]>();
  // The first page loads the models; it is measured like the rest (an import's first scan pays it too).
  for (const page of pages) {
    const started = performance.now();
    const recognised = await recognizePageInWorker({ source: 'image', bytes: fs.readFileSync(page.file), page: 1, resourcesFolder: RESOURCES_FOLDER });
    seconds += (performance.now() - started) / 1000;
    const cer = characterErrorRate(page.expected, textOf(recognised));
    errors.set(page.group, [...(errors.get(page.group) ?? []), cer]);
    if (!options.json) console.log(`  ${page.name}：错误率 ${(cer * 100).toFixed(2)}%`);
  }
  const result: OcrBenchResult = {
    pages: pages.length,
    cer_clean: round(mean(errors.get('clean') ?? []), 4),
    cer_degraded: round(mean(errors.get('degraded') ?? []), 4),
    sec_per_page: round(seconds / pages.length, 2),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    cer_seal: round(mean(errors.get('seal') ?? []), 4),
    cer_traditional: round(mean(errors.get('traditional') ?? []), 4),
    cpu_sec_per_page: round((process.cpuUsage(cpuBefore).user + process.cpuUsage(cpuBefore).system) / 1e6 / pages.length, 2),
  };
  if (!options.json) {
    const pct = (value: number) => `${(value * 100).toFixed(2)}%`;
    console.log(`  干净页平均错误率 ${pct(result.cer_clean)}（目标 ≤ ${pct(GOALS.cerClean)}）`);
    console.log(`  扫描页平均错误率 ${pct(result.cer_degraded)}（目标 ≤ ${pct(GOALS.cerDegraded)}）`);
    console.log(`  盖章页错误率 ${pct(result.cer_seal)}（目标 ≤ ${pct(GOALS.cerSeal)}）`);
    console.log(`  繁体页错误率 ${pct(result.cer_traditional)}（目标 ≤ ${pct(GOALS.cerTraditional)}）`);
    console.log(`  每页 ${result.sec_per_page} 秒（目标 ≤ ${GOALS.secPerPage} 秒；CPU ${result.cpu_sec_per_page} 秒），进程峰值内存 ${result.peak_rss_mb} MB（目标 ≤ ${GOALS.rssMb} MB）`);
  }
  // The last line is the result as JSON, read by the parent (and by `--json` callers).
  console.log(JSON.stringify(result));
  return result;
}
