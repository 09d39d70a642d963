// Browser mode launcher: `npm run serve -- --library DIR --port N` ends up here. It lets Node run the
// TypeScript sources directly (tsx), so browser mode uses the very same engine code as the tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const here = path.dirname(fileURLToPath(import.meta.url));
register({ tsconfig: path.join(here, '..', '..', 'tsconfig.node.json') });
await import('./serve.ts');
