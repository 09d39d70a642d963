import path from 'node:path';
import { parseArgs } from 'node:util';
import { EVAL_ROOT, evaluateTree } from './run-eval';
import { SCORED_FIELDS, type Score } from './score-import';

/**
 * npm run eval                          both splits of tests/fixtures/eval (dev with its misses, heldout figures only)
 * npm run eval -- import DIR [--json]   one folder (or a tree of folders) holding expected.json
 */
function percent(right: number, total: number): string {
  return total === 0 ? '   —  ' : `${((100 * right) / total).toFixed(1).padStart(5)}%`;
}

function print(name: string, score: Score, misses: boolean): void {
  process.stdout.write(`\n${name}: ${score.files} files\n`);
  for (const field of SCORED_FIELDS) {
    const { right, total } = score.fields[field];
    if (total > 0) process.stdout.write(`  ${field.padEnd(10)} ${percent(right, total)}  (${right}/${total})\n`);
  }
  if (misses && score.misses.length > 0) {
    process.stdout.write('  misses:\n');
    for (const miss of score.misses) {
      process.stdout.write(`    ${miss.file}: ${miss.field} expected ${JSON.stringify(miss.expected)} got ${JSON.stringify(miss.got)}\n`);
    }
  }
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false }, misses: { type: 'boolean', default: true } } });
const [command = 'import', folder] = positionals;
if (command !== 'import') {
  process.stderr.write('用法：npm run eval -- [import DIR] [--json]\n');
  process.exit(2);
}

const splits: [string, string][] = folder ? [[folder, path.resolve(folder)]] : [['dev', path.join(EVAL_ROOT, 'dev')], ['heldout', path.join(EVAL_ROOT, 'heldout')]];
const results: Record<string, Score> = {};
for (const [name, root] of splits) results[name] = await evaluateTree(root);
if (values.json) {
  const entries = Object.entries(results);
  const single = entries.length === 1 ? entries[0]?.[1] : undefined;
  process.stdout.write(`${JSON.stringify(single ?? { splits: results })}\n`);
} else {
  // The held-out split's misses stay unseen by whoever tunes the readers: only its figures are printed.
  for (const [name, score] of Object.entries(results)) print(name, score, values.misses && (folder !== undefined || name !== 'heldout'));
}
