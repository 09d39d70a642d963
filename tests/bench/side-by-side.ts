import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATABASE_FILE_NAME } from '../../electron/engine/core/library';
import { openDatabase } from '../../electron/engine/db/open-database';
import { createSearchEngine, type SearchEngine } from '../../electron/engine/search/engine/index';
import { makeQueries, QUERY_CLASSES } from './search-bench-queries';
import { QUERIES_PER_CLASS, SEED } from './search-bench';

/**
 * An older and this checkout's search engine answering the search bench's queries in turn, in one
 * process, over one library: what a change did, measured where separate runs of the bench vary by up
 * to half on this machine. The library is one the search bench left (`--keep`); the older engine is
 * a checkout of the older commit that reads the same schema:
 *
 *   npm run bench -- search --docs 50000 --keep /tmp/bench-library
 *   git worktree add /tmp/older REV && ln -s "$PWD/node_modules" /tmp/older/node_modules
 *   npx tsx tests/bench/side-by-side.ts --library /tmp/bench-library --older /tmp/older [--classes and,not]
 *
 * Prints per class the p95 and p50 of wall ms (best of three passes per query) for each engine, and
 * how many queries got other hits, order or totals.
 */

type Engine = Pick<SearchEngine, 'query'>;

async function olderEngine(checkout: string, path: string): Promise<Engine> {
  const load = (file: string) => import(pathToFileURL(join(checkout, file)).href);
  const { openDatabase: openOlder } = await load('electron/engine/db/open-database.ts');
  const { createSearchEngine: createOlder } = await load('electron/engine/search/engine/index.ts');
  return createOlder(openOlder(path)) as Engine;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { library: { type: 'string' }, older: { type: 'string' }, classes: { type: 'string' } } });
  if (!values.library || !values.older) throw new Error('用法：--library 基准留下的资料库文件夹 --older 旧版本的检出目录');
  const path = join(resolve(values.library), DATABASE_FILE_NAME);
  if (!existsSync(path)) throw new Error(`这里没有资料库：${path}（请先运行 npm run bench -- search --docs N --keep 文件夹）`);
  if (!existsSync(join(resolve(values.older), 'electron/engine/search/engine/index.ts'))) throw new Error(`这里不是 Casebook 的检出目录：${values.older}`);
  const classes = values.classes ? values.classes.split(',') : [...QUERY_CLASSES];
  const unknown = classes.filter((cls) => !(QUERY_CLASSES as readonly string[]).includes(cls));
  if (unknown.length > 0) throw new Error(`没有这些查询类别：${unknown.join('、')}（可用：${QUERY_CLASSES.join(',')}）`);
  const db = openDatabase(path);
  const hasQueries = db.prepare<[], number>("SELECT count(*) FROM sqlite_master WHERE name = 'bench_scan'").pluck().get() === 1;
  if (!hasQueries) throw new Error(`这个资料库不是搜索基准用 --keep 留下的（没有 bench_scan 表）：${path}`);
  const docs = db.prepare<[], number>('SELECT count(*) FROM bench_scan').pluck().get() ?? 0;
  const queries = makeQueries(db, docs, QUERIES_PER_CLASS, SEED).filter((q) => classes.includes(q.cls));
  const engines: Record<'older' | 'current', Engine> = {
    older: await olderEngine(resolve(values.older), path),
    current: createSearchEngine(db),
  };
  const ask = (engine: Engine, text: string) => engine.query({ query: text, sort: 'relevance', offset: 0, limit: 20 });
  let differ = 0;
  for (const q of queries) {
    const [a, b] = [ask(engines.older, q.text), ask(engines.current, q.text)];
    if (a.total !== b.total || a.hits.map((h) => h.id).join() !== b.hits.map((h) => h.id).join()) differ++;
  }
  const best = { older: new Map<number, number>(), current: new Map<number, number>() };
  for (let pass = 0; pass < 3; pass++) {
    queries.forEach((q, k) => {
      // Each engine goes first on every other query: the second reads pages the first just read.
      for (const name of (k + pass) % 2 === 0 ? (['older', 'current'] as const) : (['current', 'older'] as const)) {
        const started = performance.now();
        ask(engines[name], q.text);
        const ms = performance.now() - started;
        best[name].set(k, Math.min(best[name].get(k) ?? Infinity, ms));
      }
    });
  }
  console.log(`${queries.length} 条查询，${differ} 条的结果、顺序或总数不同；每条取三遍中最快的一遍（毫秒）`);
  console.log('class      older p95 (p50)   current p95 (p50)');
  for (const cls of classes) {
    const of = (name: 'older' | 'current') => queries.flatMap((q, k) => (q.cls === cls ? [best[name].get(k) ?? 0] : []));
    const show = (v: number[]) => `${percentile(v, 95).toFixed(2)} (${percentile(v, 50).toFixed(2)})`;
    console.log(`${cls.padEnd(10)} ${show(of('older')).padEnd(17)} ${show(of('current'))}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
