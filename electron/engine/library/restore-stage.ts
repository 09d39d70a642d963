import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE_NAME } from '../core/library';
import { processIsGone } from '../core/system-temp';

/** Names of what a restore in progress puts on disk (restore-library.ts), which the start-up repair also knows. */

export const SWAP_MARKER = '.casebook-restore-swap';

/** The prefix of stage folders beside `folder`; stages of killed restores are recognised by it. */
export function stagePrefix(folder: string): string {
  return `.${path.basename(folder)}.casebook-restore-`;
}

/** A new stage's name beside `folder`: it carries the restoring process's id, so a stage whose process is gone is known at once. */
export function stageName(folder: string, id: string): string {
  return `${stagePrefix(folder)}${process.pid}-${id}`;
}

/** Longer than any restore runs: a stage whose process id is alive past this belongs to a reused id. */
const RUNNING_RESTORE_MAX_MS = 24 * 60 * 60 * 1000;

type StageState = 'running' | 'killed-after-swap' | 'killed-before-swap' | 'unnamed';

/**
 * What a stage beside the target is, by the process id in its name: a restore still running (never
 * touched), one killed after its database moved into the target (only the target's old originals are
 * left in it), one killed before (it holds the database, and its swap marker must keep telling the
 * target's originals/ apart), or a stage named before names held a process id.
 */
function stageState(stage: string, prefix: string): StageState {
  const pid = /^(\d+)-/.exec(path.basename(stage).slice(prefix.length))?.[1];
  if (pid === undefined) return 'unnamed';
  if (!processIsGone(Number(pid))) return 'running';
  return fs.existsSync(stage) && !fs.existsSync(path.join(stage, DATABASE_FILE_NAME)) ? 'killed-after-swap' : 'killed-before-swap';
}

/** A stage (or its swap marker, `ageMs` old) to remove: never a running restore's, at once after a killed swap, else by age. */
function isStale(state: StageState, ageMs: number, minAgeMs: number): boolean {
  if (state === 'running') return ageMs >= RUNNING_RESTORE_MAX_MS;
  return state === 'killed-after-swap' || ageMs >= minAgeMs;
}

/**
 * The swap marker a killed restore left in `folder` (restore-library.ts swapIntoFolder), or null: its
 * restore was killed after the swap, or it is older than `minAgeMs`; never while its restore runs.
 */
export function staleSwapMarker(folder: string, minAgeMs: number): string | null {
  const marker = path.join(folder, SWAP_MARKER);
  let stat: fs.Stats | undefined;
  let stage = '';
  try {
    stat = fs.statSync(marker, { throwIfNoEntry: false });
    if (stat) stage = fs.readFileSync(marker, 'utf8').trim();
  } catch {
    return null;
  }
  if (!stat) return null;
  const state = stage === '' ? 'unnamed' : stageState(path.join(path.dirname(folder), stage), stagePrefix(folder));
  return isStale(state, Date.now() - stat.mtimeMs, minAgeMs) ? marker : null;
}

/** Stage folders of earlier restores into `folder` to remove (isStale); a running restore's never. */
export function staleStages(folder: string, minAgeMs: number): string[] {
  const parent = path.dirname(folder);
  const prefix = stagePrefix(folder);
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  const now = Date.now();
  return names
    .filter((name) => name.startsWith(prefix))
    .map((name) => path.join(parent, name))
    .filter((stage) => {
      const stat = fs.statSync(stage, { throwIfNoEntry: false });
      return stat !== undefined && isStale(stageState(stage, prefix), now - stat.mtimeMs, minAgeMs);
    });
}
