import { parseArgs } from 'node:util';
import { runSearchBench } from './search-bench';

/**
 * `npm run bench` runs every benchmark at its default sizes; `npm run bench -- search --docs N --json`
 * runs one. Each benchmark measures its baseline in the same run and prints the goal beside each figure.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { docs: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const which = positionals[0] ?? 'all';
  const json = values.json ?? false;
  if (which === 'search' || which === 'all') {
    const sizes = values.docs ? [Number(values.docs)] : [1000, 10_000];
    for (const docs of sizes) {
      if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs 需要正整数，收到 ${values.docs}`);
      await runSearchBench({ docs, json });
    }
    return;
  }
  throw new Error(`未知的基准测试“${which}”。可选：search`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
