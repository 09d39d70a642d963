import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './temp-library';

const BIN = path.join(REPO_ROOT, 'electron', 'cli', 'casebook.mjs');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Spawns the real bin, as a user would run `npx casebook …`; stdin is a pipe, not a terminal. The
 * library comes only from the arguments (CASEBOOK_LIBRARY is dropped) and debug output is off.
 */
export function runCasebook(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.CASEBOOK_LIBRARY;
    delete env.CASEBOOK_DEBUG;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
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
