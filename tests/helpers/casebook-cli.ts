import { spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { REPO_ROOT } from './temp-library';

/** The `casebook` bin of package.json: the command line run from its TypeScript sources through tsx. */
export const SOURCE_BIN = path.join(REPO_ROOT, 'electron', 'cli', 'casebook.mjs');

/** The command line bundled once for this test run (tests/setup/bundled-cli.ts): the same code, faster to start. */
export function casebookBin(): string {
  return inject('casebookCli');
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command line in its own process, as a user would run `npx casebook …`; stdin is a pipe, not
 * a terminal. The library comes only from the arguments (CASEBOOK_LIBRARY is dropped) and debug output
 * is off. `bin` picks the source bin instead of the bundle.
 */
export function runCasebook(args: string[], options: { cwd?: string; bin?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.CASEBOOK_LIBRARY;
    delete env.CASEBOOK_DEBUG;
    const child = spawn(process.execPath, [options.bin ?? casebookBin(), ...args], { cwd: options.cwd ?? REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

/** The objects of `--json` output, one a line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
