import { parseArgs } from 'node:util';
import { runDuplicatesBench } from './duplicates-bench';
import { runExportBench } from './export-bench';
import { runImportBench } from './import-bench';
import { runOcrBench } from './ocr-bench';
import { runRobustnessBench } from './robustness-bench';
import { runSearchBench } from './search-bench';

/**
 * `npm run bench` runs every benchmark at its default sizes; `npm run bench -- search --docs N --json [--keep DIR]`
 * `npm run bench -- duplicates --docs N --json` or `npm run bench -- import --files N --json` or `npm run bench -- export --json` or `npm run bench -- robustness --json` or `npm run bench -- ocr --json` runs one. Each benchmark measures its baseline in the same run and prints the goal beside each figure.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { docs: { type: 'string' }, files: { type: 'string' }, json: { type: 'boolean', default: false }, keep: { type: 'string' } },
  });
  const which = positionals[0] ?? 'all';
  const json = values.json ?? false;
  if (which === 'search' || which === 'all') {
    const sizes = values.docs ? [Number(values.docs)] : [1000, 10_000, 50_000];
    if (values.keep !== undefined && sizes.length > 1) throw new Error('--keep 只用于一种规模：请同时给出 --docs N');
    for (const docs of sizes) {
      if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs 需要正整数，收到 ${values.docs}`);
      await runSearchBench({ docs, json, ...(values.keep !== undefined ? { keep: values.keep } : {}) });
    }
    if (which === 'search') return;
  }
  if (which === 'duplicates' || which === 'all') {
    const docs = values.docs ? Number(values.docs) : 50_000;
    if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs 需要正整数，收到 ${values.docs}`);
    await runDuplicatesBench({ docs, json });
    if (which === 'duplicates') return;
  }
  if (which === 'export' || which === 'all') {
    const docs = values.docs && which === 'export' ? Number(values.docs) : 100;
    if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs 需要正整数，收到 ${values.docs}`);
    await runExportBench({ docs, json });
    if (which === 'export') return;
  }
  if (which === 'import' || which === 'all') {
    const files = values.files ? Number(values.files) : 1000;
    if (!Number.isInteger(files) || files < 1) throw new Error(`--files 需要正整数，收到 ${values.files}`);
    await runImportBench({ files, json });
    if (which === 'import') return;
  }
  if (which === 'robustness' || which === 'all') {
    await runRobustnessBench({ json });
    if (which === 'robustness') return;
  }
  if (which === 'ocr' || which === 'all') {
    await runOcrBench({ json });
    return;
  }
  throw new Error(`未知的基准测试“${which}”。可选：search、duplicates、export、import、robustness、ocr`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
