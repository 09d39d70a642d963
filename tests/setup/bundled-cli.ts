import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { ENGINE_OUTPUT, ENGINE_WORKER_ENTRIES } from '../../electron/build/engine-workers';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The command line bundled for this test run (out/cli-<pid>-<project>/casebook.js). */
    casebookCli: string;
  }
}

/**
 * Bundles the command line once per test run, the way the app's engine is built, so the tests that
 * start `casebook` over and over pay half a second per start instead of tsx's three. Two levels
 * below the repository like out/main/, so the bundle finds resources/ and package.json as the
 * sources do. One folder per run and project:
 * several runs may go on at once.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = path.join(REPO_ROOT, 'out', `cli-${process.pid}-${project.name}`);
  await build({
    configFile: false,
    logLevel: 'warn',
    root: REPO_ROOT,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rolldownOptions: {
        input: { casebook: path.join(REPO_ROOT, 'electron/cli/cli-entry.ts'), ...ENGINE_WORKER_ENTRIES },
        output: ENGINE_OUTPUT,
      },
    },
  });
  project.provide('casebookCli', path.join(outDir, 'casebook.js'));
  return () => fs.rmSync(outDir, { recursive: true, force: true });
}
