// A viewing worker's entry (original-view-pool.ts starts it): turns Word files and saved pages into safe HTML.
import { serveTasks } from '../workers/serve-tasks';
import { originalPage, type OriginalPageTask } from './original-page-task';

serveTasks((task: OriginalPageTask) => originalPage(task));
