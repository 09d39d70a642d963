// A parse worker's entry (workers/parse-pool.ts starts it): reads files, and a 交换包's entries, sent by the engine's thread.
import { isBundleEntriesTask, readBundleEntries, type BundleEntriesTask } from '../exchange/bundle/bundle-entries';
import { serveTasks } from '../workers/serve-tasks';
import { readFileContent, type FileReadingTask } from './file-reading';

serveTasks(async (task: FileReadingTask | BundleEntriesTask) => (isBundleEntriesTask(task) ? readBundleEntries(task) : await readFileContent(task)));
