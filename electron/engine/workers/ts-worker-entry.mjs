// Loads a worker written in TypeScript through tsx, as the command line and browser mode load the
// engine (the desktop app runs the built .js worker instead and never comes here).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register({ tsconfig: workerData.tsconfig });
await import(workerData.entry);
