import { appendFileSync, writeSync } from 'node:fs';

/**
 * Named points where a crash test may kill the process (tests/api/crash-*.test.ts).
 *
 * When the environment variable CASEBOOK_CRASH_AT equals `name`, the process announces it has
 * reached the point (a line `CASEBOOK_CRASH_POINT <name>` on stderr, and the same line appended to
 * the file named by CASEBOOK_CRASH_MARKER when set) and then blocks, so the test can `kill -9` it
 * exactly there. Should nobody kill it within the wait, it kills itself with SIGKILL: a crash point
 * always ends in a crash, never in a silent carry-on that would make the test pass for the wrong
 * reason. Outside tests the variable is unset and a crash point costs one string comparison.
 *
 * Names used so far: 'restore:rows-staged', 'restore:originals-staged', 'restore:before-swap',
 * 'restore:live' (the restored library in place, its stage and swap marker not yet removed),
 * 'backup:midway', 'import:original-saved', 'bundle:originals-saved' (a 交换包's batch: its originals
 * saved, its rows not yet written), 'bundle:batch-written' (its first batch committed, the rest not).
 */
export function crashPoint(name: string): void {
  if (process.env.CASEBOOK_CRASH_AT !== name) return;
  const line = `CASEBOOK_CRASH_POINT ${name}\n`;
  writeSync(2, line);
  const marker = process.env.CASEBOOK_CRASH_MARKER;
  if (marker) appendFileSync(marker, line);
  const waitMs = Number(process.env.CASEBOOK_CRASH_WAIT_MS ?? 60_000);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, waitMs);
  process.kill(process.pid, 'SIGKILL');
}
