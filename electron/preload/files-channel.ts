import type { DesktopFilesMethod } from '../../shared/api/desktop-files';

/** The IPC channel of one native file dialog (main: file-dialogs.ts; preload: window.casebookFiles). */
export function filesChannel(method: DesktopFilesMethod): `casebook-files:${DesktopFilesMethod}` {
  return `casebook-files:${method}`;
}
