// A parse worker's entry (file-reading-pool.ts starts it): reads files sent by the engine's thread.
import { serveTasks } from '../workers/serve-tasks';
import { readFileContent, type FileReadingTask } from './file-reading';

serveTasks((task: FileReadingTask) => readFileContent(task));
