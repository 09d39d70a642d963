// Entry of the Electron main process (built to out/main/index.js).
import path from 'node:path';
import { startCasebook } from './main-process';

startCasebook({
  argv: process.argv,
  env: process.env,
  layout: { outDir: path.join(import.meta.dirname, '..') },
});
