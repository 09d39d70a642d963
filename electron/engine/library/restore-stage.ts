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

/**
 * A killed restore's stage after its library went live: the process named in the stage's name is gone,
 * and the staged database was moved into the target (what is left is the target's old originals).
 * A stage killed before that is left to the next restore, which starts by removing it, or to the age rule:
 * while it holds the database, its swap marker must keep telling the target's originals/ apart.
 */
function abandonedAfterSwap(stage: string, prefix: string): boolean {
  const pid = /^(\d+)-/.exec(path.basename(stage).slice(prefix.length))?.[1];
  return pid !== undefined && processIsGone(Number(pid)) && fs.existsSync(stage) && !fs.existsSync(path.join(stage, DATABASE_FILE_NAME));
}

/**
 * The swap marker a killed restore left in `folder` (restore-library.ts swapIntoFolder), or null: its
 * restore was killed after the swap, or it is older than `minAgeMs`.
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
  const stagePath = path.join(path.dirname(folder), stage);
  return (stage !== '' && abandonedAfterSwap(stagePath, stagePrefix(folder))) || Date.now() - stat.mtimeMs >= minAgeMs ? marker : null;
}

/** Stage folders of earlier restores into `folder` whose process is gone, or older than `minAgeMs`. */
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
    .filter((name) => {
      const stat = fs.statSync(path.join(parent, name), { throwIfNoEntry: false });
      return stat !== undefined && (abandonedAfterSwap(path.join(parent, name), prefix) || now - stat.mtimeMs >= minAgeMs);
    })
    .map((name) => path.join(parent, name));
}
