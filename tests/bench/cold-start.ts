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
  peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
}
console.log(JSON.stringify({ ms, total: response.total, ...(peakRssMb === undefined ? {} : { peakRssMb }) }));
library.close();
