import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleEntries, REPO_ROOT } from '../helpers/bundle-entries';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The command line bundled for this test run (out/cli-<pid>-<project>/casebook.js). */
    casebookCli: string;
  }
}

/**
 * Bundles the command line once per test run, the way the app's engine is built, so the tests that
 * start `casebook` over and over pay half a second per start instead of tsx's three. One folder per
 * run and project: several runs may go on at once.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = path.join(REPO_ROOT, 'out', `cli-${process.pid}-${project.name}`);
  await bundleEntries(outDir, { casebook: path.join(REPO_ROOT, 'electron/cli/cli-entry.ts') });
  project.provide('casebookCli', path.join(outDir, 'casebook.js'));
  return () => fs.rmSync(outDir, { recursive: true, force: true });
}
