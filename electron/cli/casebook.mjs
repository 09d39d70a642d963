#!/usr/bin/env node
// The `casebook` command line (package.json "bin"). It runs the TypeScript sources through tsx, so the
// command line uses the very same engine and contract code as the desktop app and browser mode.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const here = path.dirname(fileURLToPath(import.meta.url));
register({ tsconfig: path.join(here, '..', '..', 'tsconfig.node.json') });
// `casebook list | head`: the reader went away; stop quietly instead of printing a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2));
