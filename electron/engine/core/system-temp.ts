import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a temporary folder in the system temp folder is for: uploaded bytes, a download, an export, a 评审包, a print. */
export type SystemTempPurpose = 'upload' | 'out' | 'export' | 'review' | 'print';

const STALE_SYSTEM_TEMP = /^casebook-(?:upload|out|export|review|print)-(\d+)-/;

/**
 * A private folder in the system temp folder, named after this process (`casebook-upload-<pid>-…`): an
 * uploaded backup is a whole library in plain text, so a later start must be able to tell what a
 * killed process left there from what a running one still uses (staleSystemTempFolders).
 */
export function makeSystemTempFolder(purpose: SystemTempPurpose): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `casebook-${purpose}-${process.pid}-`));
}

/** True only when no process with this id runs (never for this process). */
export function processIsGone(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Casebook's folders in the system temp folder whose process is gone (absolute paths). */
export function staleSystemTempFolders(folder = os.tmpdir()): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const match = STALE_SYSTEM_TEMP.exec(name);
    return match && processIsGone(Number(match[1])) ? [path.join(folder, name)] : [];
  });
}
