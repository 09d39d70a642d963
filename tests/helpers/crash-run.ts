import { spawn } from 'node:child_process';
import { casebookBin } from './casebook-cli';
import { REPO_ROOT } from './temp-library';

export interface CrashRun {
  /** The process announced the crash point (and was then killed there). */
  reached: boolean;
  signal: NodeJS.Signals | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command line with CASEBOOK_CRASH_AT=point and kills it with SIGKILL the moment it
 * announces that point (electron/engine/core/crash-points.ts): a power cut or the task manager at
 * exactly that step. A run that ends without reaching the point is reported as such.
 */
export function runCasebookUntilCrash(args: string[], point: string, timeoutMs = 90_000): Promise<CrashRun> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, CASEBOOK_CRASH_AT: point, CASEBOOK_CRASH_WAIT_MS: String(timeoutMs) };
    delete env.CASEBOOK_LIBRARY;
    delete env.CASEBOOK_DEBUG;
    delete env.CASEBOOK_CRASH_MARKER;
    const child = spawn(process.execPath, [casebookBin(), ...args], { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let reached = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (!reached && stderr.includes(`CASEBOOK_CRASH_POINT ${point}`)) {
        reached = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ reached, signal, code, stdout, stderr });
    });
    child.stdin.end();
  });
}
