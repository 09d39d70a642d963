import fs from 'node:fs';
import path from 'node:path';

/** Names of what a restore in progress puts on disk (restore-library.ts), which the start-up repair also knows. */

export const SWAP_MARKER = '.casebook-restore-swap';

/** The prefix of stage folders beside `folder`; stages of killed restores are recognised by it. */
export function stagePrefix(folder: string): string {
  return `.${path.basename(folder)}.casebook-restore-`;
}

/** Stage folders of earlier (killed) restores into `folder`, older than `minAgeMs`. */
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
      return stat !== undefined && now - stat.mtimeMs >= minAgeMs;
    });
}
