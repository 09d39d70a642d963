import { openLibrary } from '../../electron/engine/library/open-library';

/**
 * Child process of the search benchmark: opens an existing library the way the app does (schema
 * check, defaults, search engine, index status) and answers one query. Prints, as JSON, the time
 * from this process's start to the first result, and the number of hits.
 * Usage: tsx tests/bench/cold-start.ts LIBRARY_FOLDER RESOURCES_FOLDER QUERY
 */
const [folder, resourcesFolder, query] = process.argv.slice(2);
if (!folder || !resourcesFolder || !query) throw new Error('usage: cold-start.ts LIBRARY_FOLDER RESOURCES_FOLDER QUERY');
const library = openLibrary({ folder, resourcesFolder, createIfMissing: false, actor: 'bench', appVersion: 'bench' });
library.search.indexStatus();
const response = library.search.query({ query, sort: 'relevance', offset: 0, limit: 20 });
// performance.now() counts from this process's start: Node's own start-up is included.
console.log(JSON.stringify({ ms: performance.now(), total: response.total }));
library.close();
