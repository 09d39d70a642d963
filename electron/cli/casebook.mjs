#!/usr/bin/env node
// The `casebook` command line (package.json "bin"). It runs the TypeScript sources through tsx, so the
// command line uses the very same engine and contract code as the desktop app and browser mode.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const here = path.dirname(fileURLToPath(import.meta.url));
register({ tsconfig: path.join(here, '..', '..', 'tsconfig.node.json') });
await import('./cli-entry.ts');
