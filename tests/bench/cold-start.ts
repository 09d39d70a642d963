import fs from 'node:fs';
import { openLibrary } from '../../electron/engine/library/open-library';

/**
 * Child process of the search benchmark: opens an existing library the way the app does (schema
 * check, defaults, search engine, index status) and answers one query. Prints, as JSON, the time
 * from this process's start to the first result, and the number of hits. Given a file of more
 * queries (one per line), it then answers each (a first page of 20 with snippets) and adds the
 * process's peak RSS: the memory a process that opens the library and searches it needs.
 * Usage: node cold-start.js LIBRARY_FOLDER RESOURCES_FOLDER QUERY [QUERIES_FILE]
 */
/**
 * This program's own peak RSS. Linux's getrusage (process.resourceUsage().maxRSS) keeps, across the
 * exec that started this program, the high-water mark of the process it was forked from: run from the
 * benchmark after it built a 50,000-document index it reported the benchmark's 200+ MB, not the ~120 MB
 * this program reaches. /proc/self/status's VmHWM belongs to the program's own address space.
 */
function peakRssOfThisProgramMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // not Linux: getrusage is all there is
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const [folder, resourcesFolder, query, queriesFile] = process.argv.slice(2);
if (!folder || !resourcesFolder || !query) throw new Error('usage: cold-start.js LIBRARY_FOLDER RESOURCES_FOLDER QUERY [QUERIES_FILE]');
const library = openLibrary({ folder, resourcesFolder, createIfMissing: false, actor: 'bench', appVersion: 'bench' });
library.search.indexStatus();
const response = library.search.query({ query, sort: 'relevance', offset: 0, limit: 20 });
// performance.now() counts from this process's start: Node's own start-up is included.
const ms = performance.now();
let peakRssMb: number | undefined;
if (queriesFile) {
  for (const text of fs.readFileSync(queriesFile, 'utf8').split('\n').filter(Boolean)) {
    library.search.query({ query: text, sort: 'relevance', offset: 0, limit: 20 });
  }
  peakRssMb = peakRssOfThisProgramMb();
}
console.log(JSON.stringify({ ms, total: response.total, ...(peakRssMb === undefined ? {} : { peakRssMb }) }));
library.close();
